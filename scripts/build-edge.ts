/**
 * `npm run build:edge`: the Cloudflare Worker (src/adapter/workers/worker.ts) bundled for workerd, with its
 * wasm modules and static assets, into dist/edge/ (or the directory given as first argument):
 *
 *   worker.js, wasm/*.wasm   the Worker's modules: what `wrangler deploy` uploads as the script
 *   assets/fonts/            every FONT_FILES face          ┐ static assets (the ASSETS binding), fetched
 *   assets/emoji/            every Twemoji SVG              │ by the Worker on first use
 *   assets/editor/           the editor page                ┘
 *
 * Data the Worker needs synchronously is computed here from the repository, so new fonts, emoji or kinds
 * flow in without edits: the code points the resident faces draw (coverage; the CJK slices' come from their
 * table in the bundle), the Twemoji key list, the emoji names of every locale Emojibase has.
 * Prints the raw and gzip sizes of the script and of the assets.
 */
import { DOCS_SOURCES } from '../src/adapter/node/docs-files.ts';
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transformSync, type Plugin } from 'esbuild';
import { loadFonts } from '../src/adapter/node/assets.ts';
import { FONT_FILES } from '../src/render/fonts.ts';
import { residentCodePoints } from '../src/text/measure.ts';
import { EMOJIBASE_FOLDERS } from '../src/text/emoji-names.ts';
import type { EmojiEntry } from '../src/text/emoji-names.ts';
import { wrapperKey } from '../src/adapter/workers/harfbuzz-signatures.ts';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

export interface EdgeBuild {
  outdir: string;
  /** The Worker script: JS and wasm modules, raw and gzip bytes. */
  script: { raw: number; gzip: number; files: Array<{ file: string; raw: number; gzip: number }> };
  assets: { files: number; raw: number };
}

/** Code points as [first, last] ranges: a few KB for the resident faces instead of a list of ~10,000 numbers. */
function ranges(points: Iterable<number>): Array<[number, number]> {
  const sorted = [...points].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}

/** Emoji names with only the fields alt text reads, from an Emojibase data folder. */
function names(folder: string): EmojiEntry[] {
  const slim = (e: EmojiEntry): EmojiEntry => ({ unicode: e.unicode, label: e.label, ...(e.skins ? { skins: e.skins.map(slim) } : {}) });
  return (JSON.parse(readFileSync(require.resolve(`emojibase-data/${folder}/compact.json`), 'utf8')) as EmojiEntry[]).map(slim);
}

/**
 * emscripten's `convertJsFunctionToWasm` module for a signature (harfbuzzjs/hb.js, emscripten 4): a module
 * that imports `e.f` with that type and exports it as `f`. workerd cannot compile it at run time.
 */
function wrapperModule(sig: string): Uint8Array {
  const codes: Record<string, number> = { i: 0x7f, p: 0x7f, j: 0x7e, f: 0x7d, d: 0x7c, e: 0x6f };
  const withLen = (arr: number[]) => [(arr.length % 128) | 128, arr.length >> 7, ...arr];
  const pack = (types: string) => withLen([...types].map((t) => codes[t]!));
  const type = withLen([1, 96, ...pack(sig.slice(1)), ...pack(sig[0] === 'v' ? '' : sig[0]!)]);
  return Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, ...type, 2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0);
}

/** Every signature passed to addFunction by hbjs (the measurer's) and by satori's embedded copy of it. */
function addFunctionSignatures(): string[] {
  const sources = [readFileSync(require.resolve('harfbuzzjs/hbjs.js'), 'utf8'), readFileSync(require.resolve('satori/standalone'), 'utf8')];
  const sigs = new Set<string>();
  for (const src of sources) for (const m of src.matchAll(/\},\s*["']([vipjfd]{2,})["']\)/g)) sigs.add(m[1]!);
  for (const m of sources[0]!.matchAll(/addFunction\(\w+,\s*'([vipjfd]+)'\)/g)) sigs.add(m[1]!);
  for (const m of sources[1]!.matchAll(/[,(]\w\(\w+,"([vipjfd]+)"\)/g)) sigs.add(m[1]!);
  return [...sigs].sort();
}

/**
 * Font lists satori keeps parsed at the edge. satori 0.63.2 keeps the loaders of its last 8 distinct font
 * lists, each holding the parsed faces of its list (and their HarfBuzz copies): at the edge that kept the CJK
 * slices of up to 8 past cards alive in the isolate whatever the font store had dropped (measured: 85-110 MB
 * of heap for three long CJK cards, released only after 8 other lists). With 2, a parsed face lives as long as
 * the font store keeps its bytes (satori's parse cache is a WeakMap on them) or one of the last two cards
 * used it; a new loader over faces already parsed costs ~0.1 ms.
 */
export const SATORI_FONT_LISTS_AT_EDGE = 2;

/**
 * satori/standalone 0.63.2 instantiates its embedded HarfBuzz from base64 when it loads, with no option to
 * pass: the one call to its emscripten factory is rewritten to go through satoriHarfBuzz (which instantiates
 * the imported hb.wasm), and the base64 copy, now unused, is dropped. Its font-list cache is cut to
 * SATORI_FONT_LISTS_AT_EDGE. Fails the build if satori changed.
 */
export function patchSatori(source: string, helper: string): string {
  const call = /new Promise\(function\((\w+),(\w+)\)\{(\w+)\(\)\.then\((\w+)=>\{\1\((\w+)\(\4\)\)\},\2\)\}\)/g;
  const calls = [...source.matchAll(call)];
  const embedded = [...source.matchAll(/"AGFzbQ[A-Za-z0-9+/=]{100000,}"/g)];
  // `var X=new WeakMap,Y=new WeakMap,N=0,MAX=8,CACHE=new Map;function key(A){let g="";for(let e of A){let I=Y.get(e.data)`
  const lists = /(var \w+=new WeakMap,(\w+)=new WeakMap,\w+=0,\w+=)8(,\w+=new Map;function \w+\(\w+\)\{let \w+="";for\(let \w+ of \w+\)\{let \w+=\2\.get\(\w+\.data\))/g;
  const cache = [...source.matchAll(lists)];
  if (calls.length !== 1 || embedded.length !== 1 || cache.length !== 1) {
    throw new Error(`satori/standalone: expected its HarfBuzz factory call, embedded wasm and font-list cache once each, found ${calls.length}, ${embedded.length} and ${cache.length} (satori upgraded? see src/adapter/workers/satori-harfbuzz.ts)`);
  }
  const [match, , , factory] = calls[0]!;
  return `import { satoriHarfBuzz as __cardSatoriHarfBuzz } from ${JSON.stringify(helper)};\n${source
    .replace(match, match.replace(`${factory}()`, `__cardSatoriHarfBuzz(${factory})`))
    .replace(embedded[0]![0], '""')
    .replace(lists, `$1${SATORI_FONT_LISTS_AT_EDGE}$3`)}`;
}

export async function buildEdge(outdir = join(ROOT, 'dist', 'edge'), opts: { quiet?: boolean } = {}): Promise<EdgeBuild> {
  const started = performance.now();
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(join(outdir, 'wasm'), { recursive: true });

  const twemojiDir = dirname(require.resolve('@twemoji/svg/package.json'));
  const emojiFiles = readdirSync(twemojiDir).filter((f) => f.endsWith('.svg'));
  const signatures = addFunctionSignatures();
  const wrapperKeys = [...new Set(signatures.map(wrapperKey))];
  for (const key of wrapperKeys) writeFileSync(join(outdir, 'wasm', `fn-${key}.wasm`), wrapperModule(key));

  const virtual: Record<string, () => Promise<string> | string> = {
    'edge:coverage': async () => `export default ${JSON.stringify(ranges(await residentCodePoints(loadFonts())))};`,
    'edge:slice-bytes': () => `export default ${JSON.stringify(Object.fromEntries(FONT_FILES.filter((f) => f.slice).map((f) => [f.file, statSync(join(ROOT, 'fonts', f.file)).size])))};`,
    'edge:emoji-keys': () => `export default ${JSON.stringify(emojiFiles.map((f) => f.slice(0, -4)).join(' '))};`,
    'edge:emoji-names': () => `export default ${JSON.stringify(Object.fromEntries(Object.entries(EMOJIBASE_FOLDERS).map(([locale, folder]) => [locale, names(folder!)])))};`,
    'edge:wasm-functions': () =>
      `${wrapperKeys.map((k, i) => `import m${i} from './wasm/fn-${k}.wasm';`).join('\n')}\nexport default {${wrapperKeys.map((k, i) => `${JSON.stringify(k)}: m${i}`).join(', ')}};`,
  };

  const copiedWasm = new Map<string, string>();
  const plugins: Plugin[] = [
    {
      name: 'edge-data',
      setup(b) {
        b.onResolve({ filter: /^edge:/ }, (a) => ({ path: a.path, namespace: 'edge-data' }));
        b.onLoad({ filter: /.*/, namespace: 'edge-data' }, async (a) => ({ contents: await virtual[a.path]!(), loader: 'js', resolveDir: outdir }));
      },
    },
    {
      // Wasm files become modules of their own beside worker.js (workerd's and wrangler's CompiledWasm).
      name: 'wasm-modules',
      setup(b) {
        b.onResolve({ filter: /\.wasm$/ }, async (a) => {
          if (a.path.startsWith('./wasm/') && a.namespace === 'edge-data') return { path: a.path, external: true };
          if (a.pluginData === 'wasm') return undefined;
          const resolved = await b.resolve(a.path, { kind: a.kind, resolveDir: a.resolveDir, importer: a.importer, pluginData: 'wasm' });
          if (resolved.errors.length) return { errors: resolved.errors };
          const name = a.path.startsWith('@resvg/') ? 'resvg.wasm' : basename(resolved.path);
          if (copiedWasm.has(name) && copiedWasm.get(name) !== resolved.path) throw new Error(`two wasm modules named ${name}`);
          copiedWasm.set(name, resolved.path);
          copyFileSync(resolved.path, join(outdir, 'wasm', name));
          return { path: `./wasm/${name}`, external: true };
        });
      },
    },
    {
      // The core imports satori; at the edge it is satori/standalone, whose layout wasm the Worker imports.
      name: 'satori-standalone',
      setup(b) {
        b.onResolve({ filter: /^satori$/ }, (a) => b.resolve('satori/standalone', { kind: a.kind, resolveDir: a.resolveDir }));
        b.onLoad({ filter: /satori[\\/]dist[\\/]standalone\.js$/ }, (a) => ({
          contents: patchSatori(readFileSync(a.path, 'utf8'), join(ROOT, 'src/adapter/workers/satori-harfbuzz.ts')),
          loader: 'js',
          resolveDir: dirname(a.path),
        }));
      },
    },
    {
      // emscripten's Node branch (hb.js: require('fs'), 'path') never runs in workerd, which has no
      // process.versions.node; the modules are stubbed so the bundle has no Node import at all.
      name: 'no-node-branches',
      setup(b) {
        b.onResolve({ filter: /^(fs|path)$/ }, (a) => ({ path: a.path, namespace: 'node-stub' }));
        b.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
      },
    },
  ];

  await build({
    absWorkingDir: ROOT,
    entryPoints: { worker: 'src/adapter/workers/worker.ts' },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    minify: true,
    // emscripten's environment checks (hb.js, satori's copy), which no option reaches, evaluated for workerd:
    // - it reads `self.location.href` (undefined in workerd) unless __filename is defined; it is only a name;
    // - workerd (compatibility date 2026) has a global `process` with versions.node, which sends emscripten
    //   down its Node branch (__dirname, fs); `process.type` "renderer" (Electron's) is its own way out.
    define: { __filename: '"worker.js"', 'process.type': '"renderer"' },
    legalComments: 'none',
    logLevel: 'warning',
    plugins,
  });

  // Static assets: the fonts the list names, every Twemoji picture, the editor (its query module transpiled).
  const assets = join(outdir, 'assets');
  mkdirSync(join(assets, 'fonts'), { recursive: true });
  for (const f of FONT_FILES) {
    mkdirSync(dirname(join(assets, 'fonts', f.file)), { recursive: true }); // fonts/cjk/ for the slices
    copyFileSync(join(ROOT, 'fonts', f.file), join(assets, 'fonts', f.file));
  }
  cpSync(twemojiDir, join(assets, 'emoji'), { recursive: true, filter: (src) => src === twemojiDir || src.endsWith('.svg') });
  mkdirSync(join(assets, 'editor'), { recursive: true });
  for (const f of ['index.html', 'editor.js', 'editor.css']) copyFileSync(join(ROOT, 'src/http/editor', f), join(assets, 'editor', f));
  const queryForm = transformSync(readFileSync(join(ROOT, 'src/http/query-form.ts'), 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' }).code;
  writeFileSync(join(assets, 'editor', 'query-form.js'), queryForm);
  // The API reference (GET /docs): the same three files the Node server reads (DOCS_SOURCES).
  mkdirSync(join(assets, 'docs'), { recursive: true });
  for (const [name, path] of Object.entries(DOCS_SOURCES)) copyFileSync(join(ROOT, ...path), join(assets, 'docs', name));

  const scriptFiles = ['worker.js', ...readdirSync(join(outdir, 'wasm')).map((f) => `wasm/${f}`)].map((file) => {
    const bytes = readFileSync(join(outdir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const assetFiles = (function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  })(assets);
  const result: EdgeBuild = {
    outdir,
    script: { raw: scriptFiles.reduce((n, f) => n + f.raw, 0), gzip: scriptFiles.reduce((n, f) => n + f.gzip, 0), files: scriptFiles },
    assets: { files: assetFiles.length, raw: assetFiles.reduce((n, f) => n + statSync(f).size, 0) },
  };
  if (!opts.quiet) {
    const mb = (n: number) => `${(n / 1024 ** 2).toFixed(2)} MB`;
    const big = scriptFiles.filter((f) => f.raw > 100_000).map((f) => `${f.file} ${mb(f.raw)} / ${mb(f.gzip)}`);
    console.log(`built ${relative(ROOT, outdir) || '.'}/ in ${(performance.now() - started).toFixed(0)} ms`);
    console.log(`  Worker script: ${mb(result.script.raw)} raw, ${mb(result.script.gzip)} gzip (${scriptFiles.length} modules: ${big.join(', ')}, ${wrapperKeys.length} wasm call wrappers)`);
    console.log(`  static assets: ${result.assets.files} files, ${mb(result.assets.raw)} (fonts ${FONT_FILES.length}, of them ${FONT_FILES.filter((f) => f.slice).length} CJK slices; emoji ${emojiFiles.length}, editor 4, docs 3)`);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildEdge(process.argv[2] ? join(process.cwd(), process.argv[2]) : undefined);
