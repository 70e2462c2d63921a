/**
 * Render time of every kind's example at every size, ours only, in one process: warm cache-miss renders,
 * interleaved rounds, medians of wall time per phase (view model and text fitting, satori, resvg, PNG
 * encoding) and of the process's CPU time (steadier than wall time on a shared machine). Prints figures
 * and the ratio to the score card at og size; asserts nothing. `npx tsx scripts/bench-kinds.ts [rounds]`.
 */
import { loadTwemoji, nodeFonts } from '../src/adapter/node/assets.ts';
import { createRenderer } from '../src/render/pipeline.ts';
import { resvgRasterizer } from '../src/adapter/node/resvg.ts';
import { KINDS, TEMPLATES } from '../templates/index.ts';
import { SIZES, type SizeName } from '../templates/shared/schema.ts';

const ROUNDS = Number(process.argv[2] ?? 15);
const WARMUP = 3;
const renderer = await createRenderer({ fonts: nodeFonts(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
const cards = KINDS.flatMap((kind) =>
  (Object.keys(SIZES) as SizeName[]).map((size) => ({ label: `${kind} ${size}`, kind, payload: TEMPLATES[kind].schema.parse({ ...(TEMPLATES[kind].example as object), size }) })),
);
const samples = new Map<string, Record<'total' | 'cpu' | 'view' | 'layout' | 'raster' | 'encode', number[]>>();
for (let round = 0; round < WARMUP + ROUNDS; round++) {
  for (const card of cards) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const out = await renderer.render({ kind: card.kind, payload: card.payload, format: 'png' });
    const used = process.cpuUsage(cpu);
    if (round < WARMUP) continue;
    const s = samples.get(card.label) ?? { total: [], cpu: [], view: [], layout: [], raster: [], encode: [] };
    s.total.push(performance.now() - wall);
    s.cpu.push((used.user + used.system) / 1000);
    for (const phase of ['view', 'layout', 'raster', 'encode'] as const) s[phase].push(out.timings[phase]);
    samples.set(card.label, s);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const base = median(samples.get('score og')!.cpu);
console.log(`${ROUNDS} rounds; medians in ms; cpu = process CPU time per card`);
console.log('card'.padEnd(18), 'total   cpu  view layout raster encode  cpu/score-og');
for (const [label, s] of samples) {
  const f = (x: number[]) => median(x).toFixed(1).padStart(6);
  console.log(label.padEnd(18), f(s.total), f(s.cpu), f(s.view), f(s.layout), f(s.raster), f(s.encode), `${(median(s.cpu) / base).toFixed(2)}×`.padStart(8));
}
