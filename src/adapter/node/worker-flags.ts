import v8 from 'node:v8';

const MAX_OPTIMIZED_BYTECODE_BYTES = 12_000;

/**
 * V8 flags of a render thread, set before it loads anything (worker.ts, and worker-loader.ts before it compiles the
 * bundle: V8 accepts a code cache only under the flags it was made with, code-cache.ts). Setting them again is a no-op.
 */
export function setRenderThreadFlags(): void {
  v8.setFlagsFromString('--expose-gc');
  /**
   * No TurboFan for functions of more than 12,000 bytes of bytecode. satori's main layout function (~17 KB of
   * bytecode, `MB` in its bundle) took 350-470 ms of TurboFan each time it was optimized, then deoptimized
   * ("wrong map") on a later card and optimized again, on V8's compiler threads all the time (--trace-opt: 3.6 s of
   * compilation over 60 cards; the service's compiler threads used ~4.5 s of CPU per 10 s of distinct cards). Left
   * to the baseline tiers it costs less than its recompilations: in-process CPU per card 88-160 -> 70-120 ms
   * (quote, score, post og, post story; same wall time). V8's flags are per process: the HTTP thread gets it too.
   */
  v8.setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE_BYTES}`);
}
