import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { satoriFonts } from '../../src/render/fonts.ts';
import { fonts } from '../helpers.ts';

/**
 * patches/satori-mark-offset.mjs flips the sign satori 0.63.2 applies HarfBuzz's vertical glyph offsets with.
 * Without it, a mark the font lifts above a tall letter (tanween over alef: اً) is pushed down into it.
 */
const arabic = satoriFonts(fonts.filter((f) => f.family === 'arabic' && f.weight === 400));

/** The topmost y (SVG, grows downwards) of the outlines satori draws for `text` at 100 px. */
async function inkTop(text: string): Promise<number> {
  const svg = await satori({ type: 'div', props: { style: { display: 'flex', fontSize: 100, fontFamily: 'Noto Sans Arabic' }, children: text } }, { width: 400, height: 200, fonts: arabic });
  const d = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]).join(' ');
  const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return Math.min(...ys);
}

describe('satori patch: marks above tall letters', () => {
  it('draws tanween above the alef (شكراً), not inside it', async () => {
    const alef = await inkTop('ا');
    const withTanween = await inkTop('اً');
    // The fathatan sits above the alef's top: its ink starts well above the bare alef's (~25 px at 100 px).
    expect(alef - withTanween).toBeGreaterThan(15);
  });

  it('keeps a lifted mark above the letter in a word (دائماً)', async () => {
    const bare = await inkTop('دائما');
    const marked = await inkTop('دائماً');
    expect(bare - marked).toBeGreaterThan(15);
  });
});
