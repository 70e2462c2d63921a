import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * What both satori patches share: each of satori 0.63.2's six bundles has the statement a patch changes once,
 * under names of its own. `patch` finds it unpatched (`before`) or already patched (`after`): exactly one of
 * them once per bundle, or it fails loudly (a satori upgrade must then re-check the patch). Returns how many
 * bundles it changed; running it twice changes nothing. Does nothing when satori is not installed.
 */
export function patchSatoriBundles({ script, why, before, after, replace }) {
  const require = createRequire(import.meta.url);
  let root;
  try {
    root = dirname(require.resolve('satori/package.json'));
  } catch {
    return 0; // satori not installed (e.g. a production install without it): nothing to patch
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (version !== '0.63.2') throw new Error(`patches/${script} is for satori 0.63.2, found ${version}: ${why}`);
  let patched = 0;
  for (const name of ['index.js', 'index.cjs', 'standalone.js', 'standalone.cjs', 'experimental.js', 'experimental.cjs']) {
    const file = join(root, 'dist', name);
    if (!existsSync(file)) continue;
    const src = readFileSync(file, 'utf8');
    const unpatched = src.match(before) ?? [];
    const done = src.match(after) ?? [];
    if (unpatched.length === 0 && done.length === 1) continue; // already patched
    if (unpatched.length !== 1 || done.length !== 0) throw new Error(`satori ${name}: patches/${script} expected the statement once, found ${unpatched.length} unpatched and ${done.length} patched`);
    writeFileSync(file, src.replace(before, replace));
    patched++;
  }
  return patched;
}
