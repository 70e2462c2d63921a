import type { Face } from '../text/styled.ts';
import { CJK_SLICE_COUNTS, type CjkLang } from './cjk-slices.ts';

/**
 * The bundled font faces (files under fonts/, SIL OFL 1.1). The render core receives their bytes through a
 * FontSource (font-store.ts: Node reads the files, the Worker fetches the same files from its static assets),
 * and never loads system fonts.
 *
 * Three kinds of family:
 *  - base families (sans, serif, mono, math, symbols): what styled Unicode is drawn with;
 *  - script families (Arabic, Hebrew, Thai, Devanagari, …): one Noto face per script, named in a span's font
 *    list only when its text has that script (so satori parses them only when used);
 *  - CJK slices (`cjk-jp-3`): Noto Sans CJK split per language and cut into slices of a few hundred
 *    characters (scripts/fonts/build-cjk.py), each under its own name, loaded when a card's text needs them
 *    and dropped again under the memory budget (`slice`).
 * The first two are resident: once read, kept for the renderer's life.
 */
export type BaseFamily = 'sans' | 'serif' | 'mono' | 'math' | 'symbols' | 'symbols2';
export type ScriptFamily = 'arabic' | 'hebrew' | 'thai' | 'lao' | 'khmer' | 'myanmar' | 'devanagari' | 'bengali' | 'georgian' | 'armenian' | 'ethiopic';
export type CjkFamily = `cjk-${CjkLang}-${number}`;
export type FontFamily = BaseFamily | ScriptFamily | CjkFamily;
export type { CjkLang };

export interface FontFile {
  family: FontFamily;
  weight: 400 | 700;
  italic: boolean;
  file: string;
  /** A CJK slice: read only when a card's text needs it, and dropped again past the memory budget. */
  slice?: true;
}

export interface LoadedFont extends Omit<FontFile, 'file'> {
  data: Uint8Array;
}

const BASE_FILES: readonly FontFile[] = [
  { family: 'sans', weight: 400, italic: false, file: 'NotoSans-Regular.ttf' },
  { family: 'sans', weight: 700, italic: false, file: 'NotoSans-Bold.ttf' },
  { family: 'sans', weight: 400, italic: true, file: 'NotoSans-Italic.ttf' },
  { family: 'sans', weight: 700, italic: true, file: 'NotoSans-BoldItalic.ttf' },
  { family: 'serif', weight: 400, italic: false, file: 'NotoSerif-Regular.ttf' },
  { family: 'serif', weight: 700, italic: false, file: 'NotoSerif-Bold.ttf' },
  { family: 'serif', weight: 400, italic: true, file: 'NotoSerif-Italic.ttf' },
  { family: 'serif', weight: 700, italic: true, file: 'NotoSerif-BoldItalic.ttf' },
  { family: 'mono', weight: 400, italic: false, file: 'NotoSansMono-Regular.ttf' },
  { family: 'mono', weight: 700, italic: false, file: 'NotoSansMono-Bold.ttf' },
  { family: 'math', weight: 400, italic: false, file: 'NotoSansMath-Regular.ttf' },
  { family: 'symbols', weight: 400, italic: false, file: 'NotoSansSymbols-Regular.ttf' },
  { family: 'symbols2', weight: 400, italic: false, file: 'NotoSansSymbols2-Regular.ttf' },
];

/** Script families: the Noto Sans face of each script (file stem), and the characters that call for it. */
export const SCRIPTS: ReadonlyArray<{ family: ScriptFamily; stem: string; name: string; test: RegExp }> = [
  // Script_Extensions, so shared marks and punctuation (the Arabic comma, the Devanagari danda) count too.
  { family: 'arabic', stem: 'NotoSansArabic', name: 'Noto Sans Arabic', test: /\p{Script_Extensions=Arabic}/u },
  { family: 'hebrew', stem: 'NotoSansHebrew', name: 'Noto Sans Hebrew', test: /\p{Script_Extensions=Hebrew}/u },
  { family: 'thai', stem: 'NotoSansThai', name: 'Noto Sans Thai', test: /\p{Script_Extensions=Thai}/u },
  { family: 'lao', stem: 'NotoSansLao', name: 'Noto Sans Lao', test: /\p{Script_Extensions=Lao}/u },
  { family: 'khmer', stem: 'NotoSansKhmer', name: 'Noto Sans Khmer', test: /\p{Script_Extensions=Khmer}/u },
  { family: 'myanmar', stem: 'NotoSansMyanmar', name: 'Noto Sans Myanmar', test: /\p{Script_Extensions=Myanmar}/u },
  { family: 'devanagari', stem: 'NotoSansDevanagari', name: 'Noto Sans Devanagari', test: /\p{Script_Extensions=Devanagari}/u },
  { family: 'bengali', stem: 'NotoSansBengali', name: 'Noto Sans Bengali', test: /\p{Script_Extensions=Bengali}/u },
  { family: 'georgian', stem: 'NotoSansGeorgian', name: 'Noto Sans Georgian', test: /\p{Script_Extensions=Georgian}/u },
  { family: 'armenian', stem: 'NotoSansArmenian', name: 'Noto Sans Armenian', test: /\p{Script_Extensions=Armenian}/u },
  { family: 'ethiopic', stem: 'NotoSansEthiopic', name: 'Noto Sans Ethiopic', test: /\p{Script_Extensions=Ethiopic}/u },
];

const SCRIPT_FILES: readonly FontFile[] = SCRIPTS.flatMap(({ family, stem }) => [
  { family, weight: 400 as const, italic: false, file: `${stem}-Regular.ttf` },
  { family, weight: 700 as const, italic: false, file: `${stem}-Bold.ttf` },
]);

export const CJK_LANGS: readonly CjkLang[] = ['jp', 'kr', 'sc', 'tc'];
const CJK_NAME: Record<CjkLang, string> = { jp: 'JP', kr: 'KR', sc: 'SC', tc: 'TC' };

/** Where slice `i` of a CJK language lives under fonts/ (Regular only: satori synthesizes bold, as Chromium does). */
export const cjkFile = (lang: CjkLang, i: number) => `cjk/NotoSansCJK${CJK_NAME[lang]}-Regular.${i}.otf`;

const CJK_FILES: readonly FontFile[] = CJK_LANGS.flatMap((lang) =>
  Array.from({ length: CJK_SLICE_COUNTS[lang] }, (_, i) => ({ family: `cjk-${lang}-${i}` as CjkFamily, weight: 400 as const, italic: false, file: cjkFile(lang, i), slice: true as const })),
);

/** Every bundled face, in the order satori is given them. Data-driven, so any adapter can serve the same files. */
export const FONT_FILES: readonly FontFile[] = [...BASE_FILES, ...SCRIPT_FILES, ...CJK_FILES];

/** The faces kept once read: every one but the CJK slices. */
export const RESIDENT_FILES: readonly FontFile[] = FONT_FILES.filter((f) => !f.slice);

const BASE_NAME: Record<BaseFamily, string> = {
  sans: 'Noto Sans',
  serif: 'Noto Serif',
  mono: 'Noto Sans Mono',
  math: 'Noto Sans Math',
  symbols: 'Noto Sans Symbols',
  symbols2: 'Noto Sans Symbols 2',
};
const SCRIPT_NAME = new Map<string, string>(SCRIPTS.map((s) => [s.family, s.name]));

/** The font name satori knows a family by. Every CJK slice has a name of its own (one shared name: satori draws one slice, the rest as boxes). */
export function familyName(family: FontFamily): string {
  if (family in BASE_NAME) return BASE_NAME[family as BaseFamily];
  const script = SCRIPT_NAME.get(family);
  if (script) return script;
  const [, lang, i] = family.split('-');
  return `Noto Sans CJK ${CJK_NAME[lang as CjkLang]} ${i}`;
}

/** Where a glyph missing from a face is looked for next, among the base families (satori and the measurer agree on it). */
export const FALLBACKS: Record<BaseFamily, readonly BaseFamily[]> = {
  sans: ['sans', 'math', 'symbols', 'symbols2'],
  serif: ['serif', 'sans', 'math', 'symbols', 'symbols2'],
  mono: ['mono', 'sans', 'math', 'symbols', 'symbols2'],
  math: ['math', 'sans', 'symbols', 'symbols2'],
  symbols: ['symbols', 'symbols2', 'sans', 'math'],
  symbols2: ['symbols2', 'symbols', 'sans', 'math'],
};

/** The CSS `font-family` list for a list of families (see FontPlan.chain for a span's). */
export function cssFamilies(families: readonly FontFamily[]): string {
  return families.map((f) => `'${familyName(f)}'`).join(', ');
}

/** The CSS `font-family` list of a base face, for text without other scripts (labels, numbers). */
export function cssFamily(family: Face['family']): string {
  return cssFamilies(FALLBACKS[family]);
}

/** satori's font option entries for the loaded faces. */
export function satoriFonts(fonts: readonly LoadedFont[]) {
  return fonts.map((f) => ({
    name: familyName(f.family),
    // The font's own buffer when it is the whole of one (as loadFonts reads them), else a copy of its bytes.
    data: (f.data.byteOffset === 0 && f.data.byteLength === f.data.buffer.byteLength ? f.data.buffer : f.data.slice().buffer) as ArrayBuffer,
    weight: f.weight,
    style: f.italic ? ('italic' as const) : ('normal' as const),
  }));
}
