import { LRUCache } from 'lru-cache';
import type { CardKind } from '../../templates/index.ts';
import { VIEWS } from '../../templates/views.ts';
import { makeContext } from '../../templates/shared/context.ts';
import { IMAGE_FIELDS, SIZES, type CommonOptions } from '../../templates/shared/schema.ts';
import { MAX_SCALE } from '../../templates/shared/limits.ts';
import { palette } from '../../templates/shared/theme.ts';
import { CardError, type FieldIssue } from '../errors.ts';
import type { Child, SatoriElement } from '../jsx.ts';
import type { EmojiSet } from '../text/emoji.ts';
import { NO_MEASURE } from '../text/no-measure.ts';
import { readDataImage } from './data-uri.ts';
import type { ImageMime } from './probe.ts';

/**
 * Images are never decoded larger than the box they are drawn in needs.
 *
 * resvg decodes an embedded image at its full size inside every render, whatever size it is drawn at: a
 * 4096×4096 avatar drawn in a 96 px circle costs a 64 MB pixmap and its decode time on the render worker.
 * Before a card is rendered, each avatar and crest is therefore decoded once by an ImageResizer, which can
 * shrink while it decodes (libvips: JPEG DCT scaling, PNG read row by row), and re-encoded at the pixel size
 * of its box on this card (box × scale; × MAX_SCALE for SVG output, which a client may draw at any density).
 * Results are kept by content hash and size, so a club's crest is decoded once, not once per card.
 *
 * The box sizes come from the card's own element tree (the template's view run with a measurer that measures
 * nothing), once per card shape: image boxes never depend on text (tests/image/boxes.test.ts checks it for
 * every kind), so every kind, present or future, is covered without listing its boxes anywhere. The render
 * core is unchanged: it receives a payload whose images are small. This runs on the HTTP side, before the
 * render is queued: libvips works on libuv's threads, never inside a render worker (see sharp-resizer.ts).
 *
 * The resizer is a port: the Node adapter passes libvips (sharp-resizer.ts). A runtime without one (the Workers
 * build) passes none and the images reach resvg as sent, bounded by the header limits (limits.ts) alone.
 */
export interface ImageResizer {
  /**
   * The first frame of `bytes` (a PNG, JPEG or GIF that passed probe.ts and the service's limits), at exactly
   * `width`×`height` pixels (never more than its own size: callers do not ask to enlarge), encoded as PNG or
   * JPEG. Must be deterministic (same input, same bytes: ETags name the card before it is drawn). Rejects
   * when the image cannot be decoded (its compressed data is damaged behind an intact structure).
   */
  resize(bytes: Uint8Array, mime: ImageMime, width: number, height: number): Promise<{ bytes: Uint8Array; mime: 'image/png' | 'image/jpeg' }>;
}

export interface ImagePreparer {
  /** The payload with each data: image replaced by one sized for its box on this card; the payload itself when it has none. */
  prepare<P extends CommonOptions>(kind: CardKind, payload: P, format: 'png' | 'svg', code: 'invalid_payload' | 'invalid_query'): Promise<P>;
}

/** An image element of a card's tree: its source and the box it is drawn in (CSS px, before scale). */
export interface DrawnImage {
  src: string;
  width: number;
  height: number;
  fit: string;
}

/** Every `<img>` with a data: source in an element tree. */
export function drawnImages(node: Child, out: DrawnImage[] = []): DrawnImage[] {
  if (Array.isArray(node)) node.forEach((n) => drawnImages(n, out));
  else if (node && typeof node === 'object') {
    const el = node as SatoriElement;
    const src = el.props.src;
    if (el.type === 'img' && typeof src === 'string' && src.startsWith('data:')) {
      const style = el.props.style ?? {};
      const width = Number(style.width ?? el.props.width), height = Number(style.height ?? el.props.height);
      if (width > 0 && height > 0) out.push({ src, width, height, fit: String(style.objectFit ?? 'fill') });
    }
    drawnImages(el.props.children, out);
  }
  return out;
}

/**
 * Pixels an image of `natural` size needs to fill `box` at `density` without being enlarged by the rasterizer:
 * `contain` fits it inside the box, `cover` (and `fill`, which stretches: the larger factor keeps both axes
 * sharp) makes it cover the box. The aspect ratio is kept, so layout does not move; never larger than the image.
 */
export function neededSize(natural: { width: number; height: number }, box: { width: number; height: number; fit: string }, density: number): { width: number; height: number } {
  const fx = (box.width * density) / natural.width, fy = (box.height * density) / natural.height;
  const f = Math.min(1, box.fit === 'contain' || box.fit === 'scale-down' ? Math.min(fx, fy) : Math.max(fx, fy));
  return { width: Math.max(1, Math.min(natural.width, Math.ceil(natural.width * f))), height: Math.max(1, Math.min(natural.height, Math.ceil(natural.height * f))) };
}

/** Every image field of a payload holding a data: URI, with its dotted path. */
function imageFields(value: unknown, path = '', out: Array<{ path: string; uri: string }> = []): Array<{ path: string; uri: string }> {
  if (Array.isArray(value)) value.forEach((v, i) => imageFields(v, path ? `${path}.${i}` : String(i), out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (IMAGE_FIELDS.has(k) && typeof v === 'string') {
        if (v.startsWith('data:')) out.push({ path: p, uri: v });
      } else imageFields(v, p, out);
    }
  }
  return out;
}

/** The payload with the image at each path replaced. */
function replaceImages<T>(value: T, swaps: Map<string, string>, path = ''): T {
  if (Array.isArray(value)) return value.map((v, i) => replaceImages(v, swaps, path ? `${path}.${i}` : String(i))) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      out[k] = swaps.get(p) ?? replaceImages(v, swaps, p);
    }
    return out as T;
  }
  return value;
}

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return base64(digest);
}

/**
 * Resized images kept: at most a 450 px square a card needs (150 px × scale 3) is ~100–250 KB as a data: URI,
 * so 16 MB keeps ~100 of the largest, and far more of the usual 96–132 px ones at scale 1.
 */
const CACHE_BYTES = 16 * 1024 * 1024;
/**
 * Image boxes by card shape (kind, size, image paths): building a card's element tree just to read its image
 * boxes costs 3–6 ms of the HTTP thread (text shaping included, even with a measurer that measures nothing), so
 * it is done once per shape. This relies on a rule templates keep, and a test checks for every kind: an image's
 * box depends on the card's kind, size and the image's field, never on the text.
 */
const LAYOUTS = 512;


type Box = { width: number; height: number; fit: string };

export function createImagePreparer(opts: { resizer: ImageResizer; emoji: EmojiSet; cacheBytes?: number }): ImagePreparer {
  const cache = new LRUCache<string, string>({ maxSize: opts.cacheBytes ?? CACHE_BYTES, sizeCalculation: (v, k) => v.length + k.length });
  /** Resizes in flight, so concurrent cards with the same crest decode it once. */
  const pending = new Map<string, Promise<string>>();
  const layouts = new LRUCache<string, Map<string, Box>>({ max: LAYOUTS });

  /** Path → the largest box the image at that path is drawn in on this card. */
  const boxesOf = (kind: CardKind, payload: CommonOptions, fields: Array<{ path: string; uri: string }>): Map<string, Box> => {
    const key = `${kind}|${payload.size}|${fields.map((f) => f.path).join(',')}`;
    let boxes = layouts.get(key);
    if (!boxes) {
      const size = SIZES[payload.size];
      const ctx = makeContext({ ...size, size: payload.size, locale: payload.locale, palette: palette(payload.theme), measurer: NO_MEASURE, emoji: opts.emoji });
      const drawn = drawnImages(VIEWS[kind](payload, ctx));
      boxes = new Map();
      for (const d of drawn) {
        for (const f of fields) {
          const seen = boxes.get(f.path);
          if (f.uri === d.src && (!seen || d.width * d.height > seen.width * seen.height)) boxes.set(f.path, { width: d.width, height: d.height, fit: d.fit });
        }
      }
      layouts.set(key, boxes);
    }
    return boxes;
  };

  const resized = async (uri: string, width: number, height: number, hash: string): Promise<string> => {
    const key = `${width}x${height}:${hash}`;
    const hit = cache.get(key) ?? pending.get(key);
    if (hit !== undefined) return hit;
    const job = (async () => {
      const image = readDataImage(uri);
      if (!image.ok) throw new Error(image.problem); // validated before: not reached
      const out = await opts.resizer.resize(image.bytes, image.mime, width, height);
      return `data:${out.mime};base64,${base64(out.bytes)}`;
    })();
    pending.set(key, job);
    try {
      const result = await job;
      cache.set(key, result);
      return result;
    } finally {
      pending.delete(key);
    }
  };

  /** Natural sizes by content hash, so a cached image is not decoded from base64 again to be looked up. */
  const natural = new LRUCache<string, { width: number; height: number; mime: ImageMime }>({ max: 4096 });

  return {
    async prepare(kind, payload, format, code) {
      const fields = imageFields(payload);
      if (fields.length === 0) return payload;
      const boxes = boxesOf(kind, payload, fields);
      const density = format === 'svg' ? MAX_SCALE : payload.scale;
      const swaps = new Map<string, string>();
      const issues: FieldIssue[] = [];
      await Promise.all(
        fields.map(async ({ path, uri }) => {
          const box = boxes.get(path);
          if (!box) return; // not drawn on this card
          const hash = await sha256(uri);
          let info = natural.get(hash);
          if (!info) {
            const image = readDataImage(uri);
            if (!image.ok) return; // validation refuses bad images: not reached
            info = { width: image.info.width, height: image.info.height, mime: image.mime };
            natural.set(hash, info);
          }
          const target = neededSize(info, box, density);
          try {
            swaps.set(path, await resized(uri, target.width, target.height, hash));
          } catch {
            issues.push({ path, message: `could not be decoded: its ${info.mime.slice(6).toUpperCase()} data is damaged or incomplete` });
          }
        }),
      );
      if (issues.length) {
        issues.sort((a, b) => fields.findIndex((f) => f.path === a.path) - fields.findIndex((f) => f.path === b.path));
        throw new CardError(400, code, `invalid ${kind} card: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
      }
      return swaps.size ? replaceImages(payload, swaps) : payload;
    },
  };
}
