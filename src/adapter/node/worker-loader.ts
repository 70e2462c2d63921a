import { runWithCodeCache } from './code-cache.ts';
import { setRenderThreadFlags } from './worker-flags.ts';

/**
 * The built render worker (dist/worker.js, what piscina starts): the worker bundle (worker.ts and everything it
 * draws with, dist/worker-bundle.cjs) run through its code cache (code-cache.ts). The flags first: V8 checks
 * them against the cache's.
 */
setRenderThreadFlags();
const bundle = runWithCodeCache(new URL('./worker-bundle.cjs', import.meta.url), new URL('./worker-bundle.cache', import.meta.url));
if (bundle.cache !== 'accepted') {
  console.warn(`warning: the render worker's code cache was ${bundle.cache === 'missing' ? 'not found' : 'refused by V8 (node flags other than npm start’s?)'}: each worker start compiles its code (~100-200 ms more); run npm run build, start as npm start does`);
}

export default bundle.exports.default;
/** Settles once the worker's warm-up card is drawn (worker.ts). */
export const warmedUp = bundle.exports.warmedUp as Promise<void>;
/** The bundle's code cache as it is now: scripts/build.mjs writes it once the warm-up card is drawn. */
export const createCache = bundle.createCache;
