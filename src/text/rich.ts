import type { Locale } from '../../templates/shared/schema.ts';
import { degradeEmoji, graphemes, isEmojiGrapheme, type EmojiSet } from './emoji.ts';
import { findEntities, type EntityKind } from './entities.ts';
import { sanitize } from './sanitize.ts';
import { hanPreference } from './font-plan.ts';
import { splitStyled, STYLE_FACE, type Face } from './styled.ts';
import { applyTypography } from './typography.ts';

/**
 * The text engine's main entry: user text in, spans out, each drawn in one real font face and one colour.
 * Order of operations matters:
 *  1. sanitize (bidi controls, zero-width and tag characters cannot alter what is seen);
 *  2. whitespace folding (runs of spaces collapse, at most one blank line between paragraphs);
 *  3. emoji the set cannot draw degrade to drawable components;
 *  4. URLs, hashtags and mentions are found on the text as written;
 *  5. typography (no orphaned punctuation, French spacing) everywhere but inside URLs;
 *  6. styled Unicode splits into runs of real faces, combining marks composed (𝗰̧ → bold ç);
 *  7. Thai, Lao, Khmer and Myanmar, written without spaces, get break opportunities between words;
 *  8. every span takes the field's CJK face (Japanese, Korean, Chinese), from its kana or hangul or locale.
 */
export interface RichSpan {
  text: string;
  face: Face;
  kind: 'text' | EntityKind;
}

export interface RichTextOptions {
  locale: Locale;
  emoji: EmojiSet;
  /** Single-line fields (names) turn newlines into spaces. */
  singleLine?: boolean;
}

export function foldWhitespace(text: string, singleLine = false): string {
  const lines = text
    // every line break UAX #14 knows (CR LF, CR, NEL, LS, PS) is one \n: a single-line field joins its lines
    // with spaces rather than being cut at a U+2028, and NEL never draws two lines over each other
    .replace(/\r\n?|[\u0085\u2028\u2029]/gu, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u3000\u2000-\u200a]+/gu, ' ').trim());
  if (singleLine) return lines.filter(Boolean).join(' ');
  return lines.join('\n').replace(/\n{3,}/gu, '\n\n').trim();
}

/** The visible text of user input before styling: what the rich spans show, as one string. */
export function cleanText(input: string, opts: RichTextOptions): string {
  return degradeEmoji(foldWhitespace(sanitize(input), opts.singleLine), opts.emoji);
}

const WORD_JOINER = '\u2060';

/**
 * A run of emoji written together ("👊💙", "1️⃣-1️⃣") is one unit for line breaking: word joiners between
 * its graphemes stop UAX #14 from leaving a lone emoji at the start of the next line.
 */
export function joinEmojiRuns(text: string): string {
  return text.split('\n').map(joinLine).join('\n');
}

function joinLine(line: string): string {
  const gs = graphemes(line);
  // Emoji closing a paragraph stay with the last word: "les gars 👊💙" never ends on a line of emoji alone.
  let tail = gs.length;
  while (tail > 0 && isEmojiGrapheme(gs[tail - 1]!)) tail--;
  if (tail < gs.length && tail > 1 && gs[tail - 1] === ' ' && !isEmojiGrapheme(gs[tail - 2]!)) gs[tail - 1] = '\u00a0';
  let out = '';
  gs.forEach((g, i) => {
    out += g;
    const next = gs[i + 1];
    if (next !== undefined && isEmojiGrapheme(g) && (isEmojiGrapheme(next) || (/^[-–]$/u.test(next) && isEmojiGrapheme(gs[i + 2] ?? '')))) out += WORD_JOINER;
    else if (next !== undefined && /^[-–]$/u.test(g) && isEmojiGrapheme(gs[i - 1] ?? '') && isEmojiGrapheme(next)) out += WORD_JOINER;
  });
  return out;
}

const SEA = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const SEA_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}][\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{M}\p{L}\p{N}.]*/gu;
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Zero-width spaces at the word boundaries Intl.Segmenter (ICU's dictionaries) finds in Thai, Lao, Khmer and
 * Myanmar, which UAX #14 leaves unbroken: a Thai sentence otherwise goes whole onto one line and is cut at
 * the edge. Chromium breaks these scripts at exactly the same places. The spaces are dropped when drawn.
 */
export function breakableSea(text: string): string {
  if (!SEA.test(text)) return text;
  return text.replace(SEA_RUN, (run) => [...wordSegmenter.segment(run)].map((s) => s.segment).join('\u200b'));
}

export function richText(input: string, opts: RichTextOptions): RichSpan[] {
  const text = joinEmojiRuns(cleanText(input, opts));
  const han = hanPreference(text, opts.locale);
  const spans: RichSpan[] = [];
  const push = (segment: string, kind: RichSpan['kind']) => {
    for (const run of splitStyled(kind === 'text' ? breakableSea(segment) : segment)) {
      if (run.text.length === 0) continue;
      const face = han ? { ...STYLE_FACE[run.style], han } : STYLE_FACE[run.style];
      const last = spans[spans.length - 1];
      if (last && last.kind === kind && sameFace(last.face, face)) last.text += run.text;
      else spans.push({ text: run.text, face, kind });
    }
  };
  let at = 0;
  for (const e of findEntities(text)) {
    if (e.start > at) push(applyTypography(text.slice(at, e.start), opts.locale), 'text');
    push(e.kind === 'url' ? breakableUrl(text.slice(e.start, e.end)) : text.slice(e.start, e.end), e.kind);
    at = e.end;
  }
  if (at < text.length) push(applyTypography(text.slice(at), opts.locale), 'text');
  return spans;
}

function sameFace(a: Face, b: Face): boolean {
  return a.family === b.family && a.weight === b.weight && a.italic === b.italic && a.han === b.han;
}

/** Zero-width spaces after URL separators give a long URL break points where a reader expects them. */
function breakableUrl(url: string): string {
  return url.replace(/([/?&=._-])(?=[^/?&=._-])/gu, '$1\u200b');
}
