import { graphemes, isEmojiGrapheme } from './emoji.ts';
import { styleOf, STYLE_FACE } from './styled.ts';

/**
 * Which characters the bundled fonts can draw. A character none of them has would be drawn as an empty
 * box, so payloads containing one are refused with a 400 that names the field and the characters,
 * instead of rendering a card with boxes in it.
 */
export interface Coverage {
  /** Characters of `text` no bundled font draws (emoji, spaces and invisible format characters excepted). */
  uncovered(text: string): string[];
}

const IGNORABLE = /^[\s\p{Cf}\p{Cc}\p{M}]$/u;

/** Scripts people will try that no bundled face has, with what to say about them. */
const UNSUPPORTED_SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Syriac}|\p{Script=Thaana}|\p{Script=Nko}|\p{Script=Adlam}/u, 'this right-to-left script has no bundled font'],
  [/\p{Script=Han}|\p{Script=Hangul}/u, 'this CJK character is outside the bundled sets (JIS X 0213, KS X 1001 and all hangul, GB 2312, Big5)'],
];

/**
 * The code point the card draws for `ch`: styled letters whose style has a real face (bold, sans, mono,
 * fullwidth `Ｆ`, the ideographic space) are drawn as their plain letter, so that is what must be covered.
 */
function drawn(ch: string): string {
  const styled = styleOf(ch.codePointAt(0)!);
  return styled && STYLE_FACE[styled.style].family !== 'math' ? styled.plain : ch;
}

/** A set of code points, as far as the coverage check asks. */
export interface CodePoints {
  has(cp: number): boolean;
}

export function coverageFrom(drawable: CodePoints): Coverage {
  return {
    uncovered(text) {
      const nfc = text.normalize('NFC');
      // Fast path (almost every field): every code point drawable or invisible, no grapheme segmentation needed.
      let suspect = false;
      for (const ch of nfc) {
        if (!drawable.has(ch.codePointAt(0)!) && !IGNORABLE.test(ch) && !drawable.has(drawn(ch).codePointAt(0)!)) {
          suspect = true;
          break;
        }
      }
      if (!suspect) return [];
      const out = new Set<string>();
      for (const g of graphemes(nfc)) {
        if (isEmojiGrapheme(g)) continue;
        for (const ch of g) {
          if (!IGNORABLE.test(ch) && !drawable.has(drawn(ch).codePointAt(0)!)) out.add(ch);
        }
      }
      return [...out];
    },
  };
}

/** The sentence a client sees for uncovered characters. */
export function uncoveredMessage(chars: string[]): string {
  const sample = chars.slice(0, 8).map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  const reason = UNSUPPORTED_SCRIPTS.find(([re]) => chars.some((c) => re.test(c)))?.[1];
  return `contains characters the card fonts cannot draw: ${sample.join(', ')}${chars.length > 8 ? ', …' : ''}${reason ? `; ${reason}` : ''}`;
}
