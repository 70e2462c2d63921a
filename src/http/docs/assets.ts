import { readFileSync } from 'node:fs';
import { projectPath } from '../../project-root.ts';

/**
 * The reference page's files, read from disk (Node only, as the editor's: an edge build bundles them):
 *
 *   /docs            src/http/docs/index.html
 *   /docs/docs.js    src/http/docs/docs.js
 *   /docs/scalar.js  node_modules/@scalar/api-reference/dist/browser/standalone.js (~4 MB, one file, no chunks)
 *
 * Each is read on its first request, not at boot: most starts never serve the reference.
 */
const FILES = {
  'index.html': () => projectPath('src', 'http', 'docs', 'index.html'),
  'docs.js': () => projectPath('src', 'http', 'docs', 'docs.js'),
  'scalar.js': () => projectPath('node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js'),
} as const;
export type DocsFile = keyof typeof FILES;

const read = new Map<DocsFile, string>();
export function docsFile(name: DocsFile): string {
  let text = read.get(name);
  if (text === undefined) read.set(name, (text = readFileSync(FILES[name](), 'utf8')));
  return text;
}
