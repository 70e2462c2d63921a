import type Sharp from 'sharp';
import type { ImageLimits } from '../../image/limits.ts';
import type { ImageResizer } from '../../image/prepare.ts';

/**
 * The Node adapter's ImageResizer: libvips through sharp, the decoder imgproxy is built on. It shrinks while it
 * decodes where the format allows (JPEG: DCT scaling by up to 8, so a 4096² photo for a 288 px box is decoded
 * at 512²; PNG and GIF: read sequentially, row by row), so the memory it needs does not grow with the image.
 * Node-only (a native module): it runs on the main thread's libuv pool, never inside a render worker, because
 * terminating a worker thread while libvips works for it can crash the whole process (lovell/sharp#2263).
 */

/**
 * A resize taking longer than this is stopped inside libvips (sharp's timeout kills the pipeline between
 * tiles). At the header limits a resize measured 16–145 ms (4096² grey PNG and flat JPEG, load average 7–12),
 * so 3 s is reached only by something pathological, and still leaves the render its own 10 s.
 */
const RESIZE_TIMEOUT_SECONDS = 3;
/**
 * zlib level of the resized PNGs: they are decoded once by resvg, moments later, and are at most ~450 px wide,
 * so a fast level (~1 ms at 288 px) matters more than a smaller file.
 */
const PNG_LEVEL = 2;
/** JPEG quality of resized photos: visually lossless at card sizes, and a fifth of the size of a PNG. */
const JPEG_QUALITY = 90;

// failOn 'warning': a JPEG whose frame declares more rows than its data holds decodes with only a libjpeg
// warning ("premature end of data segment") into a grey-bottomed, half-drawn image; it is refused instead (400).
// Benign quirks such as extraneous bytes before EOI still decode.
let loaded: Promise<typeof Sharp> | undefined;

/**
 * sharp, loaded on the first resize rather than at boot: loading libvips took ~85 ms of the main thread's CPU
 * (250–450 ms of wall time at load 6) before the service could listen, and most cards carry no image.
 */
function libvips(): Promise<typeof Sharp> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    // No operation cache (it would keep decoded images in memory between cards) and one libvips thread per
    // image: the cores belong to the render workers, and resizes are small.
    sharp.cache(false);
    sharp.concurrency(1);
    return sharp;
  });
  return loaded;
}

export function createSharpResizer(limits: ImageLimits): ImageResizer {
  return {
    async resize(bytes, mime, width, height) {
      const sharp = await libvips();
      const image = sharp(bytes, { limitInputPixels: limits.maxPixels, sequentialRead: true, failOn: 'warning', pages: 1 })
        .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
        .timeout({ seconds: RESIZE_TIMEOUT_SECONDS });
      // JPEG stays JPEG (photos, no alpha); PNG and GIF (first frame) become PNG, alpha kept
      if (mime === 'image/jpeg') return { bytes: await image.jpeg({ quality: JPEG_QUALITY }).toBuffer(), mime: 'image/jpeg' };
      return { bytes: await image.png({ compressionLevel: PNG_LEVEL }).toBuffer(), mime: 'image/png' };
    },
  };
}
