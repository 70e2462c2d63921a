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
import { patchSatoriBundles } from './satori-bundles.mjs';

const BUGGY = /(\w+)=(\w+)\+(\w+)\.dx\*(\w+),(\w+)=(\w+)\+\3\.dy\*\4/g;
const FIXED = /(\w+)=(\w+)\+(\w+)\.dx\*(\w+),(\w+)=(\w+)-\3\.dy\*\4/g;
const patched = patchSatoriBundles({
  script: 'satori-mark-offset.mjs',
  why: 'check whether the glyph y-offset sign bug is fixed upstream',
  before: BUGGY,
  after: FIXED,
  replace: '$1=$2+$3.dx*$4,$5=$6-$3.dy*$4',
});
if (patched) console.log(`satori: glyph y-offset sign fixed in ${patched} bundles (patches/satori-mark-offset.mjs)`);
