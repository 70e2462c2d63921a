import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EmojiSet } from '../../text/emoji.ts';
import { EMOJIBASE_FOLDERS, emojiNamesFrom, type EmojiEntry, type EmojiNames } from '../../text/emoji-names.ts';
import { RESIDENT_FILES, type LoadedFont } from '../../render/fonts.ts';
import type { FontOptions, FontSource } from '../../render/font-store.ts';
import { projectPath } from './project-root.ts';

/** Node adapters: read the bundled fonts and the Twemoji set from disk. Nothing here touches the network. */

export const FONTS_DIR = projectPath('fonts');

const own = (bytes: Buffer) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? new Uint8Array(bytes.buffer) : new Uint8Array(bytes));

/** The resident faces (every one but the CJK slices, which the FontSource reads when a card needs them). */
export function loadFonts(dir = FONTS_DIR): LoadedFont[] {
  // A font file's Buffer has an ArrayBuffer of its own (only tiny reads share Node's pool): use it as it is.
  return RESIDENT_FILES.map(({ file, ...face }) => ({ ...face, data: own(readFileSync(join(dir, file))) }));
}

/** Reads a font file from fonts/. */
export function nodeFontSource(dir = FONTS_DIR): FontSource {
  return { load: async (file) => own(await readFile(join(dir, file))) };
}

/**
 * The render core's fonts on Node: every resident face read before the first card (a few MB, so no card
 * waits for a font), CJK slices from fonts/cjk/ when a card's text needs them.
 */
export function nodeFonts(opts: { dir?: string; preloaded?: readonly LoadedFont[] } = {}): FontOptions {
  const dir = opts.dir ?? FONTS_DIR;
  return { source: nodeFontSource(dir), preloaded: opts.preloaded ?? loadFonts(dir) };
}

const require = createRequire(import.meta.url);

/** Emoji names in the card locales from the `emojibase-data` package (MIT; CLDR data), for alt text. */
export function loadEmojiNames(): EmojiNames {
  const read = (folder: string) => JSON.parse(readFileSync(require.resolve(`emojibase-data/${folder}/compact.json`), 'utf8')) as EmojiEntry[];
  return emojiNamesFrom(Object.fromEntries(Object.entries(EMOJIBASE_FOLDERS).map(([locale, folder]) => [locale, read(folder!)])));
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
