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
  timeoutMs: number;
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
    idleTimeout: Number.POSITIVE_INFINITY,
    // Workers load TypeScript through tsx, whether or not the parent process itself was started with it.
    execArgv: process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : ['--import', 'tsx'],
  });
  let inFlight = 0;
  return {
    async render(req) {
      // Admission is counted here rather than left to the pool: a render is either running on one of the
      // `workers` threads or waiting in one of `maxQueue` places, and nothing else is accepted.
      if (inFlight >= opts.workers + opts.maxQueue) {
        throw new CardError(503, 'overloaded', `the render queue is full (${opts.maxQueue} waiting); retry shortly`);
      }
      inFlight++;
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
        inFlight--;
      }
    },
    stats: () => ({ workers: pool.threads.length, queued: Math.max(0, inFlight - opts.workers), running: Math.min(inFlight, opts.workers) }),
    close: () => pool.close(),
  };
}
