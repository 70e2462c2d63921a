import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../tests/helpers.ts';
import { parseHtml } from '../../../tests/html.ts';
import { DOCS_CSP } from './routes.ts';

describe('GET /docs: the API reference, served by the service itself', () => {
  it('the page loads its two scripts from this origin, with nothing inline', async () => {
    const app = await testApp();
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(DOCS_CSP);
    const page = parseHtml(await res.text());
    expect(page.all('script').map((s) => ({ src: s.attrs.src, inline: s.text.trim() }))).toEqual([
      { src: '/docs/docs.js', inline: '' },
      { src: '/docs/scalar.js', inline: '' },
    ]);
    // Every URL the page names is on this origin.
    const urls = page.elements.flatMap((e) => [e.attrs.src, e.attrs.href].filter((u): u is string => u !== undefined));
    expect(urls.every((u) => u.startsWith('/') || u === 'data:,')).toBe(true);
    expect((await app.request('/docs/')).headers.get('location')).toBe('/docs');
  });

  it('its policy: scripts from this origin only (no inline, no eval), no other origin for anything', () => {
    const directives = Object.fromEntries(DOCS_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    for (const sources of Object.values(directives)) for (const s of sources as string[]) expect(s).toMatch(/^('[a-z-]+'|data:|blob:)$/);
  });

  it('the script starts Scalar on /openapi.json with its network features off', async () => {
    const app = await testApp();
    const js = await (await app.request('/docs/docs.js')).text();
    expect(js).toContain("url: '/openapi.json'");
    expect(js).toMatch(/withDefaultFonts: false[\s\S]*telemetry: false[\s\S]*agent: \{ disabled: true \}[\s\S]*mcp: \{ disabled: true \}/);
  });

  it('serves Scalar’s bundle gzipped, revalidated by a version ETag', async () => {
    const app = await testApp();
    const res = await app.request('/docs/scalar.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const js = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    expect(js.length).toBeGreaterThan(1_000_000);
    expect(js).toContain('createApiReference');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^(W\/)?"scalar-\d+\.\d+\.\d+"$/);
    const again = await app.request('/docs/scalar.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});
