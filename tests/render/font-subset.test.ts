import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { h } from '../../src/jsx.ts';
import { createFontSubsets } from '../../src/render/font-subset.ts';
import { cssFamily, satoriFonts } from '../../src/render/fonts.ts';
import { emojiImages } from '../../src/render/pipeline.ts';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { contextFor, fonts, parsed, renderer } from '../helpers.ts';

const all = satoriFonts(fonts);
const faces = (list: typeof all) => list.map((f) => `${f.name} ${f.weight}${f.style === 'italic' ? 'i' : ''}`);

describe('the fonts a card needs', () => {
  it('keeps the face of each family in the fallback chain at the weight and style the text uses', () => {
    const fontsFor = createFontSubsets(all);
    const tree = h('div', { style: { display: 'flex', fontFamily: cssFamily('sans') } }, h('span', { style: { fontWeight: 700 } }, 'Bold'));
    expect(faces(fontsFor(tree))).toEqual(['Noto Sans 700', 'Noto Sans Math 400', 'Noto Sans Symbols 400', 'Noto Sans Symbols 2 400']);
  });

  it('follows inheritance: a serif italic span inside sans text needs both', () => {
    const fontsFor = createFontSubsets(all);
    const tree = h(
      'div',
      { style: { display: 'flex', fontFamily: cssFamily('sans') } },
      'plain ',
      h('span', { style: { fontFamily: cssFamily('serif'), fontStyle: 'italic' } }, 'styled'),
    );
    const names = faces(fontsFor(tree));
    expect(names).toContain('Noto Sans 400');
    expect(names).toContain('Noto Serif 400i');
    expect(names).toContain('Noto Sans 400i'); // serif's chain falls back to sans, in the same style
    expect(names).not.toContain('Noto Sans Mono 400');
    expect(names).not.toContain('Noto Serif 700');
  });

  it('returns the same array for the same faces, so satori keeps one font loader for them', () => {
    const fontsFor = createFontSubsets(all);
    const a = fontsFor(h('div', { style: { fontFamily: cssFamily('sans') } }, 'one'));
    const b = fontsFor(h('div', { style: { fontFamily: cssFamily('sans') } }, 'two'));
    expect(a).toBe(b);
  });

  it.each(['quote', 'score', 'post'] as CardKind[])('draws the %s card exactly as with every font loaded (same SVG)', async (kind) => {
    const r = await renderer();
    const payload = parsed(kind);
    const tree = TEMPLATES[kind].view(payload as never, await contextFor(payload));
    const options = { width: 1200, height: 630, graphemeImages: emojiImages(tree, r.emoji) };
    const subset = createFontSubsets(all)(tree);
    expect(subset.length).toBeLessThan(all.length);
    expect(await satori(tree, { ...options, fonts: subset })).toBe(await satori(tree, { ...options, fonts: all }));
  });
});
