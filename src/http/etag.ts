/**
 * A strong ETag computed from what determines the image bytes: the renderer version, the kind's template
 * version, the format and the validated payload (canonical JSON: the schema fixes the key order and fills
 * defaults, so GET and POST of the same card agree). It is known before rendering, so a revalidation
 * (If-None-Match) is answered 304 without drawing anything. Web Crypto keeps it runnable on edge runtimes.
 */
export async function cardETag(parts: { renderer: string; kind: string; template: number; format: string; payload: unknown }): Promise<string> {
  const text = `${parts.renderer}\n${parts.kind}@${parts.template}\n${parts.format}\n${JSON.stringify(parts.payload)}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const b64 = btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `"${b64.slice(0, 32)}"`;
}

/** One entity tag of a list (RFC 9110 §8.8.3): optional `W/`, then a quoted opaque tag (commas allowed inside). */
const ENTITY_TAG = /[ \t]*(?:(W\/)?("[\x21\x23-\x7e\x80-\xff]*"))?[ \t]*(?:,|$)/y;

/**
 * RFC 9110 §13.1.2 If-None-Match: `*` or a comma-separated list of entity tags, compared weakly (`W/"x"`
 * matches `"x"`). `*` matches any current representation, and every valid card has one. A malformed field
 * (an unquoted tag, `*` inside a list) is ignored, as if absent: the full answer is always a safe reply.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  ENTITY_TAG.lastIndex = 0;
  let matched = false;
  while (ENTITY_TAG.lastIndex < header.length) {
    const m = ENTITY_TAG.exec(header);
    if (!m || m[0] === '') return false;
    if (m[2] === etag) matched = true;
  }
  return matched;
}
