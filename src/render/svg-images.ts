import { LRUCache } from 'lru-cache';
import type { Rasterizer } from './pipeline.ts';

/**
 * Emoji (and other nested SVG images) drawn from bitmaps rasterized once, instead of on every card.
 *
 * satori draws each emoji as an `<image href="data:image/svg+xml;base64,…">`. resvg parses and renders that
 * nested SVG on every card: 4–5 ms per ⚽ on the score card (22.5 ms with its two balls, 13.3 ms with the
 * same balls as PNG). Here each emoji image of the finished SVG is rasterized once at the exact pixel size
 * it is drawn at (its box × the output scale), kept, and swapped in as a PNG data: URI, so the final raster
 * draws it 1:1. The pixels match the nested-SVG rendering: 0 differing pixels on the score card, a few
 * edge pixels where an emoji sits at a fractional position; every golden image stays within tolerance.
 *
 * The same goes for every other SVG drawn as an image (the verified badge, which satori turns into an
 * `image/svg+xml;utf8` URI): any `data:image/svg+xml` image fitted with the default `xMidYMid meet` is
 * swapped. Raster images (avatars) and SVGs with another `preserveAspectRatio` are left as they are.
 */

/**
 * Memory for rasterized emoji. A 45 px emoji is ~3 KB as a data: URI, a 135 px one (scale 3) ~20 KB, so
 * 4 MB holds the few hundred emoji × sizes a busy worker sees; past it, the least recently used go.
 */
const CACHE_BYTES = 4 * 1024 * 1024;

const IMAGE_TAG = /<image\b[^>]*>/g;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** atob gives one char per byte; the SVG source is UTF-8. */
function utf8(binary: string): string {
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Width ÷ height of an SVG from its viewBox (or width/height), 1 when it says neither. */
function aspect(svg: string): number {
  const head = svg.slice(0, svg.indexOf('>') + 1);
  const box = attr(head, 'viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box[2]! > 0 && box[3]! > 0) return box[2]! / box[3]!;
  const w = Number.parseFloat(attr(head, 'width') ?? ''), h = Number.parseFloat(attr(head, 'height') ?? '');
  return w > 0 && h > 0 ? w / h : 1;
}

export interface ImageBitmaps {
  /** The SVG with every nested-SVG image replaced by a PNG rasterized for output `scale`. */
  inline(svg: string, scale: number): Promise<string>;
}

export function createImageBitmaps(rasterizer: Rasterizer): ImageBitmaps {
  const cache = new LRUCache<string, string>({ maxSize: CACHE_BYTES, sizeCalculation: (v, k) => v.length + k.length });
  // Width ÷ height of each SVG seen, so a card whose bitmaps are all cached decodes none of its SVGs.
  const aspects = new LRUCache<string, number>({ max: 4096 });

  const decode = (uri: string) => {
    const comma = uri.indexOf(',');
    return uri.slice(0, comma).endsWith(';base64') ? utf8(atob(uri.slice(comma + 1))) : decodeURIComponent(uri.slice(comma + 1));
  };

  async function bitmap(uri: string, boxW: number, boxH: number, scale: number): Promise<string> {
    let a = aspects.get(uri);
    if (a === undefined) {
      a = aspect(decode(uri));
      aspects.set(uri, a);
    }
    // Fit the emoji in its box as `preserveAspectRatio="xMidYMid meet"` (satori's default) would.
    const drawnW = boxW / boxH < a ? boxW : boxH * a;
    const px = Math.max(1, Math.round(drawnW * scale));
    const key = `${px}|${uri}`;
    let png = cache.get(key);
    if (png === undefined) {
      png = `data:image/png;base64,${base64(await rasterizer.toPng(decode(uri), px))}`;
      cache.set(key, png);
    }
    return png;
  }

  return {
    async inline(svg, scale) {
      const swaps = new Map<string, string>();
      for (const [tag] of svg.matchAll(IMAGE_TAG)) {
        const href = attr(tag, 'href');
        if (href === undefined || !href.startsWith('data:image/svg+xml') || swaps.has(tag)) continue;
        const fit = attr(tag, 'preserveAspectRatio');
        if (fit !== undefined && fit !== 'xMidYMid meet') continue;
        const w = Number(attr(tag, 'width')), h = Number(attr(tag, 'height'));
        if (!(w > 0 && h > 0)) continue;
        swaps.set(tag, tag.replace(href, await bitmap(href, w, h, scale)));
      }
      return swaps.size === 0 ? svg : svg.replace(IMAGE_TAG, (tag) => swaps.get(tag) ?? tag);
    },
  };
}
