import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from '../../image/limits.ts';
import { ConfigError, readSettings, sharedSettings, wholeNumber as int } from '../../settings.ts';
import { parseAllowHosts } from './remote/fetch-image.ts';

export { ConfigError };

/**
 * The Node service's settings, from the environment: the ones every runtime reads (src/settings.ts, where the
 * parsing rules are), and the Node-only ones: the port, the render workers and their queue, timeouts and GC
 * budget, the memory cache, and remote image fetching. Validated at boot, so a bad value stops the process
 * with one line per variable (and exit status 78) instead of surfacing later as odd behaviour.
 */

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
   * The settings every runtime reads (src/settings.ts). Node's ceilings: every card size at scale 3 (a story is
   * 3240×5760 = 18.7 M pixels, a 75 MB pixmap while it renders; CARD_MAX_PIXELS may go up to 40 M), and images
   * up to the built-in limits (4096×4096, 8192 a side: src/image/limits.ts), which libvips shrinks while
   * decoding before a render sees them (sharp-resizer.ts).
   */
  ...sharedSettings({ cardPixels: { max: 40_000_000, default: 3240 * 5760 }, imagePixels: MAX_IMAGE_PIXELS, imageSide: MAX_IMAGE_SIDE }),
  /**
  /** Bytes of rendered images kept in memory. 64 MB holds ~1,000 typical 1200×630 PNG cards (40–80 KB each). */
  CARD_CACHE_BYTES: int(0, 4 * 1024 ** 3).default(64 * 1024 ** 2),
  /**
   * Hosts avatars and crests may be fetched from (`cdn.club.fr`, `*.example.com`), comma-separated. Unset =
   * remote images off: only data: URIs are accepted.
   */
  CARD_REMOTE_IMAGE_HOSTS: z.string().optional().transform((s, ctx) => {
    try {
      const hosts = parseAllowHosts(s);
      if (s !== undefined && hosts.length === 0) ctx.addIssue({ code: 'custom', message: 'lists no host; give comma-separated hosts (cdn.club.fr,*.example.com), or unset the variable' });
      return hosts;
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  }),
  /** Largest remote image: 220 KB keeps its data: URI within the 300,000 characters allowed inline. */
  CARD_REMOTE_IMAGE_MAX_BYTES: int(1024, 220_000).default(220_000),
  /** Whole-fetch budget, redirects included: a slow image host must not hold a render slot for long. */
  CARD_REMOTE_IMAGE_TIMEOUT_MS: int(100, 30_000).default(3000),
});

export type Config = z.output<typeof configSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return readSettings(configSchema, env);
}

/**
 * Exit status of a process that stopped on its configuration: EX_CONFIG from sysexits.h, so a supervisor
 * (or a person reading `echo $?`) can tell "fix the environment" from a crash.
 */
export const EXIT_CONFIG = 78;

/** loadConfig for an entry point: a bad configuration prints its lines (no stack trace) and exits EX_CONFIG. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(EXIT_CONFIG);
  }
}
