import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { parsePublicUrl } from '../../http/public-url.ts';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from '../../image/limits.ts';
import { parseAllowHosts } from './remote/fetch-image.ts';

/**
 * Service limits and settings: each has a default, may be set from the environment, and is validated at
 * boot so a bad value stops the process with a message instead of surfacing later as odd behaviour.
 *
 * A variable that is set must say something: an empty value (`PORT=`) is refused rather than read as 0 or
 * as "unset". Empty is almost always a template or shell substitution gone wrong (`PORT=$PORT` with nothing
 * behind it), and for the keys and tokens "unset" means an open service. (imgproxy reads empty as unset, so
 * `IMGPROXY_KEY=` quietly turns signature checks off: the failure this rule exists to avoid.)
 */

/** A whole number from min to max, in plain decimal digits: `1e3`, `0x10`, `2.5` or `-1` are refused, not guessed. */
const int = (min: number, max: number) =>
  z.string().transform((raw, ctx) => {
    const rule = `must be a whole number from ${min} to ${max}`;
    const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isNaN(n)) ctx.addIssue({ code: 'custom', message: `not a whole number; ${rule}` });
    else if (n < min || n > max) ctx.addIssue({ code: 'custom', message: `${n < min ? 'too small' : 'too large'}; ${rule}` });
    else return n;
    return z.NEVER;
  });

/**
 * RFC 6750's b64token (RFC 9110's token68): the only characters `Authorization: Bearer <token>` may carry.
 * A token with others (`s3cret!token@2024#long`) could never authenticate, so it is refused at boot.
 */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

function token68Problem(token: string): string | undefined {
  if (TOKEN68.test(token)) return undefined;
  const bad = [...new Set([...token].filter((c) => !/[A-Za-z0-9\-._~+/=]/.test(c)))];
  const found = bad.length ? bad.map((c) => JSON.stringify(c)).join(' ') : '"=" before the end';
  return `has characters outside RFC 6750's token68 (${found}): a Bearer token may hold only letters, digits, - . _ ~ + / and a trailing =`;
}

/**
 * A comma-separated list of secrets, each long enough that guessing is hopeless. When the variable is set,
 * every entry must be a usable secret: `KEYS=,` or `KEYS=new,` (a substitution that came out empty) would
 * otherwise leave the service open, or signing with an old key, with no more than a warning.
 */
const secrets = (what: string, minLength: number, problem: (secret: string) => string | undefined = () => undefined) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined) return [];
      const list = s.split(',').map((k) => k.trim());
      const of = (i: number) => (list.length > 1 ? `${what} ${i + 1} of ${list.length}` : `the ${what}`);
      list.forEach((k, i) => {
        const wrong =
          k === ''
            ? `is empty; give comma-separated ${what}s, or unset the variable`
            : k.length < minLength
              ? `is ${k.length} characters; each ${what} must be at least ${minLength}`
              : problem(k);
        if (wrong) ctx.addIssue({ code: 'custom', message: `${of(i)} ${wrong}` });
      });
      return list;
    });

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
  /**
   * The service's public origin (`https://cards.example.com`): the origin of every URL it hands out (`.json`'s
   * url, exampleUrl, signed URLs). Unset = the request's own origin, which the client controls (Host header),
   * so those answers are then marked private. Set it behind a proxy or CDN, where the scheme is https too.
   */
  CARD_PUBLIC_URL: z.string().optional().transform((s, ctx) => {
    if (s === undefined) return undefined;
    try {
      return parsePublicUrl(s);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  }),
  /**
   * Bearer tokens accepted on POST (bots, the sign endpoint), comma-separated. Unset = open POSTs. Only
   * token68 characters: letters, digits, `- . _ ~ + /`, and `=` at the end.
   */
  CARD_API_TOKENS: secrets('API token', 16, token68Problem),
});

export type Config = z.output<typeof configSchema>;

/** Secrets are never echoed back in a boot error: logs are read by more people than the secrets are. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['CARD_SIGNING_KEYS', 'CARD_API_TOKENS']);

/** A configuration that cannot be used: one line per variable, each naming it, what is wrong and the rule. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly lines: string[]) {
    super(`invalid configuration:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
}

function shown(name: string, value: string): string {
  if (SECRET_VARIABLES.has(name)) return `${name} (value not shown)`;
  return `${name}=${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const lines: string[] = [];
  const input: Record<string, string> = {};
  for (const name of Object.keys(configSchema.shape)) {
    const value = env[name];
    if (value === undefined) continue;
    if (value.trim() === '') lines.push(`${name} is set but empty; give it a value, or unset it to use the default`);
    else input[name] = value;
  }
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    // One line per variable: its first problem is enough to fix it, and a list of five stays readable.
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (seen.has(name)) continue;
      seen.add(name);
      lines.push(`${shown(name, input[name] ?? '')}: ${issue.message}`);
    }
  }
  if (lines.length || !parsed.success) throw new ConfigError(lines);
  return parsed.data;
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
