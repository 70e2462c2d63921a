import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import type { Hono } from 'hono';

/**
 * The card editor: a static page (HTML, CSS, one vanilla ES module) served from this folder.
 *
 *   GET /                 302 → /editor
 *   GET /editor           the page; its form is generated from GET /v1/templates
 *   GET /editor/editor.js
 *   GET /editor/editor.css
 *   GET /editor/query-form.js   src/http/query-form.ts, transpiled: the page builds and reads the dotted
 *                               GET form with the very code the API uses
 *
 * The files are read once, when the routes are registered: they are part of the release, not content.
 */
export const EDITOR_CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const FILES = {
  '/editor': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/editor/editor.js': { file: 'editor.js', type: 'text/javascript; charset=utf-8' },
  '/editor/editor.css': { file: 'editor.css', type: 'text/css; charset=utf-8' },
} as const;

function queryFormModule(): string {
  const source = readFileSync(new URL('../query-form.ts', import.meta.url), 'utf8');
  return transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
}

export function registerEditorRoutes(app: Hono): void {
  const bodies = Object.entries(FILES).map(([route, { file, type }]) => [route, type, readFileSync(new URL(file, import.meta.url), 'utf8')] as const);
  const all = [...bodies, ['/editor/query-form.js', 'text/javascript; charset=utf-8', queryFormModule()] as const];
  for (const [route, type, body] of all) {
    app.get(route, (c) => {
      c.header('Content-Type', type);
      c.header('Content-Security-Policy', EDITOR_CSP);
      c.header('Referrer-Policy', 'same-origin');
      // Revalidate on every load, so a deploy is picked up without a hard refresh.
      c.header('Cache-Control', 'no-cache');
      return c.body(body, 200);
    });
  }
  app.get('/editor/', (c) => c.redirect(`/editor${new URL(c.req.url).search}`, 301));
  app.get('/', (c) => c.redirect('/editor', 302));
}
