import { describe, expect, it } from 'vitest';
import { toQuery } from '../query.ts';
import { example, testApp } from '../../../tests/helpers.ts';
import { canonicalRequest, createSigner } from './signature.ts';

const KEY_OLD = 'old-key-0123456789abcdefghijklmnopqrstuv';
const KEY_NEW = 'new-key-0123456789abcdefghijklmnopqrstuv';
const TOKEN = 'bot-token-0123456789';

const signed = async (keys: string[], path: string) => {
  const signer = await createSigner(keys);
  return (await signer.signUrl(new URL(`http://card.test${path}`))).toString().replace('http://card.test', '');
};

describe('signed GET URLs', () => {
  const path = `/v1/cards/quote.png?${toQuery(example('quote'))}`;

  it('canonical form ignores parameter order and sig, not values', () => {
    expect(canonicalRequest('/a', [['b', '2'], ['a', '1'], ['sig', 'x']])).toBe('/a?a=1&b=2');
    expect(canonicalRequest('/a', [['a', '1 ']])).not.toBe(canonicalRequest('/a', [['a', '1']]));
  });

  it('a valid signature renders; an unsigned URL gets 403 JSON once keys are configured', async () => {
    const app = await testApp({ signer: await createSigner([KEY_NEW]) });
    const ok = await app.request(await signed([KEY_NEW], path));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    const unsigned = await app.request(path);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toMatchObject({ error: { code: 'signature_required' } });
  });

  it('tampered path or query, wrong key and truncated signatures get 403 signature_invalid', async () => {
    const app = await testApp({ signer: await createSigner([KEY_NEW]) });
    const good = await signed([KEY_NEW], path);
    const cases = {
      'tampered query': good.replace('author=Jean-Louis', 'author=Someone'),
      'added parameter': good.replace('?', '?theme=dark&'),
      'tampered path': good.replace('/quote.png', '/quote.svg'),
      'wrong key': await signed(['attacker-key-0123456789abcdefghijklmnop'], path),
      truncated: good.slice(0, -4),
      'two signatures': `${good}&sig=${good.split('sig=')[1]}`,
      'not base64url': good.replace(/sig=[^&]+/, 'sig=%2B%2B%2B'),
    };
    for (const [name, url] of Object.entries(cases)) {
      const res = await app.request(url);
      expect(res.status, name).toBe(403);
      expect(await res.json(), name).toMatchObject({ error: { code: 'signature_invalid' } });
    }
  });

  it('rotation: URLs signed with the old key keep working next to the new one', async () => {
    const app = await testApp({ signer: await createSigner([KEY_NEW, KEY_OLD]) });
    expect((await app.request(await signed([KEY_OLD], path))).status).toBe(200);
    expect((await app.request(await signed([KEY_NEW], path))).status).toBe(200);
    const retired = await testApp({ signer: await createSigner([KEY_NEW]) });
    expect((await retired.request(await signed([KEY_OLD], path))).status).toBe(403);
  });

  it('reordered parameters keep a valid signature', async () => {
    const app = await testApp({ signer: await createSigner([KEY_NEW]) });
    const url = new URL(`http://x${await signed([KEY_NEW], path)}`);
    const reversed = [...url.searchParams.entries()].reverse();
    const res = await app.request(`${url.pathname}?${new URLSearchParams(reversed).toString()}`);
    expect(res.status).toBe(200);
  });

  it('the signature is checked before the payload: a bad payload without signature is a 403, not a 400', async () => {
    const app = await testApp({ signer: await createSigner([KEY_NEW]) });
    const res = await app.request('/v1/cards/quote.png?nonsense=1');
    expect(res.status).toBe(403);
  });
});

describe('bearer tokens and the sign endpoint', () => {
  it('POST needs a token once tokens are configured', async () => {
    const app = await testApp({ apiTokens: [TOKEN] });
    const body = JSON.stringify(example('quote'));
    const headers = { 'content-type': 'application/json' };
    const none = await app.request('/v1/cards/quote.png', { method: 'POST', body, headers });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const wrong = await app.request('/v1/cards/quote.png', { method: 'POST', body, headers: { ...headers, authorization: 'Bearer nope-nope-nope-nope' } });
    expect(wrong.status).toBe(401);
    const ok = await app.request('/v1/cards/quote.png', { method: 'POST', body, headers: { ...headers, authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
  });

  it('POST /v1/sign returns a signed URL that renders the same card', async () => {
    const app = await testApp({ signer: await createSigner([KEY_NEW]), apiTokens: [TOKEN] });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
    const res = await app.request('/v1/sign/score.png', { method: 'POST', body: JSON.stringify(example('score')), headers });
    expect(res.status).toBe(200);
    const { url } = (await res.json()) as { url: string };
    expect(url).toMatch(/[?&]sig=[A-Za-z0-9_-]{43}$/);
    const get = await app.request(url);
    const post = await app.request('/v1/cards/score.png', { method: 'POST', body: JSON.stringify(example('score')), headers });
    expect(get.status).toBe(200);
    expect(Buffer.from(await get.arrayBuffer()).equals(Buffer.from(await post.arrayBuffer()))).toBe(true);
    // the .json description hands out signed URLs too
    const described = (await (await app.request('/v1/cards/score.json', { method: 'POST', body: JSON.stringify(example('score')), headers })).json()) as { url: string };
    expect((await app.request(described.url)).status).toBe(200);
  });

  it('signing is refused when it is not configured, and never without authentication', async () => {
    const headers = { 'content-type': 'application/json' };
    const noKeys = await testApp();
    const a = await noKeys.request('/v1/sign/quote.png', { method: 'POST', body: JSON.stringify(example('quote')), headers });
    expect(a.status).toBe(409);
    const keysNoTokens = await testApp({ signer: await createSigner([KEY_NEW]) });
    const b = await keysNoTokens.request('/v1/sign/quote.png', { method: 'POST', body: JSON.stringify(example('quote')), headers });
    expect(b.status).toBe(409);
    expect(await b.json()).toMatchObject({ error: { code: 'signing_unavailable' } });
  });
});
