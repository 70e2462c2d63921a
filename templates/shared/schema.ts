import { z } from 'zod';
import { dataImageProblem } from '../../src/image/data-uri.ts';
import { MAX_IMAGE_DATA_URI_CHARS, MAX_IMAGE_URL_CHARS, MAX_SCALE, MAX_YEAR, MIN_SCALE, MIN_YEAR } from './limits.ts';

/** Pixel sizes of each card format, before `scale`. */
export const SIZES = {
  og: { width: 1200, height: 630 },
  x: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
} as const;
export type SizeName = keyof typeof SIZES;

export const LOCALES = ['en', 'fr', 'ar', 'he', 'fa', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'th', 'hi', 'es', 'de', 'it', 'pt', 'nl', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];
/** Locales written right to left: their cards mirror (avatar, name and date on the right). */
export const RTL_LOCALES: ReadonlySet<Locale> = new Set(['ar', 'he', 'fa']);

/*
 * Every schema a template module builds at load is wrapped in an arrow function called at once and marked
 * `@__PURE__` (esbuild's annotation comment): it tells esbuild the value may be dropped when nothing uses it, so the Node render worker's bundle, which draws views
 * (templates/views.ts) and never validates, holds neither the schemas nor zod (~100 ms of a worker's start).
 * tests/build.test.ts fails if zod comes back into that bundle.
 */

/** `#rgb` or `#rrggbb`; the `#` may be left out, which spares URL-encoding it as %23 in GET URLs. */
export const hexColor = /* @__PURE__ */ (() => z
  .string()
  .regex(/^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour such as #0a84ff or 0a84ff')
  .transform((s) => (s.startsWith('#') ? s : `#${s}`).toLowerCase()))();

/**
 * Line and paragraph separators: LF, CR (alone or before LF), NEL U+0085, LINE SEPARATOR U+2028 and
 * PARAGRAPH SEPARATOR U+2029 all start a new line for UAX #14 and for satori. A single-line field refuses
 * every one of them; a paragraph keeps them as the one newline the text engine knows, \n.
 */
const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/u;
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'gu');
/** C0 and C1 control characters and DEL: never drawn as anything a reader could see, so never accepted. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const BREAK_NAMES: Record<string, string> = { '\n': 'LINE FEED', '\r': 'CARRIAGE RETURN', '\u0085': 'NEXT LINE', '\u2028': 'LINE SEPARATOR', '\u2029': 'PARAGRAPH SEPARATOR' };

/** Trimmed single-line text with a length cap. Line breaks and control characters are refused, not drawn. */
export function line(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .superRefine((s, ctx) => {
      const br = LINE_BREAK.exec(s)?.[0];
      const control = CONTROL.exec(s)?.[0];
      if (br) ctx.addIssue({ code: 'custom', message: `must be a single line (it contains ${codePoint(br)} ${BREAK_NAMES[br[0]!]})` });
      else if (control) ctx.addIssue({ code: 'custom', message: `must not contain control characters (it contains ${codePoint(control)})` });
    });
}

/** Multi-line text: every kind of line break becomes \n; other control characters are refused. */
export function paragraph(max: number) {
  return z
    .string()
    .overwrite((s) => s.replace(LINE_BREAKS, '\n'))
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .superRefine((s, ctx) => {
      const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u.exec(s)?.[0];
      if (control) ctx.addIssue({ code: 'custom', message: `must not contain control characters other than line breaks (it contains ${codePoint(control)})` });
    });
}

/**
 * An inline image: a base64 `data:` URI of a PNG, JPEG or GIF whose bytes really are that format, whose
 * structure is whole, and whose declared size is within the image limits (src/image/: read from the header,
 * nothing decoded). One refinement that never throws: a malformed URI is a message on its field, not a 500.
 * SVG is refused: it can reference other resources, and remote URLs are not fetched at render time.
 */
export const dataImage = /* @__PURE__ */ (() => z
  .string()
  .max(MAX_IMAGE_DATA_URI_CHARS, `must be at most ${MAX_IMAGE_DATA_URI_CHARS} characters`)
  .superRefine((uri, ctx) => {
    if (uri.length > MAX_IMAGE_DATA_URI_CHARS) return; // already reported by max()
    const problem = dataImageProblem(uri);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }))();

/**
 * Names of the payload fields that hold an image (imageRef): remote images are fetched, and the service's
 * image limits checked, on fields with these names. A new image field must use one of them or be added here.
 */
export const IMAGE_FIELDS: ReadonlySet<string> = new Set(['avatar', 'crest', 'photo']);

/**
 * An avatar or crest: an inline data: URI, or an https:// URL that the service fetches (allow-listed hosts
 * only, see CARD_REMOTE_IMAGE_HOSTS) and turns into a data: URI before rendering; templates only ever see
 * data: URIs, so nothing is fetched during a render.
 */
export const imageRef = /* @__PURE__ */ (() => z
  .string()
  .max(MAX_IMAGE_DATA_URI_CHARS, `must be at most ${MAX_IMAGE_DATA_URI_CHARS} characters`)
  .superRefine((value, ctx) => {
    if (value.length > MAX_IMAGE_DATA_URI_CHARS) return; // already reported by max(), once
    if (value.startsWith('data:')) {
      // the data: URI rules, with their own precise messages
      const inline = dataImage.safeParse(value);
      if (!inline.success) for (const issue of inline.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    } else if (!/^https:\/\/\S+$/.test(value) || value.length > MAX_IMAGE_URL_CHARS) {
      ctx.addIssue({ code: 'custom', message: `must be a base64 data: URI of a PNG, JPEG or GIF image, or an https:// URL of at most ${MAX_IMAGE_URL_CHARS} characters` });
    }
  })
  .describe('data:image/(png|jpeg|gif);base64,… or an https:// URL (fetched only from allow-listed hosts)')
  // JSON Schema: marks the field as an image for form generators (the editor's file picker), as
  // react-jsonschema-form's `data-url` format does; the https:// form is in the description.
  .meta({ format: 'data-url' }))();

/**
 * ISO 8601 date (`2024-05-02`) or date-time with an offset (`2024-05-02T21:47:00+02:00`), in the years
 * MIN_YEAR..MAX_YEAR (the year as written, before any offset is applied).
 */
export const isoDate = /* @__PURE__ */ (() => z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'must be an ISO 8601 date (2024-05-02) or date-time with offset (2024-05-02T21:47:00+02:00)',
  })
  .refine((s) => Number(s.slice(0, 4)) >= MIN_YEAR && Number(s.slice(0, 4)) <= MAX_YEAR, `must be a date in the years ${MIN_YEAR} to ${MAX_YEAR}`))();

export const brandTheme = /* @__PURE__ */ (() => z.strictObject({
  base: z.enum(['light', 'dark']).default('dark').describe('Palette the brand colours are laid on'),
  background: hexColor.describe('Card background'),
  foreground: hexColor.optional().describe('Main text colour (default: white or near-black, whichever contrasts)'),
  accent: hexColor.optional().describe('Hashtags, mentions, links and highlights'),
}))();

/** Fields every card kind accepts. */
export const commonFields = /* @__PURE__ */ (() => ({
  size: z.enum(['og', 'x', 'square', 'story']).default('og').describe('og 1200×630, x 1200×675, square 1080×1080, story 1080×1920'),
  scale: z
    .number()
    .min(MIN_SCALE, `must be at least ${MIN_SCALE}`)
    .max(MAX_SCALE, `must be at most ${MAX_SCALE}`)
    .default(1)
    .describe('Pixel density multiplier for sharper images'),
  theme: z
    .union([z.enum(['light', 'dark']), brandTheme], { error: 'must be light, dark, or an object of brand colours ({ background, foreground?, accent? })' })
    .default('light')
    .describe('light, dark, or brand colours'),
  locale: z.enum(LOCALES).default('en').describe('Language of dates, status words and typography rules'),
}))();

export type Theme = z.output<typeof commonFields.theme>;
export interface CommonOptions {
  size: SizeName;
  scale: number;
  theme: Theme;
  locale: Locale;
}
