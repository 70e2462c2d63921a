/**
 * Runs a Worker build (scripts/build-edge.ts) in workerd, Cloudflare's runtime, from the `workerd` npm package:
 * offline, no wrangler. The generated capnp config mirrors wrangler.toml: the script and its wasm modules, the
 * ASSETS binding (here a read-only directory service over assets/), and settings as text bindings (secrets
 * and vars alike).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The compatibility date of wrangler.toml: the runtime behaviour the Worker was tested against. */
export const COMPATIBILITY_DATE = '2026-11-17';

const require = createRequire(import.meta.url);
/** The workerd binary the npm package installed for this platform. */
export const WORKERD = join(require.resolve('workerd/package.json'), '..', 'bin', 'workerd');

/** fetch as it was when this module loaded (the bench replaces the global one with an offline stub). */
export const loopbackFetch = globalThis.fetch;

/** The local stand-in for the data centre's cache (the Cache API's backend). */
const CACHE_SERVICE = join(import.meta.dirname, 'cache-service.js');

const capnpString = (s: string) => JSON.stringify(s);

export function workerdConfig(outdir: string, port: number, bindings: Record<string, string>, cache = true, v8Flags: string[] = []): string {
  const wasm = readdirSync(join(outdir, 'wasm')).map((f) => `(name = ${capnpString(`wasm/${f}`)}, wasm = embed ${capnpString(`wasm/${f}`)})`);
  const text = Object.entries(bindings).map(([name, value]) => `(name = ${capnpString(name)}, text = ${capnpString(value)})`);
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .cardWorker),
    (name = "assets", disk = (path = ${capnpString(join(outdir, 'assets'))}, writable = false)),
    (name = "cache", worker = .cacheService),
  ],
  sockets = [(name = "http", address = ${capnpString(`127.0.0.1:${port}`)}, http = (), service = "main")],${v8Flags.length ? `\n  v8Flags = [${v8Flags.map(capnpString).join(', ')}],` : ''}
);
const cardWorker :Workerd.Worker = (
  modules = [
    (name = "worker.js", esModule = embed "worker.js"),
    ${wasm.join(',\n    ')}
  ],
  compatibilityDate = ${capnpString(COMPATIBILITY_DATE)},
  bindings = [
    (name = "ASSETS", service = "assets"),
    ${text.join(',\n    ')}
  ],
  cacheApiOutbound = "cache",
);
const cacheService :Workerd.Worker = (
  modules = [(name = "cache.js", esModule = embed "local-cache.js")],
  compatibilityDate = ${capnpString(COMPATIBILITY_DATE)},
  bindings = [${cache ? '' : '(name = "CACHE_OFF", text = "1")'}],
);
`;
}

/** A free loopback port (the kernel's pick, released for workerd to bind). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningWorker {
  url: string;
  process: ChildProcess;
  /** What workerd printed (errors, console.log of the Worker). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts workerd on `port` and resolves once it answers /healthz. */
/** `cache: false` leaves the Cache API empty (every card rendered), for measuring renders; `v8Flags` for measuring memory. */
export async function startWorkerd(outdir: string, opts: { port?: number; bindings?: Record<string, string>; inherit?: boolean; cache?: boolean; v8Flags?: string[] } = {}): Promise<RunningWorker> {
  const port = opts.port ?? (await freePort());
  const configFile = join(outdir, 'workerd.capnp');
  copyFileSync(CACHE_SERVICE, join(outdir, 'local-cache.js')); // capnp embeds files beside the config only
  writeFileSync(configFile, workerdConfig(outdir, port, opts.bindings ?? {}, opts.cache ?? true, opts.v8Flags));
  const child = spawn(WORKERD, ['serve', configFile, '--verbose'], { cwd: outdir, stdio: ['ignore', opts.inherit ? 'inherit' : 'pipe', opts.inherit ? 'inherit' : 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`workerd exited with ${code}: ${log}`))));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await Promise.race([loopbackFetch(`${url}/healthz`), exited]);
      if (res.ok) break;
    } catch (err) {
      if (child.exitCode !== null || Date.now() > deadline) throw err;
    }
    await Promise.race([new Promise((r) => setTimeout(r, 50)), exited]);
  }
  return {
    url,
    process: child,
    output: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
