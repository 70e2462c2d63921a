import LineBreaker from 'linebreak';
import type { Measurer } from './measure.ts';
import type { Face } from './styled.ts';
import { graphemes } from './emoji.ts';

/**
 * Auto-fit: the largest font size, from `maxSize` down to `minSize`, at which the spans wrap into the box;
 * when even `minSize` overflows, the text is cut at a break opportunity and ends with an ellipsis.
 * Line breaking follows UAX #14 (the `linebreak` package satori uses), and long words break between
 * graphemes as satori does with `overflowWrap: 'anywhere'`.
 */
export interface FitSpan {
  text: string;
  face: Face;
}

export interface FitBox {
  width: number;
  height: number;
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Optional cap on lines, independent of the height. */
  maxLines?: number;
}

/** One line of the fitted text: UTF-16 offsets into the concatenated span texts, trailing spaces left out. */
export interface LineRange {
  start: number;
  end: number;
}

export interface FitResult<S extends FitSpan> {
  fontSize: number;
  lines: number;
  truncated: boolean;
  spans: S[];
  /** Where each line starts and ends at `fontSize`, as the fitter broke them (the renderer draws them so). */
  breaks: LineRange[];
}

/**
 * Share of the width and height the simulation may fill. satori and this measurer shape with the same
 * HarfBuzz, but sub-pixel rounding and emoji baselines differ slightly; 4% keeps every glyph inside.
 */
const SAFETY = 0.96;
/**
 * Share of the width lines are broken at once the size is chosen: the lines are drawn as broken here (satori
 * never wraps them), so only sub-pixel differences between satori's advances and HarfBuzz's remain. Breaking
 * at the fitting width (SAFETY) would wrap words a browser keeps on the line; the size chosen at SAFETY still
 * holds, since a wider line never needs more lines.
 */
const LINE_SAFETY = 0.995;
const ELLIPSIS = '…';

interface Piece {
  start: number;
  end: number;
  /** width without trailing spaces, in em */
  content: number;
  /** width with trailing spaces, in em */
  full: number;
  required: boolean;
  /** grapheme widths, for pieces wider than a line */
  parts: number[];
  /** grapheme lengths (UTF-16), matching `parts` */
  partLens: number[];
  /** graphemes before which a line may not start (closing punctuation: kinsoku) */
  noStart: boolean[];
}

/**
 * Korean is set with spaces between words, and lines break at those spaces (CSS `word-break: keep-all`, what
 * Korean sites use): UAX #14 would also break between the syllables of a word (감사합니 | 다). A word longer
 * than the line still breaks between syllables.
 */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;

/**
 * Chinese and Japanese lines break between words, not inside them (Chromium's `word-break: auto-phrase`,
 * from ICU's dictionaries through Intl.Segmenter): "お待ちしています。" keeps "です" together. A word longer
 * than the line still breaks between characters, never before closing punctuation.
 */
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
const cjkSegmenter = new Intl.Segmenter('ja', { granularity: 'word' });
function wordBoundaries(text: string): Set<number> {
  const out = new Set<number>();
  for (const s of cjkSegmenter.segment(text)) out.add(s.index);
  out.add(text.length);
  return out;
}

/** Closing punctuation a line never starts with, when a word has to be broken between graphemes. */
const NO_LINE_START = /^[\p{Pe}\p{Pf}!?.,;:…、。，．！？：；〕〉》」』】〙〗〟｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々]/u;

function pieceWidth(spans: FitSpan[], offsets: number[], start: number, end: number, m: Measurer): number {
  let w = 0;
  spans.forEach((s, i) => {
    const a = Math.max(start, offsets[i]!);
    const b = Math.min(end, offsets[i]! + s.text.length);
    if (a < b) w += m.width(s.text.slice(a - offsets[i]!, b - offsets[i]!), s.face);
  });
  return w;
}

function faceAt(spans: FitSpan[], offsets: number[], index: number): Face {
  for (let i = spans.length - 1; i >= 0; i--) if (offsets[i]! <= index) return spans[i]!.face;
  return spans[0]!.face;
}

function toPieces(spans: FitSpan[], m: Measurer): { pieces: Piece[]; text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  for (const s of spans) {
    offsets.push(text.length);
    text += s.text;
  }
  // Hashtags and mentions break only where a word longer than the line must: UAX #14 allows a break
  // between "#" and a hangul or Han character (#울산HD), which would leave "#" alone at a line end.
  const atomic = spans.flatMap((s, i) => ((s as { kind?: string }).kind === 'hashtag' || (s as { kind?: string }).kind === 'mention' ? [[offsets[i]!, offsets[i]! + s.text.length] as const] : []));
  const inside = (pos: number) => atomic.some(([a, b]) => pos > a && pos < b);
  const cjkWords = HAN_KANA.test(text) ? wordBoundaries(text) : undefined;
  const insideCjkWord = (pos: number) => cjkWords !== undefined && !cjkWords.has(pos) && HAN_KANA.test(text[pos - 1] ?? '') && HAN_KANA.test(text[pos] ?? '');
  const pieces: Piece[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (!bk.required && (inside(bk.position) || (HANGUL.test(text[bk.position - 1] ?? '') && HANGUL.test(text[bk.position] ?? '')) || insideCjkWord(bk.position))) continue;
    const start = last;
    const end = bk.position;
    last = end;
    if (end <= start) continue;
    const raw = text.slice(start, end);
    const trimmedLen = raw.replace(/[\s]+$/u, '').length;
    const content = pieceWidth(spans, offsets, start, start + trimmedLen, m);
    const full = raw.endsWith('\n') ? content : pieceWidth(spans, offsets, start, end, m);
    const face = faceAt(spans, offsets, start);
    const gs = graphemes(raw.slice(0, trimmedLen));
    const parts = gs.map((g) => m.width(g, face));
    pieces.push({ start, end, content, full, required: bk.required && end < text.length, parts, partLens: gs.map((g) => g.length), noStart: gs.map((g) => NO_LINE_START.test(g)) });
  }
  return { pieces, text, offsets };
}

/**
 * Lays the first `count` pieces out at `size` (plus an optional trailing width on the last line) and returns
 * the offset each line starts at. A piece wider than a line breaks between graphemes, never before closing
 * punctuation.
 */
function layout(pieces: Piece[], count: number, size: number, width: number, tail = 0): number[] {
  const starts = [pieces[0]?.start ?? 0];
  let x = 0;
  for (let i = 0; i < count; i++) {
    const p = pieces[i]!;
    const cw = p.content * size;
    const extra = i === count - 1 ? tail * size : 0;
    if (x > 0 && x + cw + extra > width) {
      starts.push(p.start);
      x = 0;
    }
    if (cw + extra > width) {
      let at = p.start;
      p.parts.forEach((g, k) => {
        if (x > 0 && x + g * size > width && !p.noStart[k]) {
          starts.push(at);
          x = 0;
        }
        x += g * size;
        at += p.partLens[k]!;
      });
      x += (p.full - p.content) * size;
    } else x += p.full * size;
    if (p.required) {
      starts.push(p.end);
      x = 0;
    }
  }
  return starts;
}

function countLines(pieces: Piece[], count: number, size: number, width: number, tail = 0): number {
  return layout(pieces, count, size, width, tail).length;
}

/** Line ranges of the whole text at `size`: each from its start to the next one's, spaces and newline left out. */
function lineRanges(text: string, pieces: Piece[], size: number, width: number): LineRange[] {
  const starts = layout(pieces, pieces.length, size, width);
  return starts.map((start, i) => {
    let end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    return { start, end };
  });
}

export function fitSpans<S extends FitSpan>(spans: S[], box: FitBox, m: Measurer): FitResult<S> {
  if (spans.length === 0) return { fontSize: box.maxSize, lines: 0, truncated: false, spans, breaks: [] };
  const { pieces, text, offsets } = toPieces(spans, m);
  const width = box.width * SAFETY;
  const maxLinesAt = (size: number) =>
    Math.max(1, Math.min(box.maxLines ?? Infinity, Math.floor((box.height * SAFETY) / (size * box.lineHeight))));

  // Largest integer size that fits: lines needed fall as the size falls, so a binary search holds.
  // First pass: no word may be broken ("Atalan-ta"); second pass: long words may break between graphemes.
  const widest = Math.max(...pieces.map((p) => p.content));
  for (const allowWordBreaks of [false, true]) {
    let lo = Math.ceil(box.minSize);
    let hi = Math.floor(allowWordBreaks ? box.maxSize : Math.min(box.maxSize, width / widest));
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (countLines(pieces, pieces.length, mid, width) <= maxLinesAt(mid)) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best > 0) {
      const breaks = lineRanges(text, pieces, best, box.width * LINE_SAFETY);
      return { fontSize: best, lines: breaks.length, truncated: false, spans, breaks };
    }
  }

  // Even the minimum size overflows: keep the longest prefix of pieces that fits with an ellipsis after it.
  const size = Math.ceil(box.minSize);
  const limit = maxLinesAt(size);
  const ellipsisWidth = m.width(ELLIPSIS, faceAt(spans, offsets, 0));
  let keep = 0;
  for (let k = 1; k <= pieces.length; k++) {
    if (countLines(pieces, k, size, width, ellipsisWidth) > limit) break;
    keep = k;
  }
  let cut = keep === 0 ? 0 : pieces[keep - 1]!.start + text.slice(pieces[keep - 1]!.start, pieces[keep - 1]!.end).trimEnd().length;
  if (keep === 0) {
    // A single word longer than the whole box: cut it between graphemes.
    const first = pieces[0]!;
    // each wrapped line may lose up to one grapheme of room, hence 90% of the raw capacity
    const budget = (0.9 * limit * width) / size - ellipsisWidth;
    let used = 0;
    let chars = 0;
    const gs = graphemes(text.slice(first.start, first.end));
    for (let i = 0; i < gs.length && used + (first.parts[i] ?? 0) <= budget; i++) {
      used += first.parts[i] ?? 0;
      chars += gs[i]!.length;
    }
    cut = first.start + chars;
  }
  const out: S[] = [];
  spans.forEach((s, i) => {
    const start = offsets[i]!;
    if (start >= cut) return;
    out.push({ ...s, text: s.text.slice(0, cut - start) });
  });
  const lastSpan = out[out.length - 1];
  if (lastSpan) out[out.length - 1] = { ...lastSpan, text: lastSpan.text.replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS };
  else out.push({ ...spans[0]!, text: ELLIPSIS });
  const cutPieces = toPieces(out, m);
  return { fontSize: size, lines: limit, truncated: true, spans: out, breaks: lineRanges(cutPieces.text, cutPieces.pieces, size, box.width * LINE_SAFETY).slice(0, limit) };
}
