import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './image/limits.ts';
import { parseAllowHosts } from './remote/fetch-image.ts';

/**
 * Service limits and settings: each has a default, may be set from the environment, and is validated at
 * boot so a bad value stops the process with a message instead of surfacing later as odd behaviour.
 */
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A comma-separated list of secrets, each long enough that guessing is hopeless. */
const secrets = (what: string, minLength: number) =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').split(',').map((k) => k.trim()).filter(Boolean))
    .refine((list) => list.every((k) => k.length >= minLength), `each ${what} must be at least ${minLength} characters`);

export const configSchema = z.object({
  /** TCP port of the HTTP server. */
  PORT: int(0, 65535).default(3000),
  /**
   * Render worker threads: one per core but one, which is left to the HTTP thread (parsing, validation,
   * ETags, writing PNGs) and the GC. On the 2-core machine this was measured on, 2 workers rendered no more
   * distinct cards per second than 1 (25.8 vs 26.5 cards/s under autocannon, same run: the cores were
   * already saturated) but cost 72 instead of 57 ms of CPU a card and 374 instead of 262 MB of RSS.
   */
  CARD_WORKERS: int(1, 64).default(Math.max(1, availableParallelism() - 1)),
  /**
   * Renders allowed to wait behind the busy workers. At ~30 ms a card on one worker, 64 queued cards is
   * ~2 s of work: beyond that a client is better told to retry (503 + Retry-After) than kept waiting.
   */
  CARD_MAX_QUEUE: int(0, 10_000).default(64),
  /**
   * Longest a render waits for a free worker. A crawler or CDN fetching an og:image gives up after a few
   * seconds anyway; past 5 s a 503 + Retry-After is the more useful answer, and it costs no worker.
   */
  CARD_QUEUE_TIMEOUT_MS: int(10, 120_000).default(5000),
  /** A render running longer than this is stopped (its worker replaced) and answered 503. Story cards at scale 3 take ~1 s. */
  CARD_RENDER_TIMEOUT_MS: int(100, 120_000).default(10_000),
  /**
   * Largest image, in pixels (width × height × scale²). The default allows every size at scale 3 (a story
   * is 3240×5760 = 18.7 M pixels, a 75 MB pixmap while it renders); lower it to cap memory per render.
   */
  CARD_MAX_PIXELS: int(100_000, 40_000_000).default(3240 * 5760),
  /**
   * Process memory (RSS, MB) above which render workers force a garbage collection to hand resvg's pixmaps
   * back. Below it, V8 collects on its own schedule. Measured under autocannon (16 connections, distinct
   * cards, one worker): forcing one every 5 cards held RSS at ~270 MB for 62–67 ms of CPU a card; never
   * forcing, 374 MB for 37 ms; at 320, 322 MB for 48–56 ms. A lower value trades render speed for memory.
   */
  CARD_GC_RSS_MB: int(64, 64 * 1024).default(320),
  /**
   * Largest avatar or crest, in pixels (its header's width × height, every GIF frame too): larger is 400 on its
   * field (remote_image_too_large when fetched). The default and ceiling, 4096×4096, and why: src/image/limits.ts.
   */
  CARD_MAX_IMAGE_PIXELS: int(1, MAX_IMAGE_PIXELS).default(MAX_IMAGE_PIXELS),
  /** Longest side of an avatar or crest, in pixels. The default and ceiling, 8192, and why: src/image/limits.ts. */
  CARD_MAX_IMAGE_SIDE: int(1, MAX_IMAGE_SIDE).default(MAX_IMAGE_SIDE),
  /** Bytes of rendered images kept in memory. 64 MB holds ~1,000 typical 1200×630 PNG cards (40–80 KB each). */
  CARD_CACHE_BYTES: int(0, 4 * 1024 ** 3).default(64 * 1024 ** 2),
  /** POST bodies: the largest valid payload is two 300 KB data: URIs plus text; 1 MB leaves room and no more. */
  CARD_MAX_BODY_BYTES: int(1024, 16 * 1024 ** 2).default(1024 ** 2),
  /**
   * GET URLs: 8 KB is what common CDNs and proxies forward; longer payloads (inline images) belong in a POST.
   */
  CARD_MAX_URL_LENGTH: int(256, 65_536).default(8192),
  /**
   * HMAC keys for signed GET URLs, comma-separated, newest first: URLs are signed with the first and
   * verified against all, so a key can be rotated in without breaking published URLs. Unset = open GETs.
   */
  CARD_SIGNING_KEYS: secrets('signing key', 32),
  /**
   * Hosts avatars and crests may be fetched from (`cdn.club.fr`, `*.example.com`), comma-separated. Unset =
   * remote images off: only data: URIs are accepted.
   */
  CARD_REMOTE_IMAGE_HOSTS: z.string().optional().transform((s, ctx) => {
    try {
      return parseAllowHosts(s);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  }),
  /** Largest remote image: 220 KB keeps its data: URI within the 300,000 characters allowed inline. */
  CARD_REMOTE_IMAGE_MAX_BYTES: int(1024, 220_000).default(220_000),
  /** Whole-fetch budget, redirects included: a slow image host must not hold a render slot for long. */
  CARD_REMOTE_IMAGE_TIMEOUT_MS: int(100, 30_000).default(3000),
  /** Bearer tokens accepted on POST (bots, the sign endpoint), comma-separated. Unset = open POSTs. */
  CARD_API_TOKENS: secrets('API token', 16),
});

export type Config = z.output<typeof configSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
