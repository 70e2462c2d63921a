/**
 * `npm run load`: autocannon against the real service on loopback, in two phases (both by default).
 *
 * mixed: 200 connections for 30 s, half the requests for a few popular cards (cache hits after their first
 * render, as a CDN-fronted og:image sees) and half for distinct cards (every one a render). Prints
 * throughput, latency percentiles, status counts and the service's peak RSS. 503 + Retry-After is the
 * service's intended answer when its render queue is full; anything else that is not 200 is an unintended
 * error and fails the run.
 *
 * compare (issue 6): HTTP throughput of distinct cards, each server alone on the machine in turn, same
 * duration, same connections, same card URLs in the same order:
 * - ours (a fresh service: empty cache, so every request renders);
 * - a minimal Hono server returning @vercel/og 0.11.1's ImageResponse (scripts/load/og-server.ts);
 * - a warm headless-Chromium screenshot server (scripts/load/chromium-server.ts), when /usr/bin/chromium exists
 *   (one page, so one card at a time; CHROMIUM_PAGES=2 runs two browsers: measured +18% cards/s for 2× the memory);
 * then, on our service, cached answers for 12 already-rendered URLs: ETag revalidation (If-None-Match -> 304)
 * and memory-cache hits (200 from the LRU). Peak RSS of each server's process tree during its distinct run.
 * Only the scenario's own status (200, or 304) counts as throughput.
 *
 * Connections: distinct runs use 16. Rendering is CPU-bound on 2 cores, so a handful of connections already
 * keeps every renderer busy; 16 keeps a queue in front of them at all times (throughput is the renderers',
 * not the client's) while staying far below our 64-deep render queue and its 5 s wait deadline (16 cards
 * queued wait under 2 s even at 10 cards/s), so nothing is shed: a 503 run would measure shedding, not
 * rendering. Cached runs use 32: a cached answer is ~0.3–0.5 ms of the HTTP thread, so it takes more
 * requests in flight to keep that thread busy while autocannon (this process) takes the other core.
 *
 *   npm run load [-- --only mixed|compare] [--connections 200 --duration 30 --popular 0.5]
 *                [--compare-connections 16 --compare-duration 20 --cached-connections 32 --cached-duration 10]
 */
import autocannon from 'autocannon';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { CardKind } from '../templates/index.ts';
import { processMemoryMB, startService } from './lib/service.ts';
import { processTree, startPeer, trackPeakRss, treeCpuSeconds, treeRssMB, waitGone, type PeakRss } from './load/proc.ts';
import { cardPath } from './load/card-path.ts';

// autocannon 8 appends every response body to a string (`req.body += data` in lib/pipelinedRequestsQueue.js,
// for onResponse/expectBody, unused here): UTF-8-decoding a 70 KB PNG costs ~1 ms of this process per
// answer, which capped cached runs at ~600 req/s on a shared 2-core machine, a limit of the load generator,
// not of the service (autocannon issues #362, #485). Dropping the copy leaves status, latency and byte counts intact.
(createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: { addBody(data: unknown): void } }).prototype.addBody = () => {};

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    connections: { type: 'string', default: '200' },
    duration: { type: 'string', default: '30' },
    popular: { type: 'string', default: '0.5' },
    'compare-connections': { type: 'string', default: '16' },
    'compare-duration': { type: 'string', default: '20' },
    'cached-connections': { type: 'string', default: '32' },
    'cached-duration': { type: 'string', default: '10' },
  },
});
if (values.only !== undefined && values.only !== 'mixed' && values.only !== 'compare') throw new Error('--only takes mixed or compare');
const CONNECTIONS = Number(values.connections);
const DURATION_S = Number(values.duration);
const POPULAR_SHARE = Number(values.popular);
const COMPARE_CONNECTIONS = Number(values['compare-connections']);
const COMPARE_DURATION_S = Number(values['compare-duration']);
const CACHED_CONNECTIONS = Number(values['cached-connections']);
const CACHED_DURATION_S = Number(values['cached-duration']);
/** Distinct popular cards: a match day's handful of og:images. */
const POPULAR_CARDS = 12;
const KINDS: CardKind[] = ['quote', 'score', 'post'];
/** Card numbers: the mixed run's distinct cards, the compare runs' (the same sequence for every server), warm-ups. */
const MIXED_FROM = 1_000_000;
const DISTINCT_FROM = 2_000_000;
const WARM_FROM = 3_000_000;
const CHROMIUM = '/usr/bin/chromium';

/** Distinct cards in turn: quote, score, post, quote, … */
const distinctPath = (n: number) => cardPath(KINDS[n % 3]!, n);
const popular = Array.from({ length: POPULAR_CARDS }, (_, i) => cardPath(KINDS[i % 3]!, i));
const log = (msg: string) => process.stderr.write(`[load ${(performance.now() / 1000).toFixed(0)} s] ${msg}\n`);
const statusCounts = (r: autocannon.Result) => Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [Number(code), s.count ?? 0] as const);

// ---- phase 1: mixed popular/distinct under overload ---------------------------------------------------------

async function mixedPhase(): Promise<number> {
  const service = await startService({}, () => {});
  let unique = MIXED_FROM;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, processMemoryMB(service.child.pid!).rss)), 250);

  console.log(`load: ${CONNECTIONS} connections for ${DURATION_S} s against ${service.base}, ${Math.round(POPULAR_SHARE * 100)}% of requests for ${POPULAR_CARDS} popular cards, the rest distinct`);
  const result = await autocannon({
    url: service.base,
    connections: CONNECTIONS,
    duration: DURATION_S,
    timeout: 30,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          path: Math.random() < POPULAR_SHARE ? popular[Math.floor(Math.random() * POPULAR_CARDS)]! : distinctPath(unique++),
        }),
      },
    ],
  });
  clearInterval(sampler);
  const health = (await (await fetch(`${service.base}/healthz`)).json()) as { cache: { entries: number; bytes: number } };
  // the service's own count of error answers by machine code (overloaded, render_timeout, …)
  const metricsText = await (await fetch(`${service.base}/metrics`)).text();
  const errorsByCode = [...metricsText.matchAll(/^card_errors_total\{code="([^"]+)",status="(\d+)"\} (\d+)/gm)].map((m) => `${m[2]} ${m[1]}×${m[3]}`);
  const cacheHits = cacheCount(metricsText, 'hit');
  const memory = processMemoryMB(service.child.pid!);
  service.stop();
  await waitGone(service.child.pid!);

  const codes = statusCounts(result);
  const count = (pred: (c: number) => boolean) => codes.filter(([c]) => pred(c)).reduce((n, [, k]) => n + k, 0);
  const ok = count((c) => c === 200);
  const shed = count((c) => c === 503);
  const unintended = count((c) => c !== 200 && c !== 503) + result.errors + result.timeouts;

  console.log(`
| metric | value |
|---|---|
| requests | ${result.requests.total} (${ok} × 200, ${shed} × 503 shed with Retry-After) |
| throughput | ${result.requests.average.toFixed(0)} req/s average, ${(ok / DURATION_S).toFixed(0)} images/s |
| latency p50 / p90 / p99 | ${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} ms |
| status codes | ${codes.map(([c, n]) => `${c}×${n}`).join(', ')} |
| errors by code | ${errorsByCode.join(', ') || 'none'} |
| memory-cache hits | ${cacheHits} |
| connection errors / timeouts | ${result.errors} / ${result.timeouts} |
| unintended errors | ${unintended} |
| service RSS peak / at end | ${Math.max(peakRss, memory.peak).toFixed(0)} MB / ${memory.rss.toFixed(0)} MB |
| image cache at end | ${health.cache.entries} images, ${(health.cache.bytes / 1024 / 1024).toFixed(1)} MB |
`);
  return unintended;
}

/** The service's card_cache_total{result=…} summed over kinds. */
function cacheCount(metricsText: string, result: 'hit' | 'not_modified'): number {
  const re = new RegExp(`^card_cache_total\\{kind="\\w+",result="${result}"\\} (\\d+)`, 'gm');
  return [...metricsText.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
}

// ---- phase 2: comparison (issue 6) -------------------------------------------------------------------------

interface Run {
  server: string;
  scenario: string;
  /** Answers with the counted status per second of the run's actual duration. */
  perSecond: number;
  unit: 'cards/s' | 'req/s';
  p50: number;
  p99: number;
  statuses: string;
  rss?: PeakRss & { idle: number };
  /** Cores busy on average during the run: the server's process tree, and this process (autocannon). */
  serverCores: number;
  clientCores: number;
}

/** An autocannon run where `next()` gives each request's path (and headers); only `counted` answers are throughput. */
async function cannon(base: string, pid: number, connections: number, duration: number, counted: number, next: () => { path: string; headers?: Record<string, string> }): Promise<Omit<Run, 'server' | 'scenario' | 'unit'>> {
  const serverCpu0 = treeCpuSeconds(pid);
  const clientCpu0 = process.cpuUsage();
  const r = await autocannon({
    url: base,
    connections,
    duration,
    timeout: 30,
    requests: [{ setupRequest: (req) => {
      const { path, headers } = next();
      return { ...req, path, headers: { ...req.headers, ...headers } };
    } }],
  });
  const clientCpu = process.cpuUsage(clientCpu0);
  const serverCores = (treeCpuSeconds(pid) - serverCpu0) / r.duration;
  const clientCores = (clientCpu.user + clientCpu.system) / 1e6 / r.duration;
  const codes = statusCounts(r);
  const statuses = [...codes.map(([c, n]) => `${c}×${n}`), ...(r.errors ? [`conn err×${r.errors}`] : []), ...(r.timeouts ? [`timeout×${r.timeouts}`] : [])];
  return { perSecond: (codes.find(([c]) => c === counted)?.[1] ?? 0) / r.duration, p50: r.latency.p50, p99: r.latency.p99, statuses: statuses.join(', ') || 'none', serverCores, clientCores };
}

/** 12 distinct cards, 4 at a time, outside the measured sequence: fonts parsed, JIT warm, every worker/page used. */
async function warmUp(base: string): Promise<void> {
  const paths = Array.from({ length: 12 }, (_, i) => distinctPath(WARM_FROM + i));
  for (let i = 0; i < paths.length; i += 4) {
    await Promise.all(
      paths.slice(i, i + 4).map(async (p) => {
        const res = await fetch(base + p);
        const body = await res.arrayBuffer();
        if (res.status !== 200 || res.headers.get('content-type') !== 'image/png') {
          throw new Error(`warm-up ${p.slice(0, 30)}…: ${res.status} ${new TextDecoder().decode(body).slice(0, 200)}`);
        }
      }),
    );
  }
}

/** The distinct-card run, identical for every server: the same card sequence from DISTINCT_FROM. */
async function distinctRun(server: string, base: string, pid: number): Promise<Run> {
  const idle = treeRssMB(pid);
  await warmUp(base);
  log(`${server}: distinct cards, ${COMPARE_CONNECTIONS} connections for ${COMPARE_DURATION_S} s…`);
  let n = DISTINCT_FROM;
  const rss = trackPeakRss(pid);
  const r = await cannon(base, pid, COMPARE_CONNECTIONS, COMPARE_DURATION_S, 200, () => ({ path: distinctPath(n++) }));
  return { server, scenario: `distinct cards, ${COMPARE_CONNECTIONS} conn`, unit: 'cards/s', ...r, rss: { ...rss.stop(), idle } };
}

async function comparePhase(): Promise<void> {
  const loadAtStart = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
  const runs: Run[] = [];
  const notes: string[] = [];

  log('ours: starting the service…');
  const service = await startService({}, () => {});
  const ours = await distinctRun('ours', service.base, service.child.pid!);
  runs.push(ours);
  // The cached set: render the popular cards once (now they sit in the LRU) and keep their ETags.
  const etags = await Promise.all(popular.map(async (p) => {
    const res = await fetch(service.base + p);
    await res.arrayBuffer();
    return res.headers.get('etag') ?? '';
  }));
  const before = await (await fetch(`${service.base}/metrics`)).text();
  log(`ours: ETag revalidation, ${CACHED_CONNECTIONS} connections for ${CACHED_DURATION_S} s…`);
  let i = 0;
  const revalidated = await cannon(service.base, service.child.pid!, CACHED_CONNECTIONS, CACHED_DURATION_S, 304, () => {
    const k = i++ % POPULAR_CARDS;
    return { path: popular[k]!, headers: { 'if-none-match': etags[k]! } };
  });
  runs.push({ server: 'ours', scenario: `cached: ETag revalidation (304), ${CACHED_CONNECTIONS} conn`, unit: 'req/s', ...revalidated });
  log(`ours: memory-cache hits, ${CACHED_CONNECTIONS} connections for ${CACHED_DURATION_S} s…`);
  const hits = await cannon(service.base, service.child.pid!, CACHED_CONNECTIONS, CACHED_DURATION_S, 200, () => ({ path: popular[i++ % POPULAR_CARDS]! }));
  runs.push({ server: 'ours', scenario: `cached: memory-cache hit (200), ${CACHED_CONNECTIONS} conn`, unit: 'req/s', ...hits });
  const after = await (await fetch(`${service.base}/metrics`)).text();
  notes.push(`the service counted ${cacheCount(after, 'not_modified') - cacheCount(before, 'not_modified')} 304 revalidations and ${cacheCount(after, 'hit') - cacheCount(before, 'hit')} memory-cache hits during the cached runs`);
  service.stop();
  await waitGone(service.child.pid!);

  const peers: Array<{ server: string; script: string; skip?: string }> = [
    { server: '@vercel/og 0.11.1', script: 'scripts/load/og-server.ts' },
    { server: 'headless Chromium', script: 'scripts/load/chromium-server.ts', ...(existsSync(CHROMIUM) ? {} : { skip: `${CHROMIUM} is not installed` }) },
  ];
  for (const { server, script, skip } of peers) {
    if (skip) {
      notes.push(`${server}: skipped (${skip})`);
      continue;
    }
    log(`${server}: starting ${script}…`);
    let peer;
    try {
      peer = await startPeer(script, (line) => log(`[${server}] ${line}`));
      runs.push(await distinctRun(server, peer.base, peer.pid));
    } catch (e) {
      notes.push(`${server}: not measured: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (peer) {
        // wait for the whole tree (Chromium's processes too), so the next server does not share the cores
        const tree = processTree(peer.pid);
        peer.stop();
        for (const pid of tree) await waitGone(pid);
      }
    }
  }

  const loadAtEnd = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
  console.log(comparisonTable(runs, ours));
  console.log(`node ${process.version} · ${os.cpus()[0]?.model ?? 'CPU unknown'} · ${os.cpus().length} cores · load average at start ${loadAtStart}, at end ${loadAtEnd} (1/5/15 min)`);
  console.log(`servers ran one at a time; distinct runs: same ${COMPARE_DURATION_S} s, ${COMPARE_CONNECTIONS} connections and card sequence for each, after 12 warm-up cards; only 200s (304s for revalidation) count; latency percentiles cover every answer`);
  // On a machine shared with other work a server gets what the scheduler leaves it; CPU per answer moves less.
  console.log('peak RSS: of the server\'s whole process tree during its distinct run (idle = just after start); the peers\' Node process also holds our templates, fonts and measurer, loaded to build the same trees');
  console.log('server CPU per answer = CPU time of the server\'s process tree (all threads and processes) ÷ counted answers: less sensitive than throughput to other load on the machine');
  for (const n of notes) console.log(`- ${n}`);
}

const TARGETS: Record<string, number> = { '@vercel/og 0.11.1': 2, 'headless Chromium': 10 };
/** Issue 13: server CPU per distinct card ≤ this × the peer's (only @vercel/og has a CPU target). */
const CPU_TARGETS: Record<string, number> = { '@vercel/og 0.11.1': 0.5 };
const RSS_TARGET_MB = 200;
const CACHED_TARGET = 100;

function comparisonTable(runs: Run[], ours: Run): string {
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  const rows = runs.map((r) => {
    let ratio: string;
    let target: string;
    if (r === ours) {
      ratio = '1× (reference)';
      target = `RSS ≤ ${RSS_TARGET_MB} MB: ${mark((r.rss?.tree ?? Infinity) <= RSS_TARGET_MB)}`;
    } else if (r.server === 'ours') {
      const x = r.perSecond / ours.perSecond;
      ratio = `${x.toFixed(0)}× ours uncached`;
      target = `≥ ${CACHED_TARGET}× uncached: ${mark(x >= CACHED_TARGET)}`;
    } else {
      const x = ours.perSecond / r.perSecond;
      const want = TARGETS[r.server] ?? 1;
      ratio = `ours is ${x.toFixed(2)}×`;
      target = `≥ ${want}×: ${mark(x >= want)}`;
      const cpuWant = CPU_TARGETS[r.server];
      if (cpuWant !== undefined) {
        const c = ours.serverCores / ours.perSecond / (r.serverCores / r.perSecond);
        ratio += `; CPU per card ${c.toFixed(2)}×`;
        target += `; CPU ≤ ${cpuWant}×: ${mark(c <= cpuWant)}`;
      }
    }
    const m = r.rss;
    const rss = !m ? '' : `${m.tree.toFixed(0)} MB (idle ${m.idle.toFixed(0)}${m.processes === 1 ? '' : `; Node ${m.root.toFixed(0)} + ${m.processes - 1} child processes ${m.children.toFixed(0)}`})`;
    const rate = r.perSecond >= 100 ? r.perSecond.toFixed(0) : r.perSecond.toFixed(1);
    return `| ${r.server} | ${r.scenario} | ${rate} ${r.unit} | ${r.p50} / ${r.p99} ms | ${r.statuses} | ${rss} | ${((r.serverCores / r.perSecond) * 1000).toFixed(r.perSecond >= 100 ? 2 : 0)} ms (${r.serverCores.toFixed(2)} / ${r.clientCores.toFixed(2)}) | ${ratio} | ${target} |`;
  });
  return ['', '### HTTP throughput comparison (issue 6)', '', '| server | scenario | throughput | latency p50 / p99 | statuses | peak RSS | server CPU per answer (cores used: server / autocannon) | ratio | target |', '|---|---|---|---|---|---|---|---|---|', ...rows, ''].join('\n');
}

// ---- main ---------------------------------------------------------------------------------------------------

let unintended = 0;
if (values.only !== 'compare') unintended = await mixedPhase();
if (values.only !== 'mixed') await comparePhase();
process.exit(unintended === 0 ? 0 : 1);
