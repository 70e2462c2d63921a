import { describe, expect, it } from 'vitest';
import { EDITOR_CSP } from '../../src/http/editor/routes.ts';
import { testApp } from '../helpers.ts';

describe('the card editor is served by the app', () => {
  it('GET /editor serves the HTML page with a restrictive CSP', async () => {
    const app = await testApp();
    const res = await app.request('/editor');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(EDITOR_CSP);
    for (const directive of ["default-src 'self'", "img-src 'self' data: blob:", "style-src 'self'", "script-src 'self'", "connect-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<script type="module" src="/editor/editor.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/editor/editor.css">');
    // Nothing inline that the CSP would block.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  });

  it('GET / redirects to the editor', async () => {
    const app = await testApp();
    const res = await app.request('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/editor');
    const slash = await app.request('/editor/?kind=score');
    expect(slash.status).toBe(301);
    expect(slash.headers.get('location')).toBe('/editor?kind=score');
  });

  it('serves the script and the stylesheet with their content types', async () => {
    const app = await testApp();
    const js = await app.request('/editor/editor.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(EDITOR_CSP);
    expect(await js.text()).toContain("fetch('/v1/templates')");
    const css = await app.request('/editor/editor.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).toContain('@media (max-width: 700px)');
  });

  it('serves the API’s own dotted-query code to the page, transpiled', async () => {
    const app = await testApp();
    const res = await app.request('/editor/query-form.js');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const js = await res.text();
    expect(js).toMatch(/export\s*\{[^}]*toQuery/);
    expect(js).not.toMatch(/: string|interface /);
    const mod = (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as typeof import('../../src/http/query-form.ts');
    expect(mod.toQuery({ home: { name: 'OM' }, events: [{ player: 'X' }] })).toBe('home.name=OM&events.0.player=X');
  });

  it('other paths under /editor are JSON 404s, and the API is unchanged', async () => {
    const app = await testApp();
    const res = await app.request('/editor/missing.js');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
