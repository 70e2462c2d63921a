import { toQuery } from '../../src/http/query.ts';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';

/**
 * The GET URL of distinct card number `n` of a kind: its example with the number worked into what it shows, so
 * every `n` is a cache miss (used by `npm run load` and scripts/bench/ab-distinct.ts).
 */
export function cardPath(kind: CardKind, n: number): string {
  const ex = structuredClone(TEMPLATES[kind].example) as Record<string, unknown>;
  if (kind === 'quote') ex.text = `${String(ex.text)} (${n})`;
  if (kind === 'post') ex.text = `${String(ex.text)} #${n}`;
  if (kind === 'score') ex.home = { ...(ex.home as object), score: n % 10 };
  if (kind === 'score') ex.venue = `Orange Vélodrome ${n}`;
  return `/v1/cards/${kind}.png?${toQuery(ex)}`;
}
