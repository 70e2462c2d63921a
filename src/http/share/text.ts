import type { CardTemplate, ShareText } from '../../../templates/index.ts';
import { makeContext } from '../../../templates/shared/context.ts';
import { SIZES, type CommonOptions } from '../../../templates/shared/schema.ts';
import { palette } from '../../../templates/shared/theme.ts';
import type { EmojiSet } from '../../text/emoji.ts';
import type { EmojiNames } from '../../text/emoji-names.ts';
import { NO_MEASURE } from '../../text/no-measure.ts';

/**
 * What a share page says besides its image: og:title and og:description from the kind's `share()`, or,
 * for a kind without one, from its alt text. Lengths are bounded because platforms show only so much and a
 * post card's text may be 1,000 characters long.
 */

/** og:title: Facebook and LinkedIn show ~90 characters, X ~70; a longer title only gets cut by them. */
export const MAX_TITLE_CHARS = 110;
/** og:description: X shows ~200 characters, Facebook ~300. */
export const MAX_DESCRIPTION_CHARS = 300;
/** twitter:image:alt: X documents 420 characters as the maximum (og:image:alt carries the full text). */
export const MAX_TWITTER_ALT_CHARS = 420;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * At most `max` user-perceived characters: cut at the last space in the final fifth (else mid-word, never
 * inside a grapheme, so no emoji or accent is split) and ended with an ellipsis.
 */
export function truncate(text: string, max: number): string {
  const chars = [...graphemes.segment(text)].map((s) => s.segment);
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.8) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

export function shareText(
  template: Pick<CardTemplate, 'share'>,
  payload: CommonOptions,
  alt: string,
  deps: { emoji: EmojiSet; emojiNames?: EmojiNames },
): ShareText {
  let text: ShareText;
  if (template.share) {
    const ctx = makeContext({
      ...SIZES[payload.size],
      size: payload.size,
      locale: payload.locale,
      palette: palette(payload.theme),
      measurer: NO_MEASURE,
      emoji: deps.emoji,
      ...(deps.emojiNames ? { names: deps.emojiNames } : {}),
    });
    text = template.share(payload, ctx);
  } else {
    // The alt text's first sentence is its gist (each kind's alt text opens with who or what the card is).
    const first = /^(.+?[.:!?])\s/u.exec(alt)?.[1] ?? alt;
    text = { title: first, description: alt };
  }
  return { title: truncate(text.title, MAX_TITLE_CHARS), description: truncate(text.description, MAX_DESCRIPTION_CHARS) };
}
