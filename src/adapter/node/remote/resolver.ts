import { createRemoteImageResolver, type RemoteImageResolver } from '../../../http/remote-images.ts';
import { fetchRemoteImage, type RemoteImageOptions } from './fetch-image.ts';

/** resvg draws PNG, JPEG and GIF; a WebP would render as nothing, so it is refused up front. */
const DRAWABLE = ['image/png', 'image/jpeg', 'image/gif'] as const;

/** The Node service's remote images: the core resolver with the SSRF-checked, address-pinned fetcher. */
export function nodeRemoteImages(opts: Omit<RemoteImageOptions, 'accept'>): RemoteImageResolver {
  return createRemoteImageResolver({
    allowHosts: opts.allowHosts,
    fetchImage: async (url) => (await fetchRemoteImage(url, { ...opts, accept: DRAWABLE })).dataUri,
  });
}
