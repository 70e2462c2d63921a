import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EmojiSet } from '../../text/emoji.ts';
import { emojiNamesFrom, type EmojiEntry, type EmojiNames } from '../../text/emoji-names.ts';
import { FONT_FILES, type LoadedFont } from '../../render/fonts.ts';
import { projectPath } from './project-root.ts';

/** Node adapters: read the bundled fonts and the Twemoji set from disk. Nothing here touches the network. */

export const FONTS_DIR = projectPath('fonts');

export function loadFonts(dir = FONTS_DIR): LoadedFont[] {
  // A font file's Buffer has an ArrayBuffer of its own (only tiny reads share Node's pool): use it as it is.
  return FONT_FILES.map(({ file, ...face }) => {
    const bytes = readFileSync(join(dir, file));
    return { ...face, data: bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes) };
  });
}

const require = createRequire(import.meta.url);

/** English and French emoji names from the `emojibase-data` package (MIT; CLDR data), for alt text. */
export function loadEmojiNames(): EmojiNames {
  const read = (locale: string) => JSON.parse(readFileSync(require.resolve(`emojibase-data/${locale}/compact.json`), 'utf8')) as EmojiEntry[];
  return emojiNamesFrom({ en: read('en'), fr: read('fr') });
}

/** Twemoji 15 SVGs from the `@twemoji/svg` package (CC-BY 4.0), read on first use and kept as data: URIs. */
export function loadTwemoji(): EmojiSet {
  const dir = dirname(require.resolve('@twemoji/svg/package.json'));
  const keys = new Set(readdirSync(dir).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)));
  const cache = new Map<string, string>();
  return {
    has: (key) => keys.has(key),
    get(key) {
      if (!keys.has(key)) return undefined;
      let uri = cache.get(key);
      if (uri === undefined) {
        uri = `data:image/svg+xml;base64,${readFileSync(join(dir, `${key}.svg`)).toString('base64')}`;
        cache.set(key, uri);
      }
      return uri;
    },
  };
}
