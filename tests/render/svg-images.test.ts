import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import type { Rasterizer } from '../../src/render/pipeline.ts';
import { resvgRasterizer } from '../../src/adapter/node/resvg.ts';
import { createImageBitmaps } from '../../src/render/svg-images.ts';
import { lookupEmoji } from '../../src/text/emoji.ts';
import { decode } from '../image.ts';
import { emoji } from '../helpers.ts';

const soccer = lookupEmoji(emoji, '⚽')!;
const card = (images: string) =>
  `<svg width="200" height="100" viewBox="0 0 200 100" xmlns="http://www.w3.org/2000/svg"><rect width="200" height="100" fill="#fff"/>${images}</svg>`;

function counting(): Rasterizer & { calls: number[] } {
  const calls: number[] = [];
  return { calls, toPng: (svg, width, split) => (calls.push(width), resvgRasterizer.toPng(svg, width, split)) };
}

describe('nested SVG images drawn as bitmaps', () => {
  it('swaps an emoji for a PNG at its drawn pixel size, drawn as the nested SVG was', async () => {
    const svg = card(`<image href="${soccer}" x="11" y="20" width="24" height="32.4"/><image href="${soccer}" x="150" y="20" width="24" height="32.4"/>`);
    const r = counting();
    const out = await createImageBitmaps(r).inline(svg, 2);
    expect(out).not.toContain('image/svg+xml');
    expect(out.match(/href="data:image\/png;base64,/g)).toHaveLength(2);
    expect(r.calls).toEqual([48]); // 24 user units × scale 2, rasterized once for both
    const a = decode(await resvgRasterizer.toPng(svg, 400));
    const b = decode(await resvgRasterizer.toPng(out, 400));
    // The same drawing; at a fractional position (y + 4.2 units here) the bitmap is resampled, which moves
    // a few edge pixels: under 0.5% of the two 48×48 emoji.
    expect(pixelmatch(a.data, b.data, undefined, 400, 200, { threshold: 0.1 })).toBeLessThan(0.005 * 2 * 48 * 48);
  });

  it('keeps each bitmap for the next card, per size', async () => {
    const r = counting();
    const bitmaps = createImageBitmaps(r);
    const svg = card(`<image href="${soccer}" x="0" y="0" width="30" height="30"/>`);
    await bitmaps.inline(svg, 1);
    await bitmaps.inline(svg, 1);
    await bitmaps.inline(svg, 3);
    expect(r.calls).toEqual([30, 90]);
  });

  it('decodes percent-encoded SVG images (satori’s inline <svg>) as well as base64 ones', async () => {
    const badge = `data:image/svg+xml;utf8,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#1d9bf0"/></svg>').replace(/'/g, '%27')}`;
    const out = await createImageBitmaps(resvgRasterizer).inline(card(`<image href="${badge}" x="10" y="10" width="30" height="30" preserveAspectRatio="xMidYMid meet"/>`), 1);
    expect(out).toMatch(/<image href="data:image\/png;base64,[^"]+" x="10" y="10" width="30" height="30" preserveAspectRatio="xMidYMid meet"\/>/);
  });

  it('leaves raster images and SVGs fitted another way untouched', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const images = `<image href="${png}" x="0" y="0" width="10" height="10"/><image href="${soccer}" x="0" y="0" width="40" height="20" preserveAspectRatio="xMidYMid slice"/>`;
    const r = counting();
    expect(await createImageBitmaps(r).inline(card(images), 1)).toBe(card(images));
    expect(r.calls).toEqual([]);
  });

  it('fits a wide SVG by its height in a tall box and a tall one by its width, as `meet` does', async () => {
    const wide = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 10"><rect width="40" height="10"/></svg>')}`;
    const r = counting();
    await createImageBitmaps(r).inline(card(`<image href="${wide}" x="0" y="0" width="20" height="30"/><image href="${wide}" x="0" y="0" width="80" height="10"/>`), 1);
    expect(r.calls).toEqual([20, 40]);
  });
});
