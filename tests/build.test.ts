import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toQuery } from '../src/http/query.ts';
import { TEMPLATES } from '../templates/index.ts';
import { compareToGolden, decode } from './image.ts';
import { loadFonts } from '../src/adapter/node/assets.ts';
import { COVERAGE_FILE, toRanges } from '../src/adapter/node/resident-coverage.ts';
import { residentCodePoints } from '../src/text/measure.ts';
import { SERVER_NODE_FLAGS } from '../scripts/lib/service.ts';

/** `npm start` runs the esbuild bundle, not the TypeScript sources: this boots that bundle for real. */
const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'tests', '.build');
const children: ChildProcess[] = [];
afterAll(() => {
  children.forEach((c) => c.kill('SIGKILL'));
  rmSync(OUT, { recursive: true, force: true });
});

describe('the built server (npm start)', () => {
  it('bundles the server and worker, boots without a TypeScript loader, and serves a card', async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), 'tests/.build'], { cwd: ROOT, stdio: 'pipe' });
    expect(existsSync(join(OUT, 'server.js')) && existsSync(join(OUT, 'worker.js'))).toBe(true);
    // the render worker is one file with the packages it draws with, and no zod: it never validates (its start)
    const meta = JSON.parse(readFileSync(join(OUT, 'worker.meta.json'), 'utf8')) as { outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: Array<{ path: string; external?: boolean }> }> };
    const worker = Object.values(meta.outputs).find((o) => o.entryPoint === 'src/adapter/node/worker.ts')!;
    expect(worker).toBeDefined();
    const bundled = Object.keys(worker.inputs);
    expect(bundled).toEqual(expect.arrayContaining(['node_modules/satori/dist/index.js', 'templates/quote.tsx', 'src/render/pipeline.ts']));
    expect(bundled.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    expect([...new Set(worker.imports.filter((i) => i.external && !isBuiltin(i.path)).map((i) => i.path.split('/')[0]))].sort()).toEqual(['harfbuzzjs', 'piscina']);
    // the code points the built server and its workers take as the resident faces' are those the faces draw
    expect(JSON.parse(readFileSync(join(OUT, COVERAGE_FILE), 'utf8'))).toEqual(toRanges(await residentCodePoints(loadFonts())));
    // the worker's code cache, made by the build after a warm-up card under npm start's node flags (code-cache.ts)
    expect(existsSync(join(OUT, 'worker-bundle.cache'))).toBe(true);
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(OUT, 'server.js')], { env: { ...process.env, PORT: '0', CARD_WORKERS: '1', NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stderr!.on('data', (d) => (output += d));
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d) => {
        output += d;
        const m = /listening on (http:\/\/localhost:\d+)/.exec(output);
        if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
      });
      child.once('exit', (code) => reject(new Error(`built server exited with ${code}: ${output}`)));
    });
    // fonts, Twemoji and the editor files are found from the bundle's location, and the worker is dist's JS
    const res = await fetch(`${base}/v1/cards/quote.png?${toQuery(TEMPLATES.quote.example)}`);
    expect(res.status).toBe(200);
    const body = new Uint8Array(await res.arrayBuffer());
    const png = decode(body);
    expect([png.width, png.height]).toEqual([1200, 630]);
    // the bundled worker (satori and the rest built into it) draws the golden image of the card
    const golden = compareToGolden('quote-og', body);
    expect(golden.ok, golden.message).toBe(true);
    expect(res.headers.get('server-timing')).toMatch(/encode;dur=/);
    // a character no bundled face draws is refused by the built server's coverage check, a CJK one is drawn
    const refused = await fetch(`${base}/v1/cards/quote.png?${toQuery({ ...(TEMPLATES.quote.example as object), text: 'Allez \u{10900}' })}`);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/U\+10900/);
    expect((await fetch(`${base}/v1/cards/quote.png?${toQuery({ ...(TEMPLATES.quote.example as object), text: '日本語のテキスト' })}`)).status).toBe(200);
    expect((await fetch(`${base}/editor`)).status).toBe(200);
    expect(await (await fetch(`${base}/editor/query-form.js`)).text()).toMatch(/export \{[^}]*\btoQuery\b/);
    expect(output).not.toMatch(/tsx|Error/);
    // V8 took the code cache: the worker did not compile its bundle (it warns when it has to)
    expect(output).not.toMatch(/code cache/);
  });
});
