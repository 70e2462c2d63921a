import { instantiateHarfBuzz } from './harfbuzz.ts';

/**
 * satori 0.63 shapes text with its own embedded copy of HarfBuzz, which it instantiates from base64 bytes
 * as soon as it is loaded, with no option to pass (workerd refuses wasm compiled from bytes). The Worker
 * build (scripts/build-edge.ts, `patchSatori`) rewrites that one call to go through this function, and drops
 * the base64 copy (~500 KB): the instance is made from the bundle's imported hb.wasm instead.
 */
export function satoriHarfBuzz(factory: (options: Record<string, unknown>) => Promise<unknown>): Promise<unknown> {
  return instantiateHarfBuzz(factory);
}
