import { DEFAULT_IMAGE_LIMITS, limitProblem, type ImageLimits } from './limits.ts';
import { probeImage, sniffMime, type ImageInfo, type ImageMime } from './probe.ts';

/**
 * Inline images: a base64 `data:` URI of a PNG, JPEG or GIF, decoded and probed (probe.ts) without ever
 * throwing, so that a malformed one is a field message (a 400), never an exception (a 500). Portable.
 */

export type DataImage = { ok: true; mime: ImageMime; bytes: Uint8Array; info: ImageInfo } | { ok: false; problem: string };

const PREFIX = /^data:image\/(png|jpeg|gif);base64,/;
/** Sextet of each base64 character (RFC 4648 §4 alphabet), -1 for every other code unit below 128. */
const SEXTETS = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) SEXTETS['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/**
 * Standard, padded base64 decoded in one pass that also validates it (a regex then `atob` took twice as long
 * on a 300,000-character avatar, on the HTTP thread). Null for anything else: a character outside the
 * alphabet (base64url's - and _ included), a length that is not a multiple of 4, misplaced padding.
 */
export function decodeBase64(b64: string, start = 0): Uint8Array | null {
  const n = b64.length - start;
  if (n % 4 !== 0) return null;
  const pad = n === 0 ? 0 : b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((n / 4) * 3 - pad);
  let o = 0;
  for (let i = start; i < b64.length; i += 4) {
    const last = i + 4 === b64.length;
    const c0 = b64.charCodeAt(i), c1 = b64.charCodeAt(i + 1), c2 = b64.charCodeAt(i + 2), c3 = b64.charCodeAt(i + 3);
    const a = c0 < 128 ? SEXTETS[c0]! : -1, b = c1 < 128 ? SEXTETS[c1]! : -1;
    const c = last && pad === 2 ? 0 : c2 < 128 ? SEXTETS[c2]! : -1;
    const d = last && pad >= 1 ? 0 : c3 < 128 ? SEXTETS[c3]! : -1;
    if ((a | b | c | d) < 0) return null;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >> 16;
    if (o < out.length) out[o++] = (v >> 8) & 0xff;
    if (o < out.length) out[o++] = v & 0xff;
  }
  return out;
}
const NAMES: Record<ImageMime, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/gif': 'GIF' };

export const DATA_URI_MESSAGE = 'must be a base64 data: URI of a PNG, JPEG or GIF image';

export function readDataImage(uri: string): DataImage {
  const prefix = PREFIX.exec(uri);
  if (!prefix) return { ok: false, problem: DATA_URI_MESSAGE };
  const mime = `image/${prefix[1]}` as ImageMime;
  if (uri.length === prefix[0].length) return { ok: false, problem: 'must contain image bytes after "base64,"' };
  const bytes = decodeBase64(uri, prefix[0].length);
  if (!bytes) {
    return { ok: false, problem: 'must be valid base64 after "base64,": the letters A–Z and a–z, digits, + and /, padded with = to a multiple of 4 characters (base64url\'s - and _ are not base64)' };
  }
  const sniffed = sniffMime(bytes);
  if (sniffed === null) return { ok: false, problem: `must contain image bytes matching its declared type: its first bytes are not a ${NAMES[mime]} signature` };
  if (sniffed !== mime) return { ok: false, problem: `declares ${mime} but contains a ${NAMES[sniffed]} image: the type after "data:" must match the bytes` };
  let probe;
  try {
    probe = probeImage(bytes);
  } catch {
    // probeImage is written (and property-tested) not to throw; a bug there must still be a 400, not a 500
    return { ok: false, problem: `could not be read as a ${NAMES[mime]} image` };
  }
  if (!probe.ok) return { ok: false, problem: probe.problem };
  return { ok: true, mime, bytes, info: probe.info };
}

/** Why a data: URI cannot be drawn under `limits` (a field message), or undefined when it can. */
export function dataImageProblem(uri: string, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): string | undefined {
  const image = readDataImage(uri);
  return image.ok ? limitProblem(image.info, limits) : image.problem;
}
