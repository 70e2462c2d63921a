/**
 * `X-Card-Alt`: the card's alt text, UTF-8 percent-encoded (header values are Latin-1), cut to fit proxies.
 *
 * Why 1 KB: the whole header block of an answer must fit the proxy's buffer, and the smallest common one is
 * nginx's `proxy_buffer_size`, 4 KB or 8 KB by default (one memory page): past it nginx answers 502 "upstream
 * sent too big header". Node's own fetch (undici) refuses header blocks over 16 KB. An ordinary 700-character
 * Cyrillic post encodes to ~4 KB (each letter is `%D0%9F`, 6 bytes), 300 emoji named in French to 16–24 KB.
 * 1 KB leaves the rest of the budget to our other headers and to whatever the proxy adds.
 * The full alt text is in the `.json` variant.
 */
export const MAX_ALT_HEADER_BYTES = 1024;

const ELLIPSIS = '…';
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest prefix of `text` whose segments encode to at most `budget` bytes: [end index, last whitespace before it]. */
function fit(text: string, segmenter: Intl.Segmenter, budget: number): { end: number; space: number } {
  let bytes = 0;
  let end = 0;
  let space = -1;
  for (const s of segmenter.segment(text)) {
    if (/^\s+$/u.test(s.segment)) space = s.index;
    bytes += encodeURIComponent(s.segment).length;
    if (bytes > budget) break;
    end = s.index + s.segment.length;
  }
  return { end, space };
}

/**
 * The header value: the percent-encoded alt text, or, when that is over MAX_ALT_HEADER_BYTES, its longest
 * prefix ending at a word (before a space when there is one; never inside a grapheme, so never inside an emoji
 * sequence) followed by an ellipsis.
 */
export function altHeader(alt: string, maxBytes = MAX_ALT_HEADER_BYTES): string {
  const full = encodeURIComponent(alt);
  if (full.length <= maxBytes) return full;
  const budget = maxBytes - encodeURIComponent(ELLIPSIS).length;
  const byWord = fit(alt, words, budget);
  // A single word longer than the budget (a long URL, emoji without spaces) is cut between graphemes.
  const end = byWord.space > 0 ? byWord.space : byWord.end > 0 ? byWord.end : fit(alt, graphemes, budget).end;
  return encodeURIComponent(alt.slice(0, end).trimEnd() + ELLIPSIS);
}
