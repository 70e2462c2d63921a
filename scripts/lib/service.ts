/**
 * Running the real service, built as `npm start` runs it, as a child process for scripts (soak, load): a free loopback port, readiness
 * through GET /healthz, RSS from /proc, and a kill on exit. Loopback only: nothing leaves the machine.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { START_ENV, START_NODE_FLAGS } from './start-command.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      if (addr === null || typeof addr === 'string') return reject(new Error('could not read the free port'));
      srv.close(() => resolve(addr.port));
    });
  });
}

/** Resident and peak resident memory of a process, in MB (a Linux /proc read). */
export function processMemoryMB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

export interface RunningService {
  child: ChildProcess;
  base: string;
  stop(): void;
}

/**
 * glibc's allocator settings `npm start` runs the service with (package.json): two malloc arenas instead of 8 per
 * core, and a fixed mmap threshold, so that what libvips frees on libuv's threads (resizing avatars and crests)
 * goes back to the system instead of staying in per-thread arenas. Under 2,000 hostile image requests (npm run
 * fuzz) the service held at 237–298 MB with them and climbed to 420–480 MB without; 400 ordinary cards cost the
 * same CPU either way (54–70 vs 63–72 ms a card, same run). A deployment that starts `node dist/server.js`
 * itself should set them too. Read from package.json (start-command.mjs).
 */
export const ALLOCATOR_ENV: Readonly<Record<string, string>> = START_ENV;

/**
 * Node flags `npm start` runs the service with (package.json). `--max-semi-space-size=2`: the main thread's V8
 * young generation capped at 2 MB semi-spaces instead of 16 (workers set their own, pool.ts). The HTTP thread's
 * garbage is short-lived (queries, validation, headers), so a larger young generation only grows RSS: peak RSS
 * of the process tree in a distinct-card run 265/327/326 -> 252/312/314 MB (three alternating pairs, load 4-5),
 * CPU per card and cached answers per second within the noise. `--max-old-space-size=256`: the old generation
 * capped at 256 MB, for the HTTP thread and (V8's flags are per process) the render workers, the same figure as
 * pool.ts WORKER_OLD_GENERATION_MB: not a budget any thread comes near (live heaps of 19–22 MB here, 34–40 MB in
 * a worker), but below 2 GB V8 collects at 1.3× the live heap instead of up to 4×: the HTTP thread's V8 heap
 * at the peak of a distinct-card run 65–74 → 28–32 MB (the workers': pool.ts). Set them too where
 * `node dist/server.js` is started otherwise: the render worker's code cache is made under them too
 * (scripts/build.mjs), and V8 refuses it under other flags. Both read from package.json (start-command.mjs).
 */
export const SERVER_NODE_FLAGS: readonly string[] = START_NODE_FLAGS;

let built = false;
/** The server as `npm start` runs it: `npm run build` once per script run, then `node dist/server.js`. */
export function buildService(): void {
  if (built) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  built = true;
}

/** Starts the built service with `env` on a free port and resolves once /healthz answers (30 s at most). */
export async function startService(env: Record<string, string> = {}, log = (line: string) => console.log(`[service] ${line}`)): Promise<RunningService> {
  buildService();
  const port = await freePort();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, join(ROOT, 'dist', 'server.js')], { cwd: ROOT, env: { ...ALLOCATOR_ENV, ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', stop);
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buf += chunk;
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        log(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
      }
    });
  }
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = signal ?? String(code)));
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (let delay = 50; ; delay = Math.min(delay * 1.5, 1000)) {
    if (exited) throw new Error(`the service exited (${exited}) before it was ready`);
    const ok = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
    if (ok) return { child, base, stop };
    if (performance.now() - started > 30_000) {
      stop();
      throw new Error('the service was not ready after 30 s');
    }
    await sleep(delay);
  }
}
