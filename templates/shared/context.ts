import type { EmojiSet } from '../../src/text/emoji.ts';
import type { EmojiNames } from '../../src/text/emoji-names.ts';
import type { Measurer } from '../../src/text/measure.ts';
import { RTL_LOCALES, type Locale, type SizeName } from './schema.ts';
import type { Palette } from './theme.ts';
import { WORDS, type Words } from './locale.ts';

/**
 * What a template's view model may depend on besides its payload: all deterministic inputs, so a template
 * stays a pure function of (payload, context).
 */
export interface TemplateContext {
  width: number;
  height: number;
  size: SizeName;
  locale: Locale;
  words: Words;
  palette: Palette;
  measurer: Measurer;
  emoji: EmojiSet;
  /** Emoji names for alt text; absent where no alt text is built (inside render workers). */
  names?: EmojiNames;
  /** Layout unit: 1 on a 1200×630 card, larger on square and story cards so type scales with the canvas. */
  unit: number;
  /** Card padding in px. */
  pad: number;
  /** The locale reads right to left: the layout mirrors (avatar, name and date on the right). */
  rtl: boolean;
}

export function layoutUnit(width: number, height: number): number {
  return Math.min(1.5, Math.max(1, Math.min(width, height) / 630));
}

export function makeContext(
  base: Omit<TemplateContext, 'words' | 'unit' | 'pad' | 'rtl'>,
): TemplateContext {
  const unit = layoutUnit(base.width, base.height);
  return { ...base, words: WORDS[base.locale], unit, pad: Math.round(56 * unit), rtl: RTL_LOCALES.has(base.locale) };
}
