import type { HarfBuzz, HbFont } from 'harfbuzzjs';
import hbjs from 'harfbuzzjs/hbjs.js';
import createHarfBuzz from 'harfbuzzjs/hb.js';
import type { FontFamily, LoadedFont } from '../render/fonts.ts';
import type { Face } from './styled.ts';
import { graphemes, isEmojiGrapheme } from './emoji.ts';
import { createFontPlan, type FontPlan } from './font-plan.ts';

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
  /** The faces that draw `text` in `face`, in the order satori must try them (its `font-family` list). */
  chain(text: string, face: Face): FontFamily[];
  /** Families not loaded yet (CJK slices) that `text` needs; see addFonts. */
  needs(text: string, face: Face): FontFamily[];
  /** Makes faces loaded on demand available to measure with. */
  addFonts(fonts: readonly LoadedFont[]): void;
  /** Frees a face loaded on demand (its HarfBuzz copy), when the render worker's font budget evicts it. */
  dropFont(family: FontFamily): void;
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

/** Every code point the faces loaded at start can draw, but serif and mono (every chain falls back past them). */
export async function eagerCodePoints(fonts: readonly LoadedFont[]): Promise<Set<number>> {
  const hb = await harfbuzz();
  const out = new Set<number>();
  for (const f of fonts) {
    if (f.family === 'serif' || f.family === 'mono' || f.lazy) continue;
    const blob = hb.createBlob(f.data);
    const face = hb.createFace(blob, 0);
    for (const cp of face.collectUnicodes()) out.add(cp);
    face.destroy();
    blob.destroy();
  }
  return out;
}

/** Every code point some bundled face draws: the faces loaded at start, and every CJK slice (from its table). */
export async function drawableCodePoints(fonts: readonly LoadedFont[]): Promise<Set<number>> {
  const out = await eagerCodePoints(fonts);
  for (const cp of createFontPlan(out).cjkCodePoints()) out.add(cp);
  return out;
}

interface HbFace {
  family: FontFamily;
  weight: number;
  italic: boolean;
  /** HarfBuzz's font, created on first use: a blob copies the font into wasm memory, which never shrinks. */
  loaded(): { font: HbFont; upem: number };
  destroy(): void;
}

/** Width of a glyph no bundled face has; satori draws a .notdef box of about this width. */
const MISSING_GLYPH_EM = 0.6;
/** Bound on cached widths per measurer: a few thousand distinct words per card kind is typical. */
const CACHE_LIMIT = 50_000;

function hbFace(hb: HarfBuzz, f: LoadedFont): HbFace {
  let loaded: { font: HbFont; upem: number; face: ReturnType<HarfBuzz['createFace']>; blob: ReturnType<HarfBuzz['createBlob']> } | undefined;
  return {
    family: f.family,
    weight: f.weight,
    italic: f.italic,
    loaded() {
      if (!loaded) {
        const blob = hb.createBlob(f.data);
        const face = hb.createFace(blob, 0);
        loaded = { font: hb.createFont(face), upem: face.upem, face, blob };
      }
      return loaded;
    },
    destroy() {
      if (!loaded) return;
      loaded.font.destroy();
      loaded.face.destroy();
      loaded.blob.destroy();
      loaded = undefined;
    },
  };
}

export async function createMeasurer(fonts: readonly LoadedFont[], plan?: FontPlan): Promise<Measurer> {
  const hb = await harfbuzz();
  const eager = fonts.filter((f) => !f.lazy);
  return new HarfBuzzMeasurer(hb, eager.map((f) => hbFace(hb, f)), plan ?? createFontPlan(await eagerCodePoints(eager)));
}

class HarfBuzzMeasurer implements Measurer {
  private readonly cache = new Map<string, number>();
  private unresolved: string[] | undefined;
  private readonly byFamily = new Map<string, HbFace[]>();
  constructor(
    private readonly hb: HarfBuzz,
    faces: HbFace[],
    private readonly plan: FontPlan,
  ) {
    for (const f of faces) this.add(f);
  }

  private add(f: HbFace): void {
    const list = this.byFamily.get(f.family) ?? [];
    list.push(f);
    this.byFamily.set(f.family, list);
  }

  chain(text: string, face: Face): FontFamily[] {
    return this.plan.chain(text, face);
  }

  needs(text: string, face: Face): FontFamily[] {
    return this.plan.chain(text, face).filter((f) => !this.byFamily.has(f) && f.startsWith('cjk-'));
  }

  addFonts(fonts: readonly LoadedFont[]): void {
    for (const f of fonts) if (!this.byFamily.get(f.family)?.some((x) => x.weight === f.weight && x.italic === f.italic)) this.add(hbFace(this.hb, f));
    this.cache.clear();
  }

  dropFont(family: FontFamily): void {
    for (const f of this.byFamily.get(family) ?? []) f.destroy();
    this.byFamily.delete(family);
    this.cache.clear();
  }

  /** The face satori would pick in `family` for the requested weight and style. */
  private pick(family: FontFamily, weight: number, italic: boolean): HbFace | undefined {
    const inFamily = this.byFamily.get(family);
    if (!inFamily) return undefined;
    const score = (f: HbFace) => Math.abs(f.weight - weight) + (f.italic === italic ? 0 : 1000);
    return [...inFamily].sort((a, b) => score(a) - score(b))[0];
  }

  width(text: string, face: Face): number {
    const key = `${face.family}|${face.weight}|${face.italic ? 1 : 0}|${face.han ?? ''}|${text}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const chain = this.plan.chain(text, face);
    let total = 0;
    let pending = '';
    for (const g of graphemes(text)) {
      if (isEmojiGrapheme(g)) {
        total += this.shaped(pending, face, chain, 0) + 1;
        pending = '';
      } else pending += g;
    }
    total += this.shaped(pending, face, chain, 0);
    if (this.cache.size > CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, total);
    return total;
  }

  missing(text: string, face: Face): string[] {
    this.unresolved = [];
    try {
      const chain = this.plan.chain(text, face);
      for (const g of graphemes(text)) if (!isEmojiGrapheme(g)) this.shaped(g, face, chain, 0);
      return [...new Set(this.unresolved)];
    } finally {
      this.unresolved = undefined;
    }
  }

  private shaped(text: string, face: Face, chain: readonly FontFamily[], depth: number): number {
    if (text.length === 0) return 0;
    const family = chain[depth];
    if (family === undefined) {
      const visible = [...text].filter((c) => !/\s/u.test(c));
      this.unresolved?.push(...visible);
      return visible.length * MISSING_GLYPH_EM;
    }
    const picked = this.pick(family, face.weight, face.italic);
    if (picked === undefined) return this.shaped(text, face, chain, depth + 1);
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
      return width + (visibleMissing ? this.shaped(visibleMissing, face, chain, depth + 1) : 0);
    } finally {
      buffer.destroy();
    }
  }
}
