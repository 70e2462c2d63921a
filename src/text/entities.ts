/**
 * Hashtags, mentions and URLs, found by code point the way X does: a `#` or `＃` then letters, marks, digits
 * or `_` with at least one non-digit; an `@` then 1–15 of [A-Za-z0-9_]; a URL with a scheme or a known TLD.
 * Each must start the text or follow a character that cannot be part of a word (so `a#b` and `me@x.com` are not).
 */
export type EntityKind = 'hashtag' | 'mention' | 'url';
export interface Entity {
  kind: EntityKind;
  start: number;
  end: number; // UTF-16 offsets, end exclusive
}

const TLDS = 'com|fr|org|net|io|co|uk|de|es|it|eu|tv|me|ly|gl|gg|app|dev|info|news|be|ch|ca|us|nl|pt|club|football|sport';
const URL = new RegExp(
  String.raw`(?:https?:\/\/[^\s<>"«»]+|(?:[a-z0-9][a-z0-9-]*\.)+(?:${TLDS})(?:\/[^\s<>"«»]*)?)`,
  'giu',
);
const HASHTAG = /[#＃](?=[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_])[\p{L}\p{M}\p{N}_]{1,100}/gu;
const MENTION = /[@＠][A-Za-z0-9_]{1,15}(?![A-Za-z0-9_@])/gu;
const WORDISH = /[\p{L}\p{M}\p{N}_&@#＃]/u;
// Punctuation a URL can be followed by that is not part of it: "see example.com." or "(x.com/a)".
const URL_TRAILING = /[.,;:!?'’)\]}]+$/u;

function boundaryBefore(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = String.fromCodePoint(text.codePointAt(index - 1) ?? 0x20);
  const prevUnit = text[index - 1] ?? ' ';
  // a low surrogate means the previous char is astral; check it whole
  const ch = prevUnit >= '\udc00' && prevUnit <= '\udfff' ? String.fromCodePoint(text.codePointAt(index - 2) ?? 0x20) : prev;
  return !WORDISH.test(ch);
}

export function findEntities(text: string): Entity[] {
  const found: Entity[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const m of text.matchAll(URL)) {
    if (!boundaryBefore(text, m.index)) continue;
    const trimmed = m[0].replace(URL_TRAILING, '');
    if (trimmed.length > 0) found.push({ kind: 'url', start: m.index, end: m.index + trimmed.length });
  }
  for (const [re, kind] of [[HASHTAG, 'hashtag'], [MENTION, 'mention']] as const) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (boundaryBefore(text, m.index) && !taken(m.index, end)) found.push({ kind, start: m.index, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
