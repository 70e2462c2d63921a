import satori from 'satori';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { makeContext } from '../../templates/shared/context.ts';
import { localeStrings } from '../../templates/shared/locale.ts';
import { SIZES, type CommonOptions } from '../../templates/shared/schema.ts';
import { palette } from '../../templates/shared/theme.ts';
import type { SatoriElement } from '../jsx.ts';
import { graphemes, isEmojiGrapheme, lookupEmoji, type EmojiSet } from '../text/emoji.ts';
import { createMeasurer, eagerCodePoints, type Measurer } from '../text/measure.ts';
import { createFontPlan, hanPreference } from '../text/font-plan.ts';
import type { FontFamily } from './fonts.ts';
import { createFontStore, type FontSource } from './font-store.ts';
import { keycapImages, withKeycaps } from '../text/keycaps.ts';
import { createImageBitmaps } from './svg-images.ts';
import { createFontSubsets } from './font-subset.ts';
import { satoriFonts, type LoadedFont } from './fonts.ts';
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
  /** The faces loaded at start (FONT_FILES without the `lazy` ones). */
  fonts: readonly LoadedFont[];
  /** Where faces loaded on demand (CJK slices) are read from; without it CJK text cannot be drawn. */
  fontSource?: FontSource;
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
  /** Loads the on-demand faces (CJK slices) a payload's text needs, as render does before layout. */
  prepare(payload: CommonOptions): Promise<void>;
  /** satori's font list: the faces loaded at start and the on-demand faces loaded now (tests, contact sheet). */
  satoriFonts(): ReturnType<typeof satoriFonts>;
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

/** Every string of a payload (the text a card may draw). */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

export async function createRenderer(assets: RenderAssets): Promise<Renderer> {
  const eager = assets.fonts.filter((f) => !f.lazy);
  const measurer = await createMeasurer(eager, createFontPlan(await eagerCodePoints(eager)));
  const store = createFontStore(assets.fontSource, measurer);
  const emoji = withKeycaps(assets.emoji, await withAssets(() => keycapImages(assets.fonts)));
  // Each card gets the faces it draws with (see font-subset.ts): satori parses a face on first use only.
  const fontsFor = createFontSubsets(satoriFonts(eager));
  const encoder = new TextEncoder();
  const bitmaps = createImageBitmaps(assets.rasterizer);

  const loadAdditionalAsset = async (code: string, segment: string): Promise<string | []> => {
    if (code === 'emoji') return lookupEmoji(emoji, segment) ?? [];
    return []; // no font is ever fetched: glyphs the bundled faces lack were already degraded or measured
  };

  /** The CJK slices the card's text needs, read before layout (fitting is synchronous). */
  async function prepare(p: CommonOptions): Promise<void> {
    const needed = new Set<FontFamily>();
    for (const text of [...stringsOf(p), ...localeStrings(p.locale)]) {
      if (text.length > 2048) continue; // images (data: URIs) carry no text to draw
      for (const f of measurer.needs(text, { family: 'sans', weight: 400, italic: false, han: hanPreference(text, p.locale) })) needed.add(f);
    }
    if (needed.size) await store.ensure(needed);
  }

  async function render(req: RenderRequest): Promise<RenderResult> {
    const template = TEMPLATES[req.kind];
    const p = req.payload;
    const base = SIZES[p.size];
    const t0 = performance.now();
    await prepare(p);
    const ctx = makeContext({
      width: base.width,
      height: base.height,
      size: p.size,
      locale: p.locale,
      palette: palette(p.theme),
      measurer,
      emoji,
    });
    // Pure steps, run again if they read a font or emoji an edge adapter has not fetched yet (lazy-assets.ts).
    const { tree, images } = await withAssets(() => {
      const tree = template.view(p, ctx);
      checkImages(tree);
      return { tree, images: emojiImages(tree, emoji) };
    });
    const t1 = performance.now();
    const svg = await satori(tree, {
      width: base.width,
      height: base.height,
      fonts: fontsFor(tree, store.loaded()),
      graphemeImages: images,
      loadAdditionalAsset,
    });
    const t2 = performance.now();
    const out = pixelSize(p);
    if (req.format === 'svg') {
      return { body: encoder.encode(svg), ...out, timings: { view: t1 - t0, layout: t2 - t1, raster: 0, encode: 0 } };
    }
    const drawable = await bitmaps.inline(svg, out.width / base.width);
    const split = { encode: 0 };
    const png = await assets.rasterizer.toPng(drawable, out.width, split);
    const raster = performance.now() - t2 - split.encode;
    return { body: png, ...out, timings: { view: t1 - t0, layout: t2 - t1, raster, encode: split.encode } };
  }

  const eagerSatori = satoriFonts(eager);
  return { render, prepare, satoriFonts: () => [...eagerSatori, ...store.loaded().values()], measurer, emoji };
}
