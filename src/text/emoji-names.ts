import type { Locale } from '../../templates/shared/schema.ts';
import { graphemes, isEmojiGrapheme } from './emoji.ts';

/**
 * Emoji names for alt text ("🔥" → "fire" / « feu »), from Emojibase's CLDR-derived data. Keycaps read as
 * their digit so "1️⃣-1️⃣" reads "1-1". An emoji without a name is left out of the alt text.
 */
export interface EmojiEntry {
  unicode: string;
  label: string;
  skins?: EmojiEntry[];
}

export interface EmojiNames {
  name(seq: string, locale: Locale): string | undefined;
}

const key = (seq: string) => seq.replace(/\ufe0f/gu, '');

/**
 * `data` has the locales Emojibase has (not ar, he, fa, tr: CLDR data that Emojibase 17 does not ship);
 * the others read English names.
 */
export function emojiNamesFrom(data: Partial<Record<Locale, readonly EmojiEntry[]>>): EmojiNames {
  const maps = new Map<Locale, Map<string, string>>();
  for (const [locale, entries] of Object.entries(data) as Array<[Locale, readonly EmojiEntry[]]>) {
    const m = new Map<string, string>();
    const add = (e: EmojiEntry) => {
      m.set(key(e.unicode), e.label);
      e.skins?.forEach(add);
    };
    entries.forEach(add);
    maps.set(locale, m);
  }
  return { name: (seq, locale) => (maps.get(locale) ?? maps.get('en'))?.get(key(seq)) };
}

/** Replaces each emoji of `text` by its name in parentheses, keycaps by their digit. */
export function nameEmoji(text: string, names: EmojiNames | undefined, locale: Locale): string {
  if (!/[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]/u.test(text)) return text.replace(/ {2,}/gu, ' ').trim();
  let out = '';
  for (const g of graphemes(text)) {
    if (!isEmojiGrapheme(g)) out += g;
    else if (/^[0-9#*]\ufe0f?\u20e3$/u.test(g)) out += g[0];
    else {
      const name = names?.name(g, locale);
      if (name) out += `(${name})`;
    }
  }
  return out.replace(/\u2060/gu, '').replace(/ {2,}/gu, ' ').trim();
}
