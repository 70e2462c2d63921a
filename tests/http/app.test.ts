import { describe, expect, it } from 'vitest';
import { toQuery } from '../../src/http/query.ts';
import { GET_CACHE_CONTROL } from '../../src/http/app.ts';
import { KINDS } from '../../templates/index.ts';
import { emoji, example, renderer, testApp } from '../helpers.ts';
import { createApp } from '../../src/http/app.ts';
import { createImageCache } from '../../src/http/cache/image-cache.ts';
import { inlineService } from '../../src/render/inline.ts';
import { RENDERER_VERSION } from '../../src/version.ts';

const post = (app: Awaited<ReturnType<typeof testApp>>, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer());

describe('service endpoints', () => {
  it('GET /healthz answers 200 JSON', async () => {
    const app = await testApp();
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('GET /v1/templates is compressed for clients that accept it, with Vary: Accept-Encoding', async () => {
    const app = await testApp();
    const res = await app.request('/v1/templates', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
  });

  it('GET /v1/templates lists every kind with a JSON Schema and a valid example', async () => {
    const app = await testApp();
    const res = await app.request('/v1/templates');
    const body = (await res.json()) as { templates: Array<{ kind: string; schema: { properties: Record<string, unknown>; required: string[] }; example: unknown; exampleUrl: string }> };
    expect(body.templates.map((t) => t.kind)).toEqual(KINDS);
    for (const t of body.templates) {
      expect(Object.keys(t.schema.properties)).toEqual(expect.arrayContaining(['size', 'scale', 'theme', 'locale']));
      const check = await post(app, `/v1/cards/${t.kind}.json`, t.example);
      expect(check.status).toBe(200);
      const img = await app.request(t.exampleUrl);
      expect(img.status).toBe(200);
    }
    const score = body.templates.find((t) => t.kind === 'score')!;
    expect(score.schema.required).toEqual(expect.arrayContaining(['home', 'away']));
  });

  it('GET /v1/templates/:kind answers one kind, 404 for others', async () => {
    const app = await testApp();
    expect((await app.request('/v1/templates/quote')).status).toBe(200);
    const res = await app.request('/v1/templates/poll');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'unknown_kind' } });
  });
});

describe('cards over HTTP', () => {
  for (const kind of KINDS) {
    it(`${kind}: GET with the dotted query and POST with JSON give the same PNG and ETag`, async () => {
      const app = await testApp();
      const payload = example(kind);
      const viaPost = await post(app, `/v1/cards/${kind}.png`, payload);
      expect(viaPost.status).toBe(200);
      expect(viaPost.headers.get('content-type')).toBe('image/png');
      const viaGet = await app.request(`/v1/cards/${kind}.png?${toQuery(payload)}`);
      expect(viaGet.status).toBe(200);
      expect(viaGet.headers.get('etag')).toBe(viaPost.headers.get('etag'));
      expect(Buffer.from(await bytes(viaGet)).equals(Buffer.from(await bytes(viaPost)))).toBe(true);
    });
  }

  it('GET responses are public and long-lived, with a strong ETag', async () => {
    const app = await testApp();
    const res = await app.request(`/v1/cards/quote.png?${toQuery(example('quote'))}`);
    expect(res.headers.get('cache-control')).toBe(GET_CACHE_CONTROL);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d{7,}/);
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('If-None-Match with the ETag gets a 304 without a body', async () => {
    const app = await testApp();
    const url = `/v1/cards/score.png?${toQuery(example('score'))}`;
    const first = await app.request(url);
    const etag = first.headers.get('etag')!;
    const again = await app.request(url, { headers: { 'if-none-match': `"other", ${etag}` } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const stale = await app.request(url, { headers: { 'if-none-match': '"stale"' } });
    expect(stale.status).toBe(200);
  });

  it('a URL seen before answers from its remembered ETag exactly as the first time, and renders again once evicted', async () => {
    const app = await testApp({ cacheBytes: 0 }); // no image cache: the remembered ETag alone cannot answer a 200
    const url = `/v1/cards/quote.png?${toQuery(example('quote'))}`;
    const first = await app.request(url);
    const second = await app.request(url);
    expect(second.status).toBe(200);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('server-timing')).toMatch(/cache;desc=miss/);
    expect(await bytes(second)).toEqual(await bytes(first));
    const revalidated = await app.request(url, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('cache-control')).toBe(GET_CACHE_CONTROL);
    // an invalid URL is never remembered: it is refused every time
    const bad = `/v1/cards/quote.png?${toQuery({ ...example('quote'), text: '' })}`;
    expect((await app.request(bad)).status).toBe(400);
    expect((await app.request(bad)).status).toBe(400);
  });

  it('a memory-cache hit for a remembered URL carries the same headers as the first answer', async () => {
    const app = await testApp();
    const url = `/v1/cards/score.png?${toQuery(example('score'))}`;
    const first = await app.request(url);
    const hit = await app.request(url);
    expect(hit.headers.get('server-timing')).toMatch(/cache;desc=hit/);
    for (const h of ['etag', 'cache-control', 'content-type', 'x-card-alt', 'content-security-policy', 'content-disposition']) {
      expect(hit.headers.get(h), h).toBe(first.headers.get(h));
    }
    expect(await bytes(hit)).toEqual(await bytes(first));
  });

  it('a changed payload, template field or format changes the ETag', async () => {
    const app = await testApp();
    const a = await app.request(`/v1/cards/quote.png?${toQuery(example('quote'))}`);
    const b = await app.request(`/v1/cards/quote.png?${toQuery(example('quote', { author: 'Someone Else' }))}`);
    const c = await app.request(`/v1/cards/quote.svg?${toQuery(example('quote'))}`);
    expect(new Set([a.headers.get('etag'), b.headers.get('etag'), c.headers.get('etag')]).size).toBe(3);
  });

  it('Server-Timing reports each render phase on a miss, and a hit from the memory cache', async () => {
    const app = await testApp();
    const url = `/v1/cards/post.png?${toQuery(example('post'))}`;
    const miss = await app.request(url);
    expect(miss.headers.get('server-timing')).toMatch(/^view;dur=\d+\.\d, layout;dur=\d+\.\d, raster;dur=\d+\.\d, encode;dur=\d+\.\d, queue;dur=\d+\.\d, cache;desc=miss$/);
    const hit = await app.request(url);
    expect(hit.headers.get('server-timing')).toMatch(/cache;desc=hit/);
    expect(Buffer.from(await bytes(hit)).equals(Buffer.from(await bytes(miss)))).toBe(true);
  });

  it('concurrent requests for the same new card share one render', async () => {
    const r = await renderer();
    let renders = 0;
    const counting = inlineService({ ...r, render: (req) => (renders++, r.render(req)) });
    const app = createApp({ renderer: counting, cache: createImageCache(1 << 24), emoji, rendererVersion: RENDERER_VERSION, maxBodyBytes: 1 << 20, maxUrlLength: 8192 });
    const url = `/v1/cards/quote.png?${toQuery(example('quote', { text: 'shared render' }))}`;
    const responses = await Promise.all(Array.from({ length: 8 }, () => app.request(url)));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(renders).toBe(1);
    const timings = responses.map((r) => r.headers.get('server-timing')!);
    expect(timings.filter((t) => t.includes('cache;desc=miss'))).toHaveLength(1);
    expect(timings.filter((t) => /cache;desc=(shared|hit)/.test(t))).toHaveLength(7);
  });

  it('SVG is served as image/svg+xml with a restrictive CSP', async () => {
    const app = await testApp();
    const res = await post(app, '/v1/cards/quote.svg', example('quote'));
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toMatch(/^<svg[^>]+width="1200" height="630"/);
  });

  it('the alt text comes back percent-encoded in X-Card-Alt and in the .json variant', async () => {
    const app = await testApp();
    const res = await post(app, '/v1/cards/score.png', example('score', { locale: 'en' }));
    const alt = decodeURIComponent(res.headers.get('x-card-alt')!);
    expect(alt).toContain('Olympique de Marseille 1, Atalanta 1, half-time');
    const json = (await (await post(app, '/v1/cards/post.json', example('post'))).json()) as { alt: string; url: string; width: number };
    expect(json.alt).toContain('Continuez comme ça les gars');
    // styled letters folded, keycaps read as digits, emoji named in the card's language
    expect(json.alt).toContain('#OMAtalanta 1-1');
    expect(json.alt).toContain('(feu)');
    const en = (await (await post(app, '/v1/cards/post.json', example('post', { locale: 'en' }))).json()) as { alt: string };
    expect(en.alt).toMatch(/^Post by Olympique de Marseille \(@OM_Officiel\) on X, May 2, 2024 at 9:47 PM: /);
    expect(en.alt).toContain('première période (fire)');
    expect(en.alt).toContain('les gars (oncoming fist)(blue heart)');
    expect(json.width).toBe(1200);
    const viaUrl = await app.request(json.url);
    const viaPost = await post(app, '/v1/cards/post.png', example('post'));
    expect(Buffer.from(await bytes(viaUrl)).equals(Buffer.from(await bytes(viaPost)))).toBe(true);
  });

  it('X-Card-Alt is capped at 1 KB, cut at a word with an ellipsis; the .json variant keeps the whole alt text', async () => {
    const app = await testApp();
    const posts = {
      '300 emoji, named in French': example('post', { text: '😂👍🏽⚽️'.repeat(100), locale: 'fr' }),
      '700 Cyrillic characters': example('post', { text: 'Марсель сыграл вничью с Аталантой в первом матче полуфинала. '.repeat(12).slice(0, 700), locale: 'en' }),
    };
    for (const [name, payload] of Object.entries(posts)) {
      const res = await post(app, '/v1/cards/post.png', payload);
      expect(res.status, name).toBe(200);
      const header = res.headers.get('x-card-alt')!;
      expect(header.length, name).toBeLessThanOrEqual(1024);
      const { alt } = (await (await post(app, '/v1/cards/post.json', payload)).json()) as { alt: string };
      expect(encodeURIComponent(alt).length, name).toBeGreaterThan(3 * 1024); // with the other headers, over nginx's 4 KB buffer
      const shown = decodeURIComponent(header);
      expect(shown.endsWith('…'), name).toBe(true);
      expect(alt.startsWith(shown.slice(0, -1)), name).toBe(true);
      expect(shown.length, name).toBeGreaterThan(100);
    }
  });

  it('bidi overrides in a payload cannot reverse what the alt text and the card say', async () => {
    const app = await testApp();
    const res = await post(app, '/v1/cards/post.json', example('post', { text: 'Score final \u202e1-3\u202c', locale: 'en' }));
    const { alt } = (await res.json()) as { alt: string };
    expect(alt).toContain('Score final 1-3');
    expect(alt).not.toContain('\u202e');
  });

  it('query values are typed by the schema: numbers, booleans and lists', async () => {
    const app = await testApp();
    const q = 'home.name=OM&home.score=2&away.name=PSG&away.score=0&events.0.team=home&events.0.minute=12&events.0.player=Aubameyang&events.1.team=home&events.1.minute=90%2B3&events.1.player=Greenwood&events.1.type=penalty&scale=1.5&status=full-time';
    const res = await app.request(`/v1/cards/score.json?${q}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { width: number; alt: string };
    expect(body.width).toBe(1800);
    expect(body.alt).toContain('90+3’ Greenwood');
    const verified = await app.request('/v1/cards/post.json?author.name=OM&author.handle=OM&author.verified=true&text=Hi');
    expect(verified.status).toBe(200);
  });
});

describe('every bad input gets a 4xx JSON error naming the field and the rule', () => {
  const expectError = async (res: Response, status: number, code: string, path?: string, message?: RegExp) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { error: { code: string; message: string; issues: Array<{ path: string; message: string }> } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    if (path !== undefined) {
      const issue = body.error.issues.find((i) => i.path === path);
      expect(issue, JSON.stringify(body.error.issues)).toBeDefined();
      if (message) expect(issue!.message).toMatch(message);
    }
    return body;
  };

  it('unknown kind → 404 unknown_kind', async () => {
    const app = await testApp();
    await expectError(await app.request('/v1/cards/poll.png?x=1'), 404, 'unknown_kind');
    await expectError(await post(app, '/v1/cards/constructor.png', {}), 404, 'unknown_kind');
  });

  it('unknown format → 404 unknown_format', async () => {
    const app = await testApp();
    await expectError(await app.request('/v1/cards/quote.gif?text=a&author=b'), 404, 'unknown_format');
  });

  it('missing, empty, too long and mistyped fields', async () => {
    const app = await testApp();
    await expectError(await post(app, '/v1/cards/quote.png', { author: 'A' }), 400, 'invalid_payload', 'text', /required/);
    await expectError(await post(app, '/v1/cards/quote.png', { text: '  ', author: 'A' }), 400, 'invalid_payload', 'text', /empty/);
    await expectError(await post(app, '/v1/cards/quote.png', { text: 'x'.repeat(601), author: 'A' }), 400, 'invalid_payload', 'text', /at most 600/);
    await expectError(await post(app, '/v1/cards/score.png', example('score', { home: { name: 'OM', score: 'two' } })), 400, 'invalid_payload', 'home.score', /number/);
    await expectError(await post(app, '/v1/cards/score.png', example('score', { home: { name: 'OM', score: 1.5 } })), 400, 'invalid_payload', 'home.score', /whole number/);
    await expectError(await post(app, '/v1/cards/score.png', example('score', { minute: '45 plus 2' })), 400, 'invalid_payload', 'minute', /match minute/);
    await expectError(await post(app, '/v1/cards/score.png', example('score', { events: [{ team: 'home', minute: '3', player: 'X', type: 'own goal' }] })), 400, 'invalid_payload', 'events.0.type');
    await expectError(await post(app, '/v1/cards/post.png', example('post', { date: '02/05/2024' })), 400, 'invalid_payload', 'date', /ISO 8601/);
    await expectError(await post(app, '/v1/cards/post.png', example('post', { author: { name: 'OM', handle: 'OM Officiel!' } })), 400, 'invalid_payload', 'author.handle', /handle/);
  });

  it('size, scale, theme and locale are checked', async () => {
    const app = await testApp();
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { size: 'a4' })), 400, 'invalid_payload', 'size');
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { scale: 4 })), 400, 'invalid_payload', 'scale', /at most 3/);
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { scale: 0 })), 400, 'invalid_payload', 'scale', /at least 1/);
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { theme: { background: 'red' } })), 400, 'invalid_payload', 'theme.background', /hex colour/);
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { theme: 'blue' })), 400, 'invalid_payload', 'theme', /light, dark/);
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { locale: 'xx' })), 400, 'invalid_payload', 'locale');
  });

  it('unknown fields are named', async () => {
    const app = await testApp();
    await expectError(await app.request('/v1/cards/quote.png?text=a&author=b&colour=red'), 400, 'invalid_query', 'colour', /not a field/);
    await expectError(await post(app, '/v1/cards/score.png', example('score', { home: { name: 'OM', score: 1, logo: 'x' } })), 400, 'invalid_payload', 'home.logo', /not a field/);
  });

  it('malformed query strings', async () => {
    const app = await testApp();
    await expectError(await app.request('/v1/cards/quote.png?text=a&text=b&author=c'), 400, 'invalid_query', 'text', /more than once/);
    await expectError(await app.request('/v1/cards/score.png?home=OM&home.name=OM'), 400, 'invalid_query', 'home.name', /conflicts/);
    await expectError(await app.request('/v1/cards/quote.png?text=a&author=b&__proto__.x=1'), 400, 'invalid_query', '__proto__.x');
    await expectError(await app.request('/v1/cards/score.png?home.name=A&away.name=B&events.1.team=home&events.1.minute=1&events.1.player=X'), 400, 'invalid_query', 'events', /without gaps/);
    await expectError(await app.request('/v1/cards/quote.png'), 400, 'invalid_query', 'text', /required/);
  });

  it('query values whose percent-escapes are not UTF-8 get 400 naming the parameter, not a card drawn with "�"', async () => {
    const app = await testApp();
    for (const bad of ['%FF', '%C0%AF', '%ED%A0%80', 'caf%C3']) {
      for (const ext of ['png', 'json']) {
        const res = await app.request(`/v1/cards/quote.${ext}?author=A&text=Caf${bad}%20au%20lait`);
        await expectError(res, 400, 'invalid_query', 'text', /not valid UTF-8/);
      }
    }
    await expectError(await app.request('/v1/cards/quote.png?author=A&text=a&te%FFxt=b'), 400, 'invalid_query', 'te%FFxt', /not a valid parameter name/);
    // valid escapes, `+` for a space and a stray `%` read as URLSearchParams reads them
    const ok = (await (await app.request('/v1/cards/quote.json?author=A&text=Caf%C3%A9+au+lait+%C3%A0+100%')).json()) as { alt: string };
    expect(ok.alt).toContain('Café au lait à 100%');
  });

  it('images must be real PNG, JPEG or GIF data: URIs', async () => {
    const app = await testApp();
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: 'ftp://example.com/a.png' })), 400, 'invalid_payload', 'avatar', /data: URI.*https:\/\/ URL/);
    // an https URL is valid, but remote images are off unless hosts are allow-listed
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: 'https://example.com/a.png' })), 400, 'remote_image_forbidden');
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: `data:image/png;base64,${btoa('not really a png at all')}` })), 400, 'invalid_payload', 'avatar', /matching/);
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: `data:image/svg+xml;base64,${btoa('<svg/>')}` })), 400, 'invalid_payload', 'avatar');
  });

  it('bad JSON, wrong content type, non-object bodies', async () => {
    const app = await testApp();
    await expectError(await post(app, '/v1/cards/quote.png', '{"text": '), 400, 'invalid_json');
    await expectError(await post(app, '/v1/cards/quote.png', '[1,2]'), 400, 'invalid_payload', '', /object/);
    await expectError(await post(app, '/v1/cards/quote.png', 'null'), 400, 'invalid_payload');
    await expectError(await post(app, '/v1/cards/quote.png', example('quote'), { 'content-type': 'text/plain' }), 415, 'unsupported_media_type');
  });

  it('an image over the pixel cap is refused on scale, with the largest allowed scale', async () => {
    const app = await testApp({ maxPixels: 1200 * 630 * 4 });
    await expectError(await post(app, '/v1/cards/quote.png', example('quote', { scale: 2.5 })), 400, 'invalid_payload', 'scale', /at most 2 for size og/);
    expect((await post(app, '/v1/cards/quote.png', example('quote', { scale: 2 }))).status).toBe(200);
  });

  it('too large bodies get 413, too long URLs 414', async () => {
    const app = await testApp({ maxBodyBytes: 2048, maxUrlLength: 512 });
    await expectError(await post(app, '/v1/cards/quote.png', { text: 'x'.repeat(4000), author: 'A' }), 413, 'payload_too_large');
    await expectError(await app.request(`/v1/cards/quote.png?text=${'x'.repeat(600)}&author=A`), 414, 'uri_too_long');
  });

  it('characters no bundled font draws are refused instead of drawn as boxes', async () => {
    const app = await testApp();
    // Syriac has no bundled face; the field and the character are named
    const body = await expectError(await post(app, '/v1/cards/quote.png', { text: 'ܫܠܡܐ', author: 'A' }), 400, 'invalid_payload', 'text', /right-to-left script has no bundled font/);
    expect(body.error.issues[0]!.message).toContain('U+072B');
    // a Han character outside the bundled national sets (U+9FEF, Unicode 11)
    await expectError(await post(app, '/v1/cards/post.png', example('post', { author: { name: 'FC 鿯', handle: 'om' } })), 400, 'invalid_payload', 'author.name', /U\+9FEF.*outside the bundled sets/);
    // Latin extended, Greek and Cyrillic are drawn
    const ok = await post(app, '/v1/cards/quote.png', { text: 'Zażółć gęślą jaźń · Ğğİış · Tiếng Việt · Ελληνικά · Русский', author: 'A' });
    expect(ok.status).toBe(200);
  });

  it('every world script the issue names is drawn, not refused', async () => {
    const app = await testApp();
    const texts = [
      'هدف! سالم الدوسري 67', 'پرسپولیس ۳ - ۱ استقلال', 'پاکستان زندہ باد', 'סיום המשחק: 1-1',
      '本日19:00キックオフ！', '경기 종료! 울산 HD 3-1', '全场结束！国安 2-0', '全場完場！傑志 3-1',
      'นัดต่อไป วันเสาร์นี้', 'ນັດຕໍ່ໄປ', 'ការប្រកួត', 'ပွဲစဉ်', 'प्रशंसकों का धन्यवाद।', 'সমর্থকদের ধন্যবাদ',
      'გოლი! დინამო', 'Գոլ! Արարատ', 'ጎል! ቅዱስ ጊዮርጊስ', '٢٠:٠٠',
    ];
    for (const text of texts) {
      const res = await post(app, '/v1/cards/quote.json', { text, author: text });
      expect(res.status, text).toBe(200);
    }
  });

  it('fullwidth letters are drawn as the letters they stand for, not refused (issue 12)', async () => {
    const app = await testApp();
    const res = await post(app, '/v1/cards/post.json', example('post', { text: 'ＦＩＮＡＬ　ＷＨＩＳＴＬＥ　２－２' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { alt: string }).alt).toContain('FINAL WHISTLE 2-2');
  });

  it('unknown routes and methods answer JSON', async () => {
    const app = await testApp();
    await expectError(await app.request('/nope'), 404, 'not_found');
    await expectError(await app.request('/v1/cards/quote.png', { method: 'PUT' }), 405, 'method_not_allowed');
  });

  it('every answer, errors and cache hits included, says nosniff', async () => {
    const app = await testApp();
    const url = `/v1/cards/quote.png?${toQuery(example('quote'))}`;
    await app.request(url);
    for (const res of [await app.request(url), await app.request('/nope'), await app.request('/v1/cards/quote.png?text='), await app.request('/healthz')]) {
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
    }
  });
});
