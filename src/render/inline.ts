import type { Renderer, RenderRequest, RenderResult } from './pipeline.ts';

/**
 * Where the HTTP layer sends renders. Each adapter provides one: a worker pool on Node
 * (src/adapter/node/pool.ts), the core in the isolate on Workers, in-process in unit tests and the CLI.
 */
export interface RenderService {
  render(req: RenderRequest): Promise<RenderResult>;
  /** `stopping`: workers stopped at a timeout whose thread has not exited yet (in native code); absent in-process. */
  stats(): { workers: number; queued: number; running: number; stopping?: number };
  close(): Promise<void>;
}

/** Runs renders on the calling thread: Workers (one isolate renders its own requests), tests, the CLI, benchmarks. */
export function inlineService(renderer: Renderer | Promise<Renderer>): RenderService {
  let running = 0;
  return {
    async render(req) {
      running++;
      try {
        return await (await renderer).render(req);
      } finally {
        running--;
      }
    },
    stats: () => ({ workers: 0, queued: 0, running }),
    close: async () => {},
  };
}
