import type { RemoteImageResolver } from '../../http/remote-images.ts';
import { createImagePreparer, type ImagePreparer } from '../../image/prepare.ts';
import type { ImageLimits } from '../../image/limits.ts';
import type { EmojiSet } from '../../text/emoji.ts';
import type { Config } from './config.ts';
import { nodeRemoteImages } from './remote/resolver.ts';
import { createSharpResizer } from './sharp-resizer.ts';

/** How the Node side gets a card's images ready to draw, the same for the service and the CLI. */
export interface NodeCardImages {
  /** CARD_MAX_IMAGE_PIXELS / SIDE, held to while a payload is validated (header dimensions). */
  imageLimits: ImageLimits;
  /** Remote avatars and crests: CARD_REMOTE_IMAGE_HOSTS's allow-list, size and time caps, SSRF checks. */
  remoteImages: RemoteImageResolver;
  /** Every image shrunk by libvips to the box it is drawn in, before a render decodes it (sharp-resizer.ts). */
  images: ImagePreparer;
}

export function nodeCardImages(config: Config, emoji: EmojiSet): NodeCardImages {
  const imageLimits = { maxPixels: config.CARD_MAX_IMAGE_PIXELS, maxSide: config.CARD_MAX_IMAGE_SIDE };
  return {
    imageLimits,
    remoteImages: nodeRemoteImages({
      allowHosts: config.CARD_REMOTE_IMAGE_HOSTS,
      maxBytes: config.CARD_REMOTE_IMAGE_MAX_BYTES,
      timeoutMs: config.CARD_REMOTE_IMAGE_TIMEOUT_MS,
      maxRedirects: 3,
      imageLimits,
    }),
    images: createImagePreparer({ resizer: createSharpResizer(imageLimits), emoji }),
  };
}
