import { DEFAULT_IMAGE_LIMITS, limitProblem, type ImageLimits } from './limits.ts';
import { probeImage, sniffMime, type ImageInfo, type ImageMime } from './probe.ts';

/**
 * Inline images: a base64 `data:` URI of a PNG, JPEG or GIF, decoded and probed (probe.ts) without ever
 * throwing, so that a malformed one is a field message (a 400), never an exception (a 500). Portable.
 */

export type DataImage = { ok: true; mime: ImageMime; bytes: Uint8Array; info: ImageInfo } | { ok: false; problem: string };

const PREFIX = /^data:image\/(png|jpeg|gif);base64,/;
/** Standard base64 (RFC 4648 §4) with its padding: what `atob` accepts and Node's Buffer and browsers produce. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const NAMES: Record<ImageMime, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/gif': 'GIF' };

export const DATA_URI_MESSAGE = 'must be a base64 data: URI of a PNG, JPEG or GIF image';

export function readDataImage(uri: string): DataImage {
  const prefix = PREFIX.exec(uri);
  if (!prefix) return { ok: false, problem: DATA_URI_MESSAGE };
  const mime = `image/${prefix[1]}` as ImageMime;
  const b64 = uri.slice(prefix[0].length);
  if (b64.length === 0) return { ok: false, problem: 'must contain image bytes after "base64,"' };
  if (!BASE64.test(b64)) {
    return { ok: false, problem: 'must be valid base64 after "base64,": the letters A–Z and a–z, digits, + and /, padded with = to a multiple of 4 characters (base64url\'s - and _ are not base64)' };
  }
  let bytes: Uint8Array;
  try {
    const binary = atob(b64);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  } catch {
    return { ok: false, problem: 'must be valid base64 after "base64,"' };
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
