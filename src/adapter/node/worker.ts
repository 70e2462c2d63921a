import vm from 'node:vm';
import { loadTwemoji, nodeFonts } from './assets.ts';
import { residentCoverage } from './resident-coverage.ts';
import { createRenderer, type RenderRequest, type RenderResult } from '../../render/pipeline.ts';
import { SHARED_INSTANCE_MAX_PIXELS } from './resvg.ts';
import { deferringRasterizer, movable } from './deferred-png.ts';
import { WARM_UP_REQUEST } from './warm-up.ts';
import { renderStarted, type PoolTask } from './pool-task.ts';
import { setRenderThreadFlags } from './worker-flags.ts';

/**
 * A render worker thread. Fonts are read once per worker, at start; satori parses each face on first use.
 *
 * Memory: the rasterizer (resvg-wasm, resvg.ts) frees each pixmap as soon as its PNG is encoded, so cards up to
 * og at scale 2 need no collection at all: V8 manages the rest, its own heap. (The native resvg-js it replaced
 * freed a pixmap only when V8 collected its owner, so this worker used to force full GCs above a memory budget,
 * CARD_GC_RSS_MB, which cost ~15–20 ms of CPU a card.) A larger card is drawn by a wasm instance of its own
 * (up to ~150 MB for a story at scale 3), which is garbage once the card is done: a forced full GC then hands
 * it back at once instead of whenever V8 next collects, so two large cards in a row never hold two instances.
 */
setRenderThreadFlags();
const gc = vm.runInNewContext('gc') as () => void;

const raster = deferringRasterizer();
const renderer = residentCoverage().then((coverage) => createRenderer({ fonts: { ...nodeFonts(), coverage }, emoji: loadTwemoji(), rasterizer: raster.rasterizer }));

/**
 * One card rendered as soon as the worker is up, while the main thread is still booting (they run on
 * different cores): satori parses the common faces and initialises its wasm, and the JIT warms, before any
 * request arrives. The first real card after a start then renders in ~60 ms instead of ~600 ms. A failure
 * here only loses the warm-up; the request that follows reports its own error.
 */
const warm = renderer
  .then((r) => r.render(WARM_UP_REQUEST))
  .catch(() => undefined)
  .finally(() => raster.take());
/** Settles once the warm-up card is drawn: the build writes the code cache then (scripts/build.mjs). */
export const warmedUp: Promise<void> = warm.then(() => undefined);

/**
 * Returns the card with its PNG scanlines moved to the main thread, which deflates them (deferred-png.ts): this
 * thread is then free for the next card while libuv's threads deflate. The pixmap is already freed.
 */
export default async function render(task: PoolTask): Promise<unknown> {
  const req: RenderRequest = task.request;
  await warm;
  const r = await renderer;
  renderStarted(task); // the timeout counts from here: the worker's start-up is behind it
  if (task.spare) raster.give(task.spare);
  let result: RenderResult;
  try {
    result = await r.render(req);
  } catch (err) {
    raster.take(); // rows of a render that failed after its raster are not kept
    throw err;
  }
  const rows = raster.take();
  if (req.format === 'png' && result.width * result.height > SHARED_INSTANCE_MAX_PIXELS) gc();
  return movable(rows ? { ...result, pngRows: rows } : result);
}
