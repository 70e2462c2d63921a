import type { Hono } from 'hono';

/**
 * The card editor: a static page (HTML, CSS, one vanilla ES module) kept in this folder.
 *
 *   GET /                 302 → /editor
 *   GET /editor           the page; its form is generated from GET /v1/templates
 *   GET /editor/editor.js
 *   GET /editor/editor.css
 *   GET /editor/query-form.js   src/http/query-form.ts, transpiled: the page builds and reads the dotted
 *                               GET form with the very code the API uses
 *
 * The adapter hands the files over (EditorFiles): Node reads this folder, the Worker build copies them to its
 * static assets. Either way they are part of the release, not content, and get the same headers here.
 */
export const EDITOR_CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The editor's files by name, as the adapter gets them. */
export type EditorFile = 'index.html' | 'editor.js' | 'editor.css' | 'query-form.js';
export interface EditorFiles {
  read(file: EditorFile): string | Promise<string>;
}

export const EDITOR_ROUTES: Record<string, { file: EditorFile; type: string }> = {
  '/editor': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/editor/editor.js': { file: 'editor.js', type: 'text/javascript; charset=utf-8' },
  '/editor/editor.css': { file: 'editor.css', type: 'text/css; charset=utf-8' },
  '/editor/query-form.js': { file: 'query-form.js', type: 'text/javascript; charset=utf-8' },
};

export function registerEditorRoutes(app: Hono, files: EditorFiles): void {
  for (const [route, { file, type }] of Object.entries(EDITOR_ROUTES)) {
    app.get(route, async (c) => {
      const body = await files.read(file);
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
