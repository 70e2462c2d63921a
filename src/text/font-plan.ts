import { CJK_SLICES } from '../render/cjk-slices.ts';
import { CJK_LANGS, FALLBACKS, SCRIPTS, type BaseFamily, type CjkLang, type FontFamily } from '../render/fonts.ts';
import type { Face } from './styled.ts';

/**
 * Which faces draw a piece of text, in the order they are tried: the span's own face and its base fallbacks,
 * then the face of each script the text has (Arabic, Thai, …), then the CJK slices its Han, kana and hangul
 * are in, then math and symbols. satori gets this list as the span's `font-family` and the measurer shapes
 * with it, so both pick the same face for every character. Listing only the scripts a span has keeps the
 * fonts satori parses for a card to the ones it draws with.
 */
export interface FontPlan {
  chain(text: string, face: Face): FontFamily[];
}

const TAIL: readonly BaseFamily[] = ['math', 'symbols', 'symbols2'];

/**
 * Characters other scripts share (Script_Extensions) that the base faces draw, so they call for no script
 * face: the middle dot of "Ligue 1 · J34" is also Georgian, the combining diaeresis also Hebrew and Armenian,
 * ʼ also Thai. A span whose only such character is one of these keeps the base font list (and Latin text its
 * one-paragraph layout). tests/text/font-plan.test.ts checks the list against the faces.
 */
export const SHARED_IN_BASE = /[\u00b7\u02bc\u02d7\u0303\u0307\u0308\u030e\u0331\u204f\u205a\u20f0\u2e31\u2e41\ua92e\u{102e0}-\u{102fb}]/gu;

/** Whether `text` has a character the script's face is there for. */
const hasScript = (test: RegExp, text: string) => test.test(text) && test.test(text.replace(SHARED_IN_BASE, ''));
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud8bf]/u;

/** The CJK face a card's locale asks for. */
const LOCALE_HAN: Record<string, CjkLang> = { ja: 'jp', ko: 'kr', 'zh-Hans': 'sc', 'zh-Hant': 'tc' };

/** Calls `each` with every code point of an encoded slice (base-36 deltas, comma-separated), parsed by hand:
 * split + parseInt over the ~45,000 entries cost the main thread ~50 ms of its start. */
function decode(encoded: string, each: (cp: number) => void): void {
  let cp = 0;
  let delta = 0;
  for (let i = 0; i <= encoded.length; i++) {
    const c = i < encoded.length ? encoded.charCodeAt(i) : 44;
    if (c === 44) {
      // ','
      if (delta !== 0) each((cp += delta));
      delta = 0;
    } else delta = delta * 36 + (c <= 57 ? c - 48 : c - 87); // 0-9, a-z
  }
}

let sliceMaps: Map<CjkLang, Map<number, number>> | undefined;
/** Code point -> slice index, per language; decoded on first use (~40,000 entries). */
function slices(): Map<CjkLang, Map<number, number>> {
  if (!sliceMaps) {
    sliceMaps = new Map();
    for (const lang of CJK_LANGS) {
      const m = new Map<number, number>();
      CJK_SLICES[lang].forEach((enc, i) => decode(enc, (cp) => m.set(cp, i)));
      sliceMaps.set(lang, m);
    }
  }
  return sliceMaps;
}

/**
 * The CJK face for a text: Japanese when it has kana, Korean when it has hangul, else the card's locale,
 * else Traditional Chinese when more of its Han characters are only in Big5 than only in GB 2312, else
 * Simplified Chinese. The same Han character is drawn differently in each (for example 直, 骨, 写).
 */
export function hanPreference(text: string, locale?: string): CjkLang | undefined {
  if (!MAYBE_CJK.test(text)) return locale ? LOCALE_HAN[locale] : undefined;
  if (KANA.test(text)) return 'jp';
  if (HANGUL.test(text)) return 'kr';
  const fromLocale = locale ? LOCALE_HAN[locale] : undefined;
  if (fromLocale) return fromLocale;
  if (!HAN.test(text)) return undefined;
  const m = slices();
  const sc = m.get('sc')!;
  const tc = m.get('tc')!;
  let scOnly = 0;
  let tcOnly = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const inSc = sc.has(cp);
    const inTc = tc.has(cp);
    if (inSc && !inTc) scOnly++;
    else if (inTc && !inSc) tcOnly++;
  }
  return tcOnly > scOnly ? 'tc' : 'sc';
}

/** Past the SIP (U+20000–U+2FFFF), where the last CJK slice character is. */
const CJK_BITMAP_LIMIT = 0x30000;
let cjkBits: Uint8Array | undefined;
/**
 * Whether some CJK slice draws `cp` (for the coverage check). A bitmap of the BMP to the SIP (24 KB), filled
 * straight from the encoded table: building the per-language maps and a Set of their ~45,000 code points took
 * ~190 ms of the main thread before it listened (load average 4), where it needs only this test.
 */
export function cjkDraws(cp: number): boolean {
  if (!cjkBits) {
    const bits = new Uint8Array(CJK_BITMAP_LIMIT >> 3);
    const set = (c: number) => {
      if (c >= CJK_BITMAP_LIMIT) throw new Error(`CJK slice code point U+${c.toString(16)} past the coverage bitmap`);
      bits[c >> 3] = bits[c >> 3]! | (1 << (c & 7));
    };
    for (const lang of CJK_LANGS) for (const enc of CJK_SLICES[lang]) decode(enc, set);
    cjkBits = bits;
  }
  return cp < CJK_BITMAP_LIMIT && (cjkBits[cp >> 3]! & (1 << (cp & 7))) !== 0;
}

/** `resident`: the code points the resident faces draw (residentCodePoints), which never need a CJK slice. */
export function createFontPlan(resident: ReadonlySet<number>): FontPlan {
  const cjkFamilies = (text: string, han: CjkLang | undefined): FontFamily[] => {
    if (!MAYBE_CJK.test(text)) return [];
    const m = slices();
    const first = han ?? hanPreference(text) ?? 'sc';
    const order = [first, ...CJK_LANGS.filter((l) => l !== first)];
    const found = new Map<string, [number, number]>();
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x1100 || resident.has(cp)) continue;
      for (let k = 0; k < order.length; k++) {
        const slice = m.get(order[k]!)!.get(cp);
        if (slice !== undefined) {
          found.set(`cjk-${order[k]}-${slice}`, [k, slice]);
          break;
        }
      }
    }
    return [...found.entries()].sort((a, b) => a[1][0] - b[1][0] || a[1][1] - b[1][1]).map(([f]) => f as FontFamily);
  };

  return {
    chain(text, face) {
      const base = FALLBACKS[face.family];
      const head = base.filter((f, i) => i === 0 || !TAIL.includes(f));
      const tail = base.filter((f, i) => i > 0 && TAIL.includes(f));
      const scripts = SCRIPTS.filter((s) => hasScript(s.test, text)).map((s) => s.family);
      return [...head, ...scripts, ...cjkFamilies(text, face.han), ...tail];
    },
  };
}
