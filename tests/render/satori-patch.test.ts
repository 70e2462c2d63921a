import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { satoriFonts } from '../../src/render/fonts.ts';
import { fonts } from '../helpers.ts';
// @ts-expect-error: a plain .mjs script without types
import { FAST_ROUNDING_BODY, ROUNDING } from '../../patches/satori-path-numbers.mjs';

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

/**
 * patches/satori-path-numbers.mjs makes satori write path coordinates as text directly instead of through
 * String(number) (speed only): the bundles must carry it, and it must write exactly what String() wrote.
 */
describe('satori patch: path numbers', () => {
  const original = (a: number) => (a < 0 ? -Math.round(-a * 10) : Math.round(a * 10)) / 10;

  it('is applied to every satori bundle the service and the Worker load', () => {
    const dist = join(dirname(createRequire(import.meta.url).resolve('satori/package.json')), 'dist');
    for (const name of ['index.js', 'standalone.js']) {
      const src = readFileSync(join(dist, name), 'utf8');
      expect(src.match(ROUNDING)).toBeNull();
      expect(src.includes(`=${FAST_ROUNDING_BODY};function `)).toBe(true);
    }
  });

  it('writes each coordinate as String() wrote the rounded number', () => {
    const fast = new Function(`return ${FAST_ROUNDING_BODY}`)() as (a: number) => string;
    for (const a of [0, -0, 0.04, -0.04, 0.05, -0.05, -0.5, -1.25, 128.66, -128.66, 1e-9, 5e8, -5e8, 3e9, NaN, Infinity, -Infinity]) expect(fast(a)).toBe(String(original(a)));
    fc.assert(fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (a) => fast(a) === String(original(a))), { numRuns: 20_000 });
    fc.assert(fc.property(fc.integer({ min: -100_000, max: 100_000 }), (k) => fast(k / 10) === String(original(k / 10)) && fast(k / 100) === String(original(k / 100))), { numRuns: 20_000 });
  });
});
