import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Config } from './config.ts';
import type { RenderService } from '../../render/inline.ts';
import { loadEmojiNames, loadTwemoji } from './assets.ts';
import { residentCoverage } from './resident-coverage.ts';
import { coverageFrom } from '../../text/coverage.ts';
import { drawableFrom } from '../../text/measure.ts';
import { RENDERER_VERSION } from '../../version.ts';
import { createNodeApp } from './app.ts';
import { createImageCache } from '../../http/cache/image-cache.ts';
import { onClientError, onRequestError } from './client-error.ts';
import { trackRequests } from './drain.ts';
import { createSigner } from '../../http/signature/signature.ts';
import { nodeCardImages } from './card-images.ts';

/**
 * Bytes of header fields a request may carry besides its request line. The server reads request line plus
 * headers up to CARD_MAX_URL_LENGTH + this (Node's maxHeaderSize), so that every URL the service accepts
 * reaches the app (and a longer one gets its 414 JSON) instead of Node's bare 431. 8 KiB: at the default
 * 8 KiB URL limit this is Node's own default of 16 KiB, and it is the line size nginx and most proxies
 * allow (large_client_header_buffers 4 8k).
 */
export const HEADER_FIELDS_BYTES = 8 * 1024;

/** The HTTP side of the Node server: the Hono app on PORT, and a graceful shutdown. See server.ts. */
export async function serveHttp(config: Config, renderer: RenderService): Promise<void> {
  const lifecycle = { draining: false };
  const emoji = loadTwemoji();
  const { imageLimits, remoteImages, images } = nodeCardImages(config, emoji);
  const app = createNodeApp({
    lifecycle,
    renderer,
    cache: createImageCache(config.CARD_CACHE_BYTES),
    emoji,
    emojiNames: loadEmojiNames(),
    coverage: coverageFrom(drawableFrom(await residentCoverage())),
    rendererVersion: RENDERER_VERSION,
    maxBodyBytes: config.CARD_MAX_BODY_BYTES,
    maxUrlLength: config.CARD_MAX_URL_LENGTH,
    ...(config.CARD_PUBLIC_URL !== undefined ? { publicOrigin: config.CARD_PUBLIC_URL } : {}),
    maxPixels: config.CARD_MAX_PIXELS,
    ...(config.CARD_SIGNING_KEYS.length ? { signer: await createSigner(config.CARD_SIGNING_KEYS) } : {}),
    apiTokens: config.CARD_API_TOKENS,
    remoteImages,
    imageLimits,
    images,
  });

  const maxHeaderBytes = config.CARD_MAX_URL_LENGTH + HEADER_FIELDS_BYTES;
  const server = createServer({ maxHeaderSize: maxHeaderBytes }, getRequestListener(app.fetch, { errorHandler: onRequestError }));
  server.on('clientError', onClientError({ maxHeaderBytes, maxUrlLength: config.CARD_MAX_URL_LENGTH }));
  const requests = trackRequests(server);
  server.listen(config.PORT, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    console.log(`card renderer listening on http://localhost:${port} (${config.CARD_WORKERS} render workers)`);
  });

  /**
   * Graceful shutdown: stop accepting connections, answer 503 to requests on kept-alive ones, let in-flight
   * requests (renders) finish, then stop the workers. A second signal, or 30 s, forces the exit.
   */
  const SHUTDOWN_GRACE_MS = 30_000;
  const shutdown = (signal: string) => {
    if (lifecycle.draining) process.exit(1);
    lifecycle.draining = true;
    console.log(`${signal}: draining (in-flight renders finish, new requests get 503)`);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    void requests
      .drain()
      .then(() => {
        server.closeAllConnections();
        return renderer.close();
      })
      .then(() => {
        console.log('stopped');
        process.exit(process.exitCode ?? 0); // 1 after a stuck worker (server.ts)
      })
      .catch((err: unknown) => {
        console.error('shutdown failed', err);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
