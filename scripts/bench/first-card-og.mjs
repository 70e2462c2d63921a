/**
 * Child process for `npm run bench`, run with plain `node` (an @vercel/og user needs no TypeScript loader):
 * time from this process's start until @vercel/og's first card is done, including importing og (which reads
 * and instantiates its wasm), reading the font files and the first render. The element tree and the font
 * list come pre-built in the JSON file named by argv[2], as a React user's JSX would cost next to nothing.
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { ImageResponse } from '@vercel/og';

// Offline: og loads its yoga.wasm through a data: URL; any other fetch (emoji, fonts) must not go out.
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith('data:')) return realFetch(input, init);
  return Promise.reject(new TypeError(`fetch failed (offline bench refused ${url})`));
};

const imported = performance.now();
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const fonts = spec.fonts.map((f) => ({ name: f.name, weight: f.weight, style: f.style, data: readFileSync(f.path) }));
const ready = performance.now();
let out;
try {
  const png = await new ImageResponse(spec.tree, { width: spec.width, height: spec.height, fonts }).arrayBuffer();
  out = { imported, ready, done: performance.now(), bytes: png.byteLength };
} catch (e) {
  out = { imported, ready, error: e instanceof Error ? e.message : String(e) };
}
console.log(JSON.stringify(out));
process.exit(0);
