// Modules the Worker build provides (scripts/build-edge.ts): wasm files as compiled modules, as workerd and
// wrangler import them, and data computed from the repository at build time.

declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}

declare module 'edge:coverage' {
  /** Code point ranges [first, last] the resident faces draw (residentCodePoints over RESIDENT_FILES). */
  const ranges: Array<[number, number]>;
  export default ranges;
}

declare module 'edge:slice-bytes' {
  /** Bytes of each CJK slice's file (FONT_FILES entries marked `slice`), by its path under fonts/. */
  const bytes: Record<string, number>;
  export default bytes;
}

declare module 'edge:emoji-keys' {
  /** Twemoji file names without `.svg`, space-separated. */
  const keys: string;
  export default keys;
}

declare module 'edge:emoji-names' {
  import type { EmojiEntry } from '../../text/emoji-names.ts';
  import type { Locale } from '../../../templates/shared/schema.ts';
  /** Emojibase's names for every locale it has (EMOJIBASE_FOLDERS). */
  const names: Partial<Record<Locale, EmojiEntry[]>>;
  export default names;
}

declare module 'edge:wasm-functions' {
  /** emscripten's one-function wrapper modules by signature (see harfbuzz.ts), compiled at build time. */
  const wrappers: Record<string, WebAssembly.Module>;
  export default wrappers;
}
