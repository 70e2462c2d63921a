import { sanitize } from './sanitize.ts';
import { splitStyled } from './styled.ts';

/**
 * How many times `text` changes style as the text engine draws it: plain ↔ 𝗯𝗼𝗹𝗱 ↔ 𝘪𝘵𝘢𝘭𝘪𝘤 … (spaces and
 * punctuation between two runs of one style do not count). Each run becomes its own satori element in its
 * own face, and that, not the number of letters, is what a card's layout costs: see MAX_STYLE_CHANGES.
 */
export function styleChanges(text: string): number {
  if (splitStyled(text).length <= 1) return 0; // the common case, without sanitizing long plain strings
  return Math.max(0, splitStyled(sanitize(text)).length - 1);
}
