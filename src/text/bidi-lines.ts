import bidiFactory from 'bidi-js';
import type { LineRange } from './fit.ts';

/**
 * Visual order of fitted lines, with the Unicode Bidirectional Algorithm (UAX #9, bidi-js).
 *
 * satori 0.63 has a simplified bidi of its own that works on the words of one text node: it draws "20:00"
 * inside Arabic as "00:20" and "ל־2-0" as "0-2", and it never reorders separate inline elements, so a
 * hashtag or a bold run inside right-to-left text lands on the wrong side. So the text engine breaks the lines
 * itself (fit.ts), resolves the levels of each paragraph here, and gives satori each line as a row of runs
 * already in visual order, left to right, built so that satori's own reordering leaves them as they are:
 *  - a right-to-left run is given in logical order with `direction: rtl`: satori reverses it as a whole and
 *    shapes it right to left, so Arabic joins (it only holds R letters and the neutrals between them);
 *  - characters that mirror at a right-to-left level (brackets, guillemets) are given already mirrored, as
 *    left-to-right runs of their own (satori's shaper mirrors some and not others);
 *  - a left-to-right run with characters satori takes for right-to-left ones (Arabic-Indic digits, Arabic
 *    punctuation) is cut into words, one run each, since satori would reorder its words.
 * Paragraph direction comes from the first strong character (what `dir="auto"` does). Hashtags, mentions
 * and URLs are isolates (FSI…PDI), so `#AlHilal` keeps its `#` on the left inside Arabic text.
 */
export interface VisualRun<S> {
  /** The span the run's text comes from. */
  span: S;
  text: string;
  rtl: boolean;
}

export interface VisualLine<S> {
  /** The direction of the paragraph the line is in: right-to-left lines are set from the right. */
  rtl: boolean;
  runs: VisualRun<S>[];
}

const bidi = bidiFactory();
const FSI = '\u2068';
const PDI = '\u2069';
/** What satori 0.63 treats as right-to-left text (src/text/bidi.ts RTL_TEXT there). */
const SATORI_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u061c]|[\ud802-\ud803\ud83a-\ud83b][\udc00-\udfff]/u;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
/** Characters of bidi class R, AL or AN: without any, every level is 0 and lines are in logical order. */
const RTL_CLASS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u061c]|[\ud802-\ud803\ud83a-\ud83b][\udc00-\udfff]/u;

/** The fast path for left-to-right text (most cards): each line's spans as they are. */
function logicalLines<S extends { text: string }>(spans: readonly S[], breaks: readonly LineRange[]): VisualLine<S>[] {
  return breaks.map(({ start, end }) => {
    const runs: VisualRun<S>[] = [];
    let at = 0;
    for (const span of spans) {
      const a = Math.max(start, at);
      const b = Math.min(end, at + span.text.length);
      if (a < b) {
        const text = span.text.slice(a - at, b - at).replace(/\u200b/gu, '');
        if (text) runs.push({ span, text, rtl: false });
      }
      at += span.text.length;
    }
    return { rtl: false, runs };
  });
}

/** Paragraph direction of a text by its first strong character (dir="auto"), without drawing it. */
export function isRtlText(text: string): boolean {
  const { paragraphs } = bidi.getEmbeddingLevels(text.split('\n')[0] ?? '');
  return (paragraphs[0]?.level ?? 0) % 2 === 1;
}

/** `dir`: the paragraphs' direction when the layout sets it (a date line on a right-to-left card), else auto. */
export function visualLines<S extends { text: string }>(spans: readonly S[], breaks: readonly LineRange[], isolate: (span: S) => boolean, dir?: 'ltr' | 'rtl'): VisualLine<S>[] {
  if (dir !== 'rtl' && !spans.some((s) => RTL_CLASS.test(s.text))) return logicalLines(spans, breaks);
  let text = '';
  const spanOf: number[] = [];
  // bidi text: the text with FSI/PDI around isolated spans; toBidi maps a text index to its bidi index
  let bidiText = '';
  const toBidi: number[] = [];
  const fromBidi: number[] = [];
  spans.forEach((s, k) => {
    const iso = isolate(s);
    if (iso) {
      bidiText += FSI;
      fromBidi.push(-1);
    }
    for (let i = 0; i < s.text.length; i++) {
      spanOf.push(k);
      toBidi.push(bidiText.length);
      fromBidi.push(text.length + i);
      bidiText += s.text[i];
    }
    text += s.text;
    if (iso) {
      bidiText += PDI;
      fromBidi.push(-1);
    }
  });
  const levels = bidi.getEmbeddingLevels(bidiText, dir);
  const paragraphLevel = (b: number) => levels.paragraphs.find((p) => b >= p.start && b <= p.end)?.level ?? 0;

  return breaks.map(({ start, end }) => {
    if (end <= start) {
      const b = toBidi[Math.min(start, toBidi.length - 1)] ?? 0;
      return { rtl: paragraphLevel(b) % 2 === 1, runs: [] };
    }
    const bStart = toBidi[start]!;
    const bEnd = toBidi[end - 1]!;
    const order: number[] = [];
    for (let b = bStart; b <= bEnd; b++) order.push(b);
    for (const [from, to] of bidi.getReorderSegments(bidiText, levels, bStart, bEnd)) {
      const part = order.slice(from - bStart, to - bStart + 1).reverse();
      order.splice(from - bStart, part.length, ...part);
    }
    const visual = order.map((b) => fromBidi[b]!).filter((i) => i >= 0);

    // Group visual positions into runs: same span, same level, consecutive in logical order.
    const runs: VisualRun<S>[] = [];
    let k = 0;
    while (k < visual.length) {
      const first = visual[k]!;
      const level = levels.levels[toBidi[first]!]!;
      const rtl = level % 2 === 1;
      let lo = first;
      let hi = first;
      let j = k + 1;
      while (j < visual.length) {
        const i = visual[j]!;
        if (spanOf[i] !== spanOf[first] || levels.levels[toBidi[i]!] !== level || i !== (rtl ? lo - 1 : hi + 1)) break;
        if (rtl) lo = i;
        else hi = i;
        j++;
      }
      runs.push(...safeRuns(spans[spanOf[first]!]!, text.slice(lo, hi + 1), rtl));
      k = j;
    }
    return { rtl: paragraphLevel(bStart) % 2 === 1, runs: runs.filter((r) => r.text !== '') };
  });
}

/** A run as satori must get it (see the module comment); zero-width spaces only served line breaking. */
function safeRuns<S>(span: S, raw: string, rtl: boolean): VisualRun<S>[] {
  const text = raw.replace(/\u200b/gu, '');
  if (rtl) {
    // Logical segments, split at mirrored characters; drawn right to left, so in reverse order.
    const parts: VisualRun<S>[] = [];
    let pending = '';
    for (const ch of text) {
      const mirrored = bidi.getMirroredCharacter(ch);
      if (mirrored) {
        if (pending) parts.push({ span, text: pending, rtl: true });
        parts.push({ span, text: mirrored, rtl: false });
        pending = '';
      } else pending += ch;
    }
    if (pending) parts.push({ span, text: pending, rtl: true });
    return parts.reverse();
  }
  if (!SATORI_RTL.test(text)) return [{ span, text, rtl: false }];
  return [...words.segment(text)].map((w) => ({ span, text: w.segment, rtl: false }));
}
