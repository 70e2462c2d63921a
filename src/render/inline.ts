import type { Renderer } from './pipeline.ts';
import type { RenderService } from './pool.ts';

/** Runs renders on the calling thread: for tests, the CLI and benchmarks of the bare core. */
export function inlineService(renderer: Renderer): RenderService {
  let running = 0;
  return {
    async render(req) {
      running++;
      try {
        return await renderer.render(req);
      } finally {
        running--;
      }
    },
    stats: () => ({ workers: 0, queued: 0, running }),
    close: async () => {},
  };
}
