import { initWasm } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import { init as initSatori } from 'satori/standalone';
import layoutWasm from 'satori/layout.wasm';
import coverageRanges from 'edge:coverage';
import sliceBytes from 'edge:slice-bytes';
import emojiKeys from 'edge:emoji-keys';
import emojiNameData from 'edge:emoji-names';
import type { ExecutionContext, Hono } from 'hono';
import { CardError } from '../../errors.ts';
import { createApp } from '../../http/app.ts';
import type { DocsFile } from '../../http/docs/routes.ts';
import type { EditorFile } from '../../http/editor/routes.ts';
import { createRemoteImageResolver } from '../../http/remote-images.ts';
import { createSigner } from '../../http/signature/signature.ts';
import { inlineService, type RenderService } from '../../render/inline.ts';
import { createRenderer, type Renderer } from '../../render/pipeline.ts';
import { coverageFrom } from '../../text/coverage.ts';
import { drawableFrom, setHarfBuzzFactory } from '../../text/measure.ts';
import { createFontPlan } from '../../text/font-plan.ts';
import { cjkLimit } from '../../render/font-needs.ts';
import { emojiNamesFrom } from '../../text/emoji-names.ts';
import { emojiKeys as keysOf, graphemes, isEmojiGrapheme } from '../../text/emoji.ts';
import { RENDERER_VERSION } from '../../version.ts';
import { assetFontSource, assetReader, emojiPresence, lazyTwemoji, type AssetsBinding, type LazyEmojiSet } from './assets.ts';
import { ConfigError } from '../../settings.ts';
import { EDGE_CJK_FONT_BUDGET_BYTES, EDGE_MAX_CARD_CJK_BYTES, loadEdgeConfig, misconfigured } from './config.ts';
import { instantiateHarfBuzz } from './harfbuzz.ts';
import { createEdgeImageCache, type CacheStore } from './image-cache.ts';
import { resvgWasmRasterizer } from './resvg.ts';

/**
 * The Cloudflare Worker: the same Hono app, routes and answers as the Node service, rendering in the isolate
 * (no worker pool: Workers scale by isolates). Built by `npm run build:edge`, served locally in workerd by
 * `npm run dev:edge`, deployed with `wrangler deploy` (README, "Deploy to Cloudflare Workers"). Only the
 * default export may be exported: workerd takes every named export for an entrypoint.
 */
export interface Env {
  /** The static assets: fonts/, emoji/, editor/, docs/ (wrangler.toml `assets`). */
  ASSETS: AssetsBinding;
  [setting: string]: unknown;
}

/**
 * Part of every ETag. The pixels match the Node service's, the PNG bytes do not (another deflate), so a
 * strong ETag from the edge must differ from Node's for the same card.
 */
const EDGE_RENDERER_VERSION = `${RENDERER_VERSION} edge/resvg-wasm+CompressionStream`;

setHarfBuzzFactory(instantiateHarfBuzz);

/** Wasm instances and the app, made once per isolate on its first request (no I/O is allowed at load). */
let wasm: Promise<unknown> | undefined;
let ready: Promise<{ app: Hono; cache: ReturnType<typeof createEdgeImageCache> }> | undefined;

/** Twemoji keys a payload's emoji may be drawn with (the sequence, then its parts), to fetch them in one go. */
function emojiKeysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (!/[\p{Extended_Pictographic}\p{Regional_Indicator}]/u.test(value)) return out;
    for (const g of graphemes(value)) {
      if (!isEmojiGrapheme(g)) continue;
      for (const part of [g, ...g.split('\u200d')]) {
        for (const k of [...keysOf(part), ...keysOf(part.replace(/[\u{1f3fb}-\u{1f3ff}]/gu, ''))]) out.add(k);
      }
    }
  } else if (Array.isArray(value)) value.forEach((v) => emojiKeysOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => emojiKeysOf(v, out));
  return out;
}

/** Renders in the isolate, fetching the payload's emoji pictures before the first pass. */
function isolateService(emoji: LazyEmojiSet, renderer: Renderer): RenderService {
  const inline = inlineService(renderer);
  return {
    ...inline,
    async render(req) {
      await emoji.preload(emojiKeysOf(req.payload));
      return inline.render(req);
    },
  };
}

async function start(env: Env) {
  const config = loadEdgeConfig(env);
  const imageLimits = { maxPixels: config.CARD_MAX_IMAGE_PIXELS, maxSide: config.CARD_MAX_IMAGE_SIDE };
  // Once per isolate, even when a start is tried again: resvg-wasm refuses a second initWasm.
  wasm ??= Promise.all([initWasm(resvgWasm), initSatori(layoutWasm)]);
  await wasm;
  const read = assetReader(env.ASSETS);
  // The resident faces' code points, computed by the build from the same FONT_FILES list it copies.
  const resident = new Set(coverageRanges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)));
  const emoji = lazyTwemoji(read, emojiKeys);
  const cache = createEdgeImageCache((globalThis as unknown as { caches: { default: CacheStore } }).caches.default);
  const editorFile = async (file: EditorFile) => new TextDecoder().decode(await read(`editor/${file}`));
  const docsFile = async (file: DocsFile) => new TextDecoder().decode(await read(`docs/${file}`));
  // Awaited here, within the request that starts the isolate: workerd drops a promise that settles after the
  // request that created it has ended, so nothing this request starts may be left for a later one to await.
  const renderer = await createRenderer({
    fonts: { source: assetFontSource(read), coverage: resident, cjkBudgetBytes: EDGE_CJK_FONT_BUDGET_BYTES },
    emoji,
    rasterizer: resvgWasmRasterizer,
  });
  const app = createApp({
    renderer: isolateService(emoji, renderer),
    cache,
    emoji: emojiPresence(emoji),
    emojiNames: emojiNamesFrom(emojiNameData),
    coverage: coverageFrom(drawableFrom(resident)),
    rendererVersion: EDGE_RENDERER_VERSION,
    maxBodyBytes: config.CARD_MAX_BODY_BYTES,
    maxUrlLength: config.CARD_MAX_URL_LENGTH,
    ...(config.CARD_PUBLIC_URL !== undefined ? { publicOrigin: config.CARD_PUBLIC_URL } : {}),
    maxPixels: config.CARD_MAX_PIXELS,
    fontLimit: cjkLimit(createFontPlan(resident), (f) => sliceBytes[f.file] ?? 0, EDGE_MAX_CARD_CJK_BYTES),
    ...(config.CARD_SIGNING_KEYS.length ? { signer: await createSigner(config.CARD_SIGNING_KEYS) } : {}),
    apiTokens: config.CARD_API_TOKENS,
    remoteImages: createRemoteImageResolver({ allowHosts: [], imageLimits }),
    imageLimits,
    editor: { read: editorFile },
    docs: { read: docsFile },
    compress: false,
    // A render may be awaited by other requests (and its assets by other renders): its request stays alive
    // until it is done, even if its client has gone away (see keepAlive in src/http/app.ts).
    keepAlive: (c, work) => c.executionCtx.waitUntil(work),
  });
  return { app, cache };
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (!ready) {
      ready = start(env);
      // Every request awaits this start: the one that began it stays alive until it is done, even if its
      // client goes away (workerd would cancel it, and the requests awaiting it would fail with a 500).
      ctx.waitUntil(ready.then(() => {}, () => {}));
    }
    let started;
    try {
      started = await ready;
    } catch (err) {
      ready = undefined; // a later request tries again (and reports the same configuration error)
      const error = err instanceof ConfigError ? misconfigured(err) : new CardError(500, 'render_failed', `the service could not start: ${(err as Error).message}`);
      return Response.json(error.toJSON(), { status: error.status, headers: { 'Cache-Control': 'no-store' } });
    }
    started.cache.origin = new URL(request.url).origin;
    return started.app.fetch(request, env, ctx);
  },
};
