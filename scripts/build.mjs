/**
 * `npm run build` (and `prestart`): bundles the server and its render worker into dist/ as plain JavaScript,
 * and writes the worker's V8 code cache. `node scripts/build.mjs <dir>` writes them to another directory of the
 * project instead (tests do).
 *
 * Why: `npm start` used to run the server through tsx, whose loader transpiles every module at start
 * and runs its hooks on an extra thread in the main process and in each worker. The bundle starts the
 * first card ~1 s sooner and saves that memory. Packages are bundled too, but for the few below: resolving and
 * linking ~60 modules from node_modules (Node's ESM loader reads every package.json and lexes every CommonJS
 * file for its exports) was most of a worker's start and ~300 ms of the main thread's CPU before it listened.
 * The worker holds no zod: templates mark their schemas pure, so the worker, which draws views, drops them.
 */
import { START_NODE_FLAGS } from './lib/start-command.mjs';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Packages the render worker loads from node_modules rather than from its bundle: piscina (its worker wrapper has
 * loaded it already, and the result's transfer symbols must be that copy's) and HarfBuzz (emscripten's glue finds
 * hb.wasm beside itself). resvg-wasm's glue and wasm are read from the package by resvg.ts, not imported.
 */
const WORKER_EXTERNAL = ['piscina', 'harfbuzzjs'];
/**
 * Packages the server (main thread) loads from node_modules: sharp (a native addon, found beside its package),
 * esbuild (its JS API runs its own binary; loaded only for the editor's query module), piscina (it starts its
 * workers from its own worker file). Hono, prom-client, zod and the rest are bundled: importing the HTTP side
 * took 659 -> 361 ms of CPU (sharp now loaded on first use; 7 interleaved runs at load ~9.7).
 */
const SERVER_EXTERNAL = ['sharp', 'esbuild', 'piscina'];
/** CommonJS packages bundled into ESM call require() for Node built-ins: each output module gets one. */
const REQUIRE_BANNER = "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);";
/** esbuild's metafile of the worker bundle, written beside it: what it pulled in (tests/build.test.ts reads it). */
const WORKER_META = 'worker.meta.json';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = process.argv[2] ?? 'dist';
const started = performance.now();
/** A small ESM file that loads every package from node_modules: the worker's loader, the build-time coverage helper. */
const ESM_WITH_PACKAGES_EXTERNAL = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' };
await build({
  absWorkingDir: root,
  entryPoints: { server: 'src/adapter/node/server.ts' },
  outdir,
  bundle: true,
  // server.ts loads the HTTP side with import() after starting the workers: a chunk of its own keeps that lazy.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: SERVER_EXTERNAL,
  banner: { js: REQUIRE_BANNER },
  sourcemap: true,
  logLevel: 'warning',
});
// The render worker: worker.ts and what it draws with as one CommonJS file, which dist/worker.js (worker-loader.ts)
// runs through V8's code cache (code-cache.ts); the cache is written below, once the bundle has drawn a card.
await build({
  absWorkingDir: root,
  entryPoints: { 'worker-bundle': 'src/adapter/node/worker.ts' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: WORKER_EXTERNAL,
  // code-cache.ts passes the bundle's URL as this parameter of its wrapper
  define: { 'import.meta.url': '__bundle_url' },
  metafile: true,
  sourcemap: true,
  logLevel: 'warning',
}).then((r) => writeFileSync(join(root, outdir, WORKER_META), JSON.stringify(r.metafile)));
await build({
  absWorkingDir: root,
  entryPoints: { worker: 'src/adapter/node/worker-loader.ts' },
  outdir,
  ...ESM_WITH_PACKAGES_EXTERNAL,
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
  ...ESM_WITH_PACKAGES_EXTERNAL,
});
try {
  const m = await import(pathToFileURL(helper).href);
  writeFileSync(join(root, outdir, m.COVERAGE_FILE), JSON.stringify(m.toRanges(await m.residentCodePoints(m.loadFonts()))));
} finally {
  rmSync(helper, { force: true });
}
// The worker bundle's code cache, made by the built worker itself after its warm-up card, in a process started
// with npm start's node flags: V8 refuses a cache made under other flags (code-cache.ts).
const cacheFile = join(root, outdir, 'worker-bundle.cache');
rmSync(cacheFile, { force: true });
execFileSync(
  process.execPath,
  [...START_NODE_FLAGS, '--input-type=module', '-e', `const w = await import(${JSON.stringify(pathToFileURL(join(root, outdir, 'worker.js')).href)}); await w.warmedUp; (await import('node:fs')).writeFileSync(${JSON.stringify(cacheFile)}, w.createCache()); process.exit(0);`],
  { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
);
console.log(`built ${outdir}/server.js and ${outdir}/worker.js in ${(performance.now() - started).toFixed(0)} ms`);
