import { Piscina } from 'piscina';
import { CardError } from '../../errors.ts';
import type { RenderService } from '../../render/inline.ts';
import type { RenderResult } from '../../render/pipeline.ts';
import { prepareResvgEnvironment } from './resvg.ts';

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
  /** Process RSS above which workers force a GC to free resvg's pixmaps (see worker.ts); always when unset. */
  gcRssBytes?: number;
}

/** What each worker is started with. */
export interface WorkerData {
  gcRssBytes?: number;
}

/**
 * V8's young generation per render worker. The default (16 MB semi-spaces) lets each worker hold ~32 MB of
 * short-lived layout garbage between scavenges; at 6 MB a renderer thread measured 156 MB instead of 188 MB
 * after 150 cards, with no more CPU per card (median 61–70 ms vs 72–81 ms, same run).
 */
const WORKER_YOUNG_GENERATION_MB = 6;

/**
 * Renders in worker threads sized to the cores, so the event loop (and /healthz) stays responsive while
 * cards render. The queue behind the workers is bounded: when full, a render is refused with 503 and a
 * Retry-After rather than piling up. A render past its timeout is aborted, which terminates and replaces
 * its worker; a worker that dies mid-render fails only its own request, with a 5xx JSON error.
 */
export function createWorkerPool(opts: PoolOptions): RenderService {
  // Beside this module: src/adapter/node/worker.ts when run from source, dist/worker.js in the built server.
  const workerFile = opts.workerFile ?? new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
  prepareResvgEnvironment();
  const pool = new Piscina({
    filename: workerFile.href,
    minThreads: opts.workers,
    maxThreads: opts.workers,
    concurrentTasksPerWorker: 1,
    // With Atomics, an idle worker blocks in Atomics.wait and never returns to its event loop, so the native
    // finalizers that free resvg's pixmaps never run and RSS grows by ~3 MB a card (4.3 GB after 1,100
    // cards in the soak). Message passing lets each worker's loop turn between tasks.
    atomics: 'disabled',
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    workerData: { ...(opts.gcRssBytes !== undefined ? { gcRssBytes: opts.gcRssBytes } : {}) } satisfies WorkerData,
    // A TypeScript worker (tests, tsx) loads through tsx whether or not the parent was started with it; the
    // built worker (dist/worker.js, what `npm start` runs) needs no loader, which saves a loader thread each.
    execArgv: workerFile.pathname.endsWith('.ts') ? (process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : ['--import', 'tsx']) : [],
  });
  // The queue lives here, not in piscina: a render reaches piscina only when a worker is free, so its
  // timeout measures rendering alone, and a render that waited too long is dropped without killing a worker.
  const queueTimeoutMs = opts.queueTimeoutMs ?? opts.timeoutMs;
  const waiting: Array<{ go: () => void; timer: NodeJS.Timeout }> = [];
  let running = 0;

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
      try {
        return (await pool.run(req, { signal: AbortSignal.timeout(opts.timeoutMs) })) as RenderResult;
      } catch (err) {
        if (err instanceof CardError) throw err;
        const e = err as Error & { name?: string; code?: string };
        if (e.name === 'AbortError' || e.name === 'TimeoutError') {
          throw new CardError(503, 'render_timeout', `the render took longer than ${opts.timeoutMs} ms and was stopped`);
        }
        // A worker that died mid-render (crash, out of memory) is replaced by the pool; only this request fails.
        throw new CardError(500, 'render_failed', `the render failed: ${e.message}`);
      } finally {
        release();
      }
    },
    stats: () => ({ workers: pool.threads.length, queued: waiting.length, running }),
    close: () => pool.close(),
  };
}
