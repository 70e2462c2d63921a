/**
 * Child process for `npm run bench`: time from this process's start (performance.timeOrigin) until the
 * first quote PNG from this service's core is done, including module loading (bundled to plain JS, as
 * `npm start` runs it), font and HarfBuzz loading, and the first render. Prints one JSON line.
 */
import { loadTwemoji, nodeFonts } from '../../src/adapter/node/assets.ts';
import { createRenderer } from '../../src/render/pipeline.ts';
import { resvgRasterizer } from '../../src/adapter/node/resvg.ts';
import { TEMPLATES } from '../../templates/index.ts';

const imported = performance.now();
const renderer = await createRenderer({ fonts: nodeFonts(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
const ready = performance.now();
const payload = TEMPLATES.quote.schema.parse(TEMPLATES.quote.example);
const res = await renderer.render({ kind: 'quote', payload, format: 'png' });
const done = performance.now();
console.log(JSON.stringify({ imported, ready, done, bytes: res.body.length }));
process.exit(0);
