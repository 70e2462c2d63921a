import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import type { Rasterizer } from '../../render/pipeline.ts';
import { encodePng } from '../../render/png.ts';

/**
 * resvg-js allocates each pixmap through its bundled mimalloc, which hands the memory back to the OS when
 * it is freed, so every render first page-faults a fresh 3 MB canvas in 4 KB pages: an *empty* 1200×630
 * SVG took 9.0 ms to render, 4.1 ms with 2 MB pages (transparent huge pages, which mimalloc asks for with
 * this option). On the quote card the raster step went from 24.0 to 16.3 ms (medians, same machine). The
 * option is read from the process environment once, when the native library loads: the library is loaded
 * lazily, after setting it. In a worker thread `process.env` is a private copy, so the worker pool calls
 * `prepareResvgEnvironment()` on the main thread before starting workers. An operator can still turn it
 * off with MIMALLOC_ALLOW_LARGE_OS_PAGES=0.
 */
export function prepareResvgEnvironment(): void {
  process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= '1';
}

let ResvgCtor: typeof ResvgClass | undefined;
function resvg(): typeof ResvgClass {
  if (!ResvgCtor) {
    prepareResvgEnvironment();
    ResvgCtor = (createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).Resvg;
  }
  return ResvgCtor;
}

/**
 * zlib level for the card PNGs. Level 1 with filter None (see png.ts) measured 3.2 ms and 73 KB on the
 * quote card, against 8.3 ms and 74 KB for resvg-js's own encoder; higher levels cost 2–4× the time for
 * a few percent of size, which a CDN-cached image does not need.
 */
const DEFLATE_LEVEL = 1;
const deflate = (data: Uint8Array) => deflateSync(data, { level: DEFLATE_LEVEL });

/**
 * Native resvg rasterizer. System fonts are never loaded: satori has already turned every glyph into a
 * path, and scanning system fonts would cost ~150 ms per render and make output depend on the machine.
 */
export const resvgRasterizer: Rasterizer = {
  toPng(svg, width, split) {
    const Resvg = resvg();
    const image = new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      font: { loadSystemFonts: false },
      imageRendering: 0,
      shapeRendering: 2,
      textRendering: 1,
    }).render();
    const t0 = performance.now();
    const png = encodePng(image.pixels, image.width, image.height, deflate);
    if (split) split.encode = performance.now() - t0;
    return png;
  },
};
