import type { z } from 'zod';
import type { SatoriElement } from '../src/jsx.ts';
import type { TemplateContext } from './shared/context.ts';
import type { CommonOptions } from './shared/schema.ts';
import * as fixture from './fixture.tsx';
import * as lineup from './lineup.tsx';
import * as player from './player.tsx';
import * as post from './post.tsx';
import * as quote from './quote.tsx';
import * as score from './score.tsx';
import * as standings from './standings.tsx';

/** One card kind: its schema, an example payload, its element tree and its alt text. */
export interface CardTemplate<P extends CommonOptions = CommonOptions> {
  version: number;
  schema: z.ZodType<P>;
  example: unknown;
  view(payload: P, ctx: TemplateContext): SatoriElement;
  alt(payload: P, ctx: TemplateContext): string;
  /**
   * The title and description of the card's share page (og:title, og:description). Optional: a kind without
   * it gets a title and description derived from its alt text (src/http/share/text.ts).
   */
  share?(payload: P, ctx: TemplateContext): ShareText;
}

/** What a share page says about its card, besides the image and its alt text. */
export interface ShareText {
  title: string;
  description: string;
}

export const TEMPLATES = {
  quote: quote as unknown as CardTemplate,
  score: score as unknown as CardTemplate,
  post: post as unknown as CardTemplate,
  fixture: fixture as unknown as CardTemplate,
  lineup: lineup as unknown as CardTemplate,
  player: player as unknown as CardTemplate,
  standings: standings as unknown as CardTemplate,
} as const;

export type CardKind = keyof typeof TEMPLATES;
export const KINDS = Object.keys(TEMPLATES) as CardKind[];

export function isKind(k: string): k is CardKind {
  return (KINDS as string[]).includes(k);
}
