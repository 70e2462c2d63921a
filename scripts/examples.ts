/**
 * Renders the README's example cards into docs/examples/ from each template's example payload
 * (the post example is the seed post), and the match-day gallery: each of those kinds at each size, in
 * the light, dark and brand themes. Run with `npm run examples` after a template changes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTwemoji, nodeFonts } from '../src/adapter/node/assets.ts';
import { createRenderer } from '../src/render/pipeline.ts';
import { resvgRasterizer } from '../src/adapter/node/resvg.ts';
import { TEMPLATES, type CardKind } from '../templates/index.ts';
import { playerPhoto } from '../tests/photo.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'examples');
const CARDS: Array<{ file: string; kind: CardKind; extra?: Record<string, unknown> }> = [
  { file: 'quote.png', kind: 'quote' },
  { file: 'score.png', kind: 'score' },
  { file: 'seed-post.png', kind: 'post' },
  { file: 'score-story-dark.png', kind: 'score', extra: { size: 'story', theme: 'dark' } },
  { file: 'post-square-brand.png', kind: 'post', extra: { size: 'square', theme: { background: '#2faee0', accent: '#ffffff' } } },
];

/** The match-day gallery: one card per kind and size; square cards in the club's colours, stories dark. */
const BRAND = { background: '#2faee0', accent: '#ffffff' };
const SIZE_THEMES = { og: 'light', x: 'light', square: BRAND, story: 'dark' } as const;
for (const kind of ['fixture', 'lineup', 'player', 'standings'] as const) {
  for (const [size, theme] of Object.entries(SIZE_THEMES)) {
    // the player card with a (stand-in) photo at two sizes, with its shirt number drawn large at the others
    const photo = kind === 'player' && (size === 'x' || size === 'story') ? { photo: playerPhoto() } : {};
    CARDS.push({ file: `${kind}-${size}.png`, kind, extra: { size, theme, ...photo } });
  }
}

mkdirSync(OUT, { recursive: true });
const renderer = await createRenderer({ fonts: nodeFonts(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
for (const card of CARDS) {
  const payload = TEMPLATES[card.kind].schema.parse({ ...(TEMPLATES[card.kind].example as object), ...card.extra });
  const out = await renderer.render({ kind: card.kind, payload, format: 'png' });
  writeFileSync(join(OUT, card.file), out.body);
  console.log(`${join('docs/examples', card.file)}  ${out.width}×${out.height}  ${(out.body.byteLength / 1024).toFixed(0)} KB`);
}
