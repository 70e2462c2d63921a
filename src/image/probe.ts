import { crc32 } from './crc32.ts';

/**
 * Reads the dimensions of a PNG, JPEG or GIF from its header and checks the file's structure, without
 * decoding a pixel. Portable (no Node APIs): it runs while a payload is validated, on any runtime.
 *
 * A decoder allocates what the header declares: a 525-byte JPEG declaring 65535×65535 made resvg allocate
 * gigabytes. So the declared sizes are read here and held to limits (limits.ts) before anything decodes the
 * image, the way imgproxy checks IMGPROXY_MAX_SRC_RESOLUTION from the header alone.
 *
 * The structure is walked to the end, so a broken file behind the right magic bytes is refused here (400 on
 * its field) rather than failing inside the renderer (a 500) or being drawn half:
 * - PNG: every chunk's length, type and CRC; IHDR first with legal fields; PLTE for palette images; at least
 *   one IDAT; IEND before the data ends; APNG frame regions (fcTL) inside the canvas.
 * - JPEG: every segment up to EOI, including the entropy-coded data of each scan (progressive JPEGs have
 *   several), so a truncated file is refused; exactly one frame header (SOFn) before the first scan.
 * - GIF: the logical screen and every block up to the trailer; each frame's image descriptor is read, since
 *   a decoder allocates each frame at its own declared size, whatever the logical screen says.
 *
 * It is stricter than the formats in two places, where the renderer's own readers are: satori (which reads
 * image sizes before layout) finds a JPEG's frame header only by stepping from segment to segment after the
 * first one, so fill bytes before it, or a frame header as the very first segment, are refused; and only the
 * JPEG processes satori and resvg both draw (baseline, extended and progressive Huffman, 8-bit) are accepted.
 */

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/gif';

export interface ImageInfo {
  mime: ImageMime;
  /** The image's size as drawn: PNG/JPEG frame, GIF logical screen. */
  width: number;
  height: number;
  /** GIF frames (1 for PNG and JPEG); only the first is drawn. */
  frames: number;
  /** The largest side and area any decoder would allocate: the canvas or, for a GIF, its largest frame. */
  maxSide: number;
  maxPixels: number;
}

export type ProbeResult = { ok: true; info: ImageInfo } | { ok: false; problem: string };

const fail = (problem: string): ProbeResult => ({ ok: false, problem });
const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The format a file's magic bytes announce, or null: PNG's full 8-byte signature, JPEG's SOI + a marker, GIF87a/GIF89a. */
export function sniffMime(b: Uint8Array): ImageMime | null {
  if (b.length >= 8 && PNG_SIGNATURE.every((v, i) => b[i] === v)) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61) {
    return 'image/gif';
  }
  return null;
}

export function probeImage(b: Uint8Array): ProbeResult {
  switch (sniffMime(b)) {
    case 'image/png':
      return probePng(b);
    case 'image/jpeg':
      return probeJpeg(b);
    case 'image/gif':
      return probeGif(b);
    default:
      return fail('is not a PNG, JPEG or GIF image (its first bytes match none of them)');
  }
}

const single = (mime: ImageMime, width: number, height: number): ProbeResult => ({
  ok: true,
  info: { mime, width, height, frames: 1, maxSide: Math.max(width, height), maxPixels: width * height },
});

/** Bit depths each PNG colour type allows (PNG spec, table 11.1). */
const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const PNG_MAX_DIMENSION = 0x7fffffff;

function probePng(b: Uint8Array): ProbeResult {
  let width = 0, height = 0, colourType = -1;
  let sawPalette = false, sawData = false;
  for (let p = 8, index = 0; ; index++) {
    if (p + 12 > b.length) return fail(p === b.length ? 'is a truncated PNG: it ends before its IEND chunk' : 'is a truncated PNG: it ends inside a chunk');
    const length = u32be(b, p);
    if (length > PNG_MAX_DIMENSION) return fail('is a damaged PNG: a chunk declares an impossible length');
    const end = p + 12 + length;
    if (end > b.length) return fail('is a truncated PNG: it ends inside a chunk');
    for (let i = p + 4; i < p + 8; i++) {
      const c = b[i]!;
      if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return fail('is a damaged PNG: a chunk type is not four letters');
    }
    const type = String.fromCharCode(b[p + 4]!, b[p + 5]!, b[p + 6]!, b[p + 7]!);
    if (crc32(b, p + 4, p + 8 + length) !== u32be(b, p + 8 + length)) return fail(`is a damaged PNG: the ${type} chunk's checksum (CRC) does not match`);
    const data = p + 8;
    if (index === 0) {
      if (type !== 'IHDR' || length !== 13) return fail('is a damaged PNG: it does not start with a 13-byte IHDR header');
      width = u32be(b, data);
      height = u32be(b, data + 4);
      const depth = b[data + 8]!;
      colourType = b[data + 9]!;
      if (width === 0 || height === 0 || width > PNG_MAX_DIMENSION || height > PNG_MAX_DIMENSION) return fail(`is a damaged PNG: its header declares ${width}×${height} pixels`);
      if (!PNG_DEPTHS[colourType]?.includes(depth)) return fail(`is a damaged PNG: colour type ${colourType} with bit depth ${depth} does not exist`);
      if (b[data + 10] !== 0 || b[data + 11] !== 0 || b[data + 12]! > 1) return fail('is a damaged PNG: its header declares an unknown compression, filter or interlace method');
    } else if (type === 'IHDR') {
      return fail('is a damaged PNG: it has two IHDR headers');
    } else if (type === 'PLTE') {
      sawPalette = true;
    } else if (type === 'IDAT') {
      if (colourType === 3 && !sawPalette) return fail('is a damaged PNG: a palette image without its palette (PLTE) before the data');
      sawData = true;
    } else if (type === 'fcTL') {
      // APNG frame control: the region must lie inside the canvas (the APNG spec's own rule)
      if (length !== 26) return fail('is a damaged PNG: an animation frame header (fcTL) has the wrong length');
      const fw = u32be(b, data + 4), fh = u32be(b, data + 8), fx = u32be(b, data + 12), fy = u32be(b, data + 16);
      if (fw === 0 || fh === 0 || fx + fw > width || fy + fh > height) return fail('is a damaged PNG: an animation frame lies outside the image');
    } else if (type === 'IEND') {
      if (!sawData) return fail('is a damaged PNG: it has no image data (IDAT)');
      return single('image/png', width, height);
    }
    p = end;
  }
}

/** SOFn markers (C0–CF except DHT C4, JPG C8 and DAC CC); only the first three are drawn here. */
const isFrameHeader = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
const DRAWABLE_FRAMES = new Set([0xc0, 0xc1, 0xc2]);

function probeJpeg(b: Uint8Array): ProbeResult {
  let frame: { width: number; height: number } | undefined;
  let scans = 0;
  for (let p = 2; ; ) {
    if (p + 2 > b.length) return fail('is a truncated JPEG: it ends before its end-of-image marker');
    if (b[p] !== 0xff) return fail('is a damaged JPEG: a segment does not start with a marker');
    const m = b[p + 1]!;
    if (m === 0xff) {
      if (!frame) return fail('is a JPEG this service cannot read: fill bytes before its frame header');
      p++;
      continue;
    }
    if (m === 0xd9) {
      if (!frame || scans === 0) return fail('is a damaged JPEG: it ends before any image data');
      return single('image/jpeg', frame.width, frame.height);
    }
    if (m === 0x01 || m === 0x00 || m === 0xd8 || (m >= 0xd0 && m <= 0xd7)) return fail('is a damaged JPEG: a marker appears where a segment should');
    if (p + 4 > b.length) return fail('is a truncated JPEG: it ends inside a segment');
    const length = u16be(b, p + 2);
    const end = p + 2 + length;
    if (length < 2) return fail('is a damaged JPEG: a segment declares an impossible length');
    if (end > b.length) return fail('is a truncated JPEG: it ends inside a segment');
    if (isFrameHeader(m)) {
      if (frame) return fail('is a damaged JPEG: it has more than one frame header');
      if (p === 2) return fail('is a JPEG this service cannot read: its frame header is the first segment');
      if (!DRAWABLE_FRAMES.has(m)) return fail('uses a JPEG coding process this service cannot draw (lossless, hierarchical or arithmetic-coded); send a baseline or progressive JPEG');
      if (length < 8) return fail('is a damaged JPEG: its frame header is too short');
      const precision = b[p + 4]!, height = u16be(b, p + 5), width = u16be(b, p + 7), components = b[p + 9]!;
      if (precision !== 8) return fail(`is a ${precision}-bit JPEG; send an 8-bit JPEG`);
      if (height === 0) return fail('is a JPEG that does not declare its height in its frame header (DNL), which this service cannot draw');
      if (width === 0) return fail('is a damaged JPEG: its frame header declares a width of 0');
      if (![1, 3, 4].includes(components) || length !== 8 + 3 * components) return fail('is a damaged JPEG: its frame header declares an impossible number of components');
      frame = { width, height };
      p = end;
    } else if (m === 0xda) {
      if (!frame) return fail('is a damaged JPEG: image data comes before the frame header');
      scans++;
      // entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker
      let q = end;
      for (;;) {
        q = b.indexOf(0xff, q);
        if (q < 0 || q + 1 >= b.length) return fail('is a truncated JPEG: it ends inside its image data');
        const next = b[q + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) q += 2;
        else if (next === 0xff) q++;
        else break;
      }
      p = q;
    } else {
      p = end;
    }
  }
}

function probeGif(b: Uint8Array): ProbeResult {
  if (b.length < 13) return fail('is a truncated GIF: it ends inside its header');
  const width = u16le(b, 6), height = u16le(b, 8), packed = b[10]!;
  if (width === 0 || height === 0) return fail(`is a GIF whose header declares ${width}×${height} pixels`);
  let maxSide = Math.max(width, height), maxPixels = width * height, frames = 0;
  let p = 13 + (packed & 0x80 ? 3 << ((packed & 7) + 1) : 0);
  /** Index after a chain of data sub-blocks starting at `q`, or -1 when the file ends inside it. */
  const skipSubBlocks = (q: number): number => {
    for (;;) {
      if (q >= b.length) return -1;
      const size = b[q]!;
      if (size === 0) return q + 1;
      q += 1 + size;
    }
  };
  for (;;) {
    if (p >= b.length) return fail('is a truncated GIF: it ends before its trailer');
    const block = b[p]!;
    if (block === 0x3b) {
      if (frames === 0) return fail('is a GIF without any image');
      return { ok: true, info: { mime: 'image/gif', width, height, frames, maxSide, maxPixels } };
    }
    if (block === 0x21) {
      if (p + 2 > b.length) return fail('is a truncated GIF: it ends inside an extension');
      p = skipSubBlocks(p + 2);
      if (p < 0) return fail('is a truncated GIF: it ends inside an extension');
    } else if (block === 0x2c) {
      if (p + 10 > b.length) return fail('is a truncated GIF: it ends inside a frame header');
      const fw = u16le(b, p + 5), fh = u16le(b, p + 7), fpacked = b[p + 9]!;
      if (fw === 0 || fh === 0) return fail(`is a damaged GIF: frame ${frames + 1} declares ${fw}×${fh} pixels`);
      maxSide = Math.max(maxSide, fw, fh);
      maxPixels = Math.max(maxPixels, fw * fh);
      p += 10 + (fpacked & 0x80 ? 3 << ((fpacked & 7) + 1) : 0);
      if (p >= b.length) return fail('is a truncated GIF: it ends inside a frame');
      const codeSize = b[p]!;
      if (codeSize < 1 || codeSize > 11) return fail('is a damaged GIF: a frame declares an impossible LZW code size');
      p = skipSubBlocks(p + 1);
      if (p < 0) return fail('is a truncated GIF: it ends inside a frame');
      frames++;
    } else {
      return fail('is a damaged GIF: it contains an unknown block');
    }
  }
}
