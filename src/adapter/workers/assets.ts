import type { FontSource } from '../../render/font-store.ts';
import { AssetPending } from '../../render/lazy-assets.ts';
import type { EmojiSet } from '../../text/emoji.ts';

/**
 * The Worker's fonts and Twemoji pictures, fetched from its static assets (the ASSETS binding: files uploaded
 * with the Worker, not the network) when a card first needs them. The build copies every FONT_FILES entry
 * (CJK slices included) to `fonts/` and every Twemoji SVG to `emoji/` (scripts/build-edge.ts), so a longer
 * font list needs no change here. Fonts go through the render core's font store (render/font-store.ts), which
 * keeps resident faces for the isolate's life and CJK slices within a budget; emoji through lazy-assets.ts.
 */

/** The ASSETS binding's interface (a Fetcher): answers GET requests for the uploaded files by path. */
export interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

/** Any origin will do: the binding looks at the path only. */
const ASSET_ORIGIN = 'https://assets.local';

export type ReadAsset = (path: string) => Promise<Uint8Array>;

export function assetReader(assets: AssetsBinding): ReadAsset {
  return async (path) => {
    const res = await assets.fetch(new Request(`${ASSET_ORIGIN}/${path}`));
    if (!res.ok) throw new Error(`static asset ${path}: HTTP ${res.status} (is the Worker deployed with its assets directory?)`);
    return new Uint8Array(await res.arrayBuffer());
  };
}

/** One fetch per key at a time; a failed fetch is forgotten, so a later card tries again. */
function once<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const pending = new Map<string, Promise<T>>();
  return (key) => {
    let p = pending.get(key);
    if (!p) {
      p = load(key);
      pending.set(key, p);
      p.catch(() => pending.delete(key));
    }
    return p;
  };
}

/** The render core's FontSource at the edge: `fonts/<file>` from the static assets, fetched when a card first names it. */
export function assetFontSource(read: ReadAsset): FontSource {
  return { load: (file) => read(`fonts/${file}`) };
}

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export interface LazyEmojiSet extends EmojiSet {
  /** Fetches these pictures now (keys the set lacks are ignored), so a card needs no extra pass for them. */
  preload(keys: Iterable<string>): Promise<void>;
}

/**
 * Twemoji, as the Node adapter has it: `has` from the key list bundled at build time, `get` the data: URI of
 * `emoji/<key>.svg` (the same base64 bytes, so the same SVG and pixels), fetched on first use.
 */
export function lazyTwemoji(read: ReadAsset, keyList: string): LazyEmojiSet {
  const keys = new Set(keyList.split(' ').filter(Boolean));
  const uris = new Map<string, string>();
  const fetchUri = once(async (key) => {
    uris.set(key, `data:image/svg+xml;base64,${base64(await read(`emoji/${key}.svg`))}`);
  });
  return {
    has: (key) => keys.has(key),
    get(key) {
      if (!keys.has(key)) return undefined;
      const uri = uris.get(key);
      if (uri === undefined) throw new AssetPending(`emoji ${key}`, () => fetchUri(key));
      return uri;
    },
    async preload(list) {
      await Promise.all([...list].filter((k) => keys.has(k) && !uris.has(k)).map(fetchUri));
    },
  };
}

/**
 * The set as the HTTP layer needs it for alt text: which emoji exist (to degrade the same way the card does),
 * never their pictures, so describing a card fetches nothing.
 */
export function emojiPresence(set: EmojiSet): EmojiSet {
  return { has: (key) => set.has(key), get: (key) => (set.has(key) ? '' : undefined) };
}
