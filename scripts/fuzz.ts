/**
 * `npm run fuzz [-- --runs N --seed S]`: N (default 10,000) hostile requests against the real app
 * (in-process renderer, real validation, real rendering of whatever passes). A fifth of them carry hostile
 * image bytes in avatar and crest fields (declared sizes up to bombs, truncated and mutated files, wrong types,
 * mangled base64: tests/fuzz/arbitraries.ts). Fails on any 5xx, any error without a JSON code, any request
 * slower than 30 s (a hang), or RSS growth beyond RSS_BUDGET_MB over the second half of the run. Prints the
 * status histogram and the RSS every 1,000 inputs.
 *
 * RSS is read after a full GC (which frees resvg's pixmaps, see src/render/worker.ts). The first half of the
 * run is warm-up: fonts are parsed, the app's bounded caches (16 MB of cards, 16 MB of resized images, 8 MB of
 * URL → ETag, 4 MB of emoji bitmaps) fill, and the allocators' arenas grow to their working size (in-process
 * rendering, with resvg's mimalloc, glibc and libvips's threads). After that RSS must be flat: 10,000 inputs
 * measured 415 MB after 500, 526 at 3,000, then 576 → 586 MB from 5,000 to 10,000 (V8's heap flat at 128–132 MB).
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { imageRequest, request } from '../tests/fuzz/arbitraries.ts';
import { checkRequest } from '../tests/fuzz/check.ts';
import { testApp } from '../tests/helpers.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
/** A single request slower than this is a hang. */
const HANG_MS = 30_000;
/** Inputs before the reference RSS: the first half of the run. */
const warmup = Math.max(1, Math.floor(runs / 2));
/**
 * RSS growth allowed over the second half of the run, after a GC. A leak of one decoded 450 px avatar per card
 * (800 KB) would pass it within ~60 image cards, and of a card's pixmap (3 MB) within ~20 cards.
 */
const RSS_BUDGET_MB = 50;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const settledRssMB = async () => {
  gc();
  // native finalizers (resvg pixmaps) run from the event loop after a GC: let it turn
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 100));
  return process.memoryUsage();
};
const mb = (n: number) => `${(n / 1024 ** 2).toFixed(0)} MB`;

const app = await testApp();
const statuses = new Map<number, number>();
const started = performance.now();
let done = 0;
let reference: number | undefined;
await fc.assert(
  fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: request }, { weight: 1, arbitrary: imageRequest }), async (r) => {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`hang: ${r.method} ${r.path.slice(0, 120)}`)), HANG_MS)));
    const status = await Promise.race([checkRequest(app, r), hang]).finally(() => clearTimeout(timer));
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    ++done;
    if (done === warmup || done % 1000 === 0) {
      const m = await settledRssMB();
      if (done === warmup) reference = m.rss;
      console.log(`${done} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s, RSS ${mb(m.rss)} (V8 heap ${mb(m.heapUsed)}, external ${mb(m.external)})`);
    }
  }),
  { numRuns: runs, seed },
);
const seconds = (performance.now() - started) / 1000;
const end = (await settledRssMB()).rss;
const growth = (end - (reference ?? end)) / 1024 ** 2;
console.log(`fuzz: ${runs} inputs (seed ${seed}) in ${seconds.toFixed(0)} s, no 5xx, no hang`);
console.log(`statuses: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join('  ')}`);
console.log(`RSS after a GC: ${mb(reference ?? end)} after ${warmup} inputs, ${mb(end)} at the end (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB, budget ${RSS_BUDGET_MB} MB)`);
if (growth > RSS_BUDGET_MB) {
  console.log('FAIL: RSS grew beyond its budget');
  process.exit(1);
}
