import { z } from 'zod';
import { MAX_IMAGE_DATA_URI_CHARS, MAX_IMAGE_URL_CHARS, MAX_SCALE, MIN_SCALE } from './limits.ts';

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

/** `#rgb` or `#rrggbb`; the `#` may be left out, which spares URL-encoding it as %23 in GET URLs. */
export const hexColor = z
  .string()
  .regex(/^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour such as #0a84ff or 0a84ff')
  .transform((s) => (s.startsWith('#') ? s : `#${s}`).toLowerCase());

/** Trimmed single-line text with a length cap. Control characters are rejected rather than silently drawn. */
export function line(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must be a single line without control characters');
}

/** Multi-line text (newlines kept, other control characters rejected). */
export function paragraph(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(s), 'must not contain control characters other than newlines');
}

const IMAGE_SIGNATURES: Array<{ mime: string; test: (b: Uint8Array) => boolean }> = [
  { mime: 'image/png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { mime: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/gif', test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 },
];

function decodeBase64Head(b64: string, bytes: number): Uint8Array {
  const head = atob(b64.slice(0, Math.ceil(bytes / 3) * 4));
  return Uint8Array.from(head, (c) => c.charCodeAt(0));
}

/**
 * An inline image: a base64 `data:` URI of a PNG, JPEG or GIF whose bytes really are that format.
 * SVG is refused: it can reference other resources, and remote URLs are not fetched at render time.
 */
export const dataImage = z
  .string()
  .max(MAX_IMAGE_DATA_URI_CHARS, `must be at most ${MAX_IMAGE_DATA_URI_CHARS} characters`)
  .regex(/^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2}$/, 'must be a base64 data: URI of a PNG, JPEG or GIF image')
  .refine((uri) => {
    const comma = uri.indexOf(',');
    const mime = uri.slice(5, uri.indexOf(';'));
    const b64 = uri.slice(comma + 1);
    if (b64.length < 16 || b64.length % 4 !== 0) return false;
    const bytes = decodeBase64Head(b64, 12);
    return IMAGE_SIGNATURES.some((s) => s.mime === mime && s.test(bytes));
  }, 'must contain image bytes matching its declared type');

/**
 * An avatar or crest: an inline data: URI, or an https:// URL that the service fetches (allow-listed hosts
 * only, see CARD_REMOTE_IMAGE_HOSTS) and turns into a data: URI before rendering; templates only ever see
 * data: URIs, so nothing is fetched during a render.
 */
export const imageRef = z
  .string()
  .max(MAX_IMAGE_DATA_URI_CHARS, `must be at most ${MAX_IMAGE_DATA_URI_CHARS} characters`)
  .superRefine((value, ctx) => {
    if (value.startsWith('data:')) {
      // the data: URI rules, with their own precise messages
      const inline = dataImage.safeParse(value);
      if (!inline.success) for (const issue of inline.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    } else if (!/^https:\/\/\S+$/.test(value) || value.length > MAX_IMAGE_URL_CHARS) {
      ctx.addIssue({ code: 'custom', message: `must be a base64 data: URI of a PNG, JPEG or GIF image, or an https:// URL of at most ${MAX_IMAGE_URL_CHARS} characters` });
    }
  })
  .describe('data:image/(png|jpeg|gif);base64,… or an https:// URL (fetched only from allow-listed hosts)');

/** ISO 8601 date (`2024-05-02`) or date-time with an offset (`2024-05-02T21:47:00+02:00`). */
export const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be an ISO 8601 date (2024-05-02) or date-time with offset (2024-05-02T21:47:00+02:00)',
});

export const brandTheme = z.strictObject({
  base: z.enum(['light', 'dark']).default('dark').describe('Palette the brand colours are laid on'),
  background: hexColor.describe('Card background'),
  foreground: hexColor.optional().describe('Main text colour (default: white or near-black, whichever contrasts)'),
  accent: hexColor.optional().describe('Hashtags, mentions, links and highlights'),
});

/** Fields every card kind accepts. */
export const commonFields = {
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
};

export type Theme = z.output<typeof commonFields.theme>;
export interface CommonOptions {
  size: SizeName;
  scale: number;
  theme: Theme;
  locale: Locale;
}
