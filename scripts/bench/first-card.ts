import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSync } from 'esbuild';
import { ALLOCATOR_ENV, buildService, freePort, ROOT, SERVER_NODE_FLAGS } from '../lib/service.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatoriElement } from '../../src/jsx.ts';
import { familyName, RESIDENT_FILES } from '../../src/render/fonts.ts';
import { FONTS_DIR } from '../../src/adapter/node/assets.ts';

/** "First card after process start", each measured in a fresh child process. */

export interface FirstCard {
  /** ms from the child's start to: static imports done, assets ready, first PNG done. */
  imported: number;
  ready: number;
  done?: number;
  bytes?: number;
  error?: string;
  /** ms from spawn to exit, seen by the parent (adds node boot and teardown). */
  wall: number;
}

const here = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));

function runChild(args: string[]): FirstCard {
  const t0 = performance.now();
  const stdout = execFileSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const wall = performance.now() - t0;
  const last = stdout.trim().split('\n').at(-1) ?? '{}';
  return { ...(JSON.parse(last) as Omit<FirstCard, 'wall'>), wall };
}

/** The core's first card, run as `npm start` runs code: bundled to plain JS by esbuild, no TypeScript loader. */
export function firstCardOurs(): FirstCard {
  const outfile = join(ROOT, 'dist', 'bench-first-card.mjs');
  buildSync({ entryPoints: [here('first-card-ours.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  return runChild([outfile]);
}

export interface FirstServerCard {
  /** ms from spawning `node dist/server.js` to its "listening" line, and to the first 200 PNG of the quote card. */
  listening: number;
  done: number;
  /** CPU time (ms, all its threads) the server had used when the first card arrived: less noisy than wall time on a shared machine. */
  cpu?: number;
  serverTiming: string;
  error?: string;
}

/**
 * The service's first card: spawn the built server (as `npm start` does, after its build step; or
 * `serverFile`, already built, for an A/B of two builds: scripts/bench/first-card-ab.ts), request
 * the quote card's GET URL from the moment the process exists (retrying refused connections every 5 ms),
 * and time the first 200.
 */
/** A GET through node:http: the bench replaces global fetch with an offline one for @vercel/og. */
function get(url: string): Promise<{ status: number; serverTiming: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, serverTiming: String(res.headers['server-timing'] ?? '') }));
      })
      .on('error', reject);
  });
}

/** utime + stime of a process (Linux /proc; clock ticks of 10 ms), in ms; NaN elsewhere. */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

export async function firstCardServer(path: string, serverFile?: string): Promise<FirstServerCard> {
  if (serverFile === undefined) buildService();
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverFile ?? join(ROOT, 'dist', 'server.js')], { cwd: ROOT, env: { ...ALLOCATOR_ENV, ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'ignore'] });
  let listening = Number.NaN;
  child.stdout!.on('data', (d: Buffer) => {
    if (Number.isNaN(listening) && d.toString().includes('listening')) listening = performance.now() - t0;
  });
  try {
    for (;;) {
      if (performance.now() - t0 > 60_000) return { listening, done: Number.NaN, serverTiming: '', error: 'no card after 60 s' };
      const res = await get(`http://127.0.0.1:${port}${path}`).catch(() => undefined);
      if (res === undefined) {
        await sleep(5);
        continue;
      }
      if (res.status !== 200) return { listening, done: Number.NaN, serverTiming: '', error: `status ${res.status}` };
      return { listening, done: performance.now() - t0, cpu: processCpuMs(child.pid!), serverTiming: res.serverTiming };
    }
  } finally {
    child.kill('SIGKILL');
  }
}

/** Runs `script` on a JSON spec file holding `spec` plus the bundled font files' names, weights and paths. */
function runWithSpec(script: string, spec: object): FirstCard {
  const dir = mkdtempSync(join(tmpdir(), 'card-bench-'));
  try {
    const file = join(dir, 'spec.json');
    const fonts = RESIDENT_FILES.map((f) => ({
      name: familyName(f.family),
      weight: f.weight,
      style: f.italic ? 'italic' : 'normal',
      path: join(FONTS_DIR, f.file),
    }));
    writeFileSync(file, JSON.stringify({ ...spec, fonts }));
    return runChild([here(script), file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** og's first card, rendering `tree` (pre-built here and handed over as JSON) with the bundled font files. */
export function firstCardOg(tree: SatoriElement, width: number, height: number): FirstCard {
  return runWithSpec('first-card-og.mjs', { tree, width, height });
}

/** Takumi's first card, rendering `node` (a Takumi node tree, pre-built here) with the bundled font files. */
export function firstCardTakumi(node: object, width: number, height: number): FirstCard {
  return runWithSpec('first-card-takumi.mjs', { node, width, height });
}
