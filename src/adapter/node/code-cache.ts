import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * Runs a CommonJS bundle through V8's code cache: the bytecode of its functions, produced by `npm run build` after
 * the bundle drew a card (scripts/build.mjs), so a render worker skips parsing and compiling ~2.6 MB of JavaScript
 * (satori and the rest) and compiling, one by one, the functions its first cards call. Node 20 has no compile
 * cache for ES modules (module.enableCompileCache is Node 22), hence a CommonJS bundle run as a vm.Script.
 *
 * V8 takes the cache only for the same source, V8 version and V8 flags: a server started with other node flags
 * than `npm start`'s compiles the bundle as usual (and says so once on stderr); the cards are the same.
 */
export interface CachedBundle {
  exports: Record<string, unknown>;
  /** 'accepted', or why the bundle was compiled without the cache. */
  cache: 'accepted' | 'rejected' | 'missing';
  /** The code cache of the bundle as it is now (every function compiled so far): what the build writes. */
  createCache(): Buffer;
}

export function runWithCodeCache(bundle: URL, cacheFile: URL): CachedBundle {
  const filename = fileURLToPath(bundle);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The CommonJS wrapper, plus import.meta.url, which the build defines as `__bundle_url` (code-cache's own).
  const source = `(function (exports, require, module, __filename, __dirname, __bundle_url) {${readFileSync(filename, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, filename, dirname(filename), bundle.href);
  return {
    exports: module.exports,
    cache: cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted',
    createCache: () => script.createCachedData(),
  };
}
