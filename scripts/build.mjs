/**
 * `npm run build` (and `prestart`): bundles the server and its render worker into dist/ as plain ESM.
 * `node scripts/build.mjs <dir>` writes them to another directory of the project instead (tests do).
 *
 * Why: `npm start` used to run the server through tsx, whose loader transpiles every module at start
 * and runs its hooks on an extra thread in the main process and in each worker. The bundle starts the
 * first card ~1 s sooner and saves that memory. Dependencies stay external (resolved from node_modules:
 * resvg's native binary and HarfBuzz's wasm load from their packages as they do from source).
 */
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = process.argv[2] ?? 'dist';
const started = performance.now();
await build({
  absWorkingDir: root,
  entryPoints: { server: 'src/adapter/node/server.ts', worker: 'src/adapter/node/worker.ts' },
  outdir,
  bundle: true,
  // server.ts loads the HTTP side with import() after starting the workers: a chunk of its own keeps that lazy.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
// The resident faces' code points, which the server and each worker would otherwise read every face into
// HarfBuzz for at start (src/adapter/node/resident-coverage.ts): computed here once, by the same code, bundled.
const helper = join(root, outdir, '.resident-coverage.mjs');
await build({
  absWorkingDir: root,
  stdin: {
    contents: "export { residentCodePoints } from './src/text/measure.ts'; export { loadFonts } from './src/adapter/node/assets.ts'; export { toRanges, COVERAGE_FILE } from './src/adapter/node/resident-coverage.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  outfile: helper,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
try {
  const m = await import(pathToFileURL(helper).href);
  writeFileSync(join(root, outdir, m.COVERAGE_FILE), JSON.stringify(m.toRanges(await m.residentCodePoints(m.loadFonts()))));
} finally {
  rmSync(helper, { force: true });
}
console.log(`built ${outdir}/server.js and ${outdir}/worker.js in ${(performance.now() - started).toFixed(0)} ms`);
