import v8 from 'node:v8';
import { limitOptimizedFunctions } from './v8-tiers.ts';

/**
 * V8 flags of a render thread, set before it loads anything (worker.ts, and worker-loader.ts before it compiles the
 * bundle: V8 accepts a code cache only under the flags it was made with, code-cache.ts). Setting them again is a no-op.
 */
export function setRenderThreadFlags(): void {
  v8.setFlagsFromString('--expose-gc');
  limitOptimizedFunctions(); // no TurboFan for satori's largest functions: see v8-tiers.ts
}
