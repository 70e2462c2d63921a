import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root directory (the one holding `fonts/` and `package.json`), found by walking up from
 * this module. The same code runs from `src/` (tsx, tests) and from the `dist/` bundle that `npm start`
 * runs, which sit at different depths, so files are never located by a fixed number of `..`.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'fonts'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no project root (package.json beside fonts/) above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** An absolute path to a file of the project, e.g. `projectPath('fonts', 'OFL.txt')`. */
export const projectPath = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
