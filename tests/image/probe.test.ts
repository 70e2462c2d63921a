import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataImageProblem, decodeBase64, readDataImage } from '../../src/image/data-uri.ts';
import { DEFAULT_IMAGE_LIMITS, limitProblem } from '../../src/image/limits.ts';
import { probeImage, type ProbeResult } from '../../src/image/probe.ts';
import { brokenImages, dataUri, gif, greyPng, ihdr, jpegBomb, PNG_SIGNATURE, pngChunk, pngDeclaring, realImage, withJpegSize } from '../fixtures/images.ts';

const info = (r: ProbeResult) => {
  if (!r.ok) throw new Error(`refused: ${r.problem}`);
  return r.info;
};
const problem = (r: ProbeResult) => (r.ok ? undefined : r.problem);

const samples = {
  png: await realImage('png', 64, 48),
  jpeg: await realImage('jpeg', 64, 48),
  progressive: await realImage('jpeg', 64, 48, { progressive: true }),
  gif: await realImage('gif', 64, 48),
};

describe('image header probe', () => {
  it('reads the size of real PNG, baseline and progressive JPEG, and GIF files', () => {
    expect(info(probeImage(samples.png))).toMatchObject({ mime: 'image/png', width: 64, height: 48, frames: 1 });
    expect(info(probeImage(samples.jpeg))).toMatchObject({ mime: 'image/jpeg', width: 64, height: 48 });
    expect(info(probeImage(samples.progressive))).toMatchObject({ mime: 'image/jpeg', width: 64, height: 48 });
    expect(info(probeImage(samples.gif))).toMatchObject({ mime: 'image/gif', width: 64, height: 48, frames: 1 });
  });

  it('reads the sizes issue 10’s bombs declare, from their few bytes', async () => {
    const jpeg = await jpegBomb();
    expect(jpeg.length).toBeLessThan(600);
    expect(info(probeImage(jpeg))).toMatchObject({ mime: 'image/jpeg', width: 65535, height: 65535, maxPixels: 65535 * 65535 });
    const png = pngDeclaring(100000, 100000);
    expect(png.length).toBe(74);
    expect(info(probeImage(png))).toMatchObject({ mime: 'image/png', width: 100000, height: 100000 });
  });

  it('reads every GIF frame: a 1×1 screen with a 65535×65535 second frame is as large as that frame', () => {
    const r = info(probeImage(gif(1, 1, [{ width: 1, height: 1 }, { width: 65535, height: 65535 }])));
    expect(r).toMatchObject({ width: 1, height: 1, frames: 2, maxSide: 65535, maxPixels: 65535 * 65535 });
    expect(limitProblem(r, DEFAULT_IMAGE_LIMITS)).toMatch(/^has a frame larger than its 1×1 canvas; a GIF may have at most 1,048,576 pixels/);
  });

  it('a GIF is held to 1024×1024 pixels in each frame (every decoder holds a frame whole), other formats to 4096×4096', async () => {
    expect(limitProblem(info(probeImage(gif(1024, 1024))), DEFAULT_IMAGE_LIMITS)).toBeUndefined();
    expect(limitProblem(info(probeImage(gif(1025, 1024))), DEFAULT_IMAGE_LIMITS)).toBe(
      'is 1025×1024 pixels; a GIF may have at most 1,048,576 pixels (1024×1024) in each frame: send a PNG, or scale it down',
    );
    expect(limitProblem(info(probeImage(gif(100, 100, [{ width: 2000, height: 600 }]))), DEFAULT_IMAGE_LIMITS)).toMatch(/^has a frame larger than its 100×100 canvas; a GIF/);
    expect(limitProblem(info(probeImage(pngDeclaring(4096, 4096))), DEFAULT_IMAGE_LIMITS)).toBeUndefined();
    // a service limit below the GIF cap applies to GIFs as to the rest
    expect(limitProblem(info(probeImage(gif(600, 600))), { maxPixels: 250_000, maxSide: 8192 })).toMatch(/^is 600×600 pixels; images may have at most 250,000 pixels/);
  });

  it('refuses each file broken behind the right magic bytes, saying what is wrong', async () => {
    const broken = await brokenImages();
    const messages = Object.fromEntries(Object.entries(broken).map(([name, [mime, bytes]]) => [name, dataImageProblem(dataUri(mime, bytes))]));
    expect(messages).toEqual({
      'PNG signature then zeros': 'is a damaged PNG: a chunk type is not four letters',
      'PNG with a damaged IHDR CRC': "is a damaged PNG: the IHDR chunk's checksum (CRC) does not match",
      'PNG cut in half': 'is a truncated PNG: it ends inside a chunk',
      'truncated JPEG': 'is a truncated JPEG: it ends inside a segment',
      'JPEG cut after its frame header': 'is a truncated JPEG: it ends before its end-of-image marker',
      'JPEG cut in its image data': 'is a truncated JPEG: it ends inside its image data',
      'GIF bytes declared as PNG': 'declares image/png but contains a GIF image: the type after "data:" must match the bytes',
      'GIF without its trailer': 'is a truncated GIF: it ends before its trailer',
    });
  });

  it('refuses structures no decoder here draws: no IDAT, a palette image without PLTE, a bad bit depth, a 12-bit or lossless JPEG, a JPEG without height', () => {
    const end = pngChunk('IEND');
    expect(problem(probeImage(Buffer.concat([PNG_SIGNATURE, ihdr(4, 4), end])))).toMatch(/no image data/);
    expect(problem(probeImage(Buffer.concat([PNG_SIGNATURE, ihdr(4, 4, 8, 3), pngChunk('IDAT', new Uint8Array(4)), end])))).toMatch(/palette/);
    expect(problem(probeImage(Buffer.concat([PNG_SIGNATURE, ihdr(4, 4, 3, 2), pngChunk('IDAT', new Uint8Array(4)), end])))).toMatch(/bit depth 3 does not exist/);
    const sof = (bytes: Buffer, patch: (b: Buffer, at: number) => void) => {
      const out = Buffer.from(bytes);
      const at = out.indexOf(Buffer.from([0xff, 0xc0]));
      patch(out, at);
      return out;
    };
    expect(problem(probeImage(sof(samples.jpeg, (b, at) => (b[at + 4] = 12))))).toMatch(/12-bit/);
    expect(problem(probeImage(sof(samples.jpeg, (b, at) => (b[at + 1] = 0xc3))))).toMatch(/coding process/);
    expect(problem(probeImage(sof(samples.jpeg, (b, at) => b.writeUInt16BE(0, at + 5))))).toMatch(/does not declare its height/);
    expect(problem(probeImage(Buffer.from('GIF89a', 'latin1')))).toMatch(/truncated GIF/);
    expect(problem(probeImage(Buffer.from('RIFF....WEBPVP8 ', 'latin1')))).toMatch(/not a PNG, JPEG or GIF/);
  });

  it('property: never throws, whatever the bytes (random, or real files mutated and cut)', () => {
    const real = fc.constantFrom(samples.png, samples.jpeg, samples.progressive, samples.gif);
    const mutated = fc.tuple(real, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat()).map(([bytes, edits, cut]) => {
      const out = Buffer.from(bytes);
      for (const [at, v] of edits) out[at % out.length] = v;
      return out.subarray(0, 1 + (cut % out.length));
    });
    const magic = fc.tuple(fc.constantFrom(PNG_SIGNATURE, Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('GIF89a')), fc.uint8Array({ maxLength: 200 })).map(([m, rest]) => Buffer.concat([m, rest]));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), mutated, magic), (bytes) => {
        const r = probeImage(bytes);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 3000, seed: 10 },
    );
  });

  it('property: every proper prefix of a real file is refused (a truncated image never passes)', () => {
    fc.assert(
      fc.property(fc.constantFrom(samples.png, samples.jpeg, samples.progressive, samples.gif), fc.nat(), (bytes, n) => {
        expect(probeImage(bytes.subarray(0, n % bytes.length)).ok).toBe(false);
      }),
      { numRuns: 500, seed: 10 },
    );
  });

  it('property: any declared size round-trips (PNG up to 2³¹−1, JPEG and GIF up to 65535, every GIF frame)', () => {
    const dim31 = fc.integer({ min: 1, max: 0x7fffffff });
    const dim16 = fc.integer({ min: 1, max: 65535 });
    fc.assert(
      fc.property(dim31, dim31, (w, h) => {
        expect(info(probeImage(pngDeclaring(w, h)))).toMatchObject({ width: w, height: h, maxPixels: w * h, maxSide: Math.max(w, h) });
      }),
      { numRuns: 300, seed: 10 },
    );
    fc.assert(
      fc.property(dim16, dim16, fc.boolean(), (w, h, progressive) => {
        expect(info(probeImage(withJpegSize(progressive ? samples.progressive : samples.jpeg, w, h)))).toMatchObject({ width: w, height: h });
      }),
      { numRuns: 300, seed: 10 },
    );
    fc.assert(
      fc.property(dim16, dim16, fc.array(fc.record({ width: dim16, height: dim16 }), { minLength: 1, maxLength: 5 }), (w, h, frames) => {
        const r = info(probeImage(gif(w, h, frames)));
        expect(r).toMatchObject({ width: w, height: h, frames: frames.length });
        expect(r.maxPixels).toBe(Math.max(w * h, ...frames.map((f) => f.width * f.height)));
        expect(r.maxSide).toBe(Math.max(w, h, ...frames.flatMap((f) => [f.width, f.height])));
      }),
      { numRuns: 300, seed: 10 },
    );
  });
});

describe('inline images (data: URIs)', () => {
  it('non-base64 characters are a message, never an exception', () => {
    for (const bad of ['!!!!!!!!!!!!!!!!', '________________', '----------------', 'iVBORw0KGgo', 'iVBO Rw0K', 'iVBORw0KGgo=A==']) {
      const r = readDataImage(`data:image/png;base64,${bad}`);
      expect(r).toMatchObject({ ok: false, problem: expect.stringMatching(/must be valid base64/) });
    }
    expect(readDataImage('data:image/png;base64,')).toMatchObject({ ok: false, problem: expect.stringMatching(/must contain image bytes/) });
    expect(readDataImage('data:image/webp;base64,AAAA')).toMatchObject({ ok: false, problem: 'must be a base64 data: URI of a PNG, JPEG or GIF image' });
  });

  it('property: base64 decodes as Node’s decoder does, and anything not strict base64 is refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeBase64(Buffer.from(bytes).toString('base64'))).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 500, seed: 10 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 60 }), fc.nat(), fc.constantFrom('-', '_', '!', ' ', 'é', '\n'), (bytes, at, junk) => {
        const good = Buffer.from(bytes).toString('base64');
        const i = at % good.length;
        const bad = good.slice(0, i) + junk + good.slice(i + 1);
        if (bad === good) return;
        expect(decodeBase64(bad)).toBeNull();
        expect(decodeBase64(good.replace(/=+$/, '') + (good.endsWith('=') ? '' : 'A'))).toBeNull(); // unpadded or a length not a multiple of 4
      }),
      { numRuns: 500, seed: 10 },
    );
    for (const misplaced of ['=AAA', 'A=AA', 'AA=A', 'AA==AAAA', 'A===']) expect(decodeBase64(misplaced)).toBeNull();
  });

  it('over the limits: the size, and the limits, in the message', () => {
    expect(dataImageProblem(dataUri('image/png', greyPng(8193, 1)))).toBe(
      'is 8193×1 pixels; images may have at most 16,777,216 pixels and 8,192 pixels a side: scale it down before sending it',
    );
    expect(dataImageProblem(dataUri('image/png', greyPng(8192, 2)))).toBeUndefined();
    expect(dataImageProblem(dataUri('image/png', greyPng(64, 48)), { maxPixels: 3071, maxSide: 8192 })).toMatch(/^is 64×48 pixels; images may have at most 3,071 pixels/);
  });
});
