import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import type { Resvg as ResvgClass, initWasm as InitWasm } from '@resvg/resvg-wasm';
import type { Rasterizer } from '../../render/pipeline.ts';
import { encodePng } from '../../render/png.ts';
import { resvgOptions } from '../../render/resvg-options.ts';
import { DEFLATE_LEVEL } from './png-deflate.ts';

/**
 * The Node rasterizer: resvg compiled to wasm (@resvg/resvg-wasm 2.6.2, the resvg of resvg-js 2.6.2 and of the
 * Worker build, same options, same pixels).
 *
 * Why wasm rather than the native resvg-js: resvg-js frees a pixmap only when V8 collects the JS object that
 * owns it, and V8 does not see that native memory, so a worker had to force full GCs above a memory budget
 * (`CARD_GC_RSS_MB`), which cost CPU and still let RSS climb to the budget. Here every pixmap lives in the
 * instance's linear memory and is freed as soon as its pixels are copied out (`.free()`), and the next card
 * reuses that memory. Measured (README, Performance): the same pixels on every golden image, the same CPU per
 * card in-process (0.84–1.11× resvg-js's on quote/score/post at og and story size), and no forced GC: in a
 * 1,000-card soak 1.4× the cards per second of resvg-js with its forced GCs, for a peak ~60 MB higher (V8's
 * own heaps, which the forced GCs also trimmed), flat after 500 cards either way.
 *
 * Linear memory grows to the largest card drawn and never shrinks (a 3240×5760 story at scale 3 needs ~150 MB).
 * So cards up to SHARED_INSTANCE_MAX_PIXELS are drawn by one long-lived instance, and a larger card by an
 * instance of its own, dropped after that card: its memory goes back at the next full GC, which a render worker
 * forces after such a card (worker.ts). The pixels are the same either way: same module, same options.
 */

/**
 * Largest card (width × height) drawn by the shared instance: og at scale 2 (2400×1260) and every size at scale 1.
 * Its memory then stays at ~25 MB (two canvases of og@2, where resvg draws a group on a layer of its own); a
 * larger card would otherwise leave up to ~150 MB in this worker for as long as it lives.
 */
export const SHARED_INSTANCE_MAX_PIXELS = 2400 * 1260;

type ResvgModule = { Resvg: typeof ResvgClass; initWasm: typeof InitWasm; pixelsInPlace(image: RenderedImage): Uint8Array };
type RenderedImage = ReturnType<InstanceType<typeof ResvgClass>['render']>;

/**
 * resvg-wasm's `pixels` getter hands out a copy of the pixmap: wasm-bindgen makes a view of linear memory and
 * then `new Uint8Array(view)`, a fresh 3 MB (og) to 8 MB (story) buffer per card that the render thread
 * page-faults in and the GC must collect (2.9 ms of a 1200×630 card in a CPU profile, as much as its parse).
 * Each copy of the glue gets `pixelsInPlace(image)`, which returns that view itself: valid until the image is
 * freed or the instance next allocates, so callers read it at once (rasterize() below). The glue line it
 * changes is matched exactly; if a new resvg-wasm changes it, loading fails loudly here rather than copying.
 */
const PIXELS_COPY = 'const ret = new Uint8Array(getObject(arg0));';
const PIXELS_PATCH = `
var pixelsView = false;
module.exports.pixelsInPlace = (image) => { pixelsView = true; try { return image.pixels; } finally { pixelsView = false; } };`;

/** resvg-wasm's glue source with pixelsInPlace added (exported for its test). */
export function patchedGlue(source: string): string {
  if (source.split(PIXELS_COPY).length !== 2) throw new Error('@resvg/resvg-wasm: the pixel copy to skip was not found once in its glue; see PIXELS_COPY in src/adapter/node/resvg.ts');
  return source.replace(PIXELS_COPY, 'const ret = pixelsView ? getObject(arg0) : new Uint8Array(getObject(arg0));') + PIXELS_PATCH;
}

const require = createRequire(import.meta.url);
let glue: ((module: { exports: object }, exports: object) => void) | undefined;
let compiled: WebAssembly.Module | undefined;

/**
 * A fresh copy of resvg-wasm's JavaScript glue with its own wasm instance. The glue keeps its instance in a
 * module-level variable and refuses a second `initWasm`, so each copy is its CommonJS source evaluated again
 * (nothing is cached by the module loader, so a dropped copy and its memory can be collected). The wasm module
 * is compiled once per thread; instantiating it again takes well under a millisecond.
 */
async function instance(): Promise<ResvgModule> {
  if (!glue) {
    const source = patchedGlue(readFileSync(require.resolve('@resvg/resvg-wasm'), 'utf8'));
    glue = new Function('module', 'exports', source) as (module: { exports: object }, exports: object) => void;
    compiled = new WebAssembly.Module(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  }
  const module = { exports: {} };
  glue(module, module.exports);
  const copy = module.exports as ResvgModule;
  await copy.initWasm(compiled!);
  return copy;
}

let shared: Promise<ResvgModule> | undefined;

const deflate = (data: Uint8Array) => deflateSync(data, { level: DEFLATE_LEVEL });

/** How many pixels resvg draws `svg` in when fitted to `width`: its aspect ratio from width/height or the viewBox. */
function drawnPixels(svg: string, width: number): number {
  const head = svg.slice(0, svg.indexOf('>'));
  const number = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(head)?.[1]);
  const box = /\sviewBox="([^"]*)"/.exec(head)?.[1]?.trim().split(/[\s,]+/).map(Number);
  const [w, h] = number('width') > 0 && number('height') > 0 ? [number('width'), number('height')] : [box?.[2] ?? 1, box?.[3] ?? 1];
  return width * Math.ceil((width * h) / w);
}

/** Cards drawn with resvgOptions() (no system fonts) and encoded at once with synchronous deflate. */
export const resvgRasterizer: Rasterizer = {
  async toPng(svg, width, split) {
    let encode = 0;
    const png = await rasterize(svg, width, (pixels, w, h) => {
      const t0 = performance.now();
      const out = encodePng(pixels, w, h, deflate);
      encode = performance.now() - t0;
      return out;
    });
    if (split) split.encode = encode;
    return png;
  },
};

/**
 * Draws `svg` `width` pixels wide and hands its premultiplied RGBA pixels to `use`, in place in the wasm
 * instance's memory: `use` must copy what it keeps before it returns (the pixmap is freed after it).
 */
export async function rasterize<T>(svg: string, width: number, use: (pixels: Uint8Array, width: number, height: number) => T): Promise<T> {
  const { Resvg, pixelsInPlace } = drawnPixels(svg, width) > SHARED_INSTANCE_MAX_PIXELS ? await instance() : await (shared ??= instance());
  const resvg = new Resvg(svg, resvgOptions(width));
  try {
    const image = resvg.render();
    try {
      return use(pixelsInPlace(image), image.width, image.height);
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
