// Minimal typings for untyped dependencies, covering only what this project calls.
declare module 'linebreak' {
  interface Break {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}

declare module 'harfbuzzjs' {
  export interface HbBlob { destroy(): void }
  export interface HbFace { upem: number; destroy(): void; collectUnicodes(): Uint32Array }
  export interface HbFont {
    destroy(): void;
    glyphToPath(glyphId: number): string;
    glyphExtents(glyphId: number): { xBearing: number; yBearing: number; width: number; height: number } | null;
  }
  export interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    getGlyphInfos(): Array<{ codepoint: number; cluster: number }>;
    getGlyphPositions(): Array<{ x_advance: number }>;
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: ArrayBuffer | Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
  const hb: Promise<HarfBuzz>;
  export default hb;
}

declare module 'harfbuzzjs/hb.js' {
  const createHarfBuzz: (options?: Record<string, unknown>) => Promise<unknown>;
  export default createHarfBuzz;
}
declare module 'harfbuzzjs/hbjs.js' {
  import type { HarfBuzz } from 'harfbuzzjs';
  const hbjs: (wasm: unknown) => HarfBuzz;
  export default hbjs;
}

declare module 'bidi-js' {
  export interface EmbeddingLevels {
    levels: Uint8Array;
    paragraphs: Array<{ start: number; end: number; level: number }>;
  }
  export interface Bidi {
    getEmbeddingLevels(text: string, explicitDirection?: 'ltr' | 'rtl'): EmbeddingLevels;
    getReorderSegments(text: string, levels: EmbeddingLevels, start?: number, end?: number): Array<[number, number]>;
    getMirroredCharacter(char: string): string | null;
  }
  const bidiFactory: () => Bidi;
  export default bidiFactory;
}
