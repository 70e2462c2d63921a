/**
 * Child process for `npm run bench`, run with plain `node`: time from this process's start until Takumi's
 * first card is done, including importing @takumi-rs/core (its native addon), reading and registering the
 * bundled font files, and the first render. The Takumi node tree (converted from our element tree by
 * scripts/peers/takumi.ts, emoji inline as data: URLs) and the font list come pre-built in the JSON file
 * named by argv[2], as og's child gets its tree. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { Renderer } from '@takumi-rs/core';

const imported = performance.now();
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let out;
try {
  const renderer = new Renderer();
  for (const f of spec.fonts) await renderer.registerFont({ name: f.name, weight: f.weight, style: f.style, data: readFileSync(f.path) });
  const ready = performance.now();
  const png = await renderer.render(spec.node, { width: spec.width, height: spec.height, format: 'png' });
  out = { imported, ready, done: performance.now(), bytes: png.byteLength };
} catch (e) {
  out = { imported, ready: Number.NaN, error: e instanceof Error ? e.message : String(e) };
}
console.log(JSON.stringify(out));
process.exit(0);
