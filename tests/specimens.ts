import { styleOf, type TextStyle } from '../src/text/styled.ts';

/**
 * Specimen text in every styled-Unicode style, built from the styled module's own table (inverted), and
 * every emoji kind: shared by the style golden tests and the contact sheet script.
 */
const inverse = new Map<string, string>();
const scan = (from: number, to: number) => {
  for (let cp = from; cp <= to; cp++) {
    const s = styleOf(cp);
    if (s) inverse.set(`${s.style}|${s.plain}`, String.fromCodePoint(cp));
  }
};
scan(0x1d400, 0x1d7ff);
scan(0x2100, 0x214f);
scan(0xff01, 0xff5e);
scan(0x2460, 0x24ff);

/** Writes plain text in a style, leaving characters the style has no form for as they are. */
export function stylize(text: string, style: TextStyle): string {
  return [...text.normalize('NFD')].map((c) => inverse.get(`${style}|${c}`) ?? c).join('');
}

export const STYLE_SPECIMENS: Array<[TextStyle, string]> = [
  ['bold', 'Allez l’OM 2024, été'],
  ['italic', 'Allez l’OM, été'],
  ['bold-italic', 'Allez l’OM, été'],
  ['sans', 'Allez l’OM 2024'],
  ['sans-bold', 'Continuez comme ça 1-1'],
  ['sans-italic', 'Le Vélodrome est magique'],
  ['sans-bold-italic', 'Allez l’OM, été'],
  ['mono', 'Fin du match 2-1'],
  ['double-struck', 'OM 2-1 ATALANTA'],
  ['script', 'Allez l’OM, toujours'],
  ['bold-script', 'Allez l’OM'],
  ['fraktur', 'Une nuit européenne'],
  ['bold-fraktur', 'Une nuit européenne'],
  ['fullwidth', 'FULL TIME 2-1'],
  ['circled', 'OM 2 1'],
];

export const EMOJI_SPECIMENS: Array<[string, string]> = [
  ['keycaps', '1️⃣-1️⃣ 1️⃣1️⃣ #️⃣ *️⃣ 0️⃣'],
  ['flags', '🇫🇷 🇮🇹 🇧🇷 🇲🇦 🇺🇦'],
  ['subdivision flags', '🏴󠁧󠁢󠁥󠁮󠁧󠁿 🏴󠁧󠁢󠁳󠁣󠁴󠁿 🏴󠁧󠁢󠁷󠁬󠁳󠁿'],
  ['ZWJ sequences', '👨‍👩‍👧 👩‍❤️‍👨 🏳️‍🌈 🧑‍💻 🏃‍♀️'],
  ['skin tones', '👍🏻 👍🏽 👍🏿 👊🏾 🙌🏼'],
  ['VS16 / VS15', '⏱️ ⏱︎ ⚽️ ☎️ ☎︎ ❤️ ❤︎'],
];
