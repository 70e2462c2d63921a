import v8 from 'node:v8';
import { limitOptimizedFunctions } from './v8-tiers.ts';

/**
 * V8 flags of a render thread, set before it loads anything (worker.ts, and worker-loader.ts before it compiles the
 * bundle: V8 accepts a code cache only under the flags it was made with, code-cache.ts). Setting them again is a no-op.
 */
export function setRenderThreadFlags(): void {
  v8.setFlagsFromString('--expose-gc');
  limitOptimizedFunctions(); // no TurboFan for satori's largest functions: see v8-tiers.ts
  /**
   * One background thread, not one per core, optimizes the hot wasm functions (resvg, HarfBuzz, yoga) during the
   * first cards. Each optimization job works in compiler zones of 32 KB blocks from glibc's malloc, tens of MB at
   * once with parallel jobs, and what is freed stays in the process as fragmented heap (the small long-lived
   * allocations each job leaves between the blocks keep glibc from returning it). One job at a time leaves less:
   * RSS after 24 cards 200/211/212 → 188/189/190 MB, CPU per card unchanged (issue 13, README Performance).
   */
  v8.setFlagsFromString('--wasm-num-compilation-tasks=1');
}
