/**
 * A/B of two built servers on distinct cards, for iterating on a change (`npm run load` is the reference run):
 *   node scripts/build.mjs dist-a   (before)      node scripts/build.mjs dist-b   (after)
 *   npx tsx scripts/bench/ab-distinct.ts "dist-a --max-semi-space-size=2" "dist-b --max-semi-space-size=2" [rounds] [seconds] [connections]
 * Each argument is a build directory and the node flags to start its server.js with, optionally after environment
 * settings for that server alone ("MALLOC_MMAP_THRESHOLD_=32768 dist-b --max-semi-space-size=2"); the runs alternate A, B,
 * A, B… (a shared machine's load drifts), each after 12 warm-up cards, and print cards/s, tree CPU per card,
 * cores, p50, peak and idle RSS and the load average. CACHED=1 asks 12 cards over and over (memory-cache hits);
 * THREADS=1 prints each thread's CPU seconds during the run (render worker, V8's platform threads, libuv's).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import os from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardKind } from '../../templates/index.ts';
import { ALLOCATOR_ENV, freePort, ROOT } from '../lib/service.ts';
import { trackPeakRss, treeCpuSeconds, treeRssMB } from '../load/proc.ts';
import { createRequire } from 'node:module';
import { cardPath } from '../load/card-path.ts';

(createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: { addBody(data: unknown): void } }).prototype.addBody = () => {};
const [a, b, roundsArg, secondsArg, connArg] = process.argv.slice(2);
const ROUNDS = Number(roundsArg ?? 2);
const SECONDS = Number(secondsArg ?? 12);
const CONN = Number(connArg ?? 16);
const KINDS: CardKind[] = ['quote', 'score', 'post'];
let next = 5_000_000 + Math.floor(Math.random() * 1000) * 10_000;
async function run(spec: string) {
  const words = spec.split(' ');
  const settings = Object.fromEntries(words.filter((w, i) => i < words.findIndex((x) => !/^[A-Z_]+=/.test(x))).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]));
  const [dir, ...nodeArgs] = words.slice(Object.keys(settings).length);
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, dir!, 'server.js')], { cwd: ROOT, env: { ...ALLOCATOR_ENV, ...process.env, ...settings, PORT: String(port) }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  for (let i = 0; i < 12; i += 4) await Promise.all([0, 1, 2, 3].map(async (k) => { const r = await fetch(base + cardPath(KINDS[(i + k) % 3]!, next++)); await r.arrayBuffer(); }));
  const idle = treeRssMB(child.pid!);
  const rss = trackPeakRss(child.pid!);
  const threads = () => Object.fromEntries(readdirSync(`/proc/${child.pid}/task`).map((t) => { try { const st = readFileSync(`/proc/${child.pid}/task/${t}/stat`, 'utf8'); const name = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')')); const f = st.slice(st.lastIndexOf(')') + 2).split(' '); return [`${name}#${t}`, (Number(f[11]) + Number(f[12])) / 100]; } catch { return ['gone', 0]; } }));
  const th0 = threads();
  const cpu0 = treeCpuSeconds(child.pid!);
  let n = next;
  const r = await autocannon({ url: base, connections: CONN, duration: SECONDS, timeout: 30, requests: [{ setupRequest: (req) => ({ ...req, path: process.env.CACHED ? cardPath(KINDS[n % 3]!, 12 + (n++ % 12)) : cardPath(KINDS[n % 3]!, n++) }) }] });
  next = n;
  const cpu = treeCpuSeconds(child.pid!) - cpu0;
  const th1 = threads();
  if (process.env.THREADS) console.error(Object.entries(th1).map(([k, v]) => [k, +(v - (th0[k] ?? 0)).toFixed(2)]).filter(([, v]) => (v as number) > 0.05));
  const ok = r['2xx'] || 1;
  const peak = rss.stop();
  child.kill('SIGKILL');
  return { spec, cardsPerS: +(ok / r.duration).toFixed(2), cpuMsPerCard: +((cpu * 1000) / ok).toFixed(1), cores: +(cpu / r.duration).toFixed(2), p50: r.latency.p50, peakMB: peak, idleMB: idle, non2xx: r.non2xx, load: os.loadavg()[0]!.toFixed(2) };
}
for (let i = 0; i < ROUNDS; i++) for (const d of [a!, b!]) console.log(JSON.stringify(await run(d)));
process.exit(0);
