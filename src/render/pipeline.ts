import satori from 'satori';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { makeContext } from '../../templates/shared/context.ts';
import { SIZES, type CommonOptions } from '../../templates/shared/schema.ts';
import { palette } from '../../templates/shared/theme.ts';
import { lookupEmoji, type EmojiSet } from '../text/emoji.ts';
import { createMeasurer, type Measurer } from '../text/measure.ts';
import { satoriFonts, type LoadedFont } from './fonts.ts';

/**
 * The render core: payload -> element tree -> SVG (satori) -> PNG (a Rasterizer). It knows nothing of HTTP
 * and reads no files: fonts, emoji and the rasterizer are handed in, so the same core can run on an edge
 * runtime with resvg-wasm behind the Rasterizer interface.
 */
export interface Rasterizer {
  /** Rasterizes an SVG to PNG bytes at `width` pixels wide (the SVG's aspect ratio is kept). */
  toPng(svg: string, width: number): Uint8Array | Promise<Uint8Array>;
}

export interface RenderAssets {
  fonts: readonly LoadedFont[];
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

export interface RenderResult {
  body: Uint8Array;
  width: number;
  height: number;
  /** Milliseconds spent in layout (view model + satori) and in rasterization (0 for SVG). */
  timings: { layout: number; raster: number };
}

export interface Renderer {
  render(req: RenderRequest): Promise<RenderResult>;
  measurer: Measurer;
}

export function pixelSize(p: CommonOptions): { width: number; height: number } {
  const s = SIZES[p.size];
  return { width: Math.round(s.width * p.scale), height: Math.round(s.height * p.scale) };
}

export async function createRenderer(assets: RenderAssets): Promise<Renderer> {
  const measurer = await createMeasurer(assets.fonts);
  // One font array for the process: satori caches parsed fonts by the identity of this array.
  const fonts = satoriFonts(assets.fonts);
  const encoder = new TextEncoder();

  const loadAdditionalAsset = async (code: string, segment: string): Promise<string | []> => {
    if (code === 'emoji') return lookupEmoji(assets.emoji, segment) ?? [];
    return []; // no font is ever fetched: glyphs the bundled faces lack were already degraded or measured
  };

  async function render(req: RenderRequest): Promise<RenderResult> {
    const template = TEMPLATES[req.kind];
    const p = req.payload;
    const base = SIZES[p.size];
    const t0 = performance.now();
    const ctx = makeContext({
      width: base.width,
      height: base.height,
      size: p.size,
      locale: p.locale,
      palette: palette(p.theme),
      measurer,
      emoji: assets.emoji,
    });
    const svg = await satori(template.view(p, ctx), {
      width: base.width,
      height: base.height,
      fonts,
      loadAdditionalAsset,
    });
    const t1 = performance.now();
    const out = pixelSize(p);
    if (req.format === 'svg') {
      return { body: encoder.encode(svg), ...out, timings: { layout: t1 - t0, raster: 0 } };
    }
    const png = await assets.rasterizer.toPng(svg, out.width);
    return { body: png, ...out, timings: { layout: t1 - t0, raster: performance.now() - t1 } };
  }

  return { render, measurer };
}
