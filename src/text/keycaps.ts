import type { LoadedFont } from '../render/fonts.ts';
import type { EmojiSet } from './emoji.ts';
import { harfbuzz } from './measure.ts';

/**
 * Keycap emoji (0️⃣–9️⃣, #️⃣, *️⃣) drawn as light keys with a dark digit from the card's own bold face, in
 * place of Twemoji's white-on-blue keys. A score written "1️⃣-1️⃣" is the most important text of a match
 * post; dark-on-light keeps it legible at card sizes and to screen readers' OCR (tesseract reads these
 * as "1-1" where it reads Twemoji's as boxes). The keys stay keycap emoji: a square key per grapheme.
 */
const KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '#', '*'];
const SIZE = 36; // Twemoji's viewBox, so keycaps sit in line with the other emoji
const GLYPH_HEIGHT = 23; // px of the 36 px key the digit's height takes

function hex(s: string): string {
  return [...s].map((c) => c.codePointAt(0)!.toString(16)).join('-');
}

export async function keycapImages(fonts: readonly LoadedFont[]): Promise<Map<string, string>> {
  const face = fonts.find((f) => f.family === 'sans' && f.weight === 700 && !f.italic);
  if (!face) return new Map();
  const hb = await harfbuzz();
  const blob = hb.createBlob(face.data);
  const hbFace = hb.createFace(blob, 0);
  const font = hb.createFont(hbFace);
  const digitTop = (() => {
    const e = font.glyphExtents(glyphOf('0'));
    return e ? -e.height : hbFace.upem * 0.714;
  })();
  const scale = GLYPH_HEIGHT / digitTop;
  function glyphOf(ch: string): number {
    const buffer = hb.createBuffer();
    buffer.addText(ch);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const gid = buffer.getGlyphInfos()[0]?.codepoint ?? 0;
    buffer.destroy();
    return gid;
  }
  const images = new Map<string, string>();
  for (const key of KEYS) {
    const gid = glyphOf(key);
    const e = font.glyphExtents(gid);
    if (!e) continue;
    const tx = SIZE / 2 - scale * (e.xBearing + e.width / 2);
    const ty = SIZE / 2 + scale * (e.yBearing + e.height / 2);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">` +
      `<rect x="1" y="1" width="34" height="34" rx="7" fill="#e6ebf1" stroke="#c5cdd6" stroke-width="1.6"/>` +
      `<rect x="3.5" y="3.5" width="29" height="27" rx="5" fill="#f8fafc"/>` +
      `<path fill="#1e293b" transform="translate(${tx.toFixed(2)} ${ty.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${font.glyphToPath(gid)}"/>` +
      `</svg>`;
    images.set(hex(`${key}\u20e3`), `data:image/svg+xml;base64,${btoa(svg)}`);
  }
  font.destroy();
  hbFace.destroy();
  blob.destroy();
  return images;
}

/** The emoji set with its keycaps replaced (under both key spellings, with and without VS16). */
export function withKeycaps(set: EmojiSet, keycaps: Map<string, string>): EmojiSet {
  const lookup = (key: string) => keycaps.get(key.replace('-fe0f-20e3', '-20e3'));
  return {
    has: (key) => lookup(key) !== undefined || set.has(key),
    get: (key) => lookup(key) ?? set.get(key),
  };
}
