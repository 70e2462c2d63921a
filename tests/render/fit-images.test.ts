import { describe, expect, it } from 'vitest';
import { nodeFonts } from '../../src/adapter/node/assets.ts';
import { resvgRasterizer } from '../../src/adapter/node/resvg.ts';
import { fitImagesToBoxes } from '../../src/render/fit-images.ts';
import { createRenderer, type Rasterizer } from '../../src/render/pipeline.ts';
import { realImage } from '../fixtures/images.ts';
import { decode, MAX_DIFF_RATIO } from '../image.ts';
import { emoji, fonts, parsed } from '../helpers.ts';

/**
 * Cover-fitted avatars, crests and photos reach resvg drawn at the size of their box: an image whose shape is
 * far from its box's (a tall strip as an avatar, a landscape photo in the square card's portrait panel) no
 * longer makes resvg allocate a layer for the whole area it covers (152 MB of wasm memory at the edge for a
 * 2048×512 photo on a square@1.85 player card: src/render/fit-images.ts).
 */
const dataUri = async (format: 'png' | 'jpeg', w: number, h: number) => `data:image/${format};base64,${(await realImage(format, w, h)).toString('base64')}`;

/** Every raster image of an SVG with the box its clip path gives it. */
function rasterImages(svg: string): Array<{ rect: number[]; box: number[] | undefined }> {
  const num = (tag: string, n: string) => Number(new RegExp(`\\s${n}="([^"]*)"`).exec(tag)?.[1]);
  return [...svg.matchAll(/<image\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /href="data:image\/(png|jpeg|gif);/.test(tag))
    .map((tag) => {
      const clip = /clip-path="url\(#([^)]+)\)"/.exec(tag)?.[1];
      const box = clip ? new RegExp(`<clipPath id="${clip}"><(?:rect|path)\\b([^>]*)>`).exec(svg)?.[1] : undefined;
      return { rect: ['x', 'y', 'width', 'height'].map((n) => num(tag, n)), box: box === undefined ? undefined : ['x', 'y', 'width', 'height'].map((n) => num(` ${box}`, n)) };
    });
}

describe('images drawn at the size of their box', () => {
  it('the rasterizer gets every cover-fitted image within its clip box, however far its shape is from the box’s', async () => {
    const seen: string[] = [];
    const spy: Rasterizer = { toPng: (svg, width, split) => (seen.push(svg), resvgRasterizer.toPng(svg, width, split)) };
    const r = await createRenderer({ fonts: nodeFonts({ preloaded: fonts }), emoji, rasterizer: spy });
    const strip = await dataUri('png', 8, 160);
    await r.render({ kind: 'quote', payload: parsed('quote', { avatar: strip }), format: 'png' });
    await r.render({ kind: 'player', payload: parsed('player', { size: 'square', photo: await dataUri('jpeg', 400, 100), team: { name: 'OM', crest: strip } }), format: 'png' });
    const images = seen.flatMap(rasterImages);
    expect(images).toHaveLength(4); // the avatar, the photo, the crest twice
    for (const { rect, box } of images) {
      const [x, y, w, h] = rect as [number, number, number, number];
      const [bx, by, bw, bh] = box as [number, number, number, number];
      expect(x).toBeGreaterThanOrEqual(bx);
      expect(y).toBeGreaterThanOrEqual(by);
      expect(x + w).toBeLessThanOrEqual(bx + bw);
      expect(y + h).toBeLessThanOrEqual(by + bh);
    }
  });

  it('draws the same pixels as the image at the size it covers', async () => {
    const r = await createRenderer({ fonts: nodeFonts({ preloaded: fonts }), emoji, rasterizer: resvgRasterizer });
    for (const [kind, extra] of [
      ['quote', { avatar: await dataUri('png', 30, 90), scale: 2 }],
      ['player', { size: 'square', photo: await dataUri('jpeg', 200, 100) }],
      ['player', { size: 'story', photo: await dataUri('jpeg', 100, 200) }],
    ] as const) {
      const svg = new TextDecoder().decode((await r.render({ kind, payload: parsed(kind, extra), format: 'svg' })).body);
      const fitted = fitImagesToBoxes(svg);
      expect(fitted).not.toBe(svg);
      expect(fitted).toMatch(/preserveAspectRatio="x(Min|Mid|Max)Y(Min|Mid|Max) slice"/);
      const width = Math.round((kind === 'quote' ? 1200 : 1080) * ('scale' in extra ? extra.scale : 1));
      const [before, after] = [decode(await resvgRasterizer.toPng(svg, width)), decode(await resvgRasterizer.toPng(fitted, width))];
      let differing = 0;
      for (let i = 0; i < before.data.length; i++) if (Math.abs(before.data[i]! - after.data[i]!) > 1) differing++;
      expect(differing / before.data.length).toBeLessThanOrEqual(MAX_DIFF_RATIO);
    }
  });

  it('leaves images that stay in their box, or whose position has no preserveAspectRatio form, as they are', () => {
    const clip = '<clipPath id="c"><rect x="10" y="10" width="100" height="100"/></clipPath>';
    const img = (x: number, y: number, w: number, h: number) => `<image x="${x}" y="${y}" width="${w}" height="${h}" href="data:image/png;base64,AAAA" preserveAspectRatio="none" clip-path="url(#c)"/>`;
    for (const tag of [img(10, 35, 100, 50), img(10, 10, 100, 100), img(-20, 10, 150, 100).replace('#c', '#other')]) {
      expect(fitImagesToBoxes(clip + tag)).toBe(clip + tag); // contain, fill, no known box
    }
    expect(fitImagesToBoxes(clip + img(-5, 10, 150, 100))).toBe(clip + img(-5, 10, 150, 100)); // positioned at 30 %
    expect(fitImagesToBoxes(clip + img(-90, 10, 200, 100))).toContain('x="10" y="10" width="100" height="100" href="data:image/png;base64,AAAA" preserveAspectRatio="xMaxYMid slice"');
    expect(fitImagesToBoxes(clip + img(10, 10, 100, 300))).toContain('preserveAspectRatio="xMidYMin slice"');
  });
});
