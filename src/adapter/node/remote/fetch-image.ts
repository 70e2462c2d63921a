/**
 * Fetches a remote avatar or crest once, safely, and returns it as a base64 data: URI so the render core
 * stays offline.
 *
 * Every hop (the URL, then each redirect target) goes through the same checks before any connection:
 * https only, no credentials, an allowed port, a host on the allow-list (literal IPs only if listed as such),
 * then our own DNS resolution, where ANY address that is not public unicast refuses the hop (see ip.ts).
 * The connection is then pinned to the checked addresses (a `lookup` that answers only them), while the
 * original host name stays the TLS SNI name, the certificate name and the Host header: a DNS answer that
 * changes between check and connect (rebinding) is never used.
 * One deadline covers everything (DNS, connects, TLS, redirects, body); the body is capped by Content-Length
 * up front and by counting streamed bytes; its type is sniffed from magic bytes, never taken from headers.
 *
 * Errors are RemoteImageError (a CardError): see errors.ts for codes and statuses.
 */
import dns from 'node:dns';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { isIP, type LookupFunction } from 'node:net';
import tls from 'node:tls';
import { RemoteImageError } from '../../../remote/errors.ts';
import { blockedAddressReason } from './ip.ts';
import { looksLikeSvg, sniffImage, SNIFF_BYTES, type RemoteImageMime } from './sniff.ts';

export { RemoteImageError, REMOTE_IMAGE_STATUS, type RemoteImageErrorCode } from '../../../remote/errors.ts';
export type { RemoteImageMime } from './sniff.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface RemoteImageOptions {
  /**
   * Exact host names or `*.example.com` patterns (any depth of subdomain, never the apex itself); literal IPs
   * only as exact entries. Case-insensitive, trailing dot ignored, IDN compared in punycode. Empty = disabled.
   */
  allowHosts: string[];
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Budget for the whole fetch, redirects included. */
  timeoutMs: number;
  /** Redirects followed at most (0 = none). */
  maxRedirects: number;
  /** Ports accepted besides none: default [443]. */
  allowPorts?: number[];
  /** DNS resolution (tests inject one); default: node:dns lookup of all addresses (getaddrinfo, /etc/hosts included). */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
  /**
   * ONLY for tests against local servers. `true` skips the private/reserved-address check for every host,
   * a predicate skips it for the hosts it returns true for (e.g. the first hop, while redirect targets stay
   * strictly checked). Every other rule (scheme, credentials, port, allow-list, pinning) still applies.
   */
  allowPrivateForTests?: boolean | ((host: string) => boolean);
  /**
   * Image types accepted (sniffed from bytes), default all four. NOTE: resvg-js 2.6 cannot draw WebP
   * ("currently resvg only supports PNG, JPEG and GIF"): pass the other three until WebP is decoded elsewhere.
   */
  accept?: readonly RemoteImageMime[];
  /** An extra CA (added to Node's root certificates), for tests with a self-signed local https server. */
  tls?: { ca?: string | Buffer };
}

export interface RemoteImage {
  dataUri: string;
  mime: RemoteImageMime;
  bytes: number;
  finalUrl: string;
}

export const REMOTE_IMAGE_DEFAULT_PORTS: readonly number[] = [443];
export const REMOTE_IMAGE_TYPES: readonly RemoteImageMime[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const TYPE_NAMES: Record<RemoteImageMime, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/gif': 'GIF', 'image/webp': 'WebP' };
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'card-renderer-image-fetch/1';

/** Strips the brackets of an IPv6 URL host and one trailing dot of a name. */
function bareHost(hostname: string): string {
  const h = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/**
 * One allow-list entry in the form hosts are compared in: lower case, punycode, no trailing dot, IPv6 without
 * brackets, IPv4 in dotted decimal. Throws an Error (a configuration mistake) for anything else: URLs, ports,
 * paths, `*`, wildcards anywhere but a leading `*.`, wildcards over a single label (`*.com`) or over an IP.
 */
export function normaliseHostPattern(entry: string): string {
  const raw = entry.trim().toLowerCase();
  const wildcard = raw.startsWith('*.');
  let base = wildcard ? raw.slice(2) : raw;
  if (base.startsWith('[') && base.endsWith(']')) base = base.slice(1, -1);
  const v6 = isIP(base) === 6;
  const bad = (why: string) => new Error(`invalid image host "${entry}" in the allow-list: ${why}`);
  if (!base) throw bad('empty');
  if (base.includes('*')) throw bad('a wildcard is only allowed as a leading "*."');
  if (!v6 && /[\s/\\:@?#%]/.test(base)) throw bad('give a host name only, without scheme, port, path or credentials');
  let host: string;
  try {
    host = bareHost(new URL(`https://${v6 ? `[${base}]` : base}/`).hostname);
  } catch {
    throw bad('not a valid host name');
  }
  if (!host) throw bad('empty');
  if (wildcard && isIP(host)) throw bad('wildcards apply to names, not IP addresses');
  if (wildcard && !host.includes('.')) throw bad(`"*.${host}" would allow a whole top-level domain`);
  return wildcard ? `*.${host}` : host;
}

/** `CARD_IMAGE_HOSTS`-style list: comma-separated, blanks ignored, each entry normalised (throws on a bad one). */
export function parseAllowHosts(env: string | undefined): string[] {
  if (!env) return [];
  const out: string[] = [];
  for (const part of env.split(',')) {
    if (!part.trim()) continue;
    const p = normaliseHostPattern(part);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** Whether a normalised host matches normalised patterns. Wildcards never match IP literals. */
export function hostAllowed(host: string, patterns: readonly string[]): boolean {
  const ip = isIP(host) !== 0;
  for (const p of patterns) {
    if (p.startsWith('*.')) {
      const suffix = p.slice(1);
      if (!ip && host.length > suffix.length && host.endsWith(suffix)) return true;
    } else if (host === p) return true;
  }
  return false;
}

async function defaultResolve(host: string): Promise<ResolvedAddress[]> {
  const found = await dns.promises.lookup(host, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
}

interface Target {
  url: URL;
  /** Normalised host: no brackets, no trailing dot. */
  host: string;
  port: number;
  addresses: ResolvedAddress[];
}

interface Context {
  patterns: string[];
  ports: readonly number[];
  opts: RemoteImageOptions;
  signal: AbortSignal;
  /** Host of the hop in progress, for messages. */
  currentHost: string;
}

/** Rejects as soon as the signal aborts, so that a DNS lookup (not cancellable) cannot outlive the deadline. */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function errText(e: unknown): string {
  const err = e as NodeJS.ErrnoException | undefined;
  const code = err?.code ? `${err.code}: ` : '';
  return `${code}${err?.message ?? String(e)}`.slice(0, 200);
}

/** Every check of one hop, ending with the resolved, validated addresses to pin. Nothing is connected here. */
async function checkTarget(urlText: string, ctx: Context, from: string | undefined): Promise<Target> {
  const where = from ? `redirect from ${from}: ` : '';
  const forbidden = (msg: string) => new RemoteImageError('remote_image_forbidden', `${where}${msg}`);
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    throw from
      ? new RemoteImageError('remote_image_failed', `${where}the Location header is not a valid URL`)
      : new RemoteImageError('remote_image_invalid_url', 'the image URL is not a valid absolute URL');
  }
  const host = bareHost(url.hostname);
  if (host) ctx.currentHost = host;
  const label = host || url.protocol;
  if (url.protocol !== 'https:') throw forbidden(`image URL ${label}: only https: URLs are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw forbidden(`image URL ${label}: URLs with a user name or password (user@host) are refused`);
  if (!host) throw forbidden('image URL has no host');
  const port = url.port ? Number(url.port) : 443;
  if (!ctx.ports.includes(port)) {
    throw forbidden(`image host ${host}: port ${port} is not allowed (allowed: ${ctx.ports.join(', ')})`);
  }
  if (!ctx.patterns.length) {
    throw forbidden(`image host ${host}: remote images are disabled (no image hosts are allowed); send a data: URI`);
  }
  const literal = isIP(host);
  if (literal) {
    if (!ctx.patterns.includes(host)) throw forbidden(`image host ${host} is a literal IP address; IP addresses are refused unless allow-listed`);
  } else if (!hostAllowed(host, ctx.patterns)) {
    throw forbidden(`image host ${host} is not in the allow-list of image hosts`);
  }

  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    const resolve = ctx.opts.resolve ?? defaultResolve;
    try {
      addresses = await untilAborted(resolve(host), ctx.signal);
    } catch (e) {
      if (ctx.signal.aborted) throw e;
      throw new RemoteImageError('remote_image_failed', `${where}image host ${host} could not be resolved (${errText(e)})`);
    }
    if (!addresses.length) throw new RemoteImageError('remote_image_failed', `${where}image host ${host} has no DNS address`);
  }

  const p = ctx.opts.allowPrivateForTests;
  const privateOk = typeof p === 'function' ? p(host) === true : p === true;
  const checked: ResolvedAddress[] = [];
  for (const a of addresses) {
    const version = isIP(a.address);
    if (!version) {
      throw new RemoteImageError('remote_image_failed', `${where}image host ${host} resolved to "${String(a.address).slice(0, 60)}", which is not an IP address`);
    }
    if (!privateOk) {
      const why = blockedAddressReason(a.address);
      if (why) {
        throw forbidden(
          literal
            ? `image host ${host} is not a public address (${why}); private, loopback and reserved addresses are refused`
            : `image host ${host} resolves to ${a.address}, which is not a public address (${why}); private, loopback and reserved addresses are refused`,
        );
      }
    }
    checked.push({ address: a.address, family: version === 6 ? 6 : 4 });
  }
  return { url, host, port, addresses: checked };
}

/**
 * A `lookup` for net.connect that answers only the checked addresses of the checked host: the socket
 * connects to exactly what was validated, whatever DNS says by now.
 */
function pinnedLookup(host: string, addresses: readonly ResolvedAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const usable = family === 4 || family === 6 ? addresses.filter((a) => a.family === family) : addresses;
    process.nextTick(() => {
      const first = usable[0];
      if (hostname !== host || !first) {
        const err: NodeJS.ErrnoException = new Error(`no pinned address for ${hostname}`);
        err.code = 'ENOTFOUND';
        callback(err, '');
      } else if (options.all) {
        callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

type HopResult = { kind: 'redirect'; location: string } | { kind: 'image'; body: Buffer; mime: RemoteImageMime };

/** One request to a checked target. Rejects with RemoteImageError for policy failures, raw errors otherwise. */
function requestOnce(target: Target, ctx: Context): Promise<HopResult> {
  const { host, port, url } = target;
  const { maxBytes } = ctx.opts;
  const literal = isIP(host);
  const hostHeader = `${literal === 6 ? `[${host}]` : host}${port === 443 ? '' : `:${port}`}`;
  const extraCa = ctx.opts.tls?.ca;

  return new Promise<HopResult>((resolve, reject) => {
    let settled = false;
    let res: IncomingMessage | undefined;
    const finish = (outcome: { ok: HopResult } | { err: unknown }) => {
      if (settled) return;
      settled = true;
      ctx.signal.removeEventListener('abort', onAbort);
      if ('ok' in outcome) resolve(outcome.ok);
      else reject(outcome.err);
      res?.destroy();
      req.destroy();
    };
    const onAbort = () => finish({ err: new Error('aborted') });

    const req = https.request({
      host,
      port,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      // TLS name checks and SNI use the original host (no SNI for a literal IP, as TLS requires).
      servername: literal ? undefined : host,
      lookup: pinnedLookup(host, target.addresses),
      agent: false,
      ca: extraCa === undefined ? undefined : [...tls.rootCertificates, extraCa],
      rejectUnauthorized: true,
      headers: {
        host: hostHeader,
        accept: 'image/png,image/jpeg,image/webp,image/gif;q=0.9',
        'accept-encoding': 'identity',
        'user-agent': USER_AGENT,
      },
    });
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    if (ctx.signal.aborted) onAbort();

    req.on('error', (e) => finish({ err: e }));
    req.on('response', (response) => {
      res = response;
      const status = response.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) {
        const location = response.headers.location;
        if (!location) finish({ err: new RemoteImageError('remote_image_failed', `image host ${host} answered ${status} without a Location header`) });
        else finish({ ok: { kind: 'redirect', location } });
        return;
      }
      if (status !== 200) {
        finish({ err: new RemoteImageError('remote_image_failed', `image host ${host} answered HTTP ${status} instead of 200`) });
        return;
      }
      const encoding = response.headers['content-encoding']?.trim().toLowerCase();
      if (encoding && encoding !== 'identity') {
        finish({ err: new RemoteImageError('remote_image_failed', `image host ${host} sent a ${encoding.slice(0, 20)}-encoded body; only identity is accepted`) });
        return;
      }
      const contentType = response.headers['content-type'];
      const lengthHeader = response.headers['content-length'];
      const declared = lengthHeader === undefined ? undefined : Number(lengthHeader);
      if (declared !== undefined && declared > maxBytes) {
        finish({ err: new RemoteImageError('remote_image_too_large', `image from ${host} is ${declared} bytes (Content-Length); the limit is ${maxBytes} bytes`) });
        return;
      }
      const accepted = ctx.opts.accept ?? REMOTE_IMAGE_TYPES;
      const names = accepted.map((m) => TYPE_NAMES[m]).join(', ');
      /** The sniffed type if it is accepted, else the error to fail with. */
      const judge = (head: Uint8Array): RemoteImageMime | RemoteImageError => {
        const sniffed = sniffImage(head);
        if (sniffed && accepted.includes(sniffed)) return sniffed;
        return new RemoteImageError(
          'remote_image_bad_type',
          sniffed
            ? `image from ${host} is ${sniffed}, which is not accepted here (accepted: ${names})`
            : looksLikeSvg(head, contentType)
              ? `image from ${host} is SVG, which is refused: sanitizing SVG is not implemented; use ${names}`
              : `image from ${host} is not a ${names} image (checked from its bytes, not its Content-Type)`,
        );
      };
      const chunks: Buffer[] = [];
      let received = 0;
      let mime: RemoteImageMime | null = null;
      response.on('data', (chunk: Buffer) => {
        if (settled) return;
        received += chunk.length;
        if (received > maxBytes) {
          finish({ err: new RemoteImageError('remote_image_too_large', `image from ${host} is larger than the limit of ${maxBytes} bytes`) });
          return;
        }
        chunks.push(chunk);
        if (!mime && received >= SNIFF_BYTES) {
          const verdict = judge(Buffer.concat(chunks));
          if (verdict instanceof RemoteImageError) finish({ err: verdict });
          else mime = verdict;
        }
      });
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const verdict = mime ?? judge(body);
        if (verdict instanceof RemoteImageError) finish({ err: verdict });
        else finish({ ok: { kind: 'image', body, mime: verdict } });
      });
      response.on('error', (e) => finish({ err: e }));
      response.on('close', () => {
        if (!response.complete) finish({ err: new Error('the connection closed before the body was complete') });
      });
    });
    req.end();
  });
}

export async function fetchRemoteImage(url: string, opts: RemoteImageOptions): Promise<RemoteImage> {
  for (const [name, value, min] of [
    ['maxBytes', opts.maxBytes, 1],
    ['timeoutMs', opts.timeoutMs, 1],
    ['maxRedirects', opts.maxRedirects, 0],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < min) throw new TypeError(`fetchRemoteImage: ${name} must be an integer >= ${min}`);
  }
  const controller = new AbortController();
  const ctx: Context = {
    patterns: opts.allowHosts.map(normaliseHostPattern),
    ports: opts.allowPorts ?? REMOTE_IMAGE_DEFAULT_PORTS,
    opts,
    signal: controller.signal,
    currentHost: '',
  };
  const deadline = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let next = url;
    let from: string | undefined;
    for (let redirects = 0; ; redirects++) {
      const target = await checkTarget(next, ctx, from);
      if (controller.signal.aborted) throw new Error('aborted');
      const hop = await requestOnce(target, ctx);
      if (hop.kind === 'image') {
        return {
          dataUri: `data:${hop.mime};base64,${hop.body.toString('base64')}`,
          mime: hop.mime,
          bytes: hop.body.length,
          finalUrl: target.url.href,
        };
      }
      if (redirects >= opts.maxRedirects) {
        throw new RemoteImageError('remote_image_failed', `image host ${target.host} redirected more than ${opts.maxRedirects} times (the limit)`);
      }
      try {
        next = new URL(hop.location, target.url).href;
      } catch {
        throw new RemoteImageError('remote_image_failed', `image host ${target.host} redirected to an invalid Location`);
      }
      from = target.host;
    }
  } catch (e) {
    if (e instanceof RemoteImageError) throw e;
    if (controller.signal.aborted) {
        const from = ctx.currentHost ? ` from ${ctx.currentHost}` : '';
      throw new RemoteImageError('remote_image_timeout', `fetching the image${from} took longer than ${opts.timeoutMs} ms (the limit, redirects included)`);
    }
    throw new RemoteImageError('remote_image_failed', `image host ${ctx.currentHost || '?'} could not be fetched (${errText(e)})`);
  } finally {
    clearTimeout(deadline);
  }
}
