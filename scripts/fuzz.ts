/**
 * `npm run fuzz [-- --runs N --image-runs M --seed S]`, two phases:
 *
 * 1. N (default 10,000) hostile requests against the real app in-process (real validation, real rendering of
 *    whatever passes); a fifth carry hostile image bytes in avatar and crest fields (headers declaring sizes up
 *    to bombs, truncated and mutated files, wrong types, mangled base64: tests/fuzz/arbitraries.ts). Fails on
 *    any 5xx, any error without a JSON code, or any request slower than 30 s (a hang).
 * 2. M (default 1,000) hostile image requests against the built service, as `npm start` runs it (allocator
 *    settings included, scripts/lib/service.ts) with one render worker (its GC budget at the minimum, no card
 *    cache), 4 in flight, after a warm-up of ordinary cards: the same checks, and its process tree's RSS must
 *    end within RSS_BUDGET_MB of where it stood after the first 100 hostile ones.
 *
 * Why memory is judged on the service: in-process, RSS after a GC creeps with or without images (resvg's
 * allocator keeps what large canvases leave; 10,000 inputs without any image gained 111 MB over their second
 * half, with V8's heap flat at 130 MB). The service renders in a worker that collects on a memory budget
 * (src/adapter/node/worker.ts), and holds flat under `npm run soak`; phase 1 prints its RSS for information only.
 */
import fc from 'fast-check';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { imageRequest, request, type FuzzRequest } from '../tests/fuzz/arbitraries.ts';
import { checkRequest, type Target } from '../tests/fuzz/check.ts';
import { dataUri, realImage } from '../tests/fixtures/images.ts';
import { testApp } from '../tests/helpers.ts';
import { KINDS, TEMPLATES } from '../templates/index.ts';
import { startService } from './lib/service.ts';
import { treeRssMB } from './load/proc.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, 'image-runs': { type: 'string', default: '1000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const imageRuns = Number(values['image-runs']);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
/** A single request slower than this is a hang. */
const HANG_MS = 30_000;
/** Phase 2: hostile image requests before the reference RSS (after a warm-up of ordinary cards, see below). */
const WARMUP = 100;
/** Phase 2: requests in flight at once. */
const CONCURRENCY = 4;
/**
 * Phase 2: growth allowed between the reference and the end, settled. The same as `npm run bombs`: a leak of one
 * decoded 450 px image per card (800 KB) passes it within ~60 image cards, and a bomb decoded once by gigabytes.
 */
const RSS_BUDGET_MB = 50;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const mb = (n: number) => `${(n / 1024 ** 2).toFixed(0)} MB`;

async function checked(target: Target, r: FuzzRequest, statuses: Map<number, number>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`hang: ${r.method} ${r.path.slice(0, 120)}`)), HANG_MS)));
  const status = await Promise.race([checkRequest(target, r), hang]).finally(() => clearTimeout(timer));
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
}
const histogram = (statuses: Map<number, number>) => [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join('  ');

// ------------------------------------------------------------------------------------------- 1. in-process
const app = await testApp();
const statuses = new Map<number, number>();
let started = performance.now();
let done = 0;
await fc.assert(
  fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: request }, { weight: 1, arbitrary: imageRequest }), async (r) => {
    await checked(app, r, statuses);
    if (++done % 1000 === 0) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
      const m = process.memoryUsage();
      console.log(`${done} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s (RSS ${mb(m.rss)} after a GC, V8 heap ${mb(m.heapUsed)})`);
    }
  }),
  { numRuns: runs, seed },
);
console.log(`fuzz in-process: ${runs} inputs (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(0)} s, no 5xx, no hang`);
console.log(`statuses: ${histogram(statuses)}\n`);

// ------------------------------------------------------------------------------------------- 2. the service
// The worker's GC budget at its minimum and no card cache, so that RSS shows what is kept, not garbage awaiting
// collection up to CARD_GC_RSS_MB (320 MB by default) or cached cards (64 MB).
const service = await startService({ CARD_WORKERS: '1', CARD_GC_RSS_MB: '64', CARD_CACHE_BYTES: '0' }, () => {});
const target: Target = { request: (path, init) => fetch(`${service.base}${path}`, init) };
const pid = service.child.pid!;
// warm-up: every kind at every scale with a real image, so that the worker's first large canvases (a scale-3
// card is a 27 MB pixmap) and the resizer's first use are behind the reference, not counted as growth
const photo = dataUri('image/jpeg', await realImage('jpeg', 400, 300));
for (const kind of KINDS) {
  for (const scale of [1, 2, 3]) {
    const body = structuredClone(TEMPLATES[kind].example) as Record<string, Record<string, unknown>>;
    if (kind === 'score') body.home!.crest = photo;
    else if (kind === 'post') body.author!.avatar = photo;
    else (body as Record<string, unknown>).avatar = photo;
    await checked(target, { method: 'POST', path: `/v1/cards/${kind}.png`, body: JSON.stringify({ ...body, scale }) }, new Map());
  }
}
const inputs = fc.sample(imageRequest, { numRuns: imageRuns, seed });
const serviceStatuses = new Map<number, number>();
let reference = treeRssMB(pid);
let peak = reference;
const sampler = setInterval(() => (peak = Math.max(peak, treeRssMB(pid))), 100);
started = performance.now();
let next = 0;
const worker = async () => {
  for (let i = next++; i < inputs.length; i = next++) {
    await checked(target, inputs[i]!, serviceStatuses);
    if (i + 1 === WARMUP) reference = treeRssMB(pid);
    if ((i + 1) % 250 === 0) console.log(`${i + 1} image inputs, ${((performance.now() - started) / 1000).toFixed(0)} s, service RSS ${treeRssMB(pid).toFixed(0)} MB`);
  }
};
try {
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
} finally {
  clearInterval(sampler);
}
// settled: two readings 2 s apart within 2 MB (at most 30 s)
let end = treeRssMB(pid);
for (const t0 = performance.now(); performance.now() - t0 < 30_000; ) {
  await sleep(2000);
  const now = treeRssMB(pid);
  const settled = Math.abs(now - end) < 2;
  end = now;
  if (settled) break;
}
service.stop();
const growth = end - reference;
console.log(`fuzz service: ${imageRuns} image inputs (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(0)} s, ${CONCURRENCY} in flight, no 5xx, no hang`);
console.log(`statuses: ${histogram(serviceStatuses)}`);
console.log(`service RSS: ${reference.toFixed(0)} MB after ${Math.min(WARMUP, imageRuns)} inputs, peak ${peak.toFixed(0)} MB, ${end.toFixed(0)} MB at the end (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB, budget ${RSS_BUDGET_MB} MB)`);
if (growth > RSS_BUDGET_MB) {
  console.log('FAIL: the service grew beyond its memory budget');
  process.exit(1);
}
console.log('PASS');
