/**
 * PNG encoding of a rasterized card, tuned for what cards are: large flat areas and antialiased text.
 *
 * resvg-js's own `asPng()` writes RGBA through the `png` crate's default settings (adaptive filters, zlib
 * level 6): 8 ms for a 1200×630 card and 23–46 ms for a 1080×1920 story, a quarter to a third of the render.
 * Measured on the bench cards (2026-11-24), filter type 0 ("None") with zlib level 1 encodes 2.5× faster
 * (quote 3.2 ms) for files about the same size (quote 73 KB vs 74 KB): the Up/Sub/Paeth predictors help
 * photographs, while on flat colour the raw rows already repeat and deflate's matcher finds them.
 *
 * The encoder takes `deflate` as a parameter, so this module has no Node-only import: the Node adapter
 * passes `zlib.deflateSync`; the Worker streams the rows through a CompressionStream (encodePngChunked).
 */

export type Deflate = (data: Uint8Array) => Uint8Array;
/** A deflate (zlib format) that consumes the data piece by piece, as a CompressionStream does. */
export type ChunkedDeflate = (chunks: Iterable<Uint8Array>) => Promise<Uint8Array>;

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC of type + data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/**
 * Pixels as signed 32-bit words (alpha in the top byte: RGBA bytes read little-endian), when the buffer allows.
 * Signed, so that V8 keeps every word a small integer, unboxed even in code not yet optimized, where a
 * Uint32Array read above 2^30 allocates a heap number per pixel (on the first card after a start that made
 * this check take 147 ms of a 1200×630 card).
 */
function words(rgba: Uint8Array): Int32Array | undefined {
  return rgba.byteOffset % 4 === 0 && LITTLE_ENDIAN ? new Int32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4) : undefined;
}
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
/** Words ANDed together before the alpha is looked at: one branch per block rather than two per pixel. */
const OPACITY_BLOCK = 4096;

/**
 * Whether every alpha byte is 255: the AND of a block of pixels keeps alpha 0xff only if each of them has it.
 * Two comparisons per pixel took 3 ms of a 1200×630 card's 11 ms encode (CPU profile); this takes ~1 ms.
 */
function isOpaque(rgba: Uint8Array): boolean {
  const px = words(rgba);
  if (px) {
    for (let start = 0; start < px.length; start += OPACITY_BLOCK) {
      const end = Math.min(px.length, start + OPACITY_BLOCK);
      let all = -1;
      for (let i = start; i < end; i++) all &= px[i]!;
      if (all >> 24 !== -1) return false;
    }
    return true;
  }
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false;
  return true;
}

/**
 * Scanlines with filter type 0: a zero byte, then the row, as RGBA (colour type 6). The input is
 * premultiplied RGBA (tiny-skia's pixmap, which resvg-js's `pixels` returns as it is); PNG wants straight
 * alpha. Cards are opaque (the frame paints the whole background), and opaque pixels are the same in both
 * forms, so their rows are copied as they are; translucent images (emoji bitmaps) are divided back.
 *
 * RGBA rather than RGB: dropping the alpha bytes cost a JavaScript pass over every pixel, 1.5–6.7 ms a card
 * (quote 4.6 → 3.2 ms, story 17.3 → 10.6 ms to encode), for files 5–7% smaller (quote 68 → 73 KB).
 */
function scanlines(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const raw = new Uint8Array((width * 4 + 1) * height);
  writeRows(rgba, width, 0, height, raw, isOpaque(rgba));
  return raw;
}

/** Rows `y0` to `y1` (excluded) as scanlines into `raw`, which starts at row `y0`. */
function writeRows(rgba: Uint8Array, width: number, y0: number, y1: number, raw: Uint8Array, opaque: boolean): void {
  const stride = width * 4 + 1;
  for (let y = y0; y < y1; y++) {
    const row = (y - y0) * stride + 1;
    raw[row - 1] = 0; // filter type None (the buffer may be an earlier card's)
    const src = y * width * 4;
    if (opaque) {
      raw.set(rgba.subarray(src, src + width * 4), row);
      continue;
    }
    for (let x = 0, s = src, d = row; x < width; x++, s += 4, d += 4) {
      const a = rgba[s + 3]!;
      const k = a === 0 ? 0 : 255 / a;
      raw[d] = a === 255 ? rgba[s]! : Math.round(rgba[s]! * k);
      raw[d + 1] = a === 255 ? rgba[s + 1]! : Math.round(rgba[s + 1]! * k);
      raw[d + 2] = a === 255 ? rgba[s + 2]! : Math.round(rgba[s + 2]! * k);
      raw[d + 3] = a;
    }
  }
}

/**
 * Scanline bytes per piece handed to a ChunkedDeflate: whole rows, about 256 KB. A 2160×3840 card then never
 * holds a second full copy of its 33 MB of pixels (a Worker isolate has 128 MB for everything).
 */
const CHUNK_BYTES = 256 * 1024;

function* scanlineChunks(rgba: Uint8Array, width: number, height: number): Generator<Uint8Array> {
  const opaque = isOpaque(rgba);
  const stride = width * 4 + 1;
  const rows = Math.max(1, Math.floor(CHUNK_BYTES / stride));
  for (let y = 0; y < height; y += rows) {
    const end = Math.min(height, y + rows);
    const raw = new Uint8Array((end - y) * stride);
    writeRows(rgba, width, y, end, raw, opaque);
    yield raw;
  }
}

/** Encodes premultiplied RGBA pixels as an 8-bit PNG. Deterministic for a given `deflate`. */
export function encodePng(rgba: Uint8Array, width: number, height: number, deflate: Deflate): Uint8Array {
  checkSize(rgba, width, height);
  return pngFromDeflated(width, height, deflate(scanlines(rgba, width, height)));
}

/**
 * encodePng in three steps, for a caller that finishes the PNG elsewhere (the Node service: its render thread
 * copies the rows out, the main thread straightens them and deflates on libuv's thread pool). First the
 * scanlines with the pixels still premultiplied, copied row by row (written into `into` when it is large
 * enough, a buffer of an earlier card handed back); then straightenRows() on them; then pngFromDeflated().
 */
export function premultipliedRows(rgba: Uint8Array, width: number, height: number, into?: ArrayBuffer): Uint8Array {
  checkSize(rgba, width, height);
  const size = (width * 4 + 1) * height;
  const raw = into && into.byteLength >= size ? new Uint8Array(into, 0, size) : new Uint8Array(size);
  writeRows(rgba, width, 0, height, raw, true);
  return raw;
}

/**
 * Scanlines of premultiplied pixels (premultipliedRows) made straight in place: the pixels encodePng's
 * scanlines hold. Cards are opaque, so this is mostly a read of every alpha byte, done off the render thread.
 */
export function straightenRows(raw: Uint8Array, width: number, height: number): void {
  const stride = width * 4 + 1;
  if (raw.length !== stride * height) throw new RangeError(`straightenRows: ${raw.length} bytes is not ${width}×${height} scanlines`);
  for (let row = 1; row < raw.length; row += stride) {
    for (let d = row, end = row + width * 4; d < end; d += 4) {
      const a = raw[d + 3]!;
      if (a === 255) continue;
      const k = a === 0 ? 0 : 255 / a;
      raw[d] = Math.round(raw[d]! * k);
      raw[d + 1] = Math.round(raw[d + 1]! * k);
      raw[d + 2] = Math.round(raw[d + 2]! * k);
    }
  }
}

export function pngFromDeflated(width: number, height: number, idat: Uint8Array): Uint8Array {
  return assemble(width, height, idat);
}

/** The same PNG with a streaming deflate, the rows handed over in pieces (see CHUNK_BYTES). */
export async function encodePngChunked(rgba: Uint8Array, width: number, height: number, deflate: ChunkedDeflate): Promise<Uint8Array> {
  checkSize(rgba, width, height);
  return assemble(width, height, await deflate(scanlineChunks(rgba, width, height)));
}

function checkSize(rgba: Uint8Array, width: number, height: number): void {
  if (rgba.length !== width * height * 4) throw new RangeError(`encodePng: ${rgba.length} bytes is not ${width}×${height} RGBA`);
}

function assemble(width: number, height: number, idat: Uint8Array): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // compression 0, filter method 0, no interlace: bytes 10–12 stay 0
  const parts = [SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
