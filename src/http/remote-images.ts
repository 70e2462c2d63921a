import { LRUCache } from 'lru-cache';
import { IMAGE_FIELDS } from '../../templates/shared/schema.ts';
import { readDataImage } from '../image/data-uri.ts';
import { DEFAULT_IMAGE_LIMITS, limitProblem, type ImageLimits } from '../image/limits.ts';
import { RemoteImageError } from '../remote/errors.ts';

/**
 * Turns https:// avatars, crests and photos of a validated payload into data: URIs before it is rendered, so the
 * render core never touches the network. Off unless hosts are allow-listed and the adapter can fetch: on Node
 * each fetch is SSRF-checked, pinned, capped in size and time (src/adapter/node/remote/fetch-image.ts); the
 * Worker has no fetcher (README, "Deploy to Cloudflare Workers"). Fetched images are kept in a small LRU.
 */
/** Fetched images kept in memory: 16 MB is ~70 images at the 220 KB cap, enough for a club's crests and staff. */
const CACHE_BYTES = 16 * 1024 ** 2;
/** How long a fetched image is reused before it is fetched again. */
const CACHE_TTL_MS = 10 * 60 * 1000;

export type RemoteImageResolver = <T>(payload: T) => Promise<T>;

function remoteFields(value: unknown, path = '', out: Array<{ holder: Record<string, unknown>; key: string; url: string; path: string }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => remoteFields(v, path ? `${path}.${i}` : String(i), out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const p = path ? `${path}.${key}` : key;
      if (IMAGE_FIELDS.has(key) && typeof v === 'string' && v.startsWith('https://')) out.push({ holder: value as Record<string, unknown>, key, url: v, path: p });
      else remoteFields(v, p, out);
    }
  }
  return out;
}

export interface RemoteImageOptions {
  /** Allow-listed hosts (normalised patterns); empty = remote images off. */
  allowHosts: readonly string[];
  /** Fetches one allowed URL into a data: URI, or throws a RemoteImageError. Absent = remote images off. */
  fetchImage?: (url: string) => Promise<string>;
  /** The limits inline images are held to; fetched ones are held to the same. */
  imageLimits?: ImageLimits;
}

/**
 * A fetched image is held to the same rules as an inline one (its header read, its structure walked, its size
 * within the limits) before anything decodes it: a bomb on an allow-listed host is still a bomb.
 */
function checkFetched(dataUri: string, url: string, path: string, limits: ImageLimits): void {
  const host = new URL(url).host;
  const image = readDataImage(dataUri);
  if (!image.ok) throw new RemoteImageError('remote_image_bad_type', `image from ${host} ${image.problem}`, [{ path, message: image.problem }]);
  const tooLarge = limitProblem(image.info, limits);
  if (tooLarge) throw new RemoteImageError('remote_image_too_large', `image from ${host} ${tooLarge}`, [{ path, message: tooLarge }]);
}

export function createRemoteImageResolver(opts: RemoteImageOptions): RemoteImageResolver {
  const limits = opts.imageLimits ?? DEFAULT_IMAGE_LIMITS;
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
          checkFetched(uri, f.url, f.path, limits);
          cache.set(f.url, uri);
        }
        f.holder[f.key] = uri;
      }),
    );
    return copy;
  };
}
