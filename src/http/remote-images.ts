import { LRUCache } from 'lru-cache';
import { RemoteImageError } from '../remote/errors.ts';

/**
 * Turns https:// avatars, crests and photos of a validated payload into data: URIs before it is rendered, so the
 * render core never touches the network. Off unless hosts are allow-listed and the adapter can fetch: on Node
 * each fetch is SSRF-checked, pinned, capped in size and time (src/adapter/node/remote/fetch-image.ts); the
 * Worker has no fetcher (README, "Deploy to Cloudflare Workers"). Fetched images are kept in a small LRU.
 */
const IMAGE_FIELDS = new Set(['avatar', 'crest', 'photo']);
/** Fetched images kept in memory: 16 MB is ~70 images at the 220 KB cap, enough for a club's crests and staff. */
const CACHE_BYTES = 16 * 1024 ** 2;
/** How long a fetched image is reused before it is fetched again. */
const CACHE_TTL_MS = 10 * 60 * 1000;

export type RemoteImageResolver = <T>(payload: T) => Promise<T>;

function remoteFields(value: unknown, out: Array<{ holder: Record<string, unknown>; key: string; url: string }> = []) {
  if (Array.isArray(value)) value.forEach((v) => remoteFields(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (IMAGE_FIELDS.has(key) && typeof v === 'string' && v.startsWith('https://')) out.push({ holder: value as Record<string, unknown>, key, url: v });
      else remoteFields(v, out);
    }
  }
  return out;
}

export interface RemoteImageOptions {
  /** Allow-listed hosts (normalised patterns); empty = remote images off. */
  allowHosts: readonly string[];
  /** Fetches one allowed URL into a data: URI, or throws a RemoteImageError. Absent = remote images off. */
  fetchImage?: (url: string) => Promise<string>;
}

export function createRemoteImageResolver(opts: RemoteImageOptions): RemoteImageResolver {
  const cache = new LRUCache<string, string>({ maxSize: CACHE_BYTES, sizeCalculation: (v) => v.length, ttl: CACHE_TTL_MS });
  return async (payload) => {
    const fields = remoteFields(payload);
    if (fields.length === 0) return payload;
    const fetchImage = opts.fetchImage;
    if (opts.allowHosts.length === 0 || !fetchImage) {
      throw new RemoteImageError('remote_image_forbidden', `remote images are disabled on this service: send avatars and crests as data: URIs (${new URL(fields[0]!.url).host})`);
    }
    const copy = structuredClone(payload);
    await Promise.all(
      remoteFields(copy).map(async (f) => {
        let uri = cache.get(f.url);
        if (uri === undefined) {
          uri = await fetchImage(f.url);
          cache.set(f.url, uri);
        }
        f.holder[f.key] = uri;
      }),
    );
    return copy;
  };
}
