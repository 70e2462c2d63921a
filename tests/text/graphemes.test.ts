import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemes } from '../../src/text/emoji.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const reference = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** Every code point graphemes() splits without Intl.Segmenter (its ONE_UNIT_GRAPHEMES), plus neighbours that must not be split. */
const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205f], [0x20a0, 0x20c0]];
const simple = ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)));
const joiners = ['\u0327', '\u0301', '\u200d', '\u200c', '\ufe0f', '\u{1f3fd}', '\r', '\n', '\u0e31', '\u093f', '\u1161', '\u{1f1eb}', '\u20e3', '\u2028', '\u2060'];

describe('graphemes', () => {
  it('splits text of one-unit graphemes as Intl.Segmenter does (every such code point, alone and in runs)', () => {
    expect(graphemes(simple.join(''))).toEqual(reference(simple.join('')));
    fc.assert(fc.property(fc.array(fc.constantFrom(...simple), { maxLength: 40 }), (units) => {
      const text = units.join('');
      expect(graphemes(text)).toEqual(reference(text));
    }), { numRuns: 2000 });
  });

  it('keeps marks, joiners, modifiers and CR LF with their neighbours when mixed into such text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...simple, ...joiners, '𝗰', '👊', '1️⃣'), { maxLength: 30 }), (units) => {
      const text = units.join('');
      expect(graphemes(text)).toEqual(reference(text));
    }), { numRuns: 2000 });
    expect(graphemes('𝗰̧a « 1️⃣-1️⃣ »')).toEqual(['𝗰̧', 'a', ' ', '«', ' ', '1️⃣', '-', '1️⃣', ' ', '»']);
    expect(graphemes('c\u0327a\r\n')).toEqual(['c\u0327', 'a', '\r\n']);
  });
});
