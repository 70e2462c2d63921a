import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng, premultipliedRows, straightenRows } from '../../src/render/png.ts';
import { patchedGlue, rasterize, resvgRasterizer } from '../../src/adapter/node/resvg.ts';
import { decode } from '../image.ts';
import { parsed, renderer } from '../helpers.ts';

const deflate = (d: Uint8Array) => deflateSync(d, { level: 1 });

describe('the PNG encoder', () => {
  it('writes an opaque image pixel for pixel', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 128, 255, 255, 10, 20, 30, 255, 250, 250, 250, 255]);
    const png = encodePng(rgba, 2, 2, deflate);
    expect(png[25]).toBe(6); // IHDR colour type: truecolour with alpha
    const back = decode(png);
    expect([back.width, back.height]).toEqual([2, 2]);
    expect([...back.data]).toEqual([...rgba]);
  });

  it('writes translucent pixels as straight RGBA (its input is premultiplied, as tiny-skia keeps it)', () => {
    // 50% red premultiplied is (128, 0, 0, 128); transparent stays all zero
    const png = encodePng(new Uint8Array([128, 0, 0, 128, 0, 0, 0, 0]), 2, 1, deflate);
    expect(png[25]).toBe(6); // truecolour with alpha
    expect([...decode(png).data]).toEqual([255, 0, 0, 128, 0, 0, 0, 0]);
  });

  it('rejects a buffer that is not width × height RGBA', () => {
    expect(() => encodePng(new Uint8Array(12), 2, 2, deflate)).toThrow('encodePng: 12 bytes is not 2×2 RGBA');
  });

  it('gives the same pixels as resvg-js’s own encoder, and the same bytes every time', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><rect width="300" height="120" fill="#0f172a"/>
      <circle cx="60" cy="60" r="40" fill="#dc2626" fill-opacity="0.6"/><path d="M120 20 L280 100" stroke="#38bdf8" stroke-width="7"/></svg>`;
    const theirs = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
    const ours = await resvgRasterizer.toPng(svg, 300);
    expect([...decode(ours).data]).toEqual([...decode(theirs).data]);
    expect(Buffer.from(await resvgRasterizer.toPng(svg, 300)).equals(Buffer.from(ours))).toBe(true);
  });

  it.each(['quote', 'score'] as const)('makes the %s card within 10% of the size resvg-js’s own encoder gives', async (kind) => {
    const r = await renderer();
    const svg = new TextDecoder().decode((await r.render({ kind, payload: parsed(kind), format: 'svg' })).body);
    const theirs = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false }, shapeRendering: 2 }).render().asPng();
    const ours = await resvgRasterizer.toPng(svg, 1200);
    expect(ours.length).toBeLessThan(theirs.length * 1.1);
  });

  it('reports the encoding time when asked', async () => {
    const split = { encode: -1 };
    await resvgRasterizer.toPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 10, split);
    expect(split.encode).toBeGreaterThanOrEqual(0);
  });
});

describe('the Node rasterizer (resvg-wasm)', () => {
  const options = { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false }, imageRendering: 0, shapeRendering: 2, textRendering: 1 } as const;

  it.each(['quote', 'score', 'post'] as const)('draws the %s card with exactly the pixels of native resvg-js, the rasterizer it replaced', async (kind) => {
    const r = await renderer();
    const svg = new TextDecoder().decode((await r.render({ kind, payload: parsed(kind), format: 'svg' })).body);
    const native = new Resvg(svg, options).render();
    const theirs = decode(encodePng(native.pixels, native.width, native.height, deflate));
    const ours = decode(await resvgRasterizer.toPng(svg, 1200));
    expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
    expect(Buffer.from(ours.data).equals(Buffer.from(theirs.data))).toBe(true);
  });

  it('draws a card too large for the shared instance on one of its own, and the shared one is unchanged after it', async () => {
    const r = await renderer();
    const small = new TextDecoder().decode((await r.render({ kind: 'quote', payload: parsed('quote'), format: 'svg' })).body);
    const before = await resvgRasterizer.toPng(small, 1200);
    const story = new TextDecoder().decode((await r.render({ kind: 'quote', payload: parsed('quote', { size: 'story' }), format: 'svg' })).body);
    const big = decode(await resvgRasterizer.toPng(story, 1080 * 3));
    expect([big.width, big.height]).toEqual([3240, 5760]);
    expect(Buffer.from(await resvgRasterizer.toPng(small, 1200)).equals(Buffer.from(before))).toBe(true);
  });
});

describe('the PNG encoder on large images', () => {
  it('keeps the alpha of one translucent pixel far into an otherwise opaque image', () => {
    const w = 100, h = 100;
    const rgba = new Uint8Array(w * h * 4).fill(255);
    const at = (w * h - 3) * 4; // past the first block of pixels the opacity check looks at
    rgba.set([10, 20, 0, 51], at); // premultiplied: straight (50, 100, 0) at alpha 51
    const back = decode(encodePng(rgba, w, h, deflate));
    expect([...back.data.subarray(at, at + 4)]).toEqual([50, 100, 0, 51]);
    expect([...back.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });
});

describe('resvg-wasm read in place', () => {
  it('refuses a resvg-wasm glue whose pixel copy it does not recognise, rather than copying silently', () => {
    expect(() => patchedGlue('imports.wbg.__wbg_new = function(arg0) { return new Uint8Array(arg0); };')).toThrow(
      '@resvg/resvg-wasm: the pixel copy to skip was not found once in its glue; see PIXELS_COPY in src/adapter/node/resvg.ts',
    );
  });

  it('hands over the pixmap as a view of the wasm memory, with the pixels native resvg-js draws', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0f172a"/><circle cx="10" cy="10" r="7" fill="#dc2626" fill-opacity="0.5"/></svg>';
    const seen = await rasterize(svg, 40, (pixels, width, height) => ({ copy: Uint8Array.from(pixels), memory: pixels.buffer.byteLength, width, height }));
    expect([seen.width, seen.height]).toEqual([40, 20]);
    expect(seen.memory).toBeGreaterThan(seen.copy.length); // the instance's linear memory, not a buffer of its own
    const native = new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2 }).render();
    expect(Buffer.from(seen.copy).equals(Buffer.from(native.pixels))).toBe(true);
  });
});

describe('the service’s split encoding', () => {
  it('gives encodePng’s bytes: rows copied premultiplied into a reused buffer, straightened and deflated after', async () => {
    const { finishPng } = await import('../../src/adapter/node/png-deflate.ts');
    const w = 70, h = 90;
    const opaque = new Uint8Array(w * h * 4).fill(255);
    const translucent = opaque.slice();
    translucent.set([10, 20, 0, 51, 0, 0, 0, 0], (w * h - 40) * 4); // premultiplied, then fully transparent
    let spare: ArrayBuffer | undefined = new Uint8Array((w * 4 + 1) * h).fill(7).buffer; // an earlier card's rows
    for (const rgba of [translucent, opaque, translucent]) {
      const rows = premultipliedRows(rgba, w, h, spare);
      spare = undefined;
      const done = await finishPng({ body: new Uint8Array(0), width: w, height: h, timings: { view: 0, layout: 0, raster: 0, encode: 0 }, pngRows: { rows, width: w, height: h } }, (b) => (spare = b));
      expect(Buffer.from(done.body).equals(Buffer.from(encodePng(rgba, w, h, deflate)))).toBe(true);
      expect(spare).toBe(rows.buffer);
    }
    expect(() => straightenRows(new Uint8Array(10), 2, 2)).toThrow('straightenRows: 10 bytes is not 2×2 scanlines');
  });
});
