import { z } from 'zod';
import { CardError } from '../../errors.ts';
import { ConfigError, readSettings, sharedSettings } from '../../settings.ts';

/**
 * The Worker's settings, from its bindings: `vars` in wrangler.toml for limits, secrets (`wrangler secret put`)
 * for keys and tokens. The settings every runtime reads, with the same names, rules and one-line messages as
 * the Node service's (src/settings.ts), under the isolate's ceilings below; remote images are refused. They are
 * validated when the isolate starts. A Worker has no boot to stop and no log anyone reads at that moment, so a
 * bad value answers every request with a 500 (`misconfigured`) naming the setting: see `misconfigured` below.
 */

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

/**
 * Largest avatar, crest or photo at the edge, in pixels: 1024×1024, a sixteenth of Node's 4096×4096. The Worker
 * has no image resizer (libvips is Node-only), so resvg-wasm decodes every image at its full size inside the
 * isolate, into wasm memory that never shrinks. Measured in workerd (2026-12-01, `npx tsx
 * scripts/edge/image-memory.ts`: peak RSS over the idle runtime, fresh process per line, images allowed up to
 * 4096² for the measurement) with the largest card the edge draws, a player card at story@1.38 (3.95 M pixels).
 * First run (2026-12-01, before the font store): 89 MB without a photo; with a photo, 98 MB at 1024², 107 MB at
 * 2048² (119 MB as a JPEG), 128 MB at 2896², 163 MB at 4096²; with a photo and a crest (two images is the most
 * a card draws), 113 MB at 1024² each, 121 MB at 1448², 149 MB at 2048². Again after the font store (h5-merge's
 * one font mechanism, 2026-11-30, load average 7-8, ±10 MB between runs): 70 MB without a photo; one photo 76 MB
 * at 1024², 88 MB at 2048²; a photo and a crest 82 MB at 1024² each, 96 MB at 1448², 117 MB at 2048². At 1024²
 * the worst card keeps ~45 MB of the isolate's 128 MB free: room for what else a card may cost at the edge (its
 * CJK font slices took up to ~40 MB more than a Latin card's at og@1: EDGE_MAX_CARD_CJK_BYTES above), where 2048² would leave ~10 MB
 * and 1448² ~30 MB. (That an image's shape no longer matters, only its pixels, is src/render/fit-images.ts:
 * before it, a 256×64 photo cost as much as a 2896² one.) A 1024² photo still
 * covers the largest box a card draws at the edge: the story photo, 1490 px wide at 1.38, and the og panel,
 * 1260 px tall at 2, are drawn from it slightly enlarged. Larger images get 400 on their field, naming the
 * limit: send them scaled down (or render on the Node service, which scales them itself).
 */
export const EDGE_MAX_IMAGE_PIXELS = 1024 * 1024;
/** Longest side of an image at the edge: twice the side of a square at EDGE_MAX_IMAGE_PIXELS, as on Node (src/image/limits.ts). */
export const EDGE_MAX_IMAGE_SIDE = 2048;

export const edgeConfigSchema = z.object({
  /** CARD_MAX_PIXELS, CARD_MAX_IMAGE_* may be lowered below the ceilings above to save memory; higher is refused. */
  ...sharedSettings({ cardPixels: { max: EDGE_MAX_PIXELS, default: EDGE_MAX_PIXELS }, imagePixels: EDGE_MAX_IMAGE_PIXELS, imageSide: EDGE_MAX_IMAGE_SIDE }),
  /**
   * Remote avatars and crests stay off at the edge: a Worker cannot resolve DNS or pin the addresses it
   * connects to, so the Node service's SSRF protections would not hold (README, "Deploy to Cloudflare
   * Workers"). Setting this is an error rather than silently ignored.
   */
  CARD_REMOTE_IMAGE_HOSTS: z
    .string()
    .optional()
    .superRefine((s, ctx) => {
      if (s !== undefined) ctx.addIssue({ code: 'custom', message: 'remote images are not available on the Worker; unset it and send avatars and crests as data: URIs' });
    }),
});

export type EdgeConfig = z.output<typeof edgeConfigSchema>;

/** The Worker's settings from its bindings (other bindings, such as ASSETS, are not read), or a ConfigError. */
export function loadEdgeConfig(env: Record<string, unknown>): EdgeConfig {
  return readSettings(edgeConfigSchema, env);
}

/**
 * The answer to every request while the Worker's settings are bad: a server misconfiguration, so a 500 in the
 * error contract, carrying the same one-line messages the Node service prints at boot (secrets never shown),
 * one issue per setting. Fixing the setting (`wrangler secret put`, or the vars) redeploys the Worker.
 */
export function misconfigured(err: ConfigError): CardError {
  return new CardError(
    500,
    'misconfigured',
    `this Worker's settings are invalid; fix them in its vars or secrets: ${err.lines.join('; ')}`,
    err.problems.map((p) => ({ path: p.setting, message: p.line })),
  );
}
