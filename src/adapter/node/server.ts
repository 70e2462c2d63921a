import { loadConfigOrExit } from './config.ts';
import { createWorkerPool } from './pool.ts';

/**
 * Node entry point: validated config, then the render workers, then the HTTP side.
 *
 * The workers start first, before the HTTP modules are even loaded: a worker takes longest to be ready
 * (loading satori, HarfBuzz and the fonts, then a warm-up card, see render/worker.ts), so it should not
 * wait ~400 ms for this thread to load Hono, prom-client and the rest (`import()` below). On the 2-core
 * machine the gain was small (first card 1.38–1.50 s → 1.32–1.45 s): both threads then load modules at once.
 */
const config = loadConfigOrExit();
if (config.CARD_SIGNING_KEYS.length === 0) {
  console.warn('warning: CARD_SIGNING_KEYS is not set, so anyone can render any card through GET URLs; set it before exposing the service publicly');
}
if (config.CARD_API_TOKENS.length === 0) console.warn('warning: CARD_API_TOKENS is not set, so POST /v1/cards is open to anyone');
const renderer = createWorkerPool({
  workers: config.CARD_WORKERS,
  maxQueue: config.CARD_MAX_QUEUE,
  timeoutMs: config.CARD_RENDER_TIMEOUT_MS,
  queueTimeoutMs: config.CARD_QUEUE_TIMEOUT_MS,
  // A worker thread that stays in native code after its timeout cannot be stopped, and only the end of the
  // process frees its memory (render/pool.ts): drain, then exit 1 so the supervisor starts a fresh service.
  onStuck: ({ threads, afterMs }) => {
    console.error(`error: ${threads} render worker thread(s) stopped at a timeout are still in native code ${afterMs} ms later; draining and exiting so that a fresh process frees their memory`);
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  },
});
const { serveHttp } = await import('./serve.ts');
await serveHttp(config, renderer);
