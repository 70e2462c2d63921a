import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import type { EditorFile, EditorFiles } from '../../http/editor/routes.ts';
import { projectPath } from './project-root.ts';

/**
 * The editor's files for the Node server, read from src/http/editor/ once. The page's copy of the dotted
 * query module is src/http/query-form.ts transpiled on its first request rather than at boot: esbuild's first
 * call starts its service process, which would add ~100 ms to every server start.
 */
export function editorFilesFromDisk(): EditorFiles {
  const cache = new Map<EditorFile, string>();
  const load = (file: EditorFile) =>
    file === 'query-form.js'
      ? transformSync(readFileSync(projectPath('src', 'http', 'query-form.ts'), 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' }).code
      : readFileSync(projectPath('src', 'http', 'editor', file), 'utf8');
  // The static files are read when the routes are set up, so a missing file stops the boot, not a request.
  for (const f of ['index.html', 'editor.js', 'editor.css'] as const) cache.set(f, load(f));
  return {
    read(file) {
      let body = cache.get(file);
      if (body === undefined) cache.set(file, (body = load(file)));
      return body;
    },
  };
}
