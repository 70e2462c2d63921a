import { readFileSync } from 'node:fs';
import type { DocsFile, DocsFiles } from '../../http/docs/routes.ts';
import { projectPath } from './project-root.ts';

/**
 * The reference page's files for the Node server (the Worker build copies the same files to its static assets):
 *
 *   /docs            src/http/docs/index.html
 *   /docs/docs.js    src/http/docs/docs.js
 *   /docs/scalar.js  node_modules/@scalar/api-reference/dist/browser/standalone.js (~4 MB, one file, no chunks)
 *
 * Each is read on its first request, not at boot: most starts never serve the reference.
 */
export const DOCS_SOURCES: Record<DocsFile, readonly string[]> = {
  'index.html': ['src', 'http', 'docs', 'index.html'],
  'docs.js': ['src', 'http', 'docs', 'docs.js'],
  'scalar.js': ['node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js'],
};

export function docsFilesFromDisk(): DocsFiles {
  const read = new Map<DocsFile, string>();
  return {
    read(name) {
      let text = read.get(name);
      if (text === undefined) read.set(name, (text = readFileSync(projectPath(...DOCS_SOURCES[name]), 'utf8')));
      return text;
    },
  };
}
