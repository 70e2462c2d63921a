import type { HarfBuzz, HbFont } from 'harfbuzzjs';
import hbjs from 'harfbuzzjs/hbjs.js';
import createHarfBuzz from 'harfbuzzjs/hb.js';
import { FALLBACKS, type FontFamily, type LoadedFont } from '../render/fonts.ts';
import type { Face } from './styled.ts';
import { graphemes, isEmojiGrapheme } from './emoji.ts';

/**
 * Measures text widths with HarfBuzz, the shaper satori itself uses, on the same bundled faces and with the
 * same fallback order, so that fitting decisions made here hold in the real layout. Widths are in em units
 * (multiply by the font size). Emoji graphemes are drawn by satori as 1em square images.
 */
export interface Measurer {
  /** Width of `text` in em when drawn in `face`. */
  width(text: string, face: Face): number;
  /** Characters of `text` that no face in `face`'s fallback chain can draw (they would show as boxes). */
  missing(text: string, face: Face): string[];
}

let hbInstance: Promise<HarfBuzz> | undefined;
/** How the emscripten module is made: from its own .wasm file (Node), or by an adapter (workerd: see below). */
let hbFactory: (create: typeof createHarfBuzz) => Promise<unknown> = (create) => create();

/**
 * The injection point for runtimes that cannot let emscripten load and compile hb.wasm itself (workerd:
 * src/adapter/workers/harfbuzz.ts). Called before the first measurer is made.
 */
export function setHarfBuzzFactory(factory: (create: (options: Record<string, unknown>) => Promise<unknown>) => Promise<unknown>): void {
  hbFactory = factory as typeof hbFactory;
  hbInstance = undefined;
}

/** The HarfBuzz wasm module, instantiated once per thread and shared by every measurer in it. */
export function harfbuzz(): Promise<HarfBuzz> {
  hbInstance ??= hbFactory(createHarfBuzz).then((wasm) => hbjs(wasm));
  return hbInstance;
}

/** Every code point the faces of the families every fallback chain ends with (sans, math, symbols) can draw. */
export async function drawableCodePoints(fonts: readonly LoadedFont[]): Promise<Set<number>> {
  const hb = await harfbuzz();
  const out = new Set<number>();
  for (const f of fonts) {
    if (f.family === 'serif' || f.family === 'mono') continue;
    const blob = hb.createBlob(f.data);
    const face = hb.createFace(blob, 0);
    for (const cp of face.collectUnicodes()) out.add(cp);
    face.destroy();
    blob.destroy();
  }
  return out;
}

interface HbFace {
  family: FontFamily;
  weight: number;
  italic: boolean;
  /** HarfBuzz's font, created on first use: a blob copies the font into wasm memory, which never shrinks. */
  loaded(): { font: HbFont; upem: number };
}

/** Width of a glyph no bundled face has; satori draws a .notdef box of about this width. */
const MISSING_GLYPH_EM = 0.6;
/** Bound on cached widths per measurer: a few thousand distinct words per card kind is typical. */
const CACHE_LIMIT = 50_000;

export async function createMeasurer(fonts: readonly LoadedFont[]): Promise<Measurer> {
  const hb = await harfbuzz();
  const faces: HbFace[] = fonts.map((f) => {
    let loaded: { font: HbFont; upem: number } | undefined;
    return {
      family: f.family,
      weight: f.weight,
      italic: f.italic,
      loaded() {
        if (!loaded) {
          const face = hb.createFace(hb.createBlob(f.data), 0);
          loaded = { font: hb.createFont(face), upem: face.upem };
        }
        return loaded;
      },
    };
  });
  return new HarfBuzzMeasurer(hb, faces);
}

class HarfBuzzMeasurer implements Measurer {
  private readonly cache = new Map<string, number>();
  private unresolved: string[] | undefined;
  constructor(
    private readonly hb: HarfBuzz,
    private readonly faces: HbFace[],
  ) {}

  /** The face satori would pick in `family` for the requested weight and style. */
  private pick(family: FontFamily, weight: number, italic: boolean): HbFace | undefined {
    const inFamily = this.faces.filter((f) => f.family === family);
    const score = (f: HbFace) => Math.abs(f.weight - weight) + (f.italic === italic ? 0 : 1000);
    return inFamily.sort((a, b) => score(a) - score(b))[0];
  }

  width(text: string, face: Face): number {
    const key = `${face.family}|${face.weight}|${face.italic ? 1 : 0}|${text}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let total = 0;
    let pending = '';
    for (const g of graphemes(text)) {
      if (isEmojiGrapheme(g)) {
        total += this.shaped(pending, face, 0) + 1;
        pending = '';
      } else pending += g;
    }
    total += this.shaped(pending, face, 0);
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, total);
    return total;
  }

  missing(text: string, face: Face): string[] {
    this.unresolved = [];
    try {
      for (const g of graphemes(text)) if (!isEmojiGrapheme(g)) this.shaped(g, face, 0);
      return [...new Set(this.unresolved)];
    } finally {
      this.unresolved = undefined;
    }
  }

  private shaped(text: string, face: Face, depth: number): number {
    if (text.length === 0) return 0;
    const chain = FALLBACKS[face.family];
    const family = chain[depth];
    if (family === undefined) {
      const visible = [...text].filter((c) => !/\s/u.test(c));
      this.unresolved?.push(...visible);
      return visible.length * MISSING_GLYPH_EM;
    }
    const picked = this.pick(family, face.weight, face.italic);
    if (picked === undefined) return this.shaped(text, face, depth + 1);
    const hbFace = picked.loaded();
    const buffer = this.hb.createBuffer();
    try {
      buffer.addText(text);
      buffer.guessSegmentProperties();
      this.hb.shape(hbFace.font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      const clusters = [...new Set(infos.map((i) => i.cluster))].sort((a, b) => a - b);
      const nextCluster = (c: number) => clusters.find((x) => x > c) ?? text.length;
      let width = 0;
      let missing = '';
      let lastMissingCluster = -1;
      infos.forEach((info, i) => {
        if (info.codepoint === 0) {
          if (info.cluster !== lastMissingCluster) missing += text.slice(info.cluster, nextCluster(info.cluster));
          lastMissingCluster = info.cluster;
        } else width += (positions[i]?.x_advance ?? 0) / hbFace.upem;
      });
      // Characters this face lacks are drawn by the next face in the fallback chain.
      const visibleMissing = missing.replace(/[\u200d\ufe0e\ufe0f]/gu, '');
      return width + (visibleMissing ? this.shaped(visibleMissing, face, depth + 1) : 0);
    } finally {
      buffer.destroy();
    }
  }
}
