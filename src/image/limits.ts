import type { ImageInfo } from './probe.ts';

/**
 * Limits on the images a card draws (avatars, crests), checked from their headers (probe.ts) before anything
 * decodes them. The service settings CARD_MAX_IMAGE_PIXELS and CARD_MAX_IMAGE_SIDE may lower them, never
 * raise them: these are also the ceiling the payload schema enforces everywhere (CLI included).
 */

/**
 * 16,777,216 pixels (4096×4096, imgproxy's default IMGPROXY_MAX_SRC_RESOLUTION of 16.8 MP): every
 * phone photo up to 12 MP fits, while the largest image a card draws is a ~150 px box at scale 3 (450 px).
 * A decoder that holds the whole image needs 4 bytes a pixel: 64 MB at this limit (resvg decoding it inside
 * a render, or a GIF frame), against 17 GB for the 65535×65535 JPEG a 525-byte file can declare.
 */
export const MAX_IMAGE_PIXELS = 4096 * 4096;
/**
 * 8192 pixels a side: twice the side of a square at the pixel limit, so panoramas fit, while a 1×16,000,000
 * strip (within the pixel limit) is refused: row buffers scale with the side, and such a strip shrinks to
 * zero pixels in any card box.
 */
export const MAX_IMAGE_SIDE = 8192;

/**
 * 1,048,576 pixels (1024×1024) for a GIF's screen and each of its frames, whatever the limits above say. PNG and
 * JPEG are decoded as a stream (row by row, or shrunk while decoding), but every GIF decoder holds a whole frame
 * (4 bytes a pixel) and libvips copies it once more: 400 GIFs declaring up to 4096² over one pixel of data, 4 at a
 * time, took a process from 107 to 946 MB of RSS that glibc then kept; up to 1024², to 239 MB. GIF avatars and
 * crests are small (a card draws them at most 450 px wide); larger ones can be sent as PNG.
 */
export const MAX_GIF_PIXELS = 1024 * 1024;

export interface ImageLimits {
  maxPixels: number;
  maxSide: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxPixels: MAX_IMAGE_PIXELS, maxSide: MAX_IMAGE_SIDE };

const n = (v: number) => v.toLocaleString('en');

/** Why an image is over the limits (a field message: "avatar is …"), or undefined when it is within them. */
export function limitProblem(info: ImageInfo, limits: ImageLimits): string | undefined {
  const frame = info.maxPixels > info.width * info.height || info.maxSide > Math.max(info.width, info.height);
  const size = frame ? `has a frame larger than its ${info.width}×${info.height} canvas` : `is ${info.width}×${info.height} pixels`;
  if (info.mime === 'image/gif' && info.maxPixels > MAX_GIF_PIXELS && limits.maxPixels > MAX_GIF_PIXELS) {
    return `${size}; a GIF may have at most ${n(MAX_GIF_PIXELS)} pixels (1024×1024) in each frame: send a PNG, or scale it down`;
  }
  if (info.maxPixels <= limits.maxPixels && info.maxSide <= limits.maxSide) return undefined;
  return `${size}; images may have at most ${n(limits.maxPixels)} pixels and ${n(limits.maxSide)} pixels a side: scale it down before sending it`;
}
