/**
 * A local stand-in for the Cloudflare data centre's cache behind `caches.default`, for workerd runs
 * (dev:edge, tests, bench): workerd sends the Cache API's operations to the service named by the Worker's
 * `cacheApiOutbound` — PUT with the serialised HTTP response as body, GET expecting `CF-Cache-Status:
 * HIT` (the stored response follows) or `MISS`, PURGE to delete. Entries live in this process's memory,
 * oldest dropped first past MAX_BYTES; expiry is not modelled (a dev run is short). With the text binding
 * CACHE_OFF set (the bench's cache-miss rounds), it stores nothing and always answers MISS.
 */
const MAX_BYTES = 64 * 1024 * 1024;
const entries = new Map();
let bytes = 0;

/** The serialised response: status line, headers, blank line, body (chunked when workerd streams it). */
function parse(raw) {
  const text = new TextDecoder('latin1').decode(raw);
  const end = text.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const status = Number(statusLine.split(' ')[1]);
  const headers = new Headers();
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  let body = raw.subarray(end + 4);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) {
    const parts = [];
    let at = 0;
    for (;;) {
      const lineEnd = body.indexOf(0x0d, at);
      const size = parseInt(new TextDecoder('latin1').decode(body.subarray(at, lineEnd)), 16);
      if (!size) break;
      parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) (body.set(p, o), (o += p.length));
    headers.delete('transfer-encoding');
  }
  return { status, headers, body };
}

export default {
  async fetch(request, env) {
    if (env.CACHE_OFF) return request.method === 'PUT' ? new Response(null, { status: 204 }) : new Response(null, { status: 504, headers: { 'CF-Cache-Status': 'MISS' } });
    const key = request.url;
    if (request.method === 'PUT') {
      const raw = new Uint8Array(await request.arrayBuffer());
      if (entries.has(key)) bytes -= entries.get(key).length;
      entries.set(key, raw);
      bytes += raw.length;
      for (const [k, v] of entries) {
        if (bytes <= MAX_BYTES) break;
        entries.delete(k);
        bytes -= v.length;
      }
      return new Response(null, { status: 204 });
    }
    if (request.method === 'PURGE') {
      const raw = entries.get(key);
      if (!raw) return new Response(null, { status: 404 });
      entries.delete(key);
      bytes -= raw.length;
      return new Response(null, { status: 200 });
    }
    const raw = entries.get(key);
    if (!raw) return new Response(null, { status: 504, headers: { 'CF-Cache-Status': 'MISS' } });
    const { status, headers, body } = parse(raw);
    headers.set('CF-Cache-Status', 'HIT');
    return new Response(body, { status, headers });
  },
};
