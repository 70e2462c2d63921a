#!/usr/bin/env node
/**
 * Patch of satori 0.63.2, applied by `npm ci` / `npm install` (package.json `postinstall`), for speed only:
 * the SVG satori writes is byte for byte the same.
 *
 * satori writes every glyph outline as path data, each coordinate rounded to a tenth by a helper (`nr` in
 * dist/index.js) that returns a number, which a template literal then turns into text with V8's general
 * double-to-shortest-string conversion. A card has ~7,000 path commands, ~25,000 such numbers: satori's path
 * writer (`fd`) was the busiest JavaScript function of a render worker (3.6 ms of a ~40 ms card in a CPU
 * profile). A tenth is an integer count k of tenths, so the text is the integer k / 10, a point and the digit
 * |k| % 10 when that is not 0: what String(k / 10) gives (the shortest string that reads back as the double
 * nearest k / 10), built from two small integers. 3-4× faster on 7,000 commands (6.4 -> 1.8 ms).
 *
 * satori's bundles name the helper differently each; it is found by its exact body, next to the path writer
 * it serves, and the patch fails loudly if that is not found once per bundle. Running it twice changes nothing.
 * Proof: tests/render/satori-patch.test.ts checks the bundle carries it and that it writes what String() wrote.
 */
import { fileURLToPath } from 'node:url';
import { patchSatoriBundles } from './satori-bundles.mjs';

/** satori's rounding helper, as it ships: `var <name>=A=>(A<0?...)/10;function <path writer>(A,g,I,C,B=0){` (names vary). */
export const ROUNDING = /var ([\w$]+)=A=>\(A<0\?-Math\.round\(-A\*10\):Math\.round\(A\*10\)\)\/10;(function [\w$]+\(A,\w+,\w+,\w+,\w+=0\)\{)/g;
/** The same rounding, returning the text String() would give for its number. */
export const FAST_ROUNDING_BODY =
  'A=>{let k=A<0?-Math.round(-A*10):Math.round(A*10);if(!(k>-2e9&&k<2e9))return String(k/10);let r=k%10;if(r===0)return String(k/10);let q=(k-r)/10;return(k<0&&q===0?"-0.":q+".")+(r<0?-r:r)}';
const PATCHED = /var ([\w$]+)=A=>\{let k=A<0\?-Math\.round\(-A\*10\)/g;

function patchBundles() {
  const patched = patchSatoriBundles({
    script: 'satori-path-numbers.mjs',
    why: 'check its path writer again',
    before: ROUNDING,
    after: PATCHED,
    replace: (_, helper, writer) => `var ${helper}=${FAST_ROUNDING_BODY};${writer}`,
  });
  if (patched) console.log(`satori: path numbers written directly in ${patched} bundles (patches/satori-path-numbers.mjs)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) patchBundles();
