/**
 * Renders the README's example cards into docs/examples/ from each template's example payload
 * (the post example is the seed post). Run with `npm run examples` after a template changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFonts, loadTwemoji, nodeFontSource } from '../src/render/node-assets.ts';
import { createRenderer } from '../src/render/pipeline.ts';
import { resvgRasterizer } from '../src/render/resvg.ts';
import { TEMPLATES, type CardKind } from '../templates/index.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'examples');
const CARDS: Array<{ file: string; kind: CardKind; extra?: Record<string, unknown> }> = [
  { file: 'quote.png', kind: 'quote' },
  { file: 'score.png', kind: 'score' },
  { file: 'seed-post.png', kind: 'post' },
  { file: 'score-story-dark.png', kind: 'score', extra: { size: 'story', theme: 'dark' } },
  { file: 'post-square-brand.png', kind: 'post', extra: { size: 'square', theme: { background: '#2faee0', accent: '#ffffff' } } },
];

mkdirSync(OUT, { recursive: true });
const renderer = await createRenderer({ fonts: loadFonts(), fontSource: nodeFontSource(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
for (const card of CARDS) {
  const payload = TEMPLATES[card.kind].schema.parse({ ...(TEMPLATES[card.kind].example as object), ...card.extra });
  const out = await renderer.render({ kind: card.kind, payload, format: 'png' });
  writeFileSync(join(OUT, card.file), out.body);
  console.log(`${join('docs/examples', card.file)}  ${out.width}×${out.height}  ${(out.body.byteLength / 1024).toFixed(0)} KB`);
}
