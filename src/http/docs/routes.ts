import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import pkg from '../../../package.json' with { type: 'json' };
import { matchesIfNoneMatch } from '../etag.ts';

/**
 * The API reference for people: Scalar's API Reference of GET /openapi.json, served by this service, with no
 * CDN and no other origin.
 *
 *   GET /docs            the page (index.html)
 *   GET /docs/docs.js    starts the reference, with everything that would call Scalar's servers turned off
 *   GET /docs/scalar.js  Scalar's standalone bundle, from the @scalar/api-reference package
 *
 * Static files served as the editor's are (src/http/editor/routes.ts), under the same kind of policy: scripts
 * from this origin only (no inline script, no eval), nothing from elsewhere. One difference: Scalar's
 * components add <style> elements and style attributes while they run (Vue, its toasts, the code
 * highlighter), so styles may be inline. The page shows nothing but this service's own document.
 */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The bundle changes only with the package: its version is its ETag (revalidation is a 304, not 4 MB). */
const SCALAR_ETAG = `"scalar-${pkg.dependencies['@scalar/api-reference']}"`;

/** The reference page's files by name, as the adapter gets them (Node reads them, Workers has them as static assets). */
export type DocsFile = 'index.html' | 'docs.js' | 'scalar.js';
export interface DocsFiles {
  read(file: DocsFile): string | Promise<string>;
}

const ROUTES: Array<[route: string, file: DocsFile, type: string]> = [
  ['/docs', 'index.html', 'text/html; charset=utf-8'],
  ['/docs/docs.js', 'docs.js', 'text/javascript; charset=utf-8'],
  ['/docs/scalar.js', 'scalar.js', 'text/javascript; charset=utf-8'],
];

export function registerDocsRoutes(app: Hono, files: DocsFiles): void {
  // ~4 MB of JavaScript is ~1 MB gzipped; the page and its small script are not worth compressing.
  app.use('/docs/scalar.js', compress());
  for (const [route, file, type] of ROUTES) {
    app.get(route, async (c) => {
      c.header('Content-Security-Policy', DOCS_CSP);
      c.header('Referrer-Policy', 'same-origin');
      // Revalidated on every load, so a deploy is picked up without a hard refresh.
      c.header('Cache-Control', 'no-cache');
      if (file === 'scalar.js') {
        c.header('ETag', SCALAR_ETAG);
        if (matchesIfNoneMatch(c.req.header('If-None-Match'), SCALAR_ETAG)) return c.body(null, 304);
      }
      c.header('Content-Type', type);
      return c.body(await files.read(file), 200);
    });
  }
  app.get('/docs/', (c) => c.redirect('/docs', 301));
}
