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

/** RFC 9110 If-None-Match: a list of entity tags or `*`; weak tags match by their opaque part. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
