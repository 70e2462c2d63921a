import { serve } from '@hono/node-server';
import { loadConfig } from './config.ts';
import { createImageCache } from './http/cache/image-cache.ts';
import { createApp } from './http/app.ts';
import { loadEmojiNames, loadFonts, loadTwemoji } from './render/node-assets.ts';
import { coverageFrom } from './text/coverage.ts';
import { drawableCodePoints } from './text/measure.ts';
import { createWorkerPool } from './render/pool.ts';
import { RENDERER_VERSION } from './version.ts';

/** Node entry point: validated config, a worker pool, the Hono app on PORT. */
const config = loadConfig();
const renderer = createWorkerPool({ workers: config.CARD_WORKERS, maxQueue: config.CARD_MAX_QUEUE, timeoutMs: config.CARD_RENDER_TIMEOUT_MS });
const app = createApp({
  renderer,
  cache: createImageCache(config.CARD_CACHE_BYTES),
  emoji: loadTwemoji(),
  emojiNames: loadEmojiNames(),
  coverage: coverageFrom(await drawableCodePoints(loadFonts())),
  rendererVersion: RENDERER_VERSION,
  maxBodyBytes: config.CARD_MAX_BODY_BYTES,
  maxUrlLength: config.CARD_MAX_URL_LENGTH,
});

const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => {
  console.log(`card renderer listening on http://localhost:${info.port} (${config.CARD_WORKERS} render workers)`);
});

const shutdown = () => {
  server.close(() => void renderer.close().then(() => process.exit(0)));
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
