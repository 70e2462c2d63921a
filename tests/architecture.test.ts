import { readdirSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The core (src/ outside src/adapter/ and the CLI, and templates/) runs on Node and in Cloudflare's workerd
 * alike, so it may use web-standard APIs only. Every core module is a root; esbuild follows their imports
 * (type-only imports are erased, dynamic import() is followed), and each import a core file makes is checked.
 */
const ROOT = join(import.meta.dirname, '..');

/** Packages that only work on Node (native addons, worker threads, Node's HTTP server, process internals). */
const NODE_ONLY_PACKAGES = ['@resvg/resvg-js', 'piscina', 'prom-client', '@hono/node-server', 'esbuild', 'tsx', 'sharp', 'pngjs', 'autocannon', 'playwright-core'];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return files(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const coreRoots = (): string[] => [
  ...files('src').filter((f) => !f.startsWith('src/adapter/') && f !== 'src/cli.ts'),
  ...files('templates'),
];

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** The core modules' offending imports, read from esbuild's metafile of a bundle with packages left external. */
function offences(metafile: Metafile): string[] {
  const out: string[] = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    if (file.startsWith('src/adapter/')) continue; // an adapter reached from the core is reported where it is imported
    for (const imp of input.imports) {
      const spec = imp.original ?? imp.path;
      if (imp.external && (spec.startsWith('node:') || isBuiltin(spec))) out.push(`${file} imports ${spec} (a Node built-in)`);
      else if (imp.external && NODE_ONLY_PACKAGES.includes(packageName(spec))) out.push(`${file} imports ${spec} (a Node-only package)`);
      else if (!imp.external && imp.path.startsWith('src/adapter/')) out.push(`${file} imports ${imp.path} (an adapter)`);
    }
  }
  return out;
}

const bundleOptions = { absWorkingDir: ROOT, bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', packages: 'external', logLevel: 'silent' } as const;

describe('the core is portable', () => {
  it('no core module imports a node: module, a Node-only package or an adapter', async () => {
    const roots = coreRoots();
    expect(roots).toEqual(expect.arrayContaining(['src/http/app.ts', 'src/render/pipeline.ts', 'src/text/measure.ts', 'templates/index.ts']));
    const result = await build({ ...bundleOptions, entryPoints: roots, outdir: 'out' });
    expect(offences(result.metafile)).toEqual([]);
    // The walk really covered the core: the render pipeline reaches the text engine and the templates.
    expect(Object.keys(result.metafile.inputs)).toEqual(expect.arrayContaining(['src/text/fit.ts', 'templates/post.tsx', 'src/http/editor/routes.ts']));
  });

  it('the check reports a core module that imports node:, a Node-only package or an adapter', async () => {
    const probe = "import 'node:fs'; import 'zlib'; import '@resvg/resvg-js'; export * from './src/adapter/node/resvg.ts';";
    const result = await build({ ...bundleOptions, stdin: { contents: probe, resolveDir: ROOT, loader: 'ts', sourcefile: 'src/render/probe.ts' } });
    expect(offences(result.metafile)).toEqual([
      'src/render/probe.ts imports node:fs (a Node built-in)',
      'src/render/probe.ts imports zlib (a Node built-in)',
      'src/render/probe.ts imports @resvg/resvg-js (a Node-only package)',
      'src/render/probe.ts imports src/adapter/node/resvg.ts (an adapter)',
    ]);
  });
});
