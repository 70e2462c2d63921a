import type { HarfBuzz, HbFont } from 'harfbuzzjs';
import hbjs from 'harfbuzzjs/hbjs.js';
import createHarfBuzz from 'harfbuzzjs/hb.js';
import { FONT_FILES, type FontFamily, type FontFile, type LoadedFont } from '../render/fonts.ts';
import type { Face } from './styled.ts';
import { graphemes, isEmojiGrapheme } from './emoji.ts';
import { cjkDraws, type FontPlan } from './font-plan.ts';
import type { CodePoints } from './coverage.ts';

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
}

/** Where the measurer finds a face's bytes: the render core's font store (render/font-store.ts). */
export interface FaceLookup {
  get(file: FontFile): LoadedFont | undefined;
}

/** The measurer the render core holds: it also says which faces it had to measure without. */
export interface FontMeasurer extends Measurer {
  /**
   * Faces that measuring asked for since the last call and that were not loaded (it measured with the next
   * face of the chain instead): load them and measure again for the card's real widths.
   */
  takeWanted(): FontFile[];
  /** A face was loaded or dropped: forget the widths measured without it, and its HarfBuzz copy. */
  changed(file: FontFile): void;
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

/**
 * Every code point the resident faces draw, but serif and mono (every chain falls back past them) and the CJK
 * slices (their characters come from the slice table): what the font plan needs before any slice is read.
 */
export async function residentCodePoints(fonts: readonly LoadedFont[]): Promise<Set<number>> {
  const hb = await harfbuzz();
  const out = new Set<number>();
  for (const f of fonts) {
    if (f.family === 'serif' || f.family === 'mono' || f.slice) continue;
    const blob = hb.createBlob(f.data);
    const face = hb.createFace(blob, 0);
    for (const cp of face.collectUnicodes()) out.add(cp);
    face.destroy();
    blob.destroy();
  }
  return out;
}

/** Every code point some bundled face draws: the resident faces' and every CJK slice's (from its table). */
export function drawableFrom(resident: ReadonlySet<number>): CodePoints {
  return { has: (cp) => resident.has(cp) || cjkDraws(cp) };
}

/** drawableFrom(residentCodePoints(fonts)): the coverage check's table, from the resident faces' bytes. */
export async function drawableCodePoints(fonts: readonly LoadedFont[]): Promise<CodePoints> {
  return drawableFrom(await residentCodePoints(fonts));
}

interface HbFace {
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

/**
 * A measurer over the faces `fonts` has loaded now. A face the text needs that is not loaded yet is measured
 * as the next face of its chain would draw it, and reported by takeWanted(), so the render core loads it and
 * measures again (only at the edge, where faces are fetched on first use).
 */
export async function createMeasurer(fonts: FaceLookup, plan: FontPlan, files: readonly FontFile[] = FONT_FILES): Promise<FontMeasurer> {
  return new HarfBuzzMeasurer(await harfbuzz(), fonts, plan, files);
}

class HarfBuzzMeasurer implements FontMeasurer {
  private readonly cache = new Map<string, number>();
  private unresolved: string[] | undefined;
  private readonly byFamily = new Map<FontFamily, FontFile[]>();
  private readonly hbFaces = new Map<FontFile, HbFace>();
  private wanted = new Set<FontFile>();
  /** Faces asked for and not loaded, ever: widths measured while this grew are not cached. */
  private misses = 0;
  constructor(
    private readonly hb: HarfBuzz,
    private readonly fonts: FaceLookup,
    private readonly plan: FontPlan,
    files: readonly FontFile[],
  ) {
    for (const f of files) {
      const list = this.byFamily.get(f.family) ?? [];
      list.push(f);
      this.byFamily.set(f.family, list);
    }
  }

  chain(text: string, face: Face): FontFamily[] {
    return this.plan.chain(text, face);
  }

  takeWanted(): FontFile[] {
    const out = [...this.wanted];
    this.wanted = new Set();
    return out;
  }

  changed(file: FontFile): void {
    this.hbFaces.get(file)?.destroy();
    this.hbFaces.delete(file);
    this.cache.clear();
  }

  /** The face satori would pick in `family` for the requested weight and style, if it is loaded. */
  private pick(family: FontFamily, weight: number, italic: boolean): HbFace | undefined {
    const inFamily = this.byFamily.get(family);
    if (!inFamily) return undefined;
    const score = (f: FontFile) => Math.abs(f.weight - weight) + (f.italic === italic ? 0 : 1000);
    const file = [...inFamily].sort((a, b) => score(a) - score(b))[0]!;
    let hbf = this.hbFaces.get(file);
    if (!hbf) {
      const font = this.fonts.get(file);
      if (!font) {
        this.wanted.add(file);
        this.misses++;
        return undefined;
      }
      hbf = hbFace(this.hb, font);
      this.hbFaces.set(file, hbf);
    }
    return hbf;
  }

  width(text: string, face: Face): number {
    const key = `${face.family}|${face.weight}|${face.italic ? 1 : 0}|${face.han ?? ''}|${text}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const chain = this.plan.chain(text, face);
    const misses = this.misses;
    let total = 0;
    let pending = '';
    for (const g of graphemes(text)) {
      if (isEmojiGrapheme(g)) {
        total += this.shaped(pending, face, chain, 0) + 1;
        pending = '';
      } else pending += g;
    }
    total += this.shaped(pending, face, chain, 0);
    if (this.misses !== misses) return total; // measured without a face it needs: not the card's real width
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
