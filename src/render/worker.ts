import v8 from 'node:v8';
import vm from 'node:vm';
import { loadFonts, loadTwemoji } from './node-assets.ts';
import { createRenderer, type RenderRequest, type RenderResult } from './pipeline.ts';
import { resvgRasterizer } from './resvg.ts';

/**
 * A render worker thread. Fonts are read and parsed once per worker, at start.
 *
 * Memory: resvg-js keeps each rendered pixmap in native memory owned by a JS object. V8 cannot see that
 * memory, so it never feels pressure to collect those objects and RSS climbs by width×height×4 bytes a card
 * (~3 MB at 1200×630, 75 MB for a story at scale 3). The worker therefore counts the pixels it has rasterized
 * and runs a full GC once they pass a budget, which frees the pixmaps. A GC of this small heap takes ~2 ms.
 */
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/**
 * Pixel bytes rasterized between two forced collections: bounds the unreclaimed native memory per worker.
 * 16 MB (five 1200×630 cards) held the soak flat within ±10 MB; 48 MB let RSS swing by ±60 MB.
 */
const GC_BUDGET_BYTES = 16 * 1024 ** 2;
let pendingBytes = 0;

const renderer = createRenderer({ fonts: loadFonts(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });

export default async function render(req: RenderRequest): Promise<RenderResult> {
  const result = await (await renderer).render(req);
  if (req.format === 'png') {
    pendingBytes += result.width * result.height * 4;
    if (pendingBytes >= GC_BUDGET_BYTES) {
      gc();
      pendingBytes = 0;
      // Node runs native finalizers (which free the pixmaps) from the event loop after a GC: let it turn.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  // The PNG (tens of KB) is copied to the main thread by structured clone; the pixmap stays here.
  return result;
}
