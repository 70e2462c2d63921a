import v8 from 'node:v8';
import vm from 'node:vm';
import { loadTwemoji, nodeFonts } from './assets.ts';
import { residentCoverage } from './resident-coverage.ts';
import { createRenderer, type RenderRequest, type RenderResult } from '../../render/pipeline.ts';
import { SHARED_INSTANCE_MAX_PIXELS } from './resvg.ts';
import { deferringRasterizer, movable } from './deferred-png.ts';
import { WARM_UP_REQUEST } from './warm-up.ts';
import { renderStarted, type PoolTask } from './pool-task.ts';

const MAX_OPTIMIZED_BYTECODE_BYTES = 12_000;

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
v8.setFlagsFromString('--expose-gc');
/**
 * No TurboFan for functions of more than 12,000 bytes of bytecode. satori's main layout function (~17 KB of
 * bytecode, `MB` in its bundle) took 350-470 ms of TurboFan each time it was optimized, then deoptimized
 * ("wrong map") on a later card and optimized again, on V8's compiler threads all the time (--trace-opt: 3.6 s of
 * compilation over 60 cards; the service's compiler threads used ~4.5 s of CPU per 10 s of distinct cards). Left
 * to the baseline tiers it costs less than its recompilations: in-process CPU per card 88-160 -> 70-120 ms
 * (quote, score, post og, post story; same wall time). V8's flags are per process: the HTTP thread gets it too.
 */
v8.setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE_BYTES}`);
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
