import { z } from 'zod';

/**
 * The Worker's settings, from its bindings: `vars` in wrangler.toml for limits, secrets (`wrangler secret put`)
 * for keys and tokens. Validated when the isolate starts; a bad value answers every request with a 500 that
 * names the setting (a Worker has no boot log to stop on). Same names and rules as the Node service's
 * (src/adapter/node/config.ts) for the settings that apply at the edge.
 */
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const secrets = (what: string, minLength: number) =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').split(',').map((k) => k.trim()).filter(Boolean))
    .refine((list) => list.every((k) => k.length >= minLength), `each ${what} must be at least ${minLength} characters`);

/**
 * Largest card at the edge, in pixels (width × height after `scale`). A Worker isolate has 128 MB for its
 * JavaScript heap and wasm memories together, and resvg's wasm memory grows to the largest card drawn and
 * never shrinks (og@2 25 MB, og@3 55 MB, story@2 67 MB, story@3 147–158 MB: issue 11). Measured here in
 * workerd (2026-11-30, workerd RSS, fresh process per line): the isolate's first og@1 card took it ~45 MB over
 * the idle runtime; a post card then grew it by +41 MB at og@2 (3.0 M pixels), +62 MB at square@2 (4.7 M)
 * and +97 MB at og@3 (6.8 M): ~8 bytes of resvg memory a pixel plus the 4-byte copy the PNG encoder reads.
 * 4,000,000 pixels keeps the largest card near 100 MB: og and x at scale 2, square up to 1.85, story up to
 * 1.38; larger cards get the same 400 naming `scale` as on Node.
 */
export const EDGE_MAX_PIXELS = 4_000_000;

/**
 * Bytes of CJK font slices an isolate keeps loaded between cards (the Node service keeps 24 MB per render
 * worker, CJK_FONT_BUDGET_BYTES): the slices of a card or two, so the next card in the same language
 * fetches few. A slice costs the isolate far more than its bytes (the file, two HarfBuzz copies, satori's
 * parse of its glyphs): measured in workerd (2026-11-30, `npx tsx scripts/bench/edge-memory.ts`, workerd RSS
 * over a started isolate, fresh process per scenario), the four CJK specimen posts in turn took a Latin
 * card's +28 MB to +57 MB, and a Traditional Chinese post of 1,000 rare characters needing 2.9 MB of slices
 * to +69 MB at og@1 and +112 MB at og@2.
 */
export const EDGE_CJK_FONT_BUDGET_BYTES = 2 * 1024 * 1024;

/**
 * Bytes of CJK font slices one card's text may need at the edge; a card that needs more gets a 400 naming
 * the field that goes past it (render/font-needs.ts). The same post needing all 36 Traditional Chinese
 * slices (7.1 MB) took workerd to +124 MB at og@1 and +155 MB at og@2, past the isolate's 128 MB. Every
 * world-script specimen and corpus post needs at most 2.4 MB (the Traditional Chinese ones: their
 * characters are spread over 13 slices); 3 MB leaves room for a long post.
 */
export const EDGE_MAX_CARD_CJK_BYTES = 3 * 1024 * 1024;

export const edgeConfigSchema = z.object({
  /** Lower than EDGE_MAX_PIXELS to save memory; higher is refused (it would not fit in the isolate). */
  CARD_MAX_PIXELS: int(100_000, EDGE_MAX_PIXELS).default(EDGE_MAX_PIXELS),
  CARD_MAX_BODY_BYTES: int(1024, 16 * 1024 ** 2).default(1024 ** 2),
  CARD_MAX_URL_LENGTH: int(256, 65_536).default(8192),
  CARD_SIGNING_KEYS: secrets('signing key', 32),
  CARD_API_TOKENS: secrets('API token', 16),
  /**
   * Remote avatars and crests stay off at the edge: a Worker cannot resolve DNS or pin the addresses it
   * connects to, so the Node service's SSRF protections would not hold (README, "Deploy to Cloudflare
   * Workers"). Setting this is an error rather than silently ignored.
   */
  CARD_REMOTE_IMAGE_HOSTS: z
    .string()
    .optional()
    .refine((s) => !s?.trim(), 'remote images are not available on the Worker: send avatars and crests as data: URIs'),
});

export type EdgeConfig = z.output<typeof edgeConfigSchema>;

export function loadEdgeConfig(env: Record<string, unknown>): EdgeConfig {
  const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string'));
  const parsed = edgeConfigSchema.safeParse(strings);
  if (!parsed.success) {
    throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
