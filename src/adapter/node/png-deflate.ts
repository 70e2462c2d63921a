import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import type { RenderResult } from '../../render/pipeline.ts';
import { pngFromDeflated, straightenRows } from '../../render/png.ts';

/**
 * Card PNGs finished off the render thread. A render worker draws the card and copies its pixels out as PNG
 * scanlines (still premultiplied: straightening them, mostly a read of every alpha byte, is done here), then
 * hands them to the main thread (moved, not copied) and is free for the next card at once; the main thread
 * deflates them with async zlib, on libuv's thread pool. On a 2-core machine the render thread was busy for the
 * whole card while the other core sat mostly idle: the deflate (3–25 ms a card, 15–25% of it) now overlaps the
 * next card's layout there. Same zlib, same level: the same bytes as encodePng with deflateSync.
 */

/**
 * zlib level for the card PNGs. Level 1 with filter None (see png.ts) measured 3.2 ms and 73 KB on the
 * quote card, against 8.3 ms and 74 KB for resvg-js's own encoder; higher levels cost 2–4× the time for
 * a few percent of size, which a CDN-cached image does not need.
 */
export const DEFLATE_LEVEL = 1;

/** A card whose PNG is left to finish: its scanlines (filter bytes included, pixels still premultiplied) and size. */
export interface PngRows {
  rows: Uint8Array;
  width: number;
  height: number;
}

/** What a render worker returns: the result with an empty body and, for a PNG, the rows to deflate. */
export type DeferredResult = RenderResult & { pngRows?: PngRows };

const deflateAsync = promisify(deflate);

/**
 * The render result with its PNG finished (on the main thread); `timings.encode` gains the deflate's time.
 * `spare` gets the rows' buffer once deflated, for the pool to hand back to a worker with a later render: the
 * main thread allocates little, so V8 seldom collects there, and each card's 3–8 MB of rows left to the GC
 * held ~40 MB of RSS after a dozen cards.
 */
export async function finishPng(result: DeferredResult, spare: (buffer: ArrayBuffer) => void): Promise<RenderResult> {
  const { pngRows: rows, ...rest } = result;
  if (!rows) return rest;
  const t0 = performance.now();
  straightenRows(rows.rows, rows.width, rows.height);
  const idat = await deflateAsync(rows.rows, { level: DEFLATE_LEVEL });
  spare(rows.rows.buffer as ArrayBuffer);
  const body = pngFromDeflated(rows.width, rows.height, new Uint8Array(idat.buffer, idat.byteOffset, idat.byteLength));
  return { ...rest, body, timings: { ...rest.timings, encode: rest.timings.encode + (performance.now() - t0) } };
}
