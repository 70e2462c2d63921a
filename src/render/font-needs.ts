import type { FieldIssue } from '../errors.ts';
import { hanPreference, type FontPlan } from '../text/font-plan.ts';
import type { Locale } from '../../templates/shared/schema.ts';
import { localeStrings } from '../../templates/shared/locale.ts';
import { FONT_FILES, type FontFile } from './fonts.ts';

/**
 * Which CJK slices a payload's text needs, read from the payload before any template runs: the render core
 * loads them before layout (pipeline.ts), and the Worker refuses a card that needs more of them than an
 * isolate holds (cjkLimit).
 */

/** Every string of a payload with its dotted path (`rows.3.team.name`), images (data: URIs) left out. */
export function payloadStrings(value: unknown, path = '', out: Array<{ path: string; text: string }> = []): Array<{ path: string; text: string }> {
  if (typeof value === 'string') {
    if (!value.startsWith('data:')) out.push({ path, text: value });
  } else if (Array.isArray(value)) value.forEach((v, i) => payloadStrings(v, path ? `${path}.${i}` : String(i), out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) payloadStrings(v, path ? `${path}.${k}` : k, out);
  return out;
}

const byFamily = new Map(FONT_FILES.filter((f) => f.slice).map((f) => [f.family, f]));

/** The CJK slices the font plan gives `text` (in the card's locale), in the order of its chain. */
export function slicesFor(plan: FontPlan, text: string, locale: Locale): FontFile[] {
  return plan
    .chain(text, { family: 'sans', weight: 400, italic: false, han: hanPreference(text, locale) })
    .flatMap((family) => byFamily.get(family) ?? []);
}

/**
 * The slices a payload's text needs, each with the first field that needs it. `words`: also those of every
 * word and date form of the locale (under `locale`), which a card draws a few of: 0.3 MB of slices in Korean,
 * 1.5-1.6 MB in Japanese and Simplified Chinese, 3 MB in Traditional Chinese (measured 2026-11-30).
 */
export function payloadSlices(plan: FontPlan, payload: { locale: Locale }, words = false): Map<FontFile, string> {
  const out = new Map<FontFile, string>();
  const texts = [...payloadStrings(payload), ...(words ? localeStrings(payload.locale).map((text) => ({ path: 'locale', text })) : [])];
  for (const { path, text } of texts) for (const f of slicesFor(plan, text, payload.locale)) if (!out.has(f)) out.set(f, path);
  return out;
}

/**
 * A check that a card's text needs at most `maxBytes` of CJK slices (the Worker's per-card limit): the issue
 * names the field whose characters bring it past the limit. A text of common characters needs a few slices;
 * one of many rare characters needs one slice for every few of them. The few words of its locale a card
 * draws come on top (and are usually kept loaded from the cards before).
 */
export function cjkLimit(plan: FontPlan, bytesOf: (file: FontFile) => number, maxBytes: number): (payload: { locale: Locale }) => FieldIssue | undefined {
  const mb = (n: number) => `${(n / 1024 ** 2).toFixed(1)} MB`;
  return (payload) => {
    let total = 0;
    for (const [file, path] of payloadSlices(plan, payload)) {
      total += bytesOf(file);
      if (total > maxBytes) {
        return {
          path,
          message: `must need at most ${mb(maxBytes)} of CJK font slices with the rest of the card on this service (its Chinese, Japanese or Korean characters need more): use fewer rare characters, or render it on the Node service`,
        };
      }
    }
    return undefined;
  };
}
