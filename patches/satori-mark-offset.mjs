#!/usr/bin/env node
/**
 * Patch of satori 0.63.2, applied by `npm ci` / `npm install` (package.json `postinstall`).
 *
 * The bug: satori places each glyph HarfBuzz shaped at `cursorY + dy * scale` (src/font.ts, getSVG). HarfBuzz
 * gives y offsets upwards (font units, y up) while SVG's y grows downwards, so a mark that the font's GPOS
 * lifts above a tall letter is pushed down into it by the same amount: the tanween of شكراً and دائماً lands
 * inside the alef and the lam. The fix is that one sign: `cursorY - dy * scale`.
 *
 * satori ships minified bundles whose variable names differ per bundle, so this finds the statement by its
 * shape (`G=x+s.dx*k,H=y+s.dy*k`) in each bundle, flips the sign, and fails loudly when the shape is not
 * found exactly once (a satori upgrade must then re-check the bug). Running it twice changes nothing.
 * Proof: tests/render/satori-patch.test.ts fails without it.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let root;
try {
  root = dirname(require.resolve('satori/package.json'));
} catch {
  process.exit(0); // satori not installed (e.g. a production install without it): nothing to patch
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (version !== '0.63.2') throw new Error(`patches/satori-mark-offset.mjs is for satori 0.63.2, found ${version}: check whether the glyph y-offset sign bug is fixed upstream`);

const BUGGY = /(\w+)=(\w+)\+(\w+)\.dx\*(\w+),(\w+)=(\w+)\+\3\.dy\*\4/g;
const FIXED = /(\w+)=(\w+)\+(\w+)\.dx\*(\w+),(\w+)=(\w+)-\3\.dy\*\4/g;
let patched = 0;
for (const name of ['index.js', 'index.cjs', 'standalone.js', 'standalone.cjs', 'experimental.js', 'experimental.cjs']) {
  const file = join(root, 'dist', name);
  if (!existsSync(file)) continue;
  const src = readFileSync(file, 'utf8');
  const buggy = src.match(BUGGY) ?? [];
  const fixed = src.match(FIXED) ?? [];
  if (buggy.length === 0 && fixed.length === 1) continue; // already patched
  if (buggy.length !== 1 || fixed.length !== 0) throw new Error(`satori ${name}: expected one glyph placement statement, found ${buggy.length} unpatched and ${fixed.length} patched`);
  writeFileSync(file, src.replace(BUGGY, '$1=$2+$3.dx*$4,$5=$6-$3.dy*$4'));
  patched++;
}
if (patched) console.log(`satori: glyph y-offset sign fixed in ${patched} bundles (patches/satori-mark-offset.mjs)`);
