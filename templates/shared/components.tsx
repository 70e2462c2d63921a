import { h, type Child, type SatoriElement, type Style } from '../../src/jsx.ts';
import { cssFamilies, cssFamily } from '../../src/render/fonts.ts';
import { isRtlText, visualLines } from '../../src/text/bidi-lines.ts';
import { fitSpans, type FitBox } from '../../src/text/fit.ts';
import { cleanText, richText, type RichSpan } from '../../src/text/rich.ts';
import { foldStyled, type Face } from '../../src/text/styled.ts';
import { nameEmoji } from '../../src/text/emoji-names.ts';
import { graphemes, isEmojiGrapheme } from '../../src/text/emoji.ts';
import type { TemplateContext } from './context.ts';
import { mix, readableOn } from './theme.ts';

/** One run of a drawn line: text in one face, one direction, with the font list satori must use for it. */
export interface DrawnRun {
  text: string;
  face: Face;
  kind: RichSpan['kind'];
  rtl: boolean;
  /** CSS font-family: the span's face, then the faces of the scripts in the run (see FontPlan). */
  families: string;
}

/** Text fitted into a box: the spans to draw (possibly cut with an ellipsis), the font size, and its lines in visual order. */
export interface FittedText {
  spans: RichSpan[];
  fontSize: number;
  lineHeight: number;
  truncated: boolean;
  lines: Array<{ rtl: boolean; runs: DrawnRun[] }>;
}

export interface FitRequest extends Omit<FitBox, 'lineHeight'> {
  lineHeight?: number;
  singleLine?: boolean;
  /** Forces a face on plain text (names in bold); styled runs keep their own face. */
  weight?: 400 | 700;
  /** Paragraph direction set by the layout (labels of a mirrored card); by default each paragraph's first strong character. */
  dir?: 'ltr' | 'rtl';
}

/** Runs the text engine and the auto-fit on one field. */
export function fitText(text: string, req: FitRequest, ctx: TemplateContext): FittedText {
  const lineHeight = req.lineHeight ?? 1.3;
  let spans = richText(text, { locale: ctx.locale, emoji: ctx.emoji, singleLine: req.singleLine ?? false });
  if (req.weight === 700) {
    spans = mergeRuns(spans.map((s) => (s.face.family === 'sans' && s.face.weight === 400 && !s.face.italic ? { ...s, face: { ...s.face, weight: 700 } } : s)));
  }
  const fit = fitSpans(spans, { ...req, lineHeight }, ctx.measurer);
  const lines = visualLines(fit.spans, fit.breaks, (s) => s.kind !== 'text', req.dir).map((line) => ({
    rtl: line.rtl,
    runs: line.runs.map((r) => ({ text: r.text, face: r.span.face, kind: r.span.kind, rtl: r.rtl, families: cssFamilies(ctx.measurer.chain(r.text, r.span.face)) })),
  }));
  return { spans: fit.spans, fontSize: fit.fontSize, lineHeight, truncated: fit.truncated, lines };
}

/**
 * Neighbouring spans that now draw alike (plain text made bold next to 𝗯𝗼𝗹𝗱 letters, in a name) become one:
 * each span is an element satori lays out on its own, so alternating `a𝗯c𝗱` costs one, not four.
 */
function mergeRuns(spans: RichSpan[]): RichSpan[] {
  const out: RichSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.kind === s.kind && last.face.family === s.face.family && last.face.weight === s.face.weight && last.face.italic === s.face.italic && last.face.han === s.face.han) {
      out[out.length - 1] = { ...last, text: last.text + s.text };
    } else out.push(s);
  }
  return out;
}

const BASE_FAMILIES: Record<Face['family'], string> = { sans: cssFamily('sans'), serif: cssFamily('serif'), mono: cssFamily('mono'), math: cssFamily('math') };

/** Whether a fitted text reads right to left (its first paragraph does): layouts mirror around it. */
export function isRtl(text: FittedText): boolean {
  return text.lines[0]?.rtl ?? false;
}

/** Text in the base faces only, left to right (Latin, Greek, Cyrillic, styled Unicode): no bidi, no script face. */
export function isPlainLtr(text: FittedText): boolean {
  return text.lines.every((l) => !l.rtl && l.runs.every((r) => !r.rtl && r.families === BASE_FAMILIES[r.face.family]));
}

/**
 * The style that draws a short label outside the text engine (a monogram, a form letter) with the faces its
 * characters need: the font plan's list. Its text goes in as `labelText(text)`.
 */
export function labelFont(text: string, face: Face, ctx: TemplateContext): Style {
  return { fontFamily: cssFamilies(ctx.measurer.chain(text, face)) };
}

/**
 * Heh alone (ه) looks like the Arabic-Indic digit five (٥): as an initial it is written in its initial form with a
 * tatweel (هـ), as Arabic abbreviations write it (هـ for the Hijri year).
 */
const LONE_HEH = '\u0647';

/**
 * A short label's text. Right-to-left initials (מח for מכבי חיפה, هن) are laid out from the right one letter
 * per box: satori draws a lone text of them left to right (« חמ »), and as one word Arabic initials would join
 * into a word that is not there.
 */
export function labelText(text: string): Child {
  if (!isRtlText(text)) return text;
  return (
    <div style={{ display: 'flex', flexDirection: 'row-reverse' }}>
      {graphemes(text).map((g) => (
        <div style={{ display: 'flex' }}>{g === LONE_HEH ? `${LONE_HEH}\u0640` : g}</div>
      ))}
    </div>
  );
}

/**
 * Draws fitted text as the fitter broke it: one row per line, its runs in visual order (bidi-lines.ts), set
 * from the right in right-to-left paragraphs, entities in the accent colour. satori never wraps these lines
 * itself (each run is `white-space: pre`), so what was measured is what is drawn. Runs share a baseline, as
 * inline boxes do in a browser: script faces have taller ascenders than Noto Sans.
 */
export function RichText(props: { text: FittedText; color: string; accent: string; style?: Style }): SatoriElement {
  const { text } = props;
  const centred = props.style?.textAlign === 'center';
  // satori rounds the height of each line box to whole pixels: so do the rows, so Latin text sits where it did.
  const rowHeight = Math.round(text.fontSize * text.lineHeight);
  // Latin, Greek and Cyrillic in the base faces: one paragraph (LtrBlock). Other scripts: a row per line, each
  // of fixed height with its runs on one baseline (a paragraph's lines would grow with taller script faces).
  if (isPlainLtr(text)) return <LtrBlock {...props} />;
  return (
    <div
      data-rich-text=""
      style={{
        display: 'flex',
        flexDirection: 'column',
        fontSize: text.fontSize,
        lineHeight: text.lineHeight,
        color: props.color,
        fontFamily: cssFamily('sans'),
        ...props.style,
      }}
    >
      {text.lines.map((line) => (
        <div style={{ display: 'flex', flexDirection: 'row', ...(new Set(line.runs.map((r) => r.families)).size > 1 ? { alignItems: 'baseline' } : {}), height: rowHeight, justifyContent: centred ? 'center' : line.rtl ? 'flex-end' : 'flex-start' }}>
          {line.runs.map((r) => (
            <span
              style={{
                fontFamily: r.families,
                fontWeight: r.face.weight,
                fontStyle: r.face.italic ? 'italic' : 'normal',
                whiteSpace: 'pre',
                ...(r.rtl ? { direction: 'rtl' } : {}),
                ...(r.kind === 'text' ? {} : { color: props.accent }),
              }}
            >
              {r.text}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
}

/**
 * The card itself: the full canvas, padded, in the theme's colours; a column of the template's parts.
 *
 * `bar` draws a solid accent bar down the left edge. It is a plain filled box rather than a CSS
 * `border-left`: satori draws a one-sided border as a stroked path under three full-canvas clip paths,
 * which cost resvg a few milliseconds per card for the same pixels.
 */
export function CardFrame(props: { ctx: TemplateContext; style?: Style; bar?: { width: number; colour: string }; children?: Child }): SatoriElement {
  const { ctx, bar } = props;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: ctx.width,
        height: ctx.height,
        boxSizing: 'border-box',
        padding: ctx.pad,
        ...(bar ? { [ctx.rtl ? 'paddingRight' : 'paddingLeft']: ctx.pad + bar.width } : {}),
        background: ctx.palette.background,
        color: ctx.palette.foreground,
        fontFamily: cssFamily('sans'),
        ...props.style,
      }}
    >
      {bar ? <div style={{ display: 'flex', position: 'absolute', [ctx.rtl ? 'right' : 'left']: 0, top: 0, width: bar.width, height: ctx.height, background: bar.colour }} /> : null}
      {props.children}
    </div>
  );
}

/** The Arabic definite article, which starts most club names (الهلال, النصر): initials skip it. */
const ARABIC_ARTICLE = /^\u0627\u0644(?=\p{Script=Arabic}{2})/u;

/** Up to two initials of a name, read as plain letters (styled Unicode folded, emoji skipped, « ال » left out). */
export function initials(name: string): string {
  const words = foldStyled(name)
    .split(/[\s\-_.]+/u)
    .map((w) => w.replace(ARABIC_ARTICLE, ''))
    .map((w) => graphemes(w).find((g) => /[\p{L}\p{N}]/u.test(g) && !isEmojiGrapheme(g)))
    .filter((g): g is string => g !== undefined);
  const picked = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return picked.join('').toLocaleUpperCase() || '?';
}

const MONOGRAM_COLOURS = ['#2563eb', '#7c3aed', '#db2777', '#dc2626', '#ea580c', '#16a34a', '#0d9488', '#0891b2'];

/** A stable colour for a name, for monograms without a team or brand colour. */
export function colourFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return MONOGRAM_COLOURS[hash % MONOGRAM_COLOURS.length]!;
}

/** An image in a circle, or the name's initials on its colour when there is no image. */
export function Avatar(props: { src?: string | undefined; name: string; colour?: string | undefined; size: number; square?: boolean; ctx: TemplateContext }): SatoriElement {
  const radius = props.square ? Math.round(props.size * 0.18) : props.size / 2;
  if (props.src) {
    return (
      <img
        src={props.src}
        width={props.size}
        height={props.size}
        style={{ width: props.size, height: props.size, borderRadius: radius, objectFit: props.square ? 'contain' : 'cover' }}
      />
    );
  }
  const bg = props.colour ?? colourFor(props.name);
  const letters = initials(props.name);
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: props.size,
        height: props.size,
        flexShrink: 0,
        borderRadius: radius,
        background: bg,
        border: `${Math.max(2, Math.round(props.size / 40))}px solid ${mix(bg, '#000000', 0.15)}`,
        color: readableOn(bg),
        ...labelFont(letters, { family: 'sans', weight: 700, italic: false }, props.ctx),
        fontWeight: 700,
        fontSize: Math.round(props.size * ([...letters].length > 1 ? 0.38 : 0.46)),
        letterSpacing: 0,
      }}
    >
      {labelText(letters)}
    </div>
  );
}

/** The blue verified check used by social platforms. */
export function VerifiedBadge(props: { size: number; colour: string }): SatoriElement {
  return (
    <svg width={props.size} height={props.size} viewBox="0 0 24 24" style={{ flexShrink: 0 }}>
      <path
        fill={props.colour}
        d="M22.5 12.5c0-1.58-.875-2.95-2.148-3.6.154-.435.238-.905.238-1.4 0-2.21-1.71-3.998-3.818-3.998-.47 0-.92.084-1.336.25C14.818 2.415 13.51 1.5 12 1.5s-2.816.917-3.437 2.25c-.415-.165-.866-.25-1.336-.25-2.11 0-3.818 1.79-3.818 4 0 .494.083.964.237 1.4-1.272.65-2.147 2.018-2.147 3.6 0 1.495.782 2.798 1.942 3.486-.02.17-.032.34-.032.514 0 2.21 1.708 4 3.818 4 .47 0 .92-.086 1.335-.25.62 1.334 1.926 2.25 3.437 2.25 1.512 0 2.818-.916 3.437-2.25.415.163.865.248 1.336.248 2.11 0 3.818-1.79 3.818-4 0-.174-.012-.344-.033-.513 1.158-.687 1.943-1.99 1.943-3.484z"
      />
      <path fill="#ffffff" d="M10.54 16.7l-3.94-3.94 1.42-1.42 2.52 2.52 5.43-5.43 1.42 1.42z" />
    </svg>
  );
}

/** Text of a field for a share page's title and description: styled letters folded, emoji kept as emoji. */
export function readableOf(text: string, ctx: TemplateContext): string {
  return foldStyled(cleanText(text, { locale: ctx.locale, emoji: ctx.emoji, singleLine: true }));
}

/** Plain text of a field for alt text: what the card shows, styled letters folded, emoji named. */
export function plainOf(text: string, ctx: TemplateContext): string {
  return nameEmoji(foldStyled(cleanText(text, { locale: ctx.locale, emoji: ctx.emoji, singleLine: true })), ctx.names, ctx.locale);
}

/**
 * Left-to-right text (most cards) as one block of inline spans, the lines ending at the fitter's breaks
 * ("\n", `white-space: pre`): satori lays it out as one paragraph, which costs less than a row per line,
 * and without right-to-left characters its own bidi never runs.
 */
function LtrBlock(props: { text: FittedText; color: string; accent: string; style?: Style }): SatoriElement {
  const { text } = props;
  const spans: DrawnRun[] = [];
  text.lines.forEach((line, i) => {
    const last = i === text.lines.length - 1;
    if (line.runs.length === 0) spans.push({ text: last ? '' : '\n', face: { family: 'sans', weight: 400, italic: false }, kind: 'text', rtl: false, families: cssFamily('sans') });
    line.runs.forEach((r, k) => spans.push(k === line.runs.length - 1 && !last ? { ...r, text: `${r.text}\n` } : r));
  });
  return (
    <div
      data-rich-text=""
      style={{
        display: 'block',
        fontSize: text.fontSize,
        lineHeight: text.lineHeight,
        color: props.color,
        whiteSpace: 'pre',
        fontFamily: cssFamily('sans'),
        ...props.style,
      }}
    >
      {spans.map((r) => (
        <span
          style={{
            fontFamily: r.families,
            fontWeight: r.face.weight,
            fontStyle: r.face.italic ? 'italic' : 'normal',
            ...(r.kind === 'text' ? {} : { color: props.accent }),
          }}
        >
          {r.text}
        </span>
      ))}
    </div>
  );
}
