import v8 from 'node:v8';
import vm from 'node:vm';
import { workerData } from 'node:worker_threads';
import { loadTwemoji, nodeFonts } from './assets.ts';
import { createRenderer, type RenderRequest, type RenderResult } from '../../render/pipeline.ts';
import { resvgRasterizer } from './resvg.ts';
import { TEMPLATES } from '../../../templates/index.ts';
import type { WorkerData } from './pool.ts';
import { renderStarted, type PoolTask } from './pool-task.ts';

/**
 * A render worker thread. Fonts are read once per worker, at start; satori parses each face on first use.
 *
 * Memory: resvg-js keeps each rendered pixmap in native memory owned by a JS object. V8 cannot see that
 * memory, so it feels little pressure to collect those objects, and RSS climbs by width×height×4 bytes a card
 * (~3 MB at 1200×630, 75 MB for a story at scale 3) until its own heuristics run a full GC. A forced full GC
 * frees them, but it is not free: forcing one every 5 cards made renders cost 54–61 ms of CPU instead of
 * 29–31 ms (the GC's own threads, and satori slower on the shrunken heap after it; in-process, 2026-11-24).
 * So the worker forces a collection only when the process is over its memory budget (`gcRssBytes`), and
 * then at most once per `GC_MIN_PIXEL_BYTES` rendered, so that a budget set below what the process needs
 * at rest costs the old fixed rate at worst, never a GC per card.
 */
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Pixel bytes rasterized between two forced collections at least: five 1200×630 cards. */
const GC_MIN_PIXEL_BYTES = 16 * 1024 ** 2;
const { gcRssBytes } = (workerData ?? {}) as Partial<WorkerData>;
let sinceGc = 0;

const renderer = createRenderer({ fonts: nodeFonts(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });

/**
 * One card rendered as soon as the worker is up, while the main thread is still booting (they run on
 * different cores): satori parses the common faces and initialises its wasm, and the JIT warms, before any
 * request arrives. The first real card after a start then renders in ~60 ms instead of ~600 ms. A failure
 * here only loses the warm-up; the request that follows reports its own error.
 */
const warm = renderer
  .then((r) => r.render({ kind: 'quote', payload: TEMPLATES.quote.schema.parse(TEMPLATES.quote.example), format: 'png' }))
  .catch(() => undefined);

export default async function render(task: PoolTask): Promise<RenderResult> {
  const req: RenderRequest = task.request;
  await warm;
  const r = await renderer;
  renderStarted(task); // the timeout counts from here: the worker's start-up is behind it
  const result = await r.render(req);
  if (req.format === 'png') {
    sinceGc += result.width * result.height * 4;
    if (sinceGc >= GC_MIN_PIXEL_BYTES && (gcRssBytes === undefined || process.memoryUsage.rss() > gcRssBytes)) {
      gc();
      sinceGc = 0;
      // Node runs native finalizers (which free the pixmaps) from the event loop after a GC: let it turn.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  // The PNG (tens of KB) is copied to the main thread by structured clone; the pixmap stays here.
  return result;
}
