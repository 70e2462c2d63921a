/**
 * Removes characters that can change what a reader sees without being seen themselves:
 * bidi overrides/embeddings/isolates (a card of "Score final \u202E1-3\u202C" must read "1-3", not "3-1"),
 * zero-width characters outside emoji sequences, stray emoji tags ("ASCII smuggling") and soft hyphens.
 * ZWJ survives only between two emoji, tag characters only inside a flag tag sequence (🏴 + tags + cancel tag).
 */

// LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM, ALM.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// ZWSP, word joiner, BOM / ZWNBSP, Mongolian vowel separator, invisible math operators, soft hyphen.
const INVISIBLES = /[\u200b\u2060\ufeff\u180e\u2061-\u2064\u00ad]/g;
const ZWJ = 0x200d;
const ZWNJ = 0x200c;
const TAG_FIRST = 0xe0020;
const TAG_CANCEL = 0xe007f;
const BLACK_FLAG = 0x1f3f4;

const PICTO = /\p{Extended_Pictographic}/u;
const EMOJI_COMPONENT = /[\u{1f3fb}-\u{1f3ff}\ufe0f\u20e3]/u;
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}]/u;

function isEmojiSide(ch: string | undefined): boolean {
  return ch !== undefined && (PICTO.test(ch) || EMOJI_COMPONENT.test(ch));
}

export function sanitize(input: string): string {
  const chars = [...input.replace(BIDI_CONTROLS, '').replace(INVISIBLES, '')];
  const out: string[] = [];
  let inTagSequence = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    if (cp === BLACK_FLAG) inTagSequence = true;
    else if (cp >= TAG_FIRST && cp <= TAG_CANCEL) {
      if (inTagSequence) out.push(ch);
      if (cp === TAG_CANCEL) inTagSequence = false;
      continue;
    } else inTagSequence = false;

    if (cp === ZWJ) {
      if (isEmojiSide(out[out.length - 1]) && isEmojiSide(chars[i + 1])) out.push(ch);
      continue;
    }
    if (cp === ZWNJ) {
      // ZWNJ has a typographic role only inside joining scripts; elsewhere it is invisible noise.
      if (JOINING_SCRIPT.test(out[out.length - 1] ?? '') && JOINING_SCRIPT.test(chars[i + 1] ?? '')) out.push(ch);
      continue;
    }
    out.push(ch);
  }
  return out.join('');
}
