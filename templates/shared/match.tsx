import { z } from 'zod';
import { h, type SatoriElement, type Style } from '../../src/jsx.ts';
import { cssFamily } from '../../src/render/fonts.ts';
import { graphemes, isEmojiGrapheme } from '../../src/text/emoji.ts';
import { foldStyled } from '../../src/text/styled.ts';
import { colourFor, fitText, initials, isPlainLtr, labelFont, labelText, RichText, type FitRequest, type FittedText } from './components.tsx';
import type { TemplateContext } from './context.ts';
import { MAX_NAME_CHARS, MAX_SHORT_NAME_CHARS } from './limits.ts';
import { hexColor, imageRef, line } from './schema.ts';
import { luminance, mix, readableOn } from './theme.ts';

/**
 * Field types of the match kinds (score, fixture, lineup, player, standings), shared because several kinds
 * print the same thing the same way.
 */

/** A match minute: `67`, `45+2`, optionally followed by an apostrophe. Normalised to `45+2’`. */
export const minute = /* @__PURE__ */ (() => z
  .string()
  .trim()
  .regex(/^\d{1,3}(?:\+\d{1,2})?['’]?$/u, 'must be a match minute such as 67 or 45+2')
  .transform((m) => `${m.replace(/['’]$/u, '')}’`))();

/** A hashtag, with or without its `#`; always printed with it. */
export const hashtag = /* @__PURE__ */ (() => line(60)
  .regex(/^#?[\p{L}\p{N}_]+$/u, 'must be a hashtag such as #OMAtalanta')
  .transform((t) => (t.startsWith('#') ? t : `#${t}`)))();

/**
 * One of a few preset words that the card prints in its locale (`derby` → « Derby », `final` → « Finale »),
 * or any other text, printed as written.
 */
export function presetOrText<const T extends readonly [string, ...string[]]>(presets: T, max: number) {
  return z.union([z.enum(presets), line(max)], { error: `must be one of ${presets.join(', ')}, or a text of at most ${max} characters` });
}

/** A club as the match kinds (fixture, lineup, player, standings) name it. */
export const team = /* @__PURE__ */ (() => z.strictObject({
  name: line(MAX_NAME_CHARS).describe('Team name'),
  shortName: line(MAX_SHORT_NAME_CHARS).optional().describe('Abbreviation such as OM or PSG, for tight places and the monogram'),
  color: hexColor.optional().describe('Team colour'),
  crest: imageRef.optional().describe('Crest image; a monogram shield on the team colour is drawn without it'),
}))();
export type Team = z.output<typeof team>;

/** The team's colour: the one given, or a stable colour of its name. */
export function teamColour(t: { name: string; color?: string | undefined }): string {
  return t.color ?? colourFor(t.name);
}

/** WCAG contrast ratio of two colours, 1 (the same) to 21 (black on white). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour, or a shade of it that stands out from `background`: a card in the club's own colours (brand
 * theme) would otherwise hide its crest and number boxes, drawn in that same colour. Only near-identical
 * colours are changed (a yellow crest on white keeps its yellow: its darker border draws its outline).
 */
export function standOut(colour: string, background: string): string {
  if (contrast(colour, background) >= 1.2) return colour;
  return mix(colour, luminance(background) > 0.35 ? '#000000' : '#ffffff', 0.45);
}

/** The letters of a monogram: the short name when it has at most 4 letters or digits, else the name's initials. */
export function monogram(t: { name: string; shortName?: string | undefined }): string {
  if (t.shortName) {
    const letters = graphemes(foldStyled(t.shortName))
      .filter((g) => /[\p{L}\p{N}]/u.test(g) && !isEmojiGrapheme(g))
      .join('')
      .toLocaleUpperCase();
    if (letters.length > 0 && graphemes(letters).length <= 4) return letters;
  }
  return initials(t.name);
}

/**
 * A crest: the image when there is one (kept whole, never cropped), else a shield in the team's colour with
 * its monogram, sized so the letters always fit. The shield is plain boxes with rounded corners (no SVG,
 * no clip), so a table of twenty costs satori and resvg next to nothing.
 */
export function Crest(props: { team: { name: string; shortName?: string | undefined; color?: string | undefined; crest?: string | undefined }; size: number; ctx: TemplateContext; on?: string }): SatoriElement {
  const { size, ctx } = props;
  if (props.team.crest) {
    return <img src={props.team.crest} width={size} height={size} style={{ width: size, height: size, objectFit: 'contain', flexShrink: 0 }} />;
  }
  const colour = standOut(teamColour(props.team), props.on ?? ctx.palette.background);
  const letters = monogram(props.team);
  const width = Math.round(size * 0.84);
  const border = Math.max(2, Math.round(size / 28));
  const face = { family: 'sans' as const, weight: 700 as const, italic: false };
  const em = ctx.measurer.width(letters, face);
  const fontSize = Math.max(6, Math.floor(Math.min(size * 0.36, ((width - 2 * border) * 0.72) / Math.max(em, 0.1))));
  // One box, centred in the crest's square by its margins (a wrapper would be one more node to lay out).
  const side = (size - width) / 2;
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width,
        height: size,
        marginLeft: side,
        marginRight: side,
        paddingBottom: Math.round(size * 0.08),
        boxSizing: 'border-box',
        flexShrink: 0,
        background: colour,
        border: `${border}px solid ${mix(colour, '#000000', 0.22)}`,
        borderTopLeftRadius: Math.round(size * 0.14),
        borderTopRightRadius: Math.round(size * 0.14),
        borderBottomLeftRadius: width / 2,
        borderBottomRightRadius: width / 2,
        color: readableOn(colour),
        ...labelFont(letters, face, ctx),
        fontWeight: 700,
        fontSize,
        lineHeight: 1,
      }}
    >
      {labelText(letters)}
    </div>
  );
}

/**
 * Two bands of the teams' colours across the top edge of the card, as match graphics carry their clubs'
 * colours. Plain filled boxes (no border, no clip).
 */
export function ColourStrip(props: { colours: string[]; ctx: TemplateContext; height: number }): SatoriElement {
  const { ctx } = props;
  const w = ctx.width / props.colours.length;
  return (
    <div style={{ display: 'flex', position: 'absolute', left: 0, top: 0, width: ctx.width, height: props.height }}>
      {props.colours.map((c) => (
        <div style={{ display: 'flex', width: w, height: props.height, background: c }} />
      ))}
    </div>
  );
}

/** A label on a filled, rounded background (the card's tag: "Derby", "Starting XI", "Goal · 67’"). */
export function Pill(props: { text: FittedText; background: string; padX: number; padY: number }): SatoriElement {
  const fg = readableOn(props.background);
  return (
    <Fitted
      text={props.text}
      color={fg}
      accent={fg}
      style={{ background: props.background, padding: `${props.padY}px ${props.padX}px`, borderRadius: Math.round(props.text.fontSize * props.text.lineHeight), flexShrink: 0 }}
    />
  );
}

/** The drawn width of fitted text in px (its widest line when it wraps is at most the box it was fitted to). */
export function textWidth(text: FittedText, ctx: TemplateContext): number {
  return text.spans.reduce((w, s) => w + ctx.measurer.width(s.text, s.face), 0) * text.fontSize;
}

/**
 * Draws fitted text. Text of one run in one face (a name, a heading, a label: the common case) is one
 * text box, without RichText's inline span: satori lays out an inline run at several times the cost of
 * plain text (measured on these cards: ~30% less layout CPU for a card, ~40% for a 20-row table). The box
 * wraps like RichText (`pre-line`, long words broken anywhere), so fitted text breaks where it was fitted.
 * Text of several runs (styled Unicode, hashtags next to words), and text that needs a script face or bidi
 * (Arabic, Hebrew, CJK, Thai…), is RichText, which draws each run with its font list in visual order.
 */
export function Fitted(props: { text: FittedText; color: string; accent: string; style?: Style }): SatoriElement {
  const { text } = props;
  const span = text.spans[0];
  if (text.spans.length !== 1 || span === undefined || !isPlainLtr(text)) return <RichText text={text} color={props.color} accent={props.accent} {...(props.style ? { style: props.style } : {})} />;
  return (
    <div
      style={{
        display: 'flex',
        fontSize: text.fontSize,
        lineHeight: text.lineHeight,
        color: span.kind === 'text' ? props.color : props.accent,
        whiteSpace: 'pre-line',
        overflowWrap: 'anywhere',
        fontFamily: cssFamily(span.face.family),
        fontWeight: span.face.weight,
        fontStyle: span.face.italic ? 'italic' : 'normal',
        ...props.style,
      }}
    >
      {span.text}
    </div>
  );
}

/**
 * Fits a list (a bench, a table's club names, a row of figures) at one type size, as printed lists are
 * set: the largest size every item fits at, but never below `floor` × the largest size, so one very long
 * item does not shrink the rest; it alone is set smaller (or cut) to fit.
 */
export function fitAll(list: Array<{ text: string; box: FitRequest }>, ctx: TemplateContext, floor = 0.75): FittedText[] {
  // a minimum above the maximum would leave no size to try: every item would be cut
  const items = list.map((i) => ({ text: i.text, box: { ...i.box, minSize: Math.min(i.box.minSize, i.box.maxSize) } }));
  const first = items.map((i) => fitText(i.text, i.box, ctx));
  if (first.length === 0) return first;
  const largest = Math.max(...items.map((i) => i.box.maxSize));
  const common = Math.max(Math.min(...first.map((f) => f.fontSize)), Math.round(largest * floor));
  return items.map((i, n) => (first[n]!.fontSize < common ? first[n]! : fitText(i.text, { ...i.box, maxSize: Math.min(i.box.maxSize, common) }, ctx)));
}
