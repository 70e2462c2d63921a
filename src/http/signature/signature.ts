/**
 * Signed GET URLs, as imgproxy does them: `sig` = base64url(HMAC-SHA256(key, canonical path and query)).
 * The canonical form sorts the query parameters (other than `sig`) by name and re-encodes them, so a CDN or
 * a client that reorders or re-encodes parameters does not break a signature, while any change of a value
 * does. Several keys are accepted at once for rotation: sign with the first, verify with any.
 * Web Crypto only, so this runs on edge runtimes too; `crypto.subtle.verify` compares in constant time.
 */
export const SIGNATURE_PARAM = 'sig';
/** HMAC-SHA256 output: 32 bytes, 43 base64url characters. Shorter (truncated) signatures are refused. */
const SIGNATURE_BYTES = 32;

const encoder = new TextEncoder();

export function canonicalRequest(pathname: string, params: Iterable<[string, string]>): string {
  const pairs = [...params].filter(([k]) => k !== SIGNATURE_PARAM);
  pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return `${pathname}?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export interface Signer {
  /** base64url signature of a path and its query parameters, with the first (current) key. */
  sign(pathname: string, params: Iterable<[string, string]>): Promise<string>;
  /** Whether `signature` is valid for the path and parameters under any configured key. */
  verify(pathname: string, params: Iterable<[string, string]>, signature: string): Promise<boolean>;
  /** The URL with its `sig` parameter appended. */
  signUrl(url: URL): Promise<URL>;
}

export async function createSigner(keys: readonly string[]): Promise<Signer> {
  if (keys.length === 0) throw new Error('createSigner needs at least one key');
  const cryptoKeys = await Promise.all(
    keys.map((k) => crypto.subtle.importKey('raw', encoder.encode(k), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])),
  );
  const sign = async (pathname: string, params: Iterable<[string, string]>) =>
    toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKeys[0]!, encoder.encode(canonicalRequest(pathname, params)))));
  return {
    sign,
    async verify(pathname, params, signature) {
      const bytes = fromBase64Url(signature);
      if (!bytes || bytes.length !== SIGNATURE_BYTES) return false;
      const data = encoder.encode(canonicalRequest(pathname, params));
      // Every key is tried, whatever the outcome of the previous ones, so timing does not tell which key matched.
      const results = await Promise.all(cryptoKeys.map((k) => crypto.subtle.verify('HMAC', k, bytes, data)));
      return results.some(Boolean);
    },
    async signUrl(url) {
      const signed = new URL(url);
      signed.searchParams.delete(SIGNATURE_PARAM);
      signed.searchParams.append(SIGNATURE_PARAM, await sign(signed.pathname, signed.searchParams.entries()));
      return signed;
    },
  };
}
