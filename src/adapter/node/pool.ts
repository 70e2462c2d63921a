import { MessageChannel, type Worker } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { CardError } from '../../errors.ts';
import type { RenderService } from '../../render/inline.ts';
import type { PoolTask } from './pool-task.ts';
import { finishPng, type DeferredResult } from './png-deflate.ts';

export type { RenderService };

export interface PoolOptions {
  workers: number;
  maxQueue: number;
  /** Longest a render may run once it has a worker; past it the worker is replaced. */
  timeoutMs: number;
  /** Longest a render may wait for a worker; past it, 503 without costing any worker. */
  queueTimeoutMs?: number;
  /** The worker module; tests substitute one that crashes on demand. */
  workerFile?: URL;
  /** How long a worker stopped at a timeout may stay in native code before `onStuck` (default STUCK_AFTER_MS). */
  stuckAfterMs?: number;
  /**
   * Called once when a worker stopped at a timeout is still running `stuckAfterMs` later. Its thread cannot be
   * stopped from JavaScript, and its memory is freed only when it returns or the process ends: the server
   * drains and exits so that its supervisor starts a fresh one (src/server.ts). Default: an error is logged.
   */
  onStuck?: (info: { threads: number; afterMs: number }) => void;
}

/**
 * Longest a render may wait for a worker that is starting (its handler not yet called) once it has a slot:
 * a worker start takes 1-3 s under load; a worker that has not started in a minute will not, and the
 * request is answered rather than left hanging.
 */
export const WORKER_START_LIMIT_MS = 60_000;

/**
 * V8's young generation per render worker. The default (16 MB semi-spaces) lets each worker hold ~32 MB of
 * short-lived layout garbage between scavenges; at 6 MB a renderer thread measured 156 MB instead of 188 MB
 * after 150 cards, with no more CPU per card (median 61–70 ms vs 72–81 ms, same run). V8's heap flags are per
 * process and win over a worker's resourceLimits: under `npm start` (`--max-semi-space-size=2`) a worker's
 * semi-spaces are 2 MB too (its new space measured 4 MB whatever this says).
 */
const WORKER_YOUNG_GENERATION_MB = 6;

/**
 * V8's old generation per render worker, at most. Not a budget a card comes near (a worker's live heap measured
 * 34–40 MB after its collections, the largest cards included, and pixmaps live in resvg's wasm memory, outside
 * it): what it changes is how far V8 lets garbage pile up between full collections. With a limit of 2 GB or more
 * (V8's default on a machine of 16 GB+, 4 GB here) V8 grows the old generation to up to 4× the live heap before
 * collecting, and satori's garbage took a worker's old generation to 116–125 MB in a 20 s distinct-card run; at
 * 256 MB or less the factor is 1.3 (V8's heap controller), and it stayed at 37–41 MB: peak RSS of the service
 * 289–304 → 204–210 MB (three A/B pairs). The price is full collections, 22–33 instead of 4 per 15–20 s
 * (~2–3 ms of pause a card, and as much marking on V8's helper threads): CPU per card ~10% higher in A/B runs
 * (README, Performance). 1,024 MB (factor 1.6) halves them for 10–17 MB more. `npm start` gives the HTTP thread
 * the same limit (`--max-old-space-size`, which also overrides this one: V8's flags are per process).
 */
export const WORKER_OLD_GENERATION_MB = 256;

/**
 * A render stopped at its timeout terminates its worker thread, but Worker.terminate() cannot interrupt native
 * code: a thread inside resvg runs on until resvg returns (issue 10: a 519-byte JPEG declaring 65535×65535 kept
 * decoding after its 503, 139 MB → 2.5 GB in 15 s, while the pool had already started a replacement). Images
 * are now held to header limits and resized before rendering, so the slowest native call left is bounded: a
 * 4096×4096 image drawn as sent (no resizer) took 0.6–1.8 s in resvg on the shared 2-core machine (load 7–12),
 * and a render stopped inside it exited ~0.6 s after its timeout, its memory returned. A thread still running
 * 30 s after its timeout is in a native call no accepted input should cause: nothing in the process can free it.
 */
export const STUCK_AFTER_MS = 30_000;

/**
 * Renders in worker threads sized to the cores, so the event loop (and /healthz) stays responsive while
 * cards render. The queue behind the workers is bounded: when full, a render is refused with 503 and a
 * Retry-After rather than piling up. A render past its timeout is aborted, which terminates and replaces
 * its worker; a worker that dies mid-render fails only its own request, with a 5xx JSON error.
 */
export function createWorkerPool(opts: PoolOptions): RenderService {
  // Beside this module: src/adapter/node/worker.ts when run from source, dist/worker.js in the built server.
  const workerFile = opts.workerFile ?? new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
  const pool = new Piscina({
    filename: workerFile.href,
    minThreads: opts.workers,
    maxThreads: opts.workers,
    concurrentTasksPerWorker: 1,
    // With Atomics, an idle worker blocks in Atomics.wait and never returns to its event loop, so native
    // finalizers (resvg-js's pixmaps, when it was the rasterizer: 4.3 GB after 1,100 cards in the soak; sharp's
    // buffers still) never run. Message passing lets each worker's loop turn between tasks.
    atomics: 'disabled',
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
    // A TypeScript worker (tests, tsx) loads through tsx whether or not the parent was started with it; the
    // built worker (dist/worker.js, what `npm start` runs) needs no loader, which saves a loader thread each.
    execArgv: workerFile.pathname.endsWith('.ts') ? (process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : ['--import', 'tsx']) : [],
  });
  // Every worker thread started, until it has exited: those no longer in the pool are stopping (terminated, but
  // possibly still in native code). piscina replaces a stopped worker at once; this tracks the old thread's end.
  const alive = new Set<Worker>();
  const track = () => {
    for (const w of pool.threads) {
      if (alive.has(w)) continue;
      alive.add(w);
      w.once('exit', () => alive.delete(w));
    }
  };
  pool.on('workerCreate', track);
  const stopping = () => {
    const current = new Set(pool.threads);
    return [...alive].filter((w) => !current.has(w));
  };
  const stuckAfterMs = opts.stuckAfterMs ?? STUCK_AFTER_MS;
  const onStuck = opts.onStuck ?? ((info) => console.error(`error: ${info.threads} render worker thread(s) stopped at a timeout still running native code after ${info.afterMs} ms`));
  let reportedStuck = false;
  /** After a timeout: report the stopped threads still alive `stuckAfterMs` later. */
  const watch = (threads: Worker[]) => {
    if (threads.length === 0) return;
    setTimeout(() => {
      const stuck = threads.filter((w) => alive.has(w));
      if (stuck.length && !reportedStuck) {
        reportedStuck = true;
        onStuck({ threads: stuck.length, afterMs: stuckAfterMs });
      }
    }, stuckAfterMs).unref();
  };

  // The queue lives here, not in piscina: a render reaches piscina only when a worker is free, so its
  // timeout measures rendering alone, and a render that waited too long is dropped without killing a worker.
  const queueTimeoutMs = opts.queueTimeoutMs ?? opts.timeoutMs;
  const waiting: Array<{ go: () => void; timer: NodeJS.Timeout }> = [];
  let running = 0;
  // Scanline buffers of finished PNGs, moved back to a worker with its next render (png-deflate.ts): one per worker.
  const spares: ArrayBuffer[] = [];

  const acquire = (): Promise<void> | void => {
    if (running < opts.workers) {
      running++;
      return;
    }
    if (waiting.length >= opts.maxQueue) {
      throw new CardError(503, 'overloaded', `the render queue is full (${opts.maxQueue} waiting); retry shortly`);
    }
    return new Promise<void>((resolve, reject) => {
      const entry = {
        go: resolve,
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          reject(new CardError(503, 'overloaded', `no render worker was free within ${queueTimeoutMs} ms; retry shortly`));
        }, queueTimeoutMs),
      };
      waiting.push(entry);
    });
  };
  const release = () => {
    const next = waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.go(); // the slot passes straight to the next render
    } else running--;
  };

  return {
    async render(req) {
      await acquire();
      track();
      // The timeout clock starts when the worker begins the render (PoolTask), not while it is still starting.
      const abort = new AbortController();
      const channel = new MessageChannel();
      let timedOut = 'start' as 'start' | 'render';
      let timer = setTimeout(() => abort.abort(), WORKER_START_LIMIT_MS);
      channel.port1.once('message', () => {
        clearTimeout(timer);
        timedOut = 'render';
        timer = setTimeout(() => abort.abort(), opts.timeoutMs);
      });
      let out: DeferredResult;
      const spare = spares.pop();
      try {
        const task: PoolTask = { request: req, started: channel.port2, ...(spare ? { spare } : {}) };
        out = (await pool.run(task, { signal: abort.signal, transferList: spare ? [channel.port2, spare] : [channel.port2] })) as DeferredResult;
      } catch (err) {
        if (err instanceof CardError) throw err;
        const e = err as Error & { name?: string; code?: string };
        if (e.name === 'AbortError' || e.name === 'TimeoutError') {
          watch(stopping());
          throw timedOut === 'render'
            ? new CardError(503, 'render_timeout', `the render took longer than ${opts.timeoutMs} ms and was stopped`)
            : new CardError(503, 'render_timeout', `no render worker started within ${WORKER_START_LIMIT_MS} ms; retry shortly`);
        }
        // A worker that died mid-render (crash, out of memory) is replaced by the pool; only this request fails.
        throw new CardError(500, 'render_failed', `the render failed: ${e.message}`);
      } finally {
        clearTimeout(timer);
        channel.port1.close();
        release();
      }
      // The worker is already drawing the next card while this one's PNG is deflated here (deferred-png.ts).
      return finishPng(out, (buffer) => {
        if (spares.length < opts.workers) spares.push(buffer);
      });
    },
    stats: () => ({ workers: pool.threads.length, queued: waiting.length, running, stopping: stopping().length }),
    close: () => pool.close(),
  };
}
