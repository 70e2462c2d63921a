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
import { basename, join } from 'node:path';

/** The compatibility date of wrangler.toml: the runtime behaviour the Worker was tested against. */
export const COMPATIBILITY_DATE = '2026-11-17';

const require = createRequire(import.meta.url);
/** The workerd binary the npm package installed for this platform. */
export const WORKERD = join(require.resolve('workerd/package.json'), '..', 'bin', 'workerd');

/** fetch as it was when this module loaded (the bench replaces the global one with an offline stub). */
export const loopbackFetch = globalThis.fetch;

/** The local stand-in for the data centre's cache (the Cache API's backend). */
const CACHE_SERVICE = join(import.meta.dirname, 'cache-service.js');
/** For tests: the ASSETS binding with a first fetch that fails (flaky-assets.js). */
const FLAKY_ASSETS = join(import.meta.dirname, 'flaky-assets.js');

const capnpString = (s: string) => JSON.stringify(s);

/** Services the test process runs itself, by loopback address (`127.0.0.1:port`), instead of workerd's own. */
export interface ExternalServices {
  /** The ASSETS binding's backend: serves the build's assets/ folder, and may hold a file back. */
  assets?: string;
  /** The Cache API's backend (see cache-service.js for what it is sent). */
  cache?: string;
  /**
   * A client inside workerd: the Worker module `file` (copied beside the config), served on `port`, calling the
   * card Worker through the service binding CARD and the caller's server at `test` through TEST. A request it
   * cancels is cancelled in the card Worker as a client's disconnect is on Cloudflare (a local socket's is not).
   */
  client?: { file: string; port: number; test: string };
}

export function workerdConfig(
  outdir: string,
  port: number,
  bindings: Record<string, string>,
  cache = true,
  v8Flags: string[] = [],
  failAssetsOnce?: string[],
  external: ExternalServices = {},
): string {
  const wasm = readdirSync(join(outdir, 'wasm')).map((f) => `(name = ${capnpString(`wasm/${f}`)}, wasm = embed ${capnpString(`wasm/${f}`)})`);
  const text = Object.entries(bindings).map(([name, value]) => `(name = ${capnpString(name)}, text = ${capnpString(value)})`);
  const disk = `disk = (path = ${capnpString(join(outdir, 'assets'))}, writable = false)`;
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .cardWorker),
    ${
      external.assets
        ? `(name = "assets", external = (address = ${capnpString(external.assets)}, http = ())),`
        : failAssetsOnce
          ? `(name = "assets", worker = .flakyAssets), (name = "disk", ${disk}),`
          : `(name = "assets", ${disk}),`
    }
    ${external.cache ? `(name = "cache", external = (address = ${capnpString(external.cache)}, http = ())),` : '(name = "cache", worker = .cacheService),'}
    ${external.client ? `(name = "client", worker = .clientWorker), (name = "test", external = (address = ${capnpString(external.client.test)}, http = ())),` : ''}
  ],
  sockets = [
    (name = "http", address = ${capnpString(`127.0.0.1:${port}`)}, http = (), service = "main"),
    ${external.client ? `(name = "client", address = ${capnpString(`127.0.0.1:${external.client.port}`)}, http = (), service = "client"),` : ''}
  ],${v8Flags.length ? `\n  v8Flags = [${v8Flags.map(capnpString).join(', ')}],` : ''}
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
${
  external.client
    ? `const clientWorker :Workerd.Worker = (
  modules = [(name = "client.js", esModule = embed ${capnpString(basename(external.client.file))})],
  compatibilityDate = ${capnpString(COMPATIBILITY_DATE)},
  bindings = [(name = "CARD", service = "main"), (name = "TEST", service = "test")],
);
`
    : ''
}${
  failAssetsOnce
    ? `const flakyAssets :Workerd.Worker = (
  modules = [(name = "flaky-assets.js", esModule = embed "flaky-assets.js")],
  compatibilityDate = ${capnpString(COMPATIBILITY_DATE)},
  bindings = [(name = "DISK", service = "disk"), (name = "FAIL_ONCE", text = ${capnpString(JSON.stringify(failAssetsOnce))})],
);
`
    : ''
}`;
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
  /** What /healthz first answered (the Worker's start happens on it). */
  health: { status: number; body: string };
  /** What workerd printed (errors, console.log of the Worker). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts workerd on `port` and resolves once it answers /healthz, whatever the answer (a Worker whose settings
 * are bad answers every request with a 500 naming them). `cache: false` leaves the Cache API empty (every card
 * rendered), for measuring renders; `v8Flags` for measuring memory. `failAssetsOnce` (tests) makes the first
 * static asset fetch under each of these prefixes fail. Several runs may share one build: each has its own
 * config file. `external` points the ASSETS binding or the Cache API at servers the caller runs (tests that
 * must see, or hold back, what the Worker asks for).
 */
export async function startWorkerd(
  outdir: string,
  opts: { port?: number; bindings?: Record<string, string>; inherit?: boolean; cache?: boolean; v8Flags?: string[]; failAssetsOnce?: string[]; external?: ExternalServices } = {},
): Promise<RunningWorker> {
  const port = opts.port ?? (await freePort());
  const configFile = join(outdir, `workerd-${port}.capnp`);
  copyFileSync(CACHE_SERVICE, join(outdir, 'local-cache.js')); // capnp embeds files beside the config only
  if (opts.failAssetsOnce) copyFileSync(FLAKY_ASSETS, join(outdir, 'flaky-assets.js'));
  if (opts.external?.client) copyFileSync(opts.external.client.file, join(outdir, basename(opts.external.client.file)));
  writeFileSync(configFile, workerdConfig(outdir, port, opts.bindings ?? {}, opts.cache ?? true, opts.v8Flags, opts.failAssetsOnce, opts.external));
  const child = spawn(WORKERD, ['serve', configFile, '--verbose'], { cwd: outdir, stdio: ['ignore', opts.inherit ? 'inherit' : 'pipe', opts.inherit ? 'inherit' : 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`workerd exited with ${code}: ${log}`))));
  const deadline = Date.now() + 30_000;
  let health: RunningWorker['health'];
  for (;;) {
    try {
      health = await Promise.race([loopbackFetch(`${url}/healthz`).then(async (res) => ({ status: res.status, body: await res.text() })), exited]);
      break;
    } catch (err) {
      if (child.exitCode !== null || Date.now() > deadline) throw err;
    }
    await Promise.race([new Promise((r) => setTimeout(r, 50)), exited]);
  }
  return {
    url,
    process: child,
    health,
    output: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
