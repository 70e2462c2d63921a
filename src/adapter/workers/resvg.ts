import { Resvg } from '@resvg/resvg-wasm';
import type { Rasterizer } from '../../render/pipeline.ts';
import { encodePngChunked } from '../../render/png.ts';
import { resvgOptions } from '../../render/resvg-options.ts';
import { compressionStreamDeflate } from './deflate.ts';

/**
 * resvg compiled to wasm (@resvg/resvg-wasm, the same resvg 0.x as the Node service's resvg-js 2.6.2), with
 * the same options, so the pixels match. Its memory is wasm linear memory: each Resvg and RenderedImage is
 * freed explicitly as soon as its pixels are copied out, and the memory is reused by the next card (it grows
 * to the largest card drawn and never shrinks: see CARD_MAX_PIXELS in config.ts).
 * `initWasm` must have run first (worker.ts).
 */
export const resvgWasmRasterizer: Rasterizer = {
  async toPng(svg, width, split) {
    const resvg = new Resvg(svg, resvgOptions(width));
    let pixels: Uint8Array, w: number, h: number;
    try {
      const image = resvg.render();
      try {
        ({ pixels, width: w, height: h } = image);
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
    const t0 = performance.now();
    const png = await encodePngChunked(pixels, w, h, compressionStreamDeflate);
    if (split) split.encode = performance.now() - t0;
    return png;
  },
};
