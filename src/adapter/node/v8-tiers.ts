import v8 from 'node:v8';

export const MAX_OPTIMIZED_BYTECODE_BYTES = 3_000;

/**
 * No TurboFan for functions of more than 3,000 bytes of bytecode. satori's main layout function (~17 KB of
 * bytecode, `MB` in its bundle) took 350-470 ms of TurboFan each time it was optimized, then deoptimized
 * ("wrong map") on a later card and optimized again, on V8's compiler threads all the time (--trace-opt: 3.6 s of
 * compilation over 60 cards; the service's compiler threads used ~4.5 s of CPU per 10 s of distinct cards). Left
 * to the baseline tiers it costs less than its recompilations: in-process CPU per card 88-160 -> 70-120 ms
 * (quote, score, post og, post story; same wall time) with a 12,000-byte limit. At 3,000 bytes satori's other
 * large functions (text layout, style expansion, each 200-500 ms to compile) stay baseline too: over 200 mixed
 * distinct cards after 15 warm-up ones, V8's other threads 13.4-14.4 -> 9.2-9.8 ms a card and the whole process
 * 59.1-62.1 -> 52.0-56.5 ms (two rounds each, load ~7; 1,500 bytes the same, 6,000 as 12,000); after 300 cards,
 * when compiling has settled either way, 43.5 vs 40.0 ms. V8's flags are per process: the HTTP thread gets it too,
 * and so does every renderer `npm run bench` runs (@vercel/og's satori too: quote 108-111 -> 86-91 ms there).
 */
export function limitOptimizedFunctions(): void {
  v8.setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE_BYTES}`);
}
