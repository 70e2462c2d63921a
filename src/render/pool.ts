import { Piscina } from 'piscina';
import { CardError } from '../errors.ts';
import type { RenderRequest, RenderResult } from './pipeline.ts';

/** Where the HTTP layer sends renders: a worker pool in production, the core in-process in unit tests. */
export interface RenderService {
  render(req: RenderRequest): Promise<RenderResult>;
  stats(): { workers: number; queued: number; running: number };
  close(): Promise<void>;
}

export interface PoolOptions {
  workers: number;
  maxQueue: number;
  /** Longest a render may run once it has a worker; past it the worker is replaced. */
  timeoutMs: number;
  /** Longest a render may wait for a worker; past it, 503 without costing any worker. */
  queueTimeoutMs?: number;
  /** The worker module; tests substitute one that crashes on demand. */
  workerFile?: URL;
}

/**
 * Renders in worker threads sized to the cores, so the event loop (and /healthz) stays responsive while
 * cards render. The queue behind the workers is bounded: when full, a render is refused with 503 and a
 * Retry-After rather than piling up. A render past its timeout is aborted, which terminates and replaces
 * its worker; a worker that dies mid-render fails only its own request, with a 5xx JSON error.
 */
export function createWorkerPool(opts: PoolOptions): RenderService {
  const pool = new Piscina({
    filename: (opts.workerFile ?? new URL('./worker.ts', import.meta.url)).href,
    minThreads: opts.workers,
    maxThreads: opts.workers,
    concurrentTasksPerWorker: 1,
    // With Atomics, an idle worker blocks in Atomics.wait and never returns to its event loop, so the native
    // finalizers that free resvg's pixmaps never run and RSS grows by ~3 MB a card (4.3 GB after 1,100
    // cards in the soak). Message passing lets each worker's loop turn between tasks.
    atomics: 'disabled',
    idleTimeout: Number.POSITIVE_INFINITY,
    // Workers load TypeScript through tsx, whether or not the parent process itself was started with it.
    execArgv: process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : ['--import', 'tsx'],
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
