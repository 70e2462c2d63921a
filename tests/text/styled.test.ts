import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  STYLE_FACE,
  foldStyled,
  splitStyled,
  styleOf,
  type StyledRun,
  type TextStyle,
} from '../../src/text/styled.ts';

const cp = (c: number): string => String.fromCodePoint(c);
const hex = (c: number): string => `U+${c.toString(16).toUpperCase()}`;
const codePoints = (s: string): number[] => Array.from(s, (ch) => ch.codePointAt(0)!);

// Expected code points written out literally (not computed) so the tests don't share the module's arithmetic.
// [A, Z, a, z] per Latin style; a letterlike hole replaces the math slot (see HOLES).
const LATIN: ReadonlyArray<readonly [TextStyle, number, number, number, number]> = [
  ['bold', 0x1d400, 0x1d419, 0x1d41a, 0x1d433],
  ['italic', 0x1d434, 0x1d44d, 0x1d44e, 0x1d467],
  ['bold-italic', 0x1d468, 0x1d481, 0x1d482, 0x1d49b],
  ['script', 0x1d49c, 0x1d4b5, 0x1d4b6, 0x1d4cf],
  ['bold-script', 0x1d4d0, 0x1d4e9, 0x1d4ea, 0x1d503],
  ['fraktur', 0x1d504, 0x2128 /* ℨ */, 0x1d51e, 0x1d537],
  ['double-struck', 0x1d538, 0x2124 /* ℤ */, 0x1d552, 0x1d56b],
  ['bold-fraktur', 0x1d56c, 0x1d585, 0x1d586, 0x1d59f],
  ['sans', 0x1d5a0, 0x1d5b9, 0x1d5ba, 0x1d5d3],
  ['sans-bold', 0x1d5d4, 0x1d5ed, 0x1d5ee, 0x1d607],
  ['sans-italic', 0x1d608, 0x1d621, 0x1d622, 0x1d63b],
  ['sans-bold-italic', 0x1d63c, 0x1d655, 0x1d656, 0x1d66f],
  ['mono', 0x1d670, 0x1d689, 0x1d68a, 0x1d6a3],
];

// Letterlike code point, style, letter, and the reserved math slot it stands in for.
const HOLES: ReadonlyArray<readonly [number, TextStyle, string, number]> = [
  [0x210e, 'italic', 'h', 0x1d455],
  [0x212c, 'script', 'B', 0x1d49d],
  [0x2130, 'script', 'E', 0x1d4a0],
  [0x2131, 'script', 'F', 0x1d4a1],
  [0x210b, 'script', 'H', 0x1d4a3],
  [0x2110, 'script', 'I', 0x1d4a4],
  [0x2112, 'script', 'L', 0x1d4a7],
  [0x2133, 'script', 'M', 0x1d4a8],
  [0x211b, 'script', 'R', 0x1d4ad],
  [0x212f, 'script', 'e', 0x1d4ba],
  [0x210a, 'script', 'g', 0x1d4bc],
  [0x2134, 'script', 'o', 0x1d4c4],
  [0x212d, 'fraktur', 'C', 0x1d506],
  [0x210c, 'fraktur', 'H', 0x1d50b],
  [0x2111, 'fraktur', 'I', 0x1d50c],
  [0x211c, 'fraktur', 'R', 0x1d515],
  [0x2128, 'fraktur', 'Z', 0x1d51d],
  [0x2102, 'double-struck', 'C', 0x1d53a],
  [0x210d, 'double-struck', 'H', 0x1d53f],
  [0x2115, 'double-struck', 'N', 0x1d545],
  [0x2119, 'double-struck', 'P', 0x1d547],
  [0x211a, 'double-struck', 'Q', 0x1d548],
  [0x211d, 'double-struck', 'R', 0x1d549],
  [0x2124, 'double-struck', 'Z', 0x1d551],
];

// [0, 9] per digit style.
const DIGITS: ReadonlyArray<readonly [TextStyle, number, number]> = [
  ['bold', 0x1d7ce, 0x1d7d7],
  ['double-struck', 0x1d7d8, 0x1d7e1],
  ['sans', 0x1d7e2, 0x1d7eb],
  ['sans-bold', 0x1d7ec, 0x1d7f5],
  ['mono', 0x1d7f6, 0x1d7ff],
];

// [Α, ϴ (position 17), Ω, ∇, α, ω, ∂, ϖ] per Greek style.
const GREEK: ReadonlyArray<readonly [TextStyle, number]> = [
  ['bold', 0x1d6a8],
  ['italic', 0x1d6e2],
  ['bold-italic', 0x1d71c],
  ['sans-bold', 0x1d756],
  ['sans-bold-italic', 0x1d790],
];

function expectStyle(c: number, style: TextStyle, plain: string): void {
  expect(styleOf(c), hex(c)).toEqual({ style, plain });
}

/** Every code point in the table (scans the BMP and plane 1). */
function allStyled(): number[] {
  const out: number[] = [];
  for (let c = 0; c <= 0x1ffff; c++) if (styleOf(c)) out.push(c);
  return out;
}

describe('styleOf', () => {
  it.each(LATIN)('Latin %s maps A, Z, a, z', (style, A, Z, a, z) => {
    expectStyle(A, style, 'A');
    expectStyle(Z, style, 'Z');
    expectStyle(a, style, 'a');
    expectStyle(z, style, 'z');
  });

  it.each(HOLES)('letterlike hole %s is %s %s and its math slot is unassigned', (c, style, letter, slot) => {
    expectStyle(c, style, letter);
    expect(styleOf(slot), hex(slot)).toBeUndefined();
    expect(/\p{Cn}/u.test(cp(slot)), `${hex(slot)} should be reserved`).toBe(true);
  });

  it('named letterlike examples', () => {
    expectStyle(0x211d, 'double-struck', 'R'); // ℝ
    expectStyle(0x212f, 'script', 'e'); // ℯ
    expectStyle(0x210c, 'fraktur', 'H'); // ℌ
    expectStyle(0x210e, 'italic', 'h'); // ℎ
  });

  it('dotless i and j are italic', () => {
    expectStyle(0x1d6a4, 'italic', '\u0131');
    expectStyle(0x1d6a5, 'italic', '\u0237');
  });

  it.each(GREEK)('Greek %s follows the chart order', (style, base) => {
    expectStyle(base, style, 'Α');
    expectStyle(base + 16, style, 'Ρ');
    expectStyle(base + 17, style, 'ϴ');
    expectStyle(base + 18, style, 'Σ');
    expectStyle(base + 24, style, 'Ω');
    expectStyle(base + 25, style, '∇');
    expectStyle(base + 26, style, 'α');
    expectStyle(base + 43, style, 'ς');
    expectStyle(base + 50, style, 'ω');
    expectStyle(base + 51, style, '∂');
    expectStyle(base + 52, style, 'ϵ');
    expectStyle(base + 53, style, 'ϑ');
    expectStyle(base + 54, style, 'ϰ');
    expectStyle(base + 55, style, 'ϕ');
    expectStyle(base + 56, style, 'ϱ');
    expectStyle(base + 57, style, 'ϖ');
  });

  it('math bold Greek capital alpha folds to Α and bold digamma is mapped', () => {
    expectStyle(0x1d6a8, 'bold', '\u0391');
    expectStyle(0x1d7ca, 'bold', '\u03dc');
    expectStyle(0x1d7cb, 'bold', '\u03dd');
    expect(styleOf(0x1d7cc)).toBeUndefined();
    expect(styleOf(0x1d7cd)).toBeUndefined();
  });

  it.each(DIGITS)('digits %s map 0 and 9', (style, zero, nine) => {
    expectStyle(zero, style, '0');
    expectStyle(nine, style, '9');
  });

  it('fullwidth forms and ideographic space', () => {
    expectStyle(0xff01, 'fullwidth', '!');
    expectStyle(0xff10, 'fullwidth', '0');
    expectStyle(0xff21, 'fullwidth', 'A');
    expectStyle(0xff41, 'fullwidth', 'a');
    expectStyle(0xff46, 'fullwidth', 'f');
    expectStyle(0xff5e, 'fullwidth', '~');
    expectStyle(0x3000, 'fullwidth', ' ');
    expect(styleOf(0xff00)).toBeUndefined();
    expect(styleOf(0xff5f)).toBeUndefined();
  });

  it('circled letters and numbers', () => {
    expectStyle(0x24b6, 'circled', 'A');
    expectStyle(0x24cf, 'circled', 'Z');
    expectStyle(0x24d0, 'circled', 'a');
    expectStyle(0x24e9, 'circled', 'z');
    expectStyle(0x2460, 'circled', '1');
    expectStyle(0x246b, 'circled', '12'); // ⑫
    expectStyle(0x2473, 'circled', '20');
    expectStyle(0x24ea, 'circled', '0');
  });

  it('plain code points are undefined', () => {
    for (const c of codePoints('Aaz09 é€ΑΩ👊\n')) expect(styleOf(c), hex(c)).toBeUndefined();
  });

  it('covers every assigned code point of U+1D400–1D7FF and nothing reserved', () => {
    for (let c = 0x1d400; c <= 0x1d7ff; c++) {
      const assigned = !/\p{Cn}/u.test(cp(c));
      expect(styleOf(c) !== undefined, hex(c)).toBe(assigned);
    }
  });

  it('every plain equivalent is compatibility-equivalent to its styled code point', () => {
    const all = allStyled();
    expect(all.length).toBe(996 + 24 + 94 + 1 + 52 + 21);
    for (const c of all) {
      const { plain } = styleOf(c)!;
      expect(plain.normalize('NFKC'), hex(c)).toBe(cp(c).normalize('NFKC'));
      // ϴ ϵ ϑ ϰ ϕ ϱ ϖ fold to the symbol variant they are a font variant of, not to the NFKC letter.
      if (!/[ϴϵϑϰϕϱϖ]/u.test(plain)) expect(plain, hex(c)).toBe(cp(c).normalize('NFKC'));
    }
  });
});

describe('STYLE_FACE', () => {
  it('maps styles to faces', () => {
    expect(STYLE_FACE.plain).toEqual({ family: 'sans', weight: 400, italic: false });
    expect(STYLE_FACE.bold).toEqual({ family: 'serif', weight: 700, italic: false });
    expect(STYLE_FACE.italic).toEqual({ family: 'serif', weight: 400, italic: true });
    expect(STYLE_FACE['bold-italic']).toEqual({ family: 'serif', weight: 700, italic: true });
    expect(STYLE_FACE.sans).toEqual({ family: 'sans', weight: 400, italic: false });
    expect(STYLE_FACE['sans-bold']).toEqual({ family: 'sans', weight: 700, italic: false });
    expect(STYLE_FACE['sans-italic']).toEqual({ family: 'sans', weight: 400, italic: true });
    expect(STYLE_FACE['sans-bold-italic']).toEqual({ family: 'sans', weight: 700, italic: true });
    expect(STYLE_FACE.mono).toEqual({ family: 'mono', weight: 400, italic: false });
    expect(STYLE_FACE.fullwidth).toEqual({ family: 'sans', weight: 400, italic: false });
    for (const s of ['circled', 'double-struck', 'script', 'bold-script', 'fraktur', 'bold-fraktur'] as const) {
      expect(STYLE_FACE[s], s).toEqual({ family: 'math', weight: 400, italic: false });
    }
  });
});

describe('splitStyled', () => {
  it('seed: sans-bold sentence with a combining cedilla, then emoji', () => {
    const runs = splitStyled('𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙');
    expect(runs).toEqual([
      { text: 'Continuez comme ça les gars', style: 'sans-bold' },
      { text: ' 👊💙', style: 'plain' },
    ]);
    const first = runs[0]!.text;
    expect(first.length).toBe(27);
    expect(first).toContain('\u00e7');
    expect(first).not.toContain('\u0327');
  });

  it('stacked marks on a bold letter compose to one code point', () => {
    expect(splitStyled('𝐨̂̀')).toEqual([{ text: '\u1ed3', style: 'bold' }]);
    expect(splitStyled('𝐨̂̀')[0]!.text.length).toBe(1);
  });

  it('sans-italic with a combining acute', () => {
    expect(splitStyled('𝘝𝘦́𝘭𝘰𝘥𝘳𝘰𝘮𝘦')).toEqual([{ text: 'V\u00e9lodrome', style: 'sans-italic' }]);
  });

  it('fraktur keeps its code points except a grapheme with marks, which is folded into the nearest real face (serif bold)', () => {
    expect(splitStyled('𝔭𝔢́𝔢𝔫')).toEqual([
      { text: '𝔭', style: 'fraktur' },
      { text: '\u00e9', style: 'bold' },
      { text: '𝔢𝔫', style: 'fraktur' },
    ]);
  });

  it('math-only styles keep styled code points, letterlike holes included', () => {
    expect(splitStyled('ℝ𝕖𝕒𝕝 ℍ𝕠𝕞𝕖')).toEqual([{ text: 'ℝ𝕖𝕒𝕝 ℍ𝕠𝕞𝕖', style: 'double-struck' }]);
    expect(splitStyled('ⓒⓞⓞⓛ ⑫')).toEqual([{ text: 'ⓒⓞⓞⓛ ⑫', style: 'circled' }]);
  });

  it('mixed: keeps order, styles and plain text', () => {
    const input = '𝗠𝗜-𝗧𝗘𝗠𝗣𝗦 au Vélodrome : 𝟭-𝟭 🔥 𝘰𝘯 𝘺 𝘤𝘳𝘰𝘪𝘵';
    const runs = splitStyled(input);
    expect(runs.map((r) => r.style)).toEqual(['sans-bold', 'plain', 'sans-bold', 'plain', 'sans-italic']);
    expect(runs.map((r) => r.text)).toEqual(['MI-TEMPS', ' au Vélodrome : ', '1-1', ' 🔥 ', 'on y croit']);
    expect(runs.map((r) => r.text).join('')).toBe(foldStyled(input));
  });

  it('serif bold Greek and fullwidth fold to plain characters', () => {
    expect(splitStyled('𝚨𝛀')).toEqual([{ text: 'ΑΩ', style: 'bold' }]);
    expect(splitStyled('ｆｕｌｌ')).toEqual([{ text: 'full', style: 'fullwidth' }]);
  });

  it('punctuation between different styles, and at the edges, stays plain', () => {
    expect(splitStyled('(𝐚) 𝑏!')).toEqual([
      { text: '(', style: 'plain' },
      { text: 'a', style: 'bold' },
      { text: ') ', style: 'plain' },
      { text: 'b', style: 'italic' },
      { text: '!', style: 'plain' },
    ]);
  });

  it('newlines do not join a styled run', () => {
    expect(splitStyled('𝐚\n𝐛')).toEqual([
      { text: 'a', style: 'bold' },
      { text: '\n', style: 'plain' },
      { text: 'b', style: 'bold' },
    ]);
  });

  it('emoji, ZWJ sequences and keycaps are untouched, Ⓜ️ (emoji) included', () => {
    const family = '👨‍👩‍👧';
    expect(splitStyled(`𝐚 ${family} 𝐛`)).toEqual([
      { text: 'a', style: 'bold' },
      { text: ` ${family} `, style: 'plain' },
      { text: 'b', style: 'bold' },
    ]);
    expect(splitStyled('𝐚 #️⃣ 𝐛').map((r) => r.style)).toEqual(['bold', 'plain', 'bold']);
    expect(splitStyled('Ⓜ️etro')).toEqual([{ text: 'Ⓜ️etro', style: 'plain' }]);
  });

  it('every styled code point on its own is one run of its style (fullwidth punctuation alone stays as written)', () => {
    for (const c of allStyled()) {
      const { style, plain } = styleOf(c)!;
      if (style === 'fullwidth' && !/^[A-Za-z0-9]$/.test(plain)) {
        expect(splitStyled(cp(c)), hex(c)).toEqual([{ text: cp(c), style: 'plain' }]);
        continue;
      }
      const text = STYLE_FACE[style].family === 'math' ? cp(c) : plain;
      expect(splitStyled(cp(c)), hex(c)).toEqual([{ text, style }]);
    }
  });

  it('fullwidth punctuation folds between fullwidth letters, and stays fullwidth in CJK text', () => {
    expect(splitStyled('ＦＩＮＡＬ　ＷＨＩＳＴＬＥ　２－２')).toEqual([{ text: 'FINAL WHISTLE 2-2', style: 'fullwidth' }]);
    expect(splitStyled('全場完場！傑志')).toEqual([{ text: '全場完場！傑志', style: 'plain' }]);
    expect(splitStyled('（当日券）')).toEqual([{ text: '（当日券）', style: 'plain' }]);
  });

  it('prototype-ish strings are plain', () => {
    for (const s of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(splitStyled(s)).toEqual([{ text: s, style: 'plain' }]);
      expect(foldStyled(s)).toBe(s);
    }
  });

  it('empty input gives no runs', () => {
    expect(splitStyled('')).toEqual([]);
    expect(foldStyled('')).toBe('');
  });
});

describe('foldStyled', () => {
  it('folds every style and NFC-composes', () => {
    expect(foldStyled('𝗰̧𝗮 ℝ ℯ ℌ ℎ ⑫ ｆ　x 𝚨')).toBe('ça R e H h 12 f x Α');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------------------------------

const STYLED = allStyled();
const styledChar = fc.constantFrom(...STYLED).map(cp);
const mark = fc.constantFrom('\u0301', '\u0300', '\u0302', '\u0308', '\u0327', '\u0323', '\ufe0f');
const plainChar = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.constantFrom(' ', '-', '!', ',', '\n', '\t', 'é', 'e\u0301', '👊', '👨‍👩‍👧', '1️⃣', 'constructor', '__proto__'),
  )
  .filter((s) => codePoints(s).every((c) => styleOf(c) === undefined));
/** Mixed text: styled letters (sometimes with marks), plain graphemes, arbitrary code units. */
const mixed = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: styledChar },
      { weight: 2, arbitrary: fc.tuple(styledChar, fc.array(mark, { maxLength: 2 })).map(([b, m]) => b + m.join('')) },
      { weight: 4, arbitrary: plainChar },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const MATH_ONLY = new Set<TextStyle>(['double-struck', 'script', 'bold-script', 'fraktur', 'bold-fraktur', 'circled']);

describe('properties', () => {
  it('foldStyled is idempotent', () => {
    fc.assert(fc.property(fc.oneof(mixed, fc.string({ unit: 'binary' })), (s) => {
      const once = foldStyled(s);
      expect(foldStyled(once)).toBe(once);
    }), { numRuns: 500 });
  });

  it('plain text comes back unchanged as one plain run', () => {
    const plainText = fc.oneof(
      fc.array(plainChar, { maxLength: 20 }).map((a) => a.join('')),
      fc.string({ unit: 'binary' }).filter((s) => codePoints(s).every((c) => styleOf(c) === undefined)),
    );
    fc.assert(fc.property(plainText, (s) => {
      expect(splitStyled(s)).toEqual(s === '' ? [] : [{ text: s, style: 'plain' }]);
    }), { numRuns: 500 });
  });

  it('folding random math letters leaves nothing in U+1D400–1D7FF', () => {
    const mathLetters = fc
      .array(fc.oneof(styledChar, plainChar, mark), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(fc.property(mathLetters, (s) => {
      expect(codePoints(foldStyled(s)).filter((c) => c >= 0x1d400 && c <= 0x1d7ff)).toEqual([]);
    }), { numRuns: 500 });
  });

  it('run texts, folded, equal foldStyled(input); runs are maximal and well-formed', () => {
    fc.assert(fc.property(fc.oneof(mixed, fc.string({ unit: 'binary' })), (s) => {
      const runs: StyledRun[] = splitStyled(s);
      expect(foldStyled(runs.map((r) => r.text).join(''))).toBe(foldStyled(s));
      runs.forEach((r, i) => {
        expect(r.text).not.toBe('');
        if (i > 0) expect(r.style).not.toBe(runs[i - 1]!.style);
        if (r.style !== 'plain' && !MATH_ONLY.has(r.style)) {
          // real-face runs hold plain characters only, or fullwidth punctuation kept as written (CJK text's own)
          const keptAsWritten = (c: number) => styleOf(c)?.style === 'fullwidth' && !/^[A-Za-z0-9]$/.test(styleOf(c)!.plain);
          expect(codePoints(r.text).every((c) => styleOf(c) === undefined || keptAsWritten(c)), r.text).toBe(true);
        }
      });
    }), { numRuns: 1000 });
  });
});
