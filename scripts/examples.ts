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
import { MATCHDAY_RTL } from '../tests/matchday-rtl.ts';
import { playerPhoto } from '../tests/photo.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'examples');
/** `replace`: the extra fields are the whole payload, not changes to the kind's example. */
const CARDS: Array<{ file: string; kind: CardKind; extra?: Record<string, unknown>; replace?: boolean }> = [
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

/** Right to left: the match-day kinds as Saudi and Israeli clubs post them (locale ar, he), mirrored. */
for (const [file, locale, kind] of [['fixture-ar-og.png', 'ar', 'fixture'], ['lineup-he-og.png', 'he', 'lineup'], ['player-ar-og.png', 'ar', 'player'], ['standings-ar-og.png', 'ar', 'standings']] as const) {
  CARDS.push({ file, kind, extra: { ...(MATCHDAY_RTL[locale] as Record<string, object>)[kind], size: 'og' }, replace: true });
}

mkdirSync(OUT, { recursive: true });
const renderer = await createRenderer({ fonts: nodeFonts(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
for (const card of CARDS) {
  const payload = TEMPLATES[card.kind].schema.parse(card.replace ? card.extra : { ...(TEMPLATES[card.kind].example as object), ...card.extra });
  const out = await renderer.render({ kind: card.kind, payload, format: 'png' });
  writeFileSync(join(OUT, card.file), out.body);
  console.log(`${join('docs/examples', card.file)}  ${out.width}×${out.height}  ${(out.body.byteLength / 1024).toFixed(0)} KB`);
}
