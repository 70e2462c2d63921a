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
 * Emojibase's data folder for each card locale it has (ar, he, fa and tr fall back to English: CLDR data that
 * Emojibase 17 does not ship). Read by each adapter (Node from the package, the Worker's build into its bundle).
 */
export const EMOJIBASE_FOLDERS: Partial<Record<Locale, string>> = {
  en: 'en', fr: 'fr', ja: 'ja', ko: 'ko', 'zh-Hans': 'zh', 'zh-Hant': 'zh-hant', th: 'th', hi: 'hi', es: 'es', de: 'de', it: 'it', pt: 'pt', nl: 'nl',
};

/**
 * `data` has the locales Emojibase has (not ar, he, fa, tr: CLDR data that Emojibase 17 does not ship);
 * the others read English names. A locale's lookup table is built when its first alt text asks for it.
 */
export function emojiNamesFrom(data: Partial<Record<Locale, readonly EmojiEntry[]>>): EmojiNames {
  const maps = new Map<Locale, Map<string, string>>();
  const table = (locale: Locale): Map<string, string> | undefined => {
    let m = maps.get(locale);
    const entries = data[locale];
    if (!m && entries) {
      const built = new Map<string, string>();
      const add = (e: EmojiEntry) => {
        built.set(key(e.unicode), e.label);
        e.skins?.forEach(add);
      };
      entries.forEach(add);
      maps.set(locale, (m = built));
    }
    return m;
  };
  return { name: (seq, locale) => (table(locale) ?? table('en'))?.get(key(seq)) };
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
