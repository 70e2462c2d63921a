import type { Locale } from '../../templates/shared/schema.ts';

/**
 * Typography that keeps punctuation with its word and, under `fr`, applies French spacing:
 * a narrow no-break space (U+202F) before ; ! ? » and after «, a no-break space (U+00A0) before :.
 * Under every locale a space before closing punctuation becomes a no-break one, so "match !" never leaves
 * "!" alone at the start of a line. Apostrophes and quotes are kept as given.
 */
export const NNBSP = '\u202f';
export const NBSP = '\u00a0';

const SPACES = '[ \\u00a0\\u202f\\u2009]';

export function applyTypography(text: string, locale: Locale): string {
  let s = text;
  if (locale === 'fr') {
    // « word » → «\u202Fword\u202F»; missing spaces are inserted after a letter, digit or closing mark.
    s = s.replace(new RegExp(`«${SPACES}*`, 'gu'), `«${NNBSP}`);
    s = s.replace(new RegExp(`${SPACES}*»`, 'gu'), `${NNBSP}»`);
    s = s.replace(/([\p{L}\p{N}\p{M})\]’'"…])?[ \u00a0\u2009]*([;!?]+)/gu, (all, before: string | undefined, marks: string, offset: number) =>
      before === undefined && offset === 0 ? all : `${before ?? ''}${NNBSP}${marks}`,
    );
    s = s.replace(new RegExp(`${SPACES}+:(?=\\s|$)`, 'gu'), `${NBSP}:`);
    s = s.replace(/([\p{L}\p{M})\]’'"…]):(?=\s|$)/gu, `$1${NBSP}:`);
    // The replacements above must not double spaces when punctuation follows guillemets: "» !" stays one space.
    s = s.replace(new RegExp(`${NNBSP}{2,}`, 'gu'), NNBSP);
  } else {
    s = s.replace(/ (?=[!?;:»)\]}…])/gu, NBSP);
    s = s.replace(/« /gu, `«${NBSP}`);
  }
  return s;
}
