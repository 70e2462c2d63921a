import type { Face } from '../text/styled.ts';

/**
 * The bundled font faces (files under fonts/, SIL OFL 1.1). The render core receives their bytes from an
 * adapter (Node reads the files; an edge build would import them), and never loads system fonts.
 */
export type FontFamily = 'sans' | 'serif' | 'mono' | 'math' | 'symbols' | 'symbols2';

export interface FontFile {
  family: FontFamily;
  weight: 400 | 700;
  italic: boolean;
  file: string;
}

export interface LoadedFont extends Omit<FontFile, 'file'> {
  data: Uint8Array;
}

export const FONT_FILES: readonly FontFile[] = [
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

export const FAMILY_NAME: Record<FontFamily, string> = {
  sans: 'Noto Sans',
  serif: 'Noto Serif',
  mono: 'Noto Sans Mono',
  math: 'Noto Sans Math',
  symbols: 'Noto Sans Symbols',
  symbols2: 'Noto Sans Symbols 2',
};

/** Where a glyph missing from a face is looked for next, in order (satori and the measurer agree on it). */
export const FALLBACKS: Record<FontFamily, readonly FontFamily[]> = {
  sans: ['sans', 'math', 'symbols', 'symbols2'],
  serif: ['serif', 'sans', 'math', 'symbols', 'symbols2'],
  mono: ['mono', 'sans', 'math', 'symbols', 'symbols2'],
  math: ['math', 'sans', 'symbols', 'symbols2'],
  symbols: ['symbols', 'symbols2', 'sans', 'math'],
  symbols2: ['symbols2', 'symbols', 'sans', 'math'],
};

/** The CSS `font-family` list for a face. */
export function cssFamily(family: Face['family']): string {
  return FALLBACKS[family].map((f) => `'${FAMILY_NAME[f]}'`).join(', ');
}

/**
 * satori's font option entries for the loaded faces. `data` is read when satori first parses the face, so an
 * edge adapter's faces (render/lazy-assets.ts) are fetched only for the cards that draw with them; `face` is
 * the LoadedFont it comes from.
 */
export function satoriFonts(fonts: readonly LoadedFont[]) {
  return fonts.map((f) => {
    let data: ArrayBuffer | undefined;
    return {
      name: FAMILY_NAME[f.family],
      // The font's own buffer when it is the whole of one (as loadFonts reads them), else a copy of its bytes.
      get data(): ArrayBuffer {
        data ??= (f.data.byteOffset === 0 && f.data.byteLength === f.data.buffer.byteLength ? f.data.buffer : f.data.slice().buffer) as ArrayBuffer;
        return data;
      },
      weight: f.weight,
      style: f.italic ? ('italic' as const) : ('normal' as const),
      face: f,
    };
  });
}
