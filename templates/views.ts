import type { CardKind, CardTemplate } from './index.ts';
import { view as fixture } from './fixture.tsx';
import { view as lineup } from './lineup.tsx';
import { view as player } from './player.tsx';
import { view as post } from './post.tsx';
import { view as quote } from './quote.tsx';
import { view as score } from './score.tsx';
import { view as standings } from './standings.tsx';

/**
 * Each kind's element tree alone, for the render core: a render never validates, so it needs no schema. Kept
 * apart from TEMPLATES (index.ts) so that a bundle of the core drops the schemas and zod with them (the Node
 * render worker, scripts/build.mjs: ~100 ms of its start); the schemas are marked pure for that.
 */
export const VIEWS: Record<CardKind, CardTemplate['view']> = {
  quote: quote as CardTemplate['view'],
  score: score as CardTemplate['view'],
  post: post as CardTemplate['view'],
  fixture: fixture as CardTemplate['view'],
  lineup: lineup as CardTemplate['view'],
  player: player as CardTemplate['view'],
  standings: standings as CardTemplate['view'],
};
