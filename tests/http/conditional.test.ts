import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createImageCache } from '../../src/http/cache/image-cache.ts';
import { toQuery } from '../../src/http/query.ts';
import { CardError } from '../../src/errors.ts';
import { inlineService } from '../../src/render/inline.ts';
import type { RenderService } from '../../src/render/inline.ts';
import { RENDERER_VERSION } from '../../src/version.ts';
import { emoji, example, renderer } from '../helpers.ts';

/** An app whose renders are counted, and fail while `failing` is set (as a worker that dies mid-render). */
async function countingApp() {
  const r = await renderer();
  const state = { renders: 0, failing: false };
  const service: RenderService = inlineService({
    ...r,
    render: async (req) => {
      state.renders++;
      if (state.failing) throw new CardError(500, 'render_failed', 'the render failed: worker exited');
      return r.render(req);
    },
  });
  const app = createApp({ renderer: service, cache: createImageCache(1 << 24), emoji, rendererVersion: RENDERER_VERSION, maxBodyBytes: 1 << 20, maxUrlLength: 8192 });
  return { app, state };
}

const post = (app: Awaited<ReturnType<typeof countingApp>>['app'], path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

describe('errors never carry a card ETag', () => {
  it('a failed render answers without ETag, alt text or long-lived Cache-Control, the first time and after', async () => {
    const { app, state } = await countingApp();
    state.failing = true;
    const url = `/v1/cards/quote.png?${toQuery(example('quote', { text: 'never drawn' }))}`;
    for (const res of [await app.request(url), await app.request(url), await post(app, '/v1/cards/quote.png', example('quote', { text: 'never drawn' }))]) {
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ error: { code: 'render_failed' } });
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('x-card-alt')).toBeNull();
      expect(res.headers.get('content-disposition')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    // once the image can be made, the same URL renders and gets its ETag
    state.failing = false;
    const ok = await app.request(url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(state.renders).toBe(4);
  });
});

describe('HEAD', () => {
  it('answers the headers of the GET without rendering; Content-Length only once the image exists', async () => {
    const { app, state } = await countingApp();
    const url = `/v1/cards/score.png?${toQuery(example('score'))}`;
    const head = await app.request(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(state.renders).toBe(0);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    expect(head.headers.get('content-type')).toBe('image/png');
    expect(head.headers.get('content-length')).toBeNull();
    const get = await app.request(url);
    expect(state.renders).toBe(1);
    const png = await get.arrayBuffer();
    for (const h of ['etag', 'cache-control', 'content-type', 'x-card-alt', 'content-security-policy', 'content-disposition']) {
      expect(head.headers.get(h), h).toBe(get.headers.get(h));
    }
    const cached = await app.request(url, { method: 'HEAD' });
    expect(cached.headers.get('content-length')).toBe(String(png.byteLength));
    const revalidated = await app.request(url, { method: 'HEAD', headers: { 'if-none-match': get.headers.get('etag')! } });
    expect(revalidated.status).toBe(304);
    expect(state.renders).toBe(1);
  });

  it('an invalid card is the same 4xx as for GET', async () => {
    const { app, state } = await countingApp();
    const res = await app.request('/v1/cards/quote.png?text=', { method: 'HEAD' });
    expect(res.status).toBe(400);
    expect(state.renders).toBe(0);
  });
});

describe('If-None-Match (RFC 9110 §13.1.2)', () => {
  it('on POST, a match (or *) is 412 precondition_failed, not 304, and nothing is rendered', async () => {
    const { app, state } = await countingApp();
    const star = await post(app, '/v1/cards/quote.png', example('quote'), { 'if-none-match': '*' });
    expect(star.status).toBe(412);
    expect(star.headers.get('etag')).toBeNull();
    expect(await star.json()).toMatchObject({ error: { code: 'precondition_failed' } });
    expect(state.renders).toBe(0);
    // `*` inside a list is malformed, and a malformed field is ignored
    expect((await post(app, '/v1/cards/quote.png', example('quote'), { 'if-none-match': '"whatever", *' })).status).toBe(200);
    const etag = (await post(app, '/v1/cards/quote.png', example('quote'))).headers.get('etag')!;
    const renders = state.renders;
    expect((await post(app, '/v1/cards/quote.png', example('quote'), { 'if-none-match': `"other", W/${etag}` })).status).toBe(412);
    expect((await post(app, '/v1/cards/quote.png', example('quote'), { 'if-none-match': '"other"' })).status).toBe(200);
    expect(state.renders).toBe(renders);
  });

  it('on GET, * and a listed (weak or strong) tag are 304; a malformed list is ignored', async () => {
    const { app, state } = await countingApp();
    const url = `/v1/cards/quote.png?${toQuery(example('quote'))}`;
    const star = await app.request(url, { headers: { 'if-none-match': '*' } });
    expect(star.status).toBe(304);
    expect(state.renders).toBe(0);
    const etag = (await app.request(url)).headers.get('etag')!;
    expect((await app.request(url, { headers: { 'if-none-match': `"a", W/${etag}` } })).status).toBe(304);
    // `"x,"…"` is one tag containing a comma, then garbage: not a list holding our tag
    expect((await app.request(url, { headers: { 'if-none-match': `"x,${etag}` } })).status).toBe(200);
  });
});
