import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { Rasterizer } from '../../render/pipeline.ts';
import { premultipliedRows } from '../../render/png.ts';
import type { DeferredResult, PngRows } from './png-deflate.ts';
import { rasterize, resvgRasterizer } from './resvg.ts';

/** The render thread's side of png-deflate.ts: the card's scanlines, moved to the main thread. */

/**
 * A rasterizer for one render thread: the card's own raster (the call with `split`, see pipeline.ts) stops at
 * the scanlines, kept for `take()`, written into the buffer last handed back by `give()` when it is large
 * enough; emoji bitmaps and every other call are encoded at once as usual.
 */
export function deferringRasterizer(): { rasterizer: Rasterizer; take(): PngRows | undefined; give(spare: ArrayBuffer): void } {
  let pending: PngRows | undefined;
  let spare: ArrayBuffer | undefined;
  const empty = new Uint8Array(0);
  return {
    rasterizer: {
      async toPng(svg, width, split) {
        if (!split) return resvgRasterizer.toPng(svg, width);
        pending = await rasterize(svg, width, (pixels, w, h) => {
          const t0 = performance.now();
          const rows = premultipliedRows(pixels, w, h, spare);
          split.encode = performance.now() - t0;
          return { rows, width: w, height: h };
        });
        spare = undefined;
        return empty;
      },
    },
    give(buffer) {
      spare = buffer;
    },
    take() {
      const out = pending;
      pending = undefined;
      return out;
    },
  };
}

/** `result` with its rows as a piscina Transferable: their buffer is moved to the main thread, not cloned. */
export function movable(result: DeferredResult): unknown {
  if (!result.pngRows) return result;
  const buffers = [result.pngRows.rows.buffer];
  return move({
    get [transferableSymbol]() {
      return buffers;
    },
    get [valueSymbol]() {
      return result;
    },
  });
}

