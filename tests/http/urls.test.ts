import { describe, expect, it } from 'vitest';
import { createSigner } from '../../src/http/signature/signature.ts';
import { toQuery } from '../../src/http/query.ts';
import { noisyPngDataUri as noisyAvatar } from '../fixtures/noisy-png.ts';
import { example, testApp } from '../helpers.ts';

const KEY = 'key-0123456789abcdefghijklmnopqrstuvwxyz';
const TOKEN = 'bot-token-0123456789';
const json = { 'content-type': 'application/json' };

describe('the origin of handed-out URLs', () => {
  it('is CARD_PUBLIC_URL when set, whatever Host or absolute-form target the request names', async () => {
    const app = await testApp({ publicOrigin: 'https://cards.example.com', signer: await createSigner([KEY]), apiTokens: [TOKEN] });
    const auth = { ...json, authorization: `Bearer ${TOKEN}` };
    const described = (await (await app.request('http://evil.example/v1/cards/quote.json', { method: 'POST', body: JSON.stringify(example('quote')), headers: { ...auth, host: 'evil.example' } })).json()) as {
      url: string;
      svgUrl: string;
    };
    expect(described.url).toMatch(/^https:\/\/cards\.example\.com\/v1\/cards\/quote\.png\?.*sig=/);
    expect(described.svgUrl).toMatch(/^https:\/\/cards\.example\.com\/v1\/cards\/quote\.svg\?/);
    const templates = (await (await app.request('http://evil.example/v1/templates')).json()) as { templates: Array<{ exampleUrl: string }> };
    for (const t of templates.templates) expect(t.exampleUrl).toMatch(/^https:\/\/cards\.example\.com\//);
    const one = (await (await app.request('http://evil.example/v1/templates/score')).json()) as { exampleUrl: string };
    expect(one.exampleUrl).toMatch(/^https:\/\/cards\.example\.com\//);
    const signed = (await (await app.request('http://evil.example/v1/sign/post.png', { method: 'POST', body: JSON.stringify(example('post')), headers: auth })).json()) as { url: string };
    expect(signed.url).toMatch(/^https:\/\/cards\.example\.com\/v1\/cards\/post\.png\?/);
  });

  it('without CARD_PUBLIC_URL, answers built from the request origin are private and never stored', async () => {
    const app = await testApp({ signer: await createSigner([KEY]), apiTokens: [TOKEN] });
    const auth = { ...json, authorization: `Bearer ${TOKEN}` };
    const answers = {
      templates: await app.request('http://evil.example/v1/templates'),
      template: await app.request('http://evil.example/v1/templates/quote'),
      'POST .json': await app.request('http://evil.example/v1/cards/quote.json', { method: 'POST', body: JSON.stringify(example('quote')), headers: auth }),
      sign: await app.request('http://evil.example/v1/sign/quote.png', { method: 'POST', body: JSON.stringify(example('quote')), headers: auth }),
    };
    for (const [name, res] of Object.entries(answers)) {
      expect(res.status, name).toBe(200);
      expect(res.headers.get('cache-control'), name).toBe('private, no-store');
      expect(JSON.stringify(await res.json()), name).toContain('http://evil.example/v1/cards/');
    }
    const open = await testApp();
    const getJson = await open.request(`http://evil.example/v1/cards/quote.json?${toQuery(example('quote'))}`);
    expect(getJson.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('URLs longer than the service accepts are never handed out', () => {
  it('POST /v1/sign refuses with 400 url_too_long naming CARD_MAX_URL_LENGTH and POST', async () => {
    const app = await testApp({ signer: await createSigner([KEY]), apiTokens: [TOKEN] });
    const res = await app.request('/v1/sign/quote.png', { method: 'POST', body: JSON.stringify(example('quote', { avatar: noisyAvatar() })), headers: { ...json, authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('url_too_long');
    expect(error.message).toMatch(/would be \d{5} characters; this service accepts at most 8192 \(CARD_MAX_URL_LENGTH\)/);
    expect(error.message).toContain('POST /v1/cards/quote.png');
  });

  it('.json leaves url and svgUrl out, saying why, and still describes the card', async () => {
    const app = await testApp();
    const res = await app.request('/v1/cards/quote.json', { method: 'POST', body: JSON.stringify(example('quote', { avatar: noisyAvatar() })), headers: json });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('url');
    expect(body).not.toHaveProperty('svgUrl');
    expect(body).toMatchObject({ alt: expect.any(String), width: 1200, etag: expect.any(String), urlOmitted: { code: 'url_too_long', limit: 8192, length: expect.any(Number) } });
    // the card itself renders with POST
    expect((await app.request('/v1/cards/quote.png', { method: 'POST', body: JSON.stringify(example('quote', { avatar: noisyAvatar() })), headers: json })).status).toBe(200);
  });
});

describe('/v1/templates exampleUrl', () => {
  it('is signed when the service signs, so that it renders', async () => {
    const app = await testApp({ signer: await createSigner([KEY]) });
    const { templates } = (await (await app.request('/v1/templates')).json()) as { templates: Array<{ kind: string; exampleUrl: string }> };
    for (const t of templates) {
      expect(t.exampleUrl, t.kind).toMatch(/[?&]sig=[A-Za-z0-9_-]{43}$/);
      expect((await app.request(t.exampleUrl)).status, t.kind).toBe(200);
    }
  });
});
