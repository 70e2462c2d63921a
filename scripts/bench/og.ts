import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Child, SatoriElement } from '../../src/jsx.ts';

/**
 * Everything the bench needs to drive @vercel/og 0.11.1 offline and fairly.
 *
 * - Rasterizer path: in Node, og's `index.node.js` calls `getSharp()` = `await import("sharp")` on every
 *   render and, when that resolves, rasterizes with `sharp(svg).resize(width).png()` (libvips + librsvg);
 *   only when sharp is missing does it fall back to its bundled resvg-wasm 2.4. `ogRasterPath` repeats that
 *   resolution from og's own location, and `sharpOpCacheItems` lets the bench confirm it at runtime.
 * - Network: og's `loadAdditionalAsset` fetches emoji SVGs from jsDelivr (Twemoji 14.0.2) and missing
 *   glyphs from Google Fonts, and og exposes no option to supply them (satori's `graphemeImages` is not
 *   passed through). `installOfflineFetch` replaces global `fetch` so nothing leaves the machine: `data:`
 *   URLs (og loads its yoga.wasm that way) go to the real fetch, Twemoji URLs are answered from the local
 *   `@twemoji/svg` files only while `serveEmoji` is on (og memoizes successful loads for the process, so
 *   this affects the first render only), and everything else fails like an offline fetch does.
 */

const require = createRequire(import.meta.url);
const OG_ENTRY = require.resolve('@vercel/og');

export type OgRasterPath = 'sharp' | 'resvg-wasm';

interface SharpLike {
  (input: Uint8Array): { resize(width: number): { png(): { toBuffer(): Promise<Buffer> } } };
  cache(): { items: { current: number } };
}

/** sharp exactly as og resolves it (from og's own directory), or undefined when og would use resvg-wasm. */
export async function loadOgSharp(): Promise<SharpLike | undefined> {
  try {
    const path = createRequire(OG_ENTRY).resolve('sharp');
    const mod = (await import(pathToFileURL(path).href)) as { default: SharpLike };
    return mod.default;
  } catch {
    return undefined;
  }
}

export function sharpOpCacheItems(sharp: SharpLike | undefined): number {
  return sharp ? sharp.cache().items.current : 0;
}

export interface OfflineFetch {
  serveEmoji: boolean;
  emojiServed: number;
  refused: string[];
}

const TWEMOJI_URL = /\/twemoji@[\d.]+\/assets\/svg\/([0-9a-f-]+)\.svg$/;

export function installOfflineFetch(): OfflineFetch {
  const twemojiDir = dirname(require.resolve('@twemoji/svg/package.json'));
  const realFetch = globalThis.fetch;
  const state: OfflineFetch = { serveEmoji: false, emojiServed: 0, refused: [] };
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('data:')) return realFetch(input, init);
    const emoji = TWEMOJI_URL.exec(url);
    if (emoji && state.serveEmoji) {
      const file = join(twemojiDir, `${emoji[1]}.svg`);
      if (!existsSync(file)) return new Response('not found', { status: 404 });
      state.emojiServed++;
      return new Response(readFileSync(file), { headers: { 'content-type': 'image/svg+xml' } });
    }
    state.refused.push(url);
    throw new TypeError('fetch failed');
  };
  return state;
}

/**
 * The smallest change that lets satori 0.25 lay out our tree: it rejects `display: block` containers with
 * several children (our RichText: one inline <span> per styled run), so those become wrapping flex rows.
 * Text, fonts, sizes and colours are untouched; runs now wrap as boxes instead of flowing inline, so line
 * breaks can differ slightly where a styled run (hashtag, bold) meets plain text.
 */
export function adaptForSatori025(el: SatoriElement): SatoriElement {
  const { style, children, ...rest } = el.props;
  const props: SatoriElement['props'] = { ...rest };
  if (style) props.style = style.display === 'block' ? { ...style, display: 'flex', flexWrap: 'wrap' } : style;
  if (children !== undefined) props.children = adaptChild(children);
  return { type: el.type, props };
}

function adaptChild(c: Child): Child {
  if (Array.isArray(c)) return c.map(adaptChild);
  if (c !== null && typeof c === 'object') return adaptForSatori025(c);
  return c;
}
