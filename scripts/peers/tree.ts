import type { Child, SatoriElement, Style } from '../../src/jsx.ts';
import { graphemes } from '../../src/text/emoji.ts';

/**
 * Walking our satori element trees for the peer renderers. The trees hold only intrinsic elements (div,
 * span, img, svg + its shapes) with React-style camelCase `style` objects, numbers meaning px.
 */

/** CSS properties whose bare numbers are not lengths (React's list, cut to what a card can use). */
const UNITLESS = new Set(['lineHeight', 'flexGrow', 'flexShrink', 'flex', 'fontWeight', 'opacity', 'zIndex', 'order', 'aspectRatio']);

export const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function cssValue(key: string, value: string | number): string {
  return typeof value === 'number' && !UNITLESS.has(key) ? `${value}px` : String(value);
}

/** A style object as CSS declarations (`a-b:1px;…`). */
export function cssText(style: Style | undefined): string {
  let out = '';
  for (const [k, v] of Object.entries(style ?? {})) if (v !== undefined) out += `${kebab(k)}:${cssValue(k, v)};`;
  return out;
}

/** The children of an element as a flat list, with the holes (null, false, undefined) dropped. */
export function childList(c: Child | undefined): Array<SatoriElement | string> {
  if (c === undefined || c === null || c === false) return [];
  if (Array.isArray(c)) return c.flatMap(childList);
  if (typeof c === 'object') return [c];
  return [String(c)];
}

/**
 * satori's display default: every element is a flex container unless it says otherwise, except inside a
 * block (or inline) container, where a child without `display` flows inline, as a browser's <span> does.
 */
export function displayOf(el: SatoriElement, parentDisplay: string | undefined): string {
  const d = el.props.style?.display;
  if (typeof d === 'string') return d;
  return parentDisplay === 'block' || parentDisplay === 'inline' ? 'inline' : 'flex';
}

/**
 * The box satori draws an emoji picture in: 1em wide, as tall as the line (`lineHeight` × font size), the
 * square picture centred in it (`preserveAspectRatio` meet), its top at the line box's top. In CSS: an
 * inline-block that tall, `object-fit: contain`, `vertical-align: top`. `lineHeight` is the inherited
 * unitless line height (our RichText always sets one); without one, a 1em box on the baseline.
 * Seen on the seed post: satori draws an emoji that opens a wrapped text block (⏱️) 8 px lower than the other
 * emoji of that line (its <image> y is 199 where the keycaps' is 191); the peers draw it level with them.
 */
export function emojiBox(lineHeight: unknown): Style {
  return typeof lineHeight === 'number'
    ? { display: 'inline-block', width: '1em', height: `${lineHeight}em`, objectFit: 'contain', verticalAlign: 'top' }
    : { display: 'inline-block', width: '1em', height: '1em' };
}

/** An inherited style property as seen by `el`'s children. */
export const inherited = (el: SatoriElement, key: string, fromParent: unknown): unknown => el.props.style?.[key] ?? fromParent;

export type TextRun = { text: string } | { emoji: string; src: string };

/** A text child split into plain runs and the emoji graphemes satori would draw as pictures. */
export function emojiRuns(text: string, images: Record<string, string>): TextRun[] {
  const out: TextRun[] = [];
  let plain = '';
  for (const g of graphemes(text)) {
    const src = images[g];
    if (src === undefined) {
      plain += g;
      continue;
    }
    if (plain) out.push({ text: plain });
    plain = '';
    out.push({ emoji: g, src });
  }
  if (plain) out.push({ text: plain });
  return out;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Markup of an element (and its children) as XML/HTML: attributes as given, `style` as CSS text. */
export function markup(el: SatoriElement, extraAttrs = ''): string {
  let attrs = extraAttrs;
  for (const [k, v] of Object.entries(el.props)) {
    if (k === 'children' || v === undefined || v === null || v === false) continue;
    const value = k === 'style' ? cssText(v as Style) : String(v);
    attrs += ` ${k}="${escapeXml(value)}"`;
  }
  const inner = childList(el.props.children)
    .map((c) => (typeof c === 'string' ? escapeXml(c) : markup(c)))
    .join('');
  return `<${el.type}${attrs}>${inner}</${el.type}>`;
}

/** An <svg> element as a standalone SVG document (what an <img> or an image node can load). */
export const svgDocument = (el: SatoriElement) => markup(el, ' xmlns="http://www.w3.org/2000/svg"');
