/**
 * `npm run fuzz [-- --runs N --seed S]`: N (default 10,000) hostile requests against the real app
 * (in-process renderer, real validation, real rendering of whatever passes). Fails on any 5xx, any error
 * without a JSON code, or any request slower than 30 s (a hang). Prints the status histogram.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { request } from '../tests/fuzz/arbitraries.ts';
import { checkRequest } from '../tests/fuzz/check.ts';
import { testApp } from '../tests/helpers.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
/** A single request slower than this is a hang. */
const HANG_MS = 30_000;

const app = await testApp();
const statuses = new Map<number, number>();
const started = performance.now();
let done = 0;
await fc.assert(
  fc.asyncProperty(request, async (r) => {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`hang: ${r.method} ${r.path.slice(0, 120)}`)), HANG_MS)));
    const status = await Promise.race([checkRequest(app, r), hang]).finally(() => clearTimeout(timer));
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (++done % 1000 === 0) console.log(`${done} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }),
  { numRuns: runs, seed },
);
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${runs} inputs (seed ${seed}) in ${seconds.toFixed(0)} s, no 5xx, no hang`);
console.log(`statuses: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join('  ')}`);
