import { describe, expect, it } from 'vitest';
import { foldStyled } from '../../src/text/styled.ts';
import { lookupEmoji } from '../../src/text/emoji.ts';
import { richText } from '../../src/text/rich.ts';
import { compareToGolden } from '../image.ts';
import { emoji, parsed, renderer } from '../helpers.ts';
import { EMOJI_SPECIMENS, STYLE_SPECIMENS, stylize } from '../specimens.ts';

const svgOf = async (text: string, extra: Record<string, unknown> = {}) => {
  const r = await renderer();
  return new TextDecoder().decode((await r.render({ kind: 'post', payload: parsed('post', { text, locale: 'en', ...extra }), format: 'svg' })).body);
};
const images = (svg: string) => svg.split('<image').length - 1;

describe('every styled-Unicode style is drawn as its golden image', () => {
  it('all styles on one card', async () => {
    const text = STYLE_SPECIMENS.map(([style, plain]) => stylize(plain, style)).join('\n');
    for (const [style, plain] of STYLE_SPECIMENS) expect(foldStyled(stylize(plain, style)), style).toBe(plain.normalize('NFC'));
    const r = await renderer();
    const out = await r.render({ kind: 'post', payload: parsed('post', { text, size: 'story', locale: 'en' }), format: 'png' });
    const cmp = compareToGolden('styles-story', out.body);
    expect(cmp.ok, cmp.message).toBe(true);
  });

  it('faces: bold serif, sans bold, italics and mono are real faces; script, fraktur, double-struck stay styled', () => {
    const face = (style: Parameters<typeof stylize>[1], plain: string) => richText(stylize(plain, style), { locale: 'en', emoji })[0]!;
    expect(face('bold', 'Allez').face).toMatchObject({ family: 'serif', weight: 700 });
    expect(face('sans-bold-italic', 'Allez').face).toMatchObject({ family: 'sans', weight: 700, italic: true });
    expect(face('mono', 'Allez').face).toMatchObject({ family: 'mono' });
    expect(face('fraktur', 'Allez')).toMatchObject({ face: { family: 'math' }, text: '𝔄𝔩𝔩𝔢𝔷' });
  });

  it('𝐨̂̀ becomes one bold ồ', () => {
    const spans = richText('𝐨̂̀', { locale: 'en', emoji });
    expect(spans).toEqual([{ text: '\u1ed3', face: { family: 'serif', weight: 700, italic: false }, kind: 'text' }]);
  });
});

describe('every emoji kind is drawn in colour', () => {
  for (const [kind, text] of EMOJI_SPECIMENS) {
    it(kind, async () => {
      const r = await renderer();
      const out = await r.render({ kind: 'post', payload: parsed('post', { text, size: 'og', locale: 'en' }), format: 'png' });
      const cmp = compareToGolden(`emoji-${kind.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`, out.body);
      expect(cmp.ok, cmp.message).toBe(true);
    });
  }
});

describe('emoji are images from the colour set, even where a text font has a glyph', () => {
  for (const [kind, text] of EMOJI_SPECIMENS) {
    it(`${kind}: one image per emoji grapheme`, async () => {
      const svg = await svgOf(text);
      const drawn = (await renderer()).emoji;
      const expected = richText(text, { locale: 'en', emoji })
        .flatMap((s) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s.text)].map((g) => g.segment))
        .filter((g) => lookupEmoji(emoji, g) !== undefined && !g.includes('\ufe0e'));
      // satori draws the verified badge (an inline <svg>) as an image too: count it from a card without emoji
      expect(images(svg)).toBe(expected.length + images(await svgOf('hello')));
      for (const g of expected) expect(svg, g).toContain(lookupEmoji(drawn, g)!.slice(0, 80));
    });
  }
  it('👍🏽 is the skin-toned thumb, not a monochrome 👍 and a box', async () => {
    const svg = await svgOf('👍🏽');
    expect(svg).toContain(lookupEmoji(emoji, '👍🏽')!);
    expect(svg).not.toContain(lookupEmoji(emoji, '👍')!);
  });
});

describe('known satori emoji traps', () => {
  it('consecutive keycaps each draw a keycap (satori #533)', async () => {
    const svg = await svgOf('1️⃣1️⃣ 2️⃣');
    const drawn = (await renderer()).emoji;
    expect(svg.split(lookupEmoji(drawn, '1️⃣')!).length - 1).toBe(2);
    expect(svg.split(lookupEmoji(drawn, '2️⃣')!).length - 1).toBe(1);
  });

  it('text after an emoji is still drawn (satori #422)', async () => {
    const [alone, after] = await Promise.all([svgOf('🔥'), svgOf('🔥 après le match 👊 fin')]);
    const pathData = (svg: string) => (svg.match(/ d="[^"]*"/g) ?? []).join('').length;
    expect(images(after)).toBe(images(alone) + 1);
    // "après le match" and "fin" add glyph outlines: several hundred bytes of path data each
    expect(pathData(after) - pathData(alone)).toBeGreaterThan(2000);
  });

  it('a ZWJ family at a line end stays one image (satori #621)', async () => {
    const family = '👨‍👩‍👧';
    const svg = await svgOf(`${'Allez '.repeat(13)}${family} ${family}`);
    expect(svg.split(lookupEmoji(emoji, family)!).length - 1).toBe(2);
    expect(svg).not.toContain(lookupEmoji(emoji, '👨')!);
  });

  it('"constructor" is text, not an image (satori #746)', async () => {
    const [plain, tricky] = await Promise.all([svgOf('hello'), svgOf('constructor toString __proto__ valueOf')]);
    expect(images(tricky)).toBe(images(plain));
  });
});
