/**
 * Cover-fitted images drawn at the size of their box, not at the size they cover.
 *
 * satori draws an `objectFit: cover` image as an `<image>` as large as the area it covers (a 4×1024 avatar in
 * a 96 px circle becomes 96×24576), clipped to its box. resvg renders a clipped element into a layer sized to
 * the element, and keeps that memory: a 2048×512 photo on a player card at square@1.85 took resvg-wasm's memory
 * to 152 MB (32 MB without the photo, 56 MB with a square one), past a Worker isolate's 128 MB, and the drawn
 * size grows with how far the image's shape is from its box's, whatever its pixel count. The same drawing as
 * `preserveAspectRatio="… slice"` on an `<image>` the size of the box costs what the box costs (36–40 MB there).
 *
 * So each raster `<image>` that covers its clip box (covers it on both axes and fits it exactly on one: the
 * shape of a cover fit, which keeps the image's aspect ratio) is given the box as its rect and the alignment
 * satori chose (objectPosition: start, centre or end) as `slice`. The pixels are the same; any other image is
 * left as it is (contain and fill never overflow; another objectPosition has no `preserveAspectRatio` form).
 */

const IMAGE_TAG = /<image\b[^>]*>/g;
/** satori's clip paths: `<clipPath id="…"><rect x y width height/>` or `<path x y width height d="…"/>`. */
const CLIP_BOX = /<clipPath id="([^"]+)"><(?:rect|path)\b([^>]*)>/g;
/** Coordinates satori writes are rounded to at most a tenth of a pixel or so; closer than this is equal. */
const EPSILON = 0.05;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function rectOf(tag: string): Rect | undefined {
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((n) => Number.parseFloat(attr(tag, n) ?? ''));
  return [x, y, width, height].every((v) => Number.isFinite(v)) && width! > 0 && height! > 0 ? { x: x!, y: y!, width: width!, height: height! } : undefined;
}

/** `Min`, `Mid` or `Max`: where the box sits along one axis of the image covering it; undefined for anything else. */
function align(start: number, size: number, boxStart: number, boxSize: number): 'Min' | 'Mid' | 'Max' | undefined {
  const spare = size - boxSize;
  const offset = boxStart - start;
  if (spare < -EPSILON || offset < -EPSILON || offset > spare + EPSILON) return undefined; // does not cover
  if (spare <= EPSILON || Math.abs(offset - spare / 2) <= EPSILON) return 'Mid';
  if (offset <= EPSILON) return 'Min';
  if (Math.abs(offset - spare) <= EPSILON) return 'Max';
  return undefined;
}

export function fitImagesToBoxes(svg: string): string {
  if (!svg.includes('<clipPath')) return svg;
  const boxes = new Map<string, Rect>();
  for (const [, id, attrs] of svg.matchAll(CLIP_BOX)) {
    const box = rectOf(` ${attrs}`);
    if (box) boxes.set(id!, box);
  }
  return svg.replace(IMAGE_TAG, (tag) => {
    if (attr(tag, 'preserveAspectRatio') !== 'none' || !/\shref="data:image\/(png|jpeg|gif);/.test(tag)) return tag;
    const clip = /\sclip-path="url\(#([^)"]+)\)"/.exec(tag)?.[1];
    const box = clip === undefined ? undefined : boxes.get(clip);
    const rect = rectOf(tag);
    if (!box || !rect) return tag;
    const fitsX = Math.abs(rect.width - box.width) <= EPSILON, fitsY = Math.abs(rect.height - box.height) <= EPSILON;
    if (fitsX && fitsY) return tag; // drawn in its box already
    if (!fitsX && !fitsY) return tag; // not the shape of a cover fit
    const ax = align(rect.x, rect.width, box.x, box.width), ay = align(rect.y, rect.height, box.y, box.height);
    if (!ax || !ay) return tag;
    return tag
      .replace(/\sx="[^"]*"/, ` x="${box.x}"`)
      .replace(/\sy="[^"]*"/, ` y="${box.y}"`)
      .replace(/\swidth="[^"]*"/, ` width="${box.width}"`)
      .replace(/\sheight="[^"]*"/, ` height="${box.height}"`)
      .replace(/\spreserveAspectRatio="none"/, ` preserveAspectRatio="x${ax}Y${ay} slice"`);
  });
}
