import { createRemoteImageResolver, type RemoteImageResolver } from '../../../http/remote-images.ts';
import type { ImageLimits } from '../../../image/limits.ts';
import { fetchRemoteImage, type RemoteImageOptions } from './fetch-image.ts';

/** resvg draws PNG, JPEG and GIF; a WebP would render as nothing, so it is refused up front. */
const DRAWABLE = ['image/png', 'image/jpeg', 'image/gif'] as const;

/** The Node service's remote images: the core resolver with the SSRF-checked, address-pinned fetcher. */
export function nodeRemoteImages(opts: Omit<RemoteImageOptions, 'accept'> & { imageLimits?: ImageLimits }): RemoteImageResolver {
  return createRemoteImageResolver({
    allowHosts: opts.allowHosts,
    ...(opts.imageLimits ? { imageLimits: opts.imageLimits } : {}),
    fetchImage: async (url) => (await fetchRemoteImage(url, { ...opts, accept: DRAWABLE })).dataUri,
  });
}
