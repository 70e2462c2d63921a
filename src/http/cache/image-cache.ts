import { LRUCache } from 'lru-cache';
import type { RenderTimings } from '../../render/pipeline.ts';

/** A rendered image kept in memory, keyed by its ETag. */
export interface CachedImage {
  body: Uint8Array;
  contentType: string;
  timings: RenderTimings & { queue: number };
  /** The card's alt text, computed once with the render. */
  alt: string;
}

/**
 * Where rendered images are kept, keyed by ETag. Each adapter picks its own: the in-memory LRU below on Node,
 * the Workers Cache API at the edge (src/adapter/workers/image-cache.ts), where no isolate's memory lasts.
 */
export interface ImageCache {
  get(key: string): CachedImage | undefined | Promise<CachedImage | undefined>;
  set(key: string, value: CachedImage): void | Promise<void>;
  stats(): Record<string, number | string>;
}

/** In-memory LRU of rendered images, bounded in bytes rather than entries (a story at scale 3 is 50× a card). */
export function createImageCache(maxBytes: number): ImageCache {
  if (maxBytes <= 0) {
    return { get: (_: string) => undefined as CachedImage | undefined, set: (_: string, __: CachedImage) => {}, stats: () => ({ entries: 0, bytes: 0, maxBytes: 0 }) };
  }
  const lru = new LRUCache<string, CachedImage>({
    maxSize: maxBytes,
    sizeCalculation: (v) => Math.max(1, v.body.byteLength + v.alt.length * 2),
    // An image larger than a quarter of the cache would evict too much to be worth keeping.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
  });
  return {
    get: (key: string) => lru.get(key),
    set: (key: string, value: CachedImage) => void lru.set(key, value),
    stats: () => ({ entries: lru.size, bytes: lru.calculatedSize, maxBytes }),
  };
}
