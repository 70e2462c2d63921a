/**
 * Emoji handling around an emoji image set (Twemoji by default), with no network access:
 * keys follow the set's file naming (code points in hex joined by "-"), and a sequence the set lacks
 * degrades to its components (a ZWJ family to its people, a skin-toned hand to the plain hand), never to a box.
 */

/** An emoji image set: `get` returns an image URL (a data: URI) for a key, or undefined when it has none. */
export interface EmojiSet {
  has(key: string): boolean;
  get(key: string): string | undefined;
}

const VS16 = 0xfe0f;
const VS15 = 0xfe0e;
const ZWJ = 0x200d;
const KEYCAP = 0x20e3;
const SKIN_TONES = /[\u{1f3fb}-\u{1f3ff}]/gu;
const EMOJI_LIKE = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Text in which every UTF-16 unit is a grapheme of its own: printable ASCII, Latin-1, Latin Extended-A/B and
 * IPA (no combining mark: those start at U+0300), and general punctuation and currency signs without the
 * joiners, directional marks and separators among them (U+200B–U+200F, U+2028–U+202F, U+2060–U+206F). None of
 * these extends, joins or prepends to a neighbour under UAX #29, so splitting them is what Intl.Segmenter
 * does, at a fraction of its cost: graphemes() took 2.2 ms of a render worker's card, mostly on such text.
 */
const ONE_UNIT_GRAPHEMES = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205f\u20a0-\u20c0]*$/;

export function graphemes(text: string): string[] {
  if (ONE_UNIT_GRAPHEMES.test(text)) return text.split('');
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Single code points whose default presentation is text (Emoji_Presentation=No: © ™ Ⓜ ❤ ⏱ ☎ …) are drawn
 * as text when written without VS16, as Unicode specifies; these six have no glyph in the bundled fonts,
 * so they are drawn as emoji whatever their default.
 */
const NO_TEXT_GLYPH = new Set(['\u3030', '\u303d', '\u3297', '\u3299', '\u{1f202}', '\u{1f237}']);
const TEXT_DEFAULT = /^(?=\p{Emoji})\P{Emoji_Presentation}$/u;

/** Whether a grapheme is drawn as a colour emoji image (rather than as text). */
export function isEmojiGrapheme(g: string): boolean {
  if (!EMOJI_LIKE.test(g) || g.includes(String.fromCodePoint(VS15))) return false;
  return !TEXT_DEFAULT.test(g) || NO_TEXT_GLYPH.has(g);
}

function hex(cps: number[]): string {
  return cps.map((c) => c.toString(16)).join('-');
}

/** The set keys to try for a sequence, most specific first. */
export function emojiKeys(seq: string): string[] {
  const cps = [...seq].map((c) => c.codePointAt(0)!);
  const withoutVs = cps.filter((c) => c !== VS16);
  const keys = [hex(cps), hex(withoutVs)];
  return keys.filter((k, i) => keys.indexOf(k) === i);
}

export function lookupEmoji(set: EmojiSet, seq: string): string | undefined {
  for (const key of emojiKeys(seq)) {
    if (set.has(key)) return set.get(key);
  }
  return undefined;
}

/** Keycap bases written without VS16 ("1⃣") get it, so every keycap reads as one emoji grapheme. */
function normalizeKeycaps(text: string): string {
  return text.replace(/([0-9#*])\u20e3/gu, '$1\ufe0f\u20e3');
}

/**
 * Rewrites each emoji grapheme the set cannot draw into pieces it can: ZWJ parts, then without skin tone,
 * then without variation selectors; a piece with no image at all is dropped (the alt text still names it).
 */
export function degradeEmoji(text: string, set: EmojiSet): string {
  if (!EMOJI_LIKE.test(text)) return text; // no emoji at all: nothing to look up
  let out = '';
  for (const g of graphemes(normalizeKeycaps(text))) {
    if (!isEmojiGrapheme(g) || lookupEmoji(set, g) !== undefined) {
      out += g;
      continue;
    }
    const parts = g.split(String.fromCodePoint(ZWJ));
    for (const part of parts) {
      const candidates = [part, part.replace(SKIN_TONES, ''), part.replace(SKIN_TONES, '').replace(/\ufe0f/gu, '')];
      const hit = candidates.find((c) => c.length > 0 && lookupEmoji(set, c) !== undefined);
      if (hit !== undefined) out += hit;
      else {
        // A flag or tag sequence without an image: keep any plain text inside (keycap digits), drop the rest.
        out += part.replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, '');
      }
    }
  }
  return out;
}

export { KEYCAP };
