import { z } from 'zod';
import { parsePublicUrl } from './http/public-url.ts';

/**
 * The service's settings, one module for both runtimes: the parsing rules, the settings every runtime reads
 * (request limits, public origin, image limits, keys and tokens), and the one-line report of a bad value.
 * Each adapter extends these with its own entries and reads them from where it gets them: process.env on
 * Node (src/adapter/node/config.ts, which stops the boot), the Worker's vars and secrets at the edge
 * (src/adapter/workers/config.ts, which answers every request with the report, having no boot to stop).
 *
 * A variable that is set must say something: an empty value (`PORT=`) is refused rather than read as 0 or
 * as "unset". Empty is almost always a template or shell substitution gone wrong (`PORT=$PORT` with nothing
 * behind it), and for the keys and tokens "unset" means an open service. (imgproxy reads empty as unset, so
 * `IMGPROXY_KEY=` quietly turns signature checks off: the failure this rule exists to avoid.)
 */

/** A whole number from min to max, in plain decimal digits: `1e3`, `0x10`, `2.5` or `-1` are refused, not guessed. */
export const wholeNumber = (min: number, max: number) =>
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

export function token68Problem(token: string): string | undefined {
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
export const secretList = (what: string, minLength: number, problem: (secret: string) => string | undefined = () => undefined) =>
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

/** What this runtime can afford: the ceilings (and the card pixel default) of the shared settings. */
export interface RuntimeCeilings {
  /** Largest card (width × height after scale) the runtime can draw, and the default. */
  cardPixels: { max: number; default: number };
  /** Largest avatar, crest or photo (header width × height), also the default. */
  imagePixels: number;
  /** Longest side of one, also the default. */
  imageSide: number;
}

/**
 * The settings both runtimes read, same names and rules; their ceilings are the runtime's (a Worker isolate
 * has 128 MB where a Node process has what the machine gives it).
 */
export function sharedSettings(ceilings: RuntimeCeilings) {
  return {
    /**
     * Largest image, in pixels (width × height × scale²); larger is 400 on `scale`. Lower it to cap memory per render.
     */
    CARD_MAX_PIXELS: wholeNumber(100_000, ceilings.cardPixels.max).default(ceilings.cardPixels.default),
    /**
     * Largest avatar or crest, in pixels (its header's width × height, every GIF frame too): larger is 400 on its
     * field (remote_image_too_large when fetched). May lower the runtime's ceiling, never raise it: src/image/limits.ts.
     */
    CARD_MAX_IMAGE_PIXELS: wholeNumber(1, ceilings.imagePixels).default(ceilings.imagePixels),
    /** Longest side of an avatar or crest, in pixels; at most the runtime's ceiling (src/image/limits.ts). */
    CARD_MAX_IMAGE_SIDE: wholeNumber(1, ceilings.imageSide).default(ceilings.imageSide),
    /** POST bodies: the largest valid payload is two 300 KB data: URIs plus text; 1 MB leaves room and no more. */
    CARD_MAX_BODY_BYTES: wholeNumber(1024, 16 * 1024 ** 2).default(1024 ** 2),
    /** GET URLs: 8 KB is what common CDNs and proxies forward; longer payloads (inline images) belong in a POST. */
    CARD_MAX_URL_LENGTH: wholeNumber(256, 65_536).default(8192),
    /**
     * The service's public origin (`https://cards.example.com`): the origin of every URL it hands out (`.json`'s
     * url, exampleUrl, signed URLs). Unset = the request's own origin, which the client controls (Host header),
     * so those answers are then marked private. Set it behind a proxy or CDN, where the scheme is https too.
     */
    CARD_PUBLIC_URL: z
      .string()
      .optional()
      .transform((s, ctx) => {
        if (s === undefined) return undefined;
        try {
          return parsePublicUrl(s);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      }),
    /**
     * HMAC keys for signed GET URLs, comma-separated, newest first: URLs are signed with the first and
     * verified against all, so a key can be rotated in without breaking published URLs. Unset = open GETs.
     */
    CARD_SIGNING_KEYS: secretList('signing key', 32),
    /**
     * Bearer tokens accepted on POST (bots, the sign endpoint), comma-separated. Unset = open POSTs. Only
     * token68 characters: letters, digits, `- . _ ~ + /`, and `=` at the end.
     */
    CARD_API_TOKENS: secretList('API token', 16, token68Problem),
  };
}

/** Secrets are never echoed back in a report: logs (and, on a Worker, answers) are read by more people than the secrets are. */
export const SECRET_SETTINGS: ReadonlySet<string> = new Set(['CARD_SIGNING_KEYS', 'CARD_API_TOKENS']);

/** Settings that cannot be used: one line per setting, each naming it, what is wrong and the rule. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: Array<{ setting: string; line: string }>) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.line}`).join('\n')}`);
  }

  get lines(): string[] {
    return this.problems.map((p) => p.line);
  }
}

function shown(name: string, value: string): string {
  if (SECRET_SETTINGS.has(name)) return `${name} (value not shown)`;
  return `${name}=${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
}

/**
 * The settings of `schema` read from `env`, or a ConfigError listing every bad one. Only the schema's names are
 * read. Values are text (environment variables, Worker secrets and text vars); a number (a Worker var written
 * `CARD_MAX_PIXELS = 4000000` in wrangler.toml, which arrives as JSON) is read as its decimal text.
 */
export function readSettings<T extends z.ZodRawShape>(schema: z.ZodObject<T>, env: Record<string, unknown>): z.output<z.ZodObject<T>> {
  const problems: Array<{ setting: string; line: string }> = [];
  const input: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = env[name];
    if (value === undefined) continue;
    if (typeof value === 'number' && Number.isFinite(value)) input[name] = String(value);
    else if (typeof value !== 'string') problems.push({ setting: name, line: `${name} is a binding, not text; give it as a var or secret` });
    else if (value.trim() === '') problems.push({ setting: name, line: `${name} is set but empty; give it a value, or unset it to use the default` });
    else input[name] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // One line per setting: its first problem is enough to fix it, and a list of five stays readable.
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (seen.has(name)) continue;
      seen.add(name);
      problems.push({ setting: name, line: `${shown(name, input[name] ?? '')}: ${issue.message}` });
    }
  }
  if (problems.length || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}
