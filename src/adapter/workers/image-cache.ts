import type { CachedImage, ImageCache } from '../../http/cache/image-cache.ts';

/**
 * Rendered cards in the Workers Cache API (the data centre's cache, shared by every isolate there), keyed by
 * ETag like the Node service's memory cache: `<origin>/.card-cache/<etag>`. The ETag is derived from the
 * validated payload and the renderer version, so whichever request stored an image, it is the right one.
 * An isolate's memory holds nothing: a new isolate finds what its peers rendered.
 *
 * `set` returns its write, which the HTTP layer hands to `ctx.waitUntil` with the render it follows (AppDeps
 * keepAlive), so the answer is not delayed and the write still completes after it, in the request that
 * rendered the card.
 */
export interface CacheStore {
  match(key: string): Promise<Response | undefined>;
  put(key: string, response: Response): Promise<void>;
}

/** How long a card stays in a data centre's cache: a month, as browsers are told (GET_CACHE_CONTROL). */
const CACHE_SECONDS = 30 * 24 * 3600;

export interface EdgeImageCache extends ImageCache {
  /** The origin requests currently arrive on (cache keys must be URLs of the Worker's zone). */
  origin: string;
  set(key: string, value: CachedImage): Promise<void>;
}

export function createEdgeImageCache(store: CacheStore): EdgeImageCache {
  const key = (etag: string, origin: string) => `${origin}/.card-cache/${encodeURIComponent(etag.replace(/"/g, ''))}`;
  const cache: EdgeImageCache = {
    origin: 'https://card-renderer.invalid',
    async get(etag) {
      const res = await store.match(key(etag, cache.origin));
      if (!res) return undefined;
      const timings = JSON.parse(res.headers.get('X-Card-Timings') ?? '{}') as CachedImage['timings'];
      return {
        body: new Uint8Array(await res.arrayBuffer()),
        contentType: res.headers.get('Content-Type') ?? 'application/octet-stream',
        alt: decodeURIComponent(res.headers.get('X-Card-Alt') ?? ''),
        timings,
      };
    },
    set(etag, image) {
      const response = new Response(image.body as Uint8Array<ArrayBuffer>, {
        headers: {
          'Content-Type': image.contentType,
          'Cache-Control': `public, max-age=${CACHE_SECONDS}`,
          'X-Card-Alt': encodeURIComponent(image.alt),
          'X-Card-Timings': JSON.stringify(image.timings),
        },
      });
      // A failed write only loses a cache entry; the card was answered.
      return store.put(key(etag, cache.origin), response).catch(() => {});
    },
    stats: () => ({ store: 'workers-cache-api' }),
  };
  return cache;
}
