import { describe, expect, it } from 'vitest';
import { example, testApp } from '../../../tests/helpers.ts';

const TOKEN = 'bot-token-0123456789';

describe('Authorization: Bearer on POST', () => {
  const send = async (authorization?: string) => {
    const app = await testApp({ apiTokens: [TOKEN] });
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) };
    return app.request('/v1/cards/quote.json', { method: 'POST', body: JSON.stringify(example('quote')), headers });
  };

  const expectRefused = async (res: Response, challenge: RegExp) => {
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('www-authenticate')).toMatch(challenge);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  };

  it('a malformed header gets 401 unauthorized (as the README says), not 400, with an invalid_request challenge', async () => {
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', `Bearer ${TOKEN} extra`, 'Bearer s3cret!token@2024#long', `Token ${TOKEN}`, TOKEN]) {
      await expectRefused(await send(header), /^Bearer realm="card-renderer", error="invalid_request"$/);
    }
  });

  it('no header, or a token that is not one of ours, gets 401 with the matching challenge', async () => {
    await expectRefused(await send(), /^Bearer realm="card-renderer"$/);
    await expectRefused(await send('Bearer nope-nope-nope-nope'), /error="invalid_token"/);
  });

  it('the scheme is case-insensitive and the right token passes', async () => {
    expect((await send(`Bearer ${TOKEN}`)).status).toBe(200);
    expect((await send(`bearer ${TOKEN}`)).status).toBe(200);
  });

  it('refusals are counted as unauthorized 401 in /metrics', async () => {
    const app = await testApp({ apiTokens: [TOKEN] });
    await app.request('/v1/cards/quote.png', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', authorization: 'Basic x' } });
    expect(await (await app.request('/metrics')).text()).toContain('card_errors_total{code="unauthorized",status="401"} 1');
  });
});
