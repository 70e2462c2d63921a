/**
 * "Styled Unicode" support.
 *
 * Social posts often fake bold/italic with Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF) and a few
 * Letterlike Symbols (U+2100–U+214F), e.g. `𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇` (Mathematical Sans-Serif Bold). Those code points are
 * missing from most text fonts, so the renderer splits text into runs of plain characters tagged with the style
 * they were written in and draws each run with a real face (see STYLE_FACE). Styles that have no real face
 * (double-struck, script, fraktur, circled) keep their code points and are drawn by a math font.
 *
 * Pure module: no Node APIs, no dependencies. The code point table is built once at module load from the
 * regular layout of the Unicode blocks plus a small exception table (the "holes").
 */

export type MathStyle =
  | 'bold' | 'italic' | 'bold-italic'
  | 'sans' | 'sans-bold' | 'sans-italic' | 'sans-bold-italic'
  | 'mono' | 'double-struck' | 'script' | 'bold-script' | 'fraktur' | 'bold-fraktur';
export type TextStyle = 'plain' | MathStyle | 'fullwidth' | 'circled';

/**
 * How a style is drawn: with a real font face, or by keeping the styled code points (drawn by a math font).
 * `han` is the CJK face (Japanese, Korean, Simplified or Traditional Chinese) the field's Han characters take.
 */
export interface Face { family: 'sans' | 'serif' | 'mono' | 'math'; weight: 400 | 700; italic: boolean; han?: 'jp' | 'kr' | 'sc' | 'tc' }

export interface StyledRun { text: string; style: TextStyle }

const face = (family: Face['family'], weight: Face['weight'] = 400, italic = false): Face =>
  Object.freeze({ family, weight, italic });

export const STYLE_FACE: Record<TextStyle, Face> = Object.freeze({
  plain: face('sans'),
  bold: face('serif', 700),
  italic: face('serif', 400, true),
  'bold-italic': face('serif', 700, true),
  sans: face('sans'),
  'sans-bold': face('sans', 700),
  'sans-italic': face('sans', 400, true),
  'sans-bold-italic': face('sans', 700, true),
  mono: face('mono'),
  fullwidth: face('sans'),
  // No bundled face for these: the styled code points are kept and drawn by the math font (regular weight only,
  // the math font has no bold; bold-script / bold-fraktur glyphs are already bold by design).
  circled: face('math'),
  'double-struck': face('math'),
  script: face('math'),
  'bold-script': face('math'),
  fraktur: face('math'),
  'bold-fraktur': face('math'),
});

// ---------------------------------------------------------------------------------------------------------------
// Code point table
// ---------------------------------------------------------------------------------------------------------------

interface Entry { readonly style: TextStyle; readonly plain: string }

/** Styled code point -> style + plain equivalent. A Map (never a plain object) so user text can't hit the prototype. */
const TABLE = new Map<number, Entry>();

function add(cp: number, style: TextStyle, plain: string): void {
  TABLE.set(cp, Object.freeze({ style, plain }));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let cp = from; cp <= to; cp++) out.push(cp);
  return out;
}

/**
 * Latin: 13 consecutive blocks of 52 code points (A–Z then a–z) starting at U+1D400, in this order.
 * U+1D400 + 13 * 52 = U+1D6A4, where the dotless i/j follow.
 */
const LATIN_STYLES: readonly MathStyle[] = [
  'bold', //              U+1D400
  'italic', //            U+1D434
  'bold-italic', //       U+1D468
  'script', //            U+1D49C
  'bold-script', //       U+1D4D0
  'fraktur', //           U+1D504
  'double-struck', //     U+1D538
  'bold-fraktur', //      U+1D56C
  'sans', //              U+1D5A0
  'sans-bold', //         U+1D5D4
  'sans-italic', //       U+1D608
  'sans-bold-italic', //  U+1D63C
  'mono', //              U+1D670
];

/**
 * Letters that were already encoded in Letterlike Symbols before the math block existed. Their slots in the
 * math block are reserved (unassigned), and the letterlike character is the one to use.
 */
const LATIN_HOLES: ReadonlyArray<readonly [MathStyle, string, number]> = [
  ['italic', 'h', 0x210e], // ℎ PLANCK CONSTANT
  ['script', 'B', 0x212c], ['script', 'E', 0x2130], ['script', 'F', 0x2131], ['script', 'H', 0x210b],
  ['script', 'I', 0x2110], ['script', 'L', 0x2112], ['script', 'M', 0x2133], ['script', 'R', 0x211b],
  ['script', 'e', 0x212f], ['script', 'g', 0x210a], ['script', 'o', 0x2134],
  ['fraktur', 'C', 0x212d], ['fraktur', 'H', 0x210c], ['fraktur', 'I', 0x2111], ['fraktur', 'R', 0x211c],
  ['fraktur', 'Z', 0x2128],
  ['double-struck', 'C', 0x2102], ['double-struck', 'H', 0x210d], ['double-struck', 'N', 0x2115],
  ['double-struck', 'P', 0x2119], ['double-struck', 'Q', 0x211a], ['double-struck', 'R', 0x211d],
  ['double-struck', 'Z', 0x2124],
];

/**
 * Greek: 5 consecutive blocks of 58 code points starting at U+1D6A8, each laid out as in the Unicode chart:
 *   0–24  capitals Α–Ω; position 17 (where U+03A2, the unassigned "capital final sigma", would be) is ϴ U+03F4
 *   25    ∇ nabla
 *   26–50 lowercase α–ω (including ς final sigma at 43)
 *   51–57 ∂ ϵ ϑ ϰ ϕ ϱ ϖ
 * U+1D6A8 + 5 * 58 = U+1D7CA, where the bold digamma pair follows.
 */
const GREEK_STYLES: readonly MathStyle[] = ['bold', 'italic', 'bold-italic', 'sans-bold', 'sans-bold-italic'];
const GREEK: readonly number[] = [
  ...range(0x391, 0x3a1), // Α–Ρ
  0x3f4, //                  ϴ
  ...range(0x3a3, 0x3a9), // Σ–Ω
  0x2207, //                 ∇
  ...range(0x3b1, 0x3c9), // α–ω
  0x2202, 0x3f5, 0x3d1, 0x3f0, 0x3d5, 0x3f1, 0x3d6, // ∂ ϵ ϑ ϰ ϕ ϱ ϖ
];

/** Digits: 5 consecutive blocks of 10 starting at U+1D7CE; the last one ends the math block at U+1D7FF. */
const DIGIT_STYLES: readonly MathStyle[] = ['bold', 'double-struck', 'sans', 'sans-bold', 'mono'];

function buildTable(): void {
  const holes = new Map<string, number>(LATIN_HOLES.map(([style, letter, cp]) => [`${style}:${letter}`, cp]));
  LATIN_STYLES.forEach((style, i) => {
    const base = 0x1d400 + 52 * i;
    for (let k = 0; k < 52; k++) {
      const letter = String.fromCharCode(k < 26 ? 0x41 + k : 0x61 + k - 26);
      add(holes.get(`${style}:${letter}`) ?? base + k, style, letter);
    }
  });
  add(0x1d6a4, 'italic', '\u0131'); // 𝚤 -> ı dotless i
  add(0x1d6a5, 'italic', '\u0237'); // 𝚥 -> ȷ dotless j

  GREEK_STYLES.forEach((style, i) => {
    const base = 0x1d6a8 + 58 * i;
    GREEK.forEach((plain, k) => add(base + k, style, String.fromCharCode(plain)));
  });
  add(0x1d7ca, 'bold', '\u03dc'); // 𝟊 -> Ϝ
  add(0x1d7cb, 'bold', '\u03dd'); // 𝟋 -> ϝ  (U+1D7CC–1D7CD are reserved)

  DIGIT_STYLES.forEach((style, i) => {
    const base = 0x1d7ce + 10 * i;
    for (let d = 0; d < 10; d++) add(base + d, style, String(d));
  });

  // Fullwidth ASCII: U+FF01–FF5E are U+0021–007E shifted by 0xFEE0; the ideographic space stands for ' '.
  for (let cp = 0xff01; cp <= 0xff5e; cp++) add(cp, 'fullwidth', String.fromCharCode(cp - 0xfee0));
  add(0x3000, 'fullwidth', ' ');

  // Circled: Ⓐ–Ⓩ, ⓐ–ⓩ, ①–⑳ (plain is the number, '⑫' -> '12'), ⓪.
  for (let k = 0; k < 26; k++) {
    add(0x24b6 + k, 'circled', String.fromCharCode(0x41 + k));
    add(0x24d0 + k, 'circled', String.fromCharCode(0x61 + k));
  }
  for (let n = 1; n <= 20; n++) add(0x2460 + n - 1, 'circled', String(n));
  add(0x24ea, 'circled', '0');
}
buildTable();

/**
 * Cheap pre-check: does the string contain anything that could be in TABLE? A superset of the table's keys
 * (U+1D400–1D7FF is exactly high surrogate D835 followed by any low surrogate), checked in the tests.
 */
const MAYBE_STYLED = /[\u2100-\u214f\u2460-\u24ff\u3000\uff01-\uff5e]|\ud835[\udc00-\udfff]/;

const MARK = /^\p{M}$/u;
/** Characters that join a styled run when they sit between two runs of the same style. Newlines/tabs don't. */
const NEUTRAL = /^[\p{Zs}\p{P}]$/u;
const VS16 = '\ufe0f'; // emoji presentation selector: Ⓜ️ is an emoji, not a styled letter

/** The style of one code point, or undefined for a plain one, with its plain equivalent. */
export function styleOf(cp: number): { style: TextStyle; plain: string } | undefined {
  return TABLE.get(cp);
}

/** Fully folds every styled character to its plain equivalent and NFC-normalises (for alt text, search, OCR expectations). */
export function foldStyled(input: string): string {
  if (!MAYBE_STYLED.test(input)) return input.normalize('NFC');
  let out = '';
  for (const ch of input) out += TABLE.get(ch.codePointAt(0)!)?.plain ?? ch;
  return out.normalize('NFC');
}

const hasRealFace = (style: TextStyle): boolean => STYLE_FACE[style].family !== 'math';
const isFullwidthNeutral = (e: Entry): boolean => e.style === 'fullwidth' && !/^[A-Za-z0-9]$/.test(e.plain);

/**
 * The real face closest in look to a math-only style, for a styled letter carrying combining marks (no
 * precomposed styled form exists): blackletter is heavy like serif bold, script slants like serif italic,
 * double-struck reads as a bold sans.
 */
const NEAREST_REAL_STYLE: Partial<Record<TextStyle, TextStyle>> = {
  fraktur: 'bold',
  'bold-fraktur': 'bold',
  script: 'italic',
  'bold-script': 'bold-italic',
  'double-struck': 'sans-bold',
  circled: 'sans',
};

/**
 * Splits text into maximal runs of one style.
 *  - Real-face styles (bold, sans-*, mono, fullwidth, …): run text holds plain characters, NFC-composed with any
 *    combining marks that follow the styled base (`𝗰̧` -> `ç` in a 'sans-bold' run).
 *  - Math-only styles (double-struck, script, fraktur, circled, …): run text keeps the styled code points; a styled
 *    base followed by combining marks has no precomposed styled form, so that grapheme is folded and emitted in the
 *    nearest real face (NEAREST_REAL_STYLE: fraktur `𝔢́` -> a serif bold `é`).
 *  - Spaces (\p{Zs}) and punctuation (\p{P}) between two runs of the same non-plain style join that run; at the
 *    edges of a styled stretch they stay plain.
 *  - Everything else (plain letters, digits, emoji incl. Ⓜ️, ZWJ sequences, newlines) is 'plain' and untouched.
 */
export function splitStyled(input: string): StyledRun[] {
  if (input === '') return [];
  if (!MAYBE_STYLED.test(input)) return [{ text: input, style: 'plain' }];

  // 1. Tokenise into clusters (base + following combining marks). style null = neutral, resolved in step 2.
  const cps = Array.from(input);
  const texts: string[] = [];
  const styles: (TextStyle | null)[] = [];
  const fullwidthPlain = new Map<number, string>();
  for (let i = 0; i < cps.length; ) {
    const ch = cps[i]!;
    let j = i + 1;
    while (j < cps.length && MARK.test(cps[j]!)) j++;
    const marks = cps.slice(i + 1, j).join('');
    i = j;

    const entry = TABLE.get(ch.codePointAt(0)!);
    if (entry && marks === '' && isFullwidthNeutral(entry)) {
      // Fullwidth punctuation (！（），－ and the ideographic space) is how CJK text is punctuated: it folds to
      // ASCII only between fullwidth letters or digits (ＦＩＮＡＬ　ＷＨＩＳＴＬＥ　２－２), see step 2.
      texts.push(ch);
      styles.push(null);
      fullwidthPlain.set(texts.length - 1, entry.plain);
    } else if (entry && !marks.startsWith(VS16)) {
      if (hasRealFace(entry.style)) {
        texts.push(entry.plain + marks);
        styles.push(entry.style);
      } else if (marks === '') {
        texts.push(ch);
        styles.push(entry.style);
      } else {
        texts.push(entry.plain + marks);
        styles.push(NEAREST_REAL_STYLE[entry.style] ?? 'sans');
      }
    } else if (marks === '' && NEUTRAL.test(ch)) {
      texts.push(ch);
      styles.push(null);
    } else {
      texts.push(ch + marks);
      styles.push('plain');
    }
  }

  // 2. A stretch of neutrals takes the style of its neighbours when both sides agree, else it is plain.
  for (let k = 0; k < styles.length; ) {
    if (styles[k] !== null) { k++; continue; }
    let e = k;
    while (e < styles.length && styles[e] === null) e++;
    const before = k > 0 ? styles[k - 1] : undefined;
    const after = e < styles.length ? styles[e] : undefined;
    const style: TextStyle = before != null && before === after ? before : 'plain';
    for (; k < e; k++) {
      styles[k] = style;
      const plain = fullwidthPlain.get(k);
      if (plain !== undefined && style === 'fullwidth') texts[k] = plain;
    }
  }

  // 3. Merge equal neighbours; styled runs are NFC-normalised, plain runs are left untouched.
  const runs: StyledRun[] = [];
  let text = '';
  let style: TextStyle | null = null;
  const flush = (): void => {
    if (style !== null) runs.push({ text: style === 'plain' ? text : text.normalize('NFC'), style });
  };
  texts.forEach((t, k) => {
    const s = styles[k] ?? 'plain';
    if (s === style) { text += t; return; }
    flush();
    text = t;
    style = s;
  });
  flush();
  return runs;
}
