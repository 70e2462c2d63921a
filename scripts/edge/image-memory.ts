/**
 * What an avatar, crest or photo costs a Worker isolate: workerd's memory (peak RSS) with a card at the edge's
 * pixel ceiling (EDGE_MAX_PIXELS) drawing images at the edge's image ceiling (EDGE_MAX_IMAGE_PIXELS), as sent:
 * the Worker has no image resizer, so resvg-wasm decodes each one at its full size inside the 128 MB isolate.
 * One fresh workerd per line; its first card is a small one, so fonts and satori's and resvg's start-up are
 * counted apart from the card. The figures for larger images, which the ceiling now refuses, are in
 * src/adapter/workers/config.ts (measured the same way before it existed).
 *
 *   npx tsx scripts/edge/image-memory.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { buildEdge } from '../build-edge.ts';
import { EDGE_MAX_IMAGE_PIXELS, EDGE_MAX_IMAGE_SIDE } from '../../src/adapter/workers/config.ts';
import { startWorkerd } from './workerd.ts';

const OUT = join(import.meta.dirname, '..', '..', 'dist', 'edge-memory');

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/**
 * A PNG or JPEG of `side`²: a flat colour with a small pattern in a corner, so that even 4096² compresses into
 * the 300,000 characters a data: URI may have. The decoder's memory depends on the size, not the content.
 */
async function image(width: number, height: number, kind: 'png8' | 'png16' | 'jpeg'): Promise<string> {
  const raw = Buffer.alloc(width * height * 3, 90);
  for (let y = 0; y < 64; y++) for (let x = 0; x < 64; x++) raw.set([x * 4, y * 4, 128], (y * width + x) * 3);
  const img = sharp(raw, { raw: { width, height, channels: 3 } }).ensureAlpha();
  const bytes =
    kind === 'jpeg'
      ? await img.removeAlpha().jpeg({ quality: 20 }).toBuffer()
      : await (kind === 'png16' ? img.toColourspace('rgb16') : img).png({ compressionLevel: 9, palette: false }).toBuffer();
  return `data:image/${kind === 'jpeg' ? 'jpeg' : 'png'};base64,${bytes.toString('base64')}`;
}

async function measure(label: string, payload: unknown): Promise<void> {
  const worker = await startWorkerd(OUT, { cache: false });
  const pid = worker.process.pid!;
  try {
    const post = (body: unknown) =>
      fetch(`${worker.url}/v1/cards/player.png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const idle = memory(pid);
    const small = await post({ name: 'Ana Ruiz', team: { name: 'Olympique de Marseille', shortName: 'OM' }, number: 9, headline: 'goal', size: 'og' });
    if (small.status !== 200) throw new Error(`the small card: ${small.status} ${await small.text()}`);
    await small.arrayBuffer();
    const warm = memory(pid);
    const res = await post(payload);
    if (res.status !== 200) {
      console.log(`${label.padEnd(48)} ${res.status}: ${((await res.json()) as { error: { message: string } }).error.message}`);
      return;
    }
    const body = await res.arrayBuffer();
    const after = memory(pid);
    console.log(
      `${label.padEnd(48)} ${String(res.status)} ${(body.byteLength / 1024).toFixed(0).padStart(5)} KB   peak ${mb(after.peak)} (idle ${mb(idle.rss)}, after a small card ${mb(warm.peak)}): +${mb(after.peak - warm.peak)} for this card, isolate ${mb(after.peak - idle.rss)} over idle`,
    );
  } finally {
    await worker.stop();
  }
}

await buildEdge(OUT, { quiet: true });
// The largest card the edge draws: story at 1.38 (1490×2650 = 3.95 M pixels, EDGE_MAX_PIXELS is 4 M).
const card = (photo?: string, crest?: string) => ({
  name: 'Ana Ruiz',
  team: { name: 'Olympique de Marseille', shortName: 'OM', ...(crest ? { crest } : {}) },
  number: 9,
  headline: 'goal',
  size: 'story',
  scale: 1.38,
  ...(photo ? { photo } : {}),
});
const side = Math.sqrt(EDGE_MAX_IMAGE_PIXELS);
const strip = [EDGE_MAX_IMAGE_SIDE, EDGE_MAX_IMAGE_PIXELS / EDGE_MAX_IMAGE_SIDE] as const;
await measure('story@1.38, no image', card());
await measure(`story@1.38, photo ${side}² PNG`, card(await image(side, side, 'png8')));
await measure(`story@1.38, photo ${side}² 16-bit PNG`, card(await image(side, side, 'png16')));
await measure(`story@1.38, photo ${side}² JPEG`, card(await image(side, side, 'jpeg')));
await measure(`story@1.38, photo ${strip.join('×')} PNG`, card(await image(strip[0], strip[1], 'png8')));
// Two images is the most a card has (score: two crests; player: photo and crest).
await measure(`story@1.38, photo ${side}² JPEG, crest ${side}² PNG`, card(await image(side, side, 'jpeg'), await image(side, side, 'png8')));
// Over the ceiling: refused before anything decodes it.
await measure(`story@1.38, photo ${side + 1}×${side} PNG`, card(await image(side + 1, side, 'png8')));
