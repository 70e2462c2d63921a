import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import type { Hono } from 'hono';
import { projectPath } from '../../project-root.ts';

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

const editorFile = (file: string) => readFileSync(projectPath('src', 'http', 'editor', file), 'utf8');

/**
 * The shared dotted-query module, transpiled for the browser on its first request rather than at boot:
 * esbuild's first call starts its service process, which would add ~100 ms to every server start.
 */
let queryForm: string | undefined;
function queryFormModule(): string {
  queryForm ??= transformSync(readFileSync(projectPath('src', 'http', 'query-form.ts'), 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' }).code;
  return queryForm;
}

export function registerEditorRoutes(app: Hono): void {
  const files = Object.entries(FILES).map(([route, { file, type }]) => {
    const body = editorFile(file);
    return [route, type, () => body] as const;
  });
  for (const [route, type, body] of [...files, ['/editor/query-form.js', 'text/javascript; charset=utf-8', queryFormModule] as const]) {
    app.get(route, (c) => {
      c.header('Content-Type', type);
      c.header('Content-Security-Policy', EDITOR_CSP);
      c.header('Referrer-Policy', 'same-origin');
      // Revalidate on every load, so a deploy is picked up without a hard refresh.
      c.header('Cache-Control', 'no-cache');
      return c.body(body(), 200);
    });
  }
  app.get('/editor/', (c) => c.redirect(`/editor${new URL(c.req.url).search}`, 301));
  app.get('/', (c) => c.redirect('/editor', 302));
}
