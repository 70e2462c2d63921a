import { serve } from '@hono/node-server';
import type { Config } from '../config.ts';
import type { RenderService } from '../render/pool.ts';
import { loadEmojiNames, loadFonts, loadTwemoji } from '../render/node-assets.ts';
import { coverageFrom } from '../text/coverage.ts';
import { drawableCodePoints } from '../text/measure.ts';
import { RENDERER_VERSION } from '../version.ts';
import { createApp } from './app.ts';
import { createImageCache } from './cache/image-cache.ts';
import { createRemoteImageResolver } from './remote-images.ts';
import { createSigner } from './signature/signature.ts';
import { createImagePreparer } from '../image/prepare.ts';
import { createSharpResizer } from '../image/sharp-resizer.ts';

/** The HTTP side of the Node server: the Hono app on PORT, and a graceful shutdown. See src/server.ts. */
export async function serveHttp(config: Config, renderer: RenderService): Promise<void> {
  const lifecycle = { draining: false };
  const emoji = loadTwemoji();
  const imageLimits = { maxPixels: config.CARD_MAX_IMAGE_PIXELS, maxSide: config.CARD_MAX_IMAGE_SIDE };
  const app = createApp({
    lifecycle,
    renderer,
    cache: createImageCache(config.CARD_CACHE_BYTES),
    emoji,
    emojiNames: loadEmojiNames(),
    coverage: coverageFrom(await drawableCodePoints(loadFonts())),
    rendererVersion: RENDERER_VERSION,
    maxBodyBytes: config.CARD_MAX_BODY_BYTES,
    maxUrlLength: config.CARD_MAX_URL_LENGTH,
    maxPixels: config.CARD_MAX_PIXELS,
    ...(config.CARD_SIGNING_KEYS.length ? { signer: await createSigner(config.CARD_SIGNING_KEYS) } : {}),
    apiTokens: config.CARD_API_TOKENS,
    remoteImages: createRemoteImageResolver({
      allowHosts: config.CARD_REMOTE_IMAGE_HOSTS,
      maxBytes: config.CARD_REMOTE_IMAGE_MAX_BYTES,
      timeoutMs: config.CARD_REMOTE_IMAGE_TIMEOUT_MS,
      maxRedirects: 3,
      imageLimits,
    }),
    imageLimits,
    images: createImagePreparer({ resizer: createSharpResizer(imageLimits), emoji }),
  });

  const server = serve({ fetch: app.fetch, port: config.PORT }, (info) => {
    console.log(`card renderer listening on http://localhost:${info.port} (${config.CARD_WORKERS} render workers)`);
  });

  /**
   * Graceful shutdown: stop accepting connections, answer 503 to requests on kept-alive ones, let in-flight
   * renders finish, then stop the workers. A second signal, or 30 s, forces the exit.
   */
  const SHUTDOWN_GRACE_MS = 30_000;
  const shutdown = (signal: string) => {
    if (lifecycle.draining) process.exit(1);
    lifecycle.draining = true;
    console.log(`${signal}: draining (in-flight renders finish, new requests get 503)`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    server.close(() => {
      void renderer.close().then(() => {
        console.log('stopped');
        process.exit(process.exitCode ?? 0); // 1 after a stuck worker (src/server.ts)
      });
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
