import satori from 'satori';
import type { CardKind } from '../../templates/index.ts';
import { VIEWS } from '../../templates/views.ts';
import { makeContext } from '../../templates/shared/context.ts';
import { SIZES, type CommonOptions } from '../../templates/shared/schema.ts';
import { palette } from '../../templates/shared/theme.ts';
import type { SatoriElement } from '../jsx.ts';
import { graphemes, isEmojiGrapheme, lookupEmoji, type EmojiSet } from '../text/emoji.ts';
import { createMeasurer, residentCodePoints, type Measurer } from '../text/measure.ts';
import { createFontPlan } from '../text/font-plan.ts';
import { payloadSlices } from './font-needs.ts';
import { createFontStore, type FontLease, type FontOptions, type SatoriFont } from './font-store.ts';
import { keycapImages, withKeycaps } from '../text/keycaps.ts';
import { createImageBitmaps } from './svg-images.ts';
import { createFontSubsets } from './font-subset.ts';
import { familyName, FONT_FILES, RESIDENT_FILES } from './fonts.ts';
import { fitImagesToBoxes } from './fit-images.ts';
import { withAssets } from './lazy-assets.ts';
import { readDataImage } from '../image/data-uri.ts';
import { DEFAULT_IMAGE_LIMITS, limitProblem } from '../image/limits.ts';
import { drawnImages } from '../image/prepare.ts';

/**
 * The render core: payload -> element tree -> SVG (satori) -> PNG (a Rasterizer). It knows nothing of HTTP
 * and reads no files: fonts, emoji and the rasterizer are handed in, so the same core can run on an edge
 * runtime with resvg-wasm behind the Rasterizer interface.
 */
export interface Rasterizer {
  /**
   * Rasterizes an SVG to PNG bytes at `width` pixels wide (the SVG's aspect ratio is kept). When `split` is
   * given, the rasterizer records in it how many of those milliseconds went to PNG encoding.
   */
  toPng(svg: string, width: number, split?: RasterSplit): Uint8Array | Promise<Uint8Array>;
}

export interface RasterSplit {
  encode: number;
}

export interface RenderAssets {
  /** Where the faces come from (a FontSource each adapter implements) and what it has read already. */
  fonts: FontOptions;
  emoji: EmojiSet;
  rasterizer: Rasterizer;
}

export type Format = 'png' | 'svg';

export interface RenderRequest {
  kind: CardKind;
  /** A payload already validated by the kind's schema (its output form). */
  payload: CommonOptions;
  format: Format;
}

/** A type, not an interface, so it is assignable to `Record<string, number>`. */
export type RenderTimings = {
  view: number;
  layout: number;
  raster: number;
  encode: number;
};

export interface RenderResult {
  body: Uint8Array;
  width: number;
  height: number;
  /**
   * Milliseconds: `view` (view model and text fitting), `layout` (satori, SVG out), `raster` (emoji bitmaps
   * and resvg, without encoding) and `encode` (PNG); the last two are 0 for SVG.
   */
  timings: RenderTimings;
}

export interface Renderer {
  render(req: RenderRequest): Promise<RenderResult>;
  /** Loads the CJK slices a payload's text and its locale's words need (tests drawing a view themselves). */
  prepare(payload: CommonOptions): Promise<void>;
  /** satori's font list: every face loaded now (tests, contact sheet). */
  satoriFonts(): SatoriFont[];
  /** Font files read from the adapter's FontSource so far, in order. */
  fontReads(): readonly string[];
  measurer: Measurer;
  /** The emoji images cards are drawn with (the given set, keycaps redrawn for legibility). */
  emoji: EmojiSet;
}

/**
 * The image of every emoji grapheme in the tree. Passed to satori as `graphemeImages` so an emoji is always
 * drawn from the colour set, even where a text font also has a glyph for it (Noto Sans Symbols 2 has a
 * monochrome 👍, which satori would otherwise pick, leaving a skin-tone modifier as a box).
 */
export function emojiImages(tree: SatoriElement, set: EmojiSet): Record<string, string> {
  const images: Record<string, string> = Object.create(null);
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const g of graphemes(node)) {
        if (isEmojiGrapheme(g) && !(g in images)) {
          const src = lookupEmoji(set, g);
          if (src) images[g] = src;
        }
      }
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object' && 'props' in node) visit((node as SatoriElement).props.children);
  };
  visit(tree);
  return images;
}

/**
 * The render core's own check of every image it is about to draw: whole, and within the built-in limits.
 * Validation refuses such payloads first (a 400 on the field); this guards every other way into the core (a
 * caller that skipped validation), since a decoder fed a bomb allocates what the header declares, in native
 * code that no timeout can stop (src/image/limits.ts, src/adapter/node/pool.ts).
 */
function checkImages(tree: SatoriElement): void {
  for (const { src } of drawnImages(tree)) {
    const image = readDataImage(src);
    const problem = image.ok ? limitProblem(image.info, DEFAULT_IMAGE_LIMITS) : image.problem;
    if (problem) throw new Error(`not drawn: an image of the card ${problem}`);
  }
}

export function pixelSize(p: CommonOptions): { width: number; height: number } {
  const s = SIZES[p.size];
  return { width: Math.round(s.width * p.scale), height: Math.round(s.height * p.scale) };
}

/**
 * Passes of the view step a card may take to load the faces it measures with: each pass loads every face the
 * previous one lacked, so a card needs two at most unless its text changes with the fonts; past this a face
 * that never loads is a bug, reported rather than looped on.
 */
const MAX_FONT_PASSES = 8;

export async function createRenderer(assets: RenderAssets): Promise<Renderer> {
  const store = createFontStore(assets.fonts);
  // The font plan needs the code points of the resident faces before any slice is read: given by the adapter
  // (the Worker's build computes them), else read from every resident face (Node has them all at start).
  let coverage = assets.fonts.coverage;
  if (!coverage) {
    await store.load(RESIDENT_FILES);
    coverage = await residentCodePoints(RESIDENT_FILES.map((f) => store.get(f)!));
  }
  const plan = createFontPlan(coverage);
  const measurer = await createMeasurer(store, plan);
  store.onDrop((file) => measurer.changed(file));
  const sansBold = FONT_FILES.find((f) => f.family === 'sans' && f.weight === 700 && !f.italic)!;
  await store.load([sansBold]);
  const emoji = withKeycaps(assets.emoji, await withAssets(() => keycapImages([store.get(sansBold)!])));
  // Each card gets the faces it draws with (see font-subset.ts): satori parses, and the Worker fetches, only those.
  const fontsFor = createFontSubsets(FONT_FILES.map((file) => ({ name: familyName(file.family), weight: file.weight, style: file.italic ? ('italic' as const) : ('normal' as const), file })));
  const encoder = new TextEncoder();
  const bitmaps = createImageBitmaps(assets.rasterizer);

  const loadAdditionalAsset = async (code: string, segment: string): Promise<string | []> => {
    // satori asks for graphemes the view's emoji pass did not draw as images (🀄 next to 🅰 🅱): at the edge
    // their pictures may not be fetched yet, so this waits for them (lazy-assets.ts) instead of failing.
    if (code === 'emoji') return (await withAssets(() => lookupEmoji(emoji, segment))) ?? [];
    return []; // no font is ever fetched: glyphs the bundled faces lack were already degraded or measured
  };

  /**
   * The CJK slices the card's text needs, read before layout (fitting is synchronous). The slices of the
   * locale's words are left to the view step, which finds the few the card draws (viewWithFonts); `words`
   * loads them all (for tests that run a template's view themselves).
   */
  async function prepare(p: CommonOptions, lease?: FontLease, words = false): Promise<void> {
    const needed = payloadSlices(plan, p, words);
    if (needed.size) await store.load(needed.keys(), lease);
  }

  /**
   * The pure view step (template, image check, emoji images), run until it measured with every face it
   * needs. On Node every resident face is there from the start and prepare() read the text's slices, so it
   * runs once (twice for the first card whose locale words need a slice not loaded yet); the Worker fetches on
   * first use the faces a pass measured without, and runs the step again. The emoji it reads are fetched the
   * same way (withAssets). Then every face the tree names is loaded for satori.
   */
  async function viewWithFonts<T extends { tree: SatoriElement }>(step: () => T, lease: FontLease): Promise<{ out: T; fonts: SatoriFont[] }> {
    for (let pass = 1; ; pass++) {
      measurer.takeWanted();
      const out = await withAssets(step);
      const wanted = measurer.takeWanted();
      if (wanted.length === 0) {
        const faces = fontsFor(out.tree).map((f) => f.file);
        await store.load(faces, lease);
        return { out, fonts: faces.map((f) => store.satoriFont(f)) };
      }
      if (pass >= MAX_FONT_PASSES) throw new Error(`the card still measures without ${wanted.map((f) => f.file).join(', ')} after ${pass} passes`);
      await store.load(wanted, lease);
    }
  }

  async function render(req: RenderRequest): Promise<RenderResult> {
    const view = VIEWS[req.kind];
    const p = req.payload;
    const base = SIZES[p.size];
    const t0 = performance.now();
    const lease = store.lease();
    try {
      await prepare(p, lease);
      const ctx = makeContext({
        width: base.width,
        height: base.height,
        size: p.size,
        locale: p.locale,
        palette: palette(p.theme),
        measurer,
        emoji,
      });
      const { out, fonts } = await viewWithFonts(() => {
        const tree = view(p, ctx);
        checkImages(tree);
        return { tree, images: emojiImages(tree, emoji) };
      }, lease);
      const { tree, images } = out;
      const t1 = performance.now();
      const svg = await satori(tree, {
        width: base.width,
        height: base.height,
        fonts,
        graphemeImages: images,
        loadAdditionalAsset,
      });
      const t2 = performance.now();
      const size = pixelSize(p);
      if (req.format === 'svg') {
        return { body: encoder.encode(svg), ...size, timings: { view: t1 - t0, layout: t2 - t1, raster: 0, encode: 0 } };
      }
      const drawable = await bitmaps.inline(fitImagesToBoxes(svg), size.width / base.width);
      const split = { encode: 0 };
      const png = await assets.rasterizer.toPng(drawable, size.width, split);
      const raster = performance.now() - t2 - split.encode;
      return { body: png, ...size, timings: { view: t1 - t0, layout: t2 - t1, raster, encode: split.encode } };
    } finally {
      lease.release();
    }
  }

  return {
    render,
    prepare: (p) => prepare(p, undefined, true),
    satoriFonts: () => store.loaded().map((f) => store.satoriFont(f)),
    fontReads: () => store.reads(),
    measurer,
    emoji,
  };
}
