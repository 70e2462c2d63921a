import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { TEMPLATES, KINDS, isKind, type CardKind } from '../../templates/index.ts';
import { makeContext } from '../../templates/shared/context.ts';
import { SIZES, type CommonOptions } from '../../templates/shared/schema.ts';
import { palette } from '../../templates/shared/theme.ts';
import { CardError } from '../errors.ts';
import type { Format } from '../render/pipeline.ts';
import type { RenderService } from '../render/pool.ts';
import type { EmojiSet } from '../text/emoji.ts';
import type { EmojiNames } from '../text/emoji-names.ts';
import type { Coverage } from '../text/coverage.ts';
import type { Measurer } from '../text/measure.ts';
import type { CachedImage, ImageCache } from './cache/image-cache.ts';
import { registerEditorRoutes } from './editor/routes.ts';
import { cardETag, matchesIfNoneMatch } from './etag.ts';
import { jsonSchemaOf, payloadFromQuery, validate } from './payload.ts';
import { toQuery } from './query.ts';
import { requireSignature } from './signature/middleware.ts';
import type { RemoteImageResolver } from './remote-images.ts';
import { createMetrics } from './metrics/metrics.ts';
import { SIGNATURE_PARAM, type Signer } from './signature/signature.ts';

/**
 * The HTTP layer: routing, parsing and caching headers only. Rendering is the RenderService's job.
 *
 *   GET  /healthz
 *   GET  /v1/templates              every kind with its JSON Schema and example
 *   GET  /v1/templates/:kind
 *   GET  /v1/cards/:kind.(png|svg|json)?<dotted query>
 *   POST /v1/cards/:kind.(png|svg|json)   JSON body
 *   POST /v1/sign/:kind.(png|svg)          JSON body -> {url}: the signed GET URL (needs a bearer token)
 *
 * With signing keys configured, GET card URLs must carry a valid `sig`; with API tokens configured,
 * POST requires `Authorization: Bearer <token>`. Both default to off so `npm start` works as is.
 *
 * `.json` describes a card without rendering it: alt text, size, ETag and its canonical GET URLs.
 */
export interface AppDeps {
  renderer: RenderService;
  cache: ImageCache;
  emoji: EmojiSet;
  /** Emoji names for alt text. */
  emojiNames?: EmojiNames;
  /** Characters the bundled fonts draw; payloads with others are refused (400) rather than drawn as boxes. */
  coverage?: Coverage;
  /** Alt text never measures, but the template context type carries a measurer. */
  measurer?: Measurer;
  /** Version of this service's rendering (package version + fonts); part of every ETag. */
  rendererVersion: string;
  maxBodyBytes: number;
  maxUrlLength: number;
  /** Largest image in pixels (width × height after scale); larger requests get 400 on `scale`. */
  maxPixels?: number;
  /** When set, GET card URLs must be signed (HMAC-SHA256, several keys for rotation). */
  signer?: Signer;
  /** When non-empty, POST requests need one of these bearer tokens. */
  apiTokens?: readonly string[];
  /** Fetches https:// avatars and crests into data: URIs before rendering (off unless hosts are allow-listed). */
  remoteImages?: RemoteImageResolver;
  /** Set `draining` on shutdown: new requests get 503 while in-flight ones finish. */
  lifecycle?: { draining: boolean };
}

/** One year for CDNs, 30 days for browsers: a URL fully determines its image until the template version changes. */
export const GET_CACHE_CONTROL = 'public, max-age=2592000, s-maxage=31536000, stale-while-revalidate=86400';
const POST_CACHE_CONTROL = 'private, no-cache';
/** URL bytes of the GET URL → ETag memo: ~40,000 typical card URLs of ~200 characters. */
const KNOWN_ETAG_BYTES = 8 * 1024 * 1024;

const FORMATS: Record<string, Format | 'json'> = { png: 'png', svg: 'svg', json: 'json' };
const CONTENT_TYPES: Record<Format, string> = { png: 'image/png', svg: 'image/svg+xml' };

const noMeasure: Measurer = { width: () => 0, missing: () => [], chain: () => [], needs: () => [], addFonts() {}, dropFont() {} };

/** Seconds a client should wait after a 503 (queue full, render stopped) before retrying. */
const RETRY_AFTER_SECONDS = 1;

function errorResponse(c: Context, err: CardError, onError?: (code: string, status: number) => void): Response {
  onError?.(err.code, err.status);
  if (err.status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  c.header('Cache-Control', 'no-store');
  return c.json(err.toJSON(), err.status);
}

function parseFile(file: string): { kind: CardKind; format: Format | 'json' } {
  const dot = file.lastIndexOf('.');
  const kind = dot < 0 ? file : file.slice(0, dot);
  const ext = dot < 0 ? '' : file.slice(dot + 1);
  if (!isKind(kind)) {
    throw new CardError(404, 'unknown_kind', `unknown card kind "${kind.slice(0, 40)}"; kinds are ${KINDS.join(', ')}`);
  }
  const format = FORMATS[ext];
  if (!format) throw new CardError(404, 'unknown_format', `unknown format ".${ext.slice(0, 10)}"; use .png, .svg or .json`);
  return { kind, format };
}

export function altText(kind: CardKind, payload: CommonOptions, deps: Pick<AppDeps, 'emoji' | 'measurer' | 'emojiNames'>): string {
  const size = SIZES[payload.size];
  const ctx = makeContext({
    ...size,
    size: payload.size,
    locale: payload.locale,
    palette: palette(payload.theme),
    measurer: deps.measurer ?? noMeasure,
    emoji: deps.emoji,
    ...(deps.emojiNames ? { names: deps.emojiNames } : {}),
  });
  return TEMPLATES[kind].alt(payload, ctx);
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const metrics = createMetrics(deps.renderer);

  app.onError((err, c) => {
    if (err instanceof CardError) return errorResponse(c, err, metrics.error);
    if (err instanceof HTTPException) {
      metrics.error(err.status === 401 ? 'unauthorized' : 'http_error', err.status);
      return err.getResponse();
    }
    console.error('unexpected error', err);
    return errorResponse(c, new CardError(500, 'render_failed', 'the card could not be rendered'), metrics.error);
  });
  app.notFound((c) => errorResponse(c, new CardError(404, 'not_found', `no route for ${c.req.method} ${new URL(c.req.url).pathname}`), metrics.error));

  app.use('*', async (c, next) => {
    if (deps.lifecycle?.draining) {
      c.header('Connection', 'close');
      throw new CardError(503, 'shutting_down', 'the service is shutting down; retry on another instance');
    }
    if (c.req.url.length > deps.maxUrlLength) {
      throw new CardError(414, 'uri_too_long', `the URL is ${c.req.url.length} characters; the limit is ${deps.maxUrlLength}. Send large payloads (inline images) with POST`);
    }
    // Set before the handler runs: a header added to a finished response makes @hono/node-server rebuild it
    // as a full Response and stream its body, which was ~12% of the HTTP thread's time on cache hits.
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });

  app.get('/healthz', (c) => c.json({ status: 'ok', render: deps.renderer.stats(), cache: deps.cache.stats() }));
  app.get('/metrics', async (c) => c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType }));
  registerEditorRoutes(app);

  const describeTemplate = (kind: CardKind, origin: string) => ({
    kind,
    version: TEMPLATES[kind].version,
    schema: jsonSchemaOf(kind),
    example: TEMPLATES[kind].example,
    exampleUrl: `${origin}/v1/cards/${kind}.png?${toQuery(TEMPLATES[kind].example)}`,
  });
  // JSON Schemas and examples compress ~10×; images (PNG) are already compressed and are left alone.
  app.use('/v1/templates/*', compress());
  app.use('/v1/templates', compress());
  app.get('/v1/templates', (c) => {
    const origin = new URL(c.req.url).origin;
    return c.json({ templates: KINDS.map((k) => describeTemplate(k, origin)) });
  });
  app.get('/v1/templates/:kind', (c) => {
    const kind = c.req.param('kind');
    if (!isKind(kind)) throw new CardError(404, 'unknown_kind', `unknown card kind "${kind.slice(0, 40)}"; kinds are ${KINDS.join(', ')}`);
    return c.json(describeTemplate(kind, new URL(c.req.url).origin));
  });

  const tokens = deps.apiTokens ?? [];
  const unauthorized = (message: string) => ({ error: { code: 'unauthorized', message, issues: [] } });
  const authenticate: MiddlewareHandler = tokens.length
    ? bearerAuth({
        token: [...tokens],
        noAuthenticationHeader: { message: unauthorized('send Authorization: Bearer <token>') },
        invalidAuthenticationHeader: { message: unauthorized('the Authorization header must be "Bearer <token>"') },
        invalidToken: { message: unauthorized('the bearer token is not valid') },
      })
    : async (_c, next) => next();
  const signedUrls = deps.signer !== undefined && tokens.length > 0;

  /** The GET URL of a card, signed when this service signs (and the caller is authenticated). */
  const cardUrl = async (origin: string, kind: CardKind, format: Format, input: unknown) => {
    const url = new URL(`${origin}/v1/cards/${kind}.${format}?${toQuery(input)}`);
    return signedUrls ? (await deps.signer!.signUrl(url)).toString() : url.toString();
  };

  /** Renders in flight, by ETag. */
  const rendering = new Map<string, Promise<CachedImage>>();
  const renderCard = async (kind: CardKind, format: Format, payload: CommonOptions): Promise<CachedImage> => {
    const started = performance.now();
    const drawable = deps.remoteImages ? await deps.remoteImages(payload) : payload;
    const result = await deps.renderer.render({ kind, payload: drawable, format });
    const { view, layout, raster, encode } = result.timings;
    const queue = Math.max(0, performance.now() - started - view - layout - raster - encode);
    metrics.render(kind, format, { ...result.timings, queue });
    return { body: result.body, contentType: CONTENT_TYPES[format], timings: { ...result.timings, queue }, alt: altText(kind, payload, deps) };
  };

  /** The headers and body of a rendered card. */
  const sendImage = (c: Context, kind: CardKind, format: Format, image: CachedImage) => {
    c.header('Content-Type', image.contentType);
    c.header('Content-Disposition', `inline; filename="${kind}.${format}"`);
    // UTF-8 alt text, percent-encoded because header values are Latin-1 (decodeURIComponent to read it).
    c.header('X-Card-Alt', encodeURIComponent(image.alt));
    // An image opened directly in a browser runs nothing and loads nothing but its own inline data.
    c.header('Content-Security-Policy', format === 'svg' ? "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox" : "default-src 'none'; sandbox");
    return c.body(image.body as Uint8Array<ArrayBuffer>, 200);
  };

  /** A 304 or a memory-cache hit for a card whose ETag is known, or undefined when it must be rendered. */
  const answerCached = (c: Context, kind: CardKind, format: Format, etag: string, cacheControl: string) => {
    c.header('ETag', etag);
    c.header('Cache-Control', cacheControl);
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) {
      metrics.cache(kind, 'not_modified');
      return c.body(null, 304);
    }
    const image = deps.cache.get(etag);
    if (!image) return undefined;
    metrics.cache(kind, 'hit');
    c.header('Server-Timing', `layout;dur=0, raster;dur=0, cache;desc=hit`);
    return sendImage(c, kind, format, image);
  };

  /**
   * GET URL → ETag of the cards already validated. A cached answer (304 or memory hit) for a URL seen before
   * then skips the query parsing, schema and coverage checks and the SHA-256 (0.21 ms of the HTTP thread for
   * a 304, 0.37 ms for a hit, measured under autocannon): a popular og:image is requested over and over with
   * the very same URL. Only URLs that passed validation are kept; the signature check still runs first.
   * Bounded in bytes of URL, since a URL may be up to CARD_MAX_URL_LENGTH long.
   */
  const knownETags = new LRUCache<string, string>({ maxSize: KNOWN_ETAG_BYTES, sizeCalculation: (etag, url) => url.length + etag.length });

  const handleCard = async (c: Context, kind: CardKind, format: Format | 'json', input: unknown, method: 'GET' | 'POST', getKey?: string) => {
    const payload = validate(kind, input, method === 'GET' ? 'invalid_query' : 'invalid_payload', deps.coverage);
    const pixels = SIZES[payload.size].width * SIZES[payload.size].height * payload.scale ** 2;
    if (deps.maxPixels !== undefined && pixels > deps.maxPixels) {
      const most = Math.floor(Math.sqrt(deps.maxPixels / (SIZES[payload.size].width * SIZES[payload.size].height)) * 100) / 100;
      throw new CardError(400, method === 'GET' ? 'invalid_query' : 'invalid_payload', `the image would be ${pixels} pixels; this service draws at most ${deps.maxPixels}`, [
        { path: 'scale', message: `must be at most ${most} for size ${payload.size} on this service` },
      ]);
    }
    const template = TEMPLATES[kind];
    const cacheControl = method === 'GET' ? GET_CACHE_CONTROL : POST_CACHE_CONTROL;
    const origin = new URL(c.req.url).origin;

    if (format === 'json') {
      const size = SIZES[payload.size];
      return c.json({
        kind,
        alt: altText(kind, payload, deps),
        width: Math.round(size.width * payload.scale),
        height: Math.round(size.height * payload.scale),
        etag: await cardETag({ renderer: deps.rendererVersion, kind, template: template.version, format: 'png', payload }),
        url: await cardUrl(origin, kind, 'png', input),
        svgUrl: await cardUrl(origin, kind, 'svg', input),
      });
    }

    const etag = await cardETag({ renderer: deps.rendererVersion, kind, template: template.version, format, payload });
    if (getKey !== undefined) knownETags.set(getKey, etag);
    const cached = answerCached(c, kind, format, etag, cacheControl);
    if (cached) return cached;

    // Concurrent requests for the same card share one render (a new og:image fetched by many crawlers at once).
    let pending = rendering.get(etag);
    const shared = pending !== undefined;
    if (!pending) {
      pending = renderCard(kind, format, payload);
      rendering.set(etag, pending);
      void pending.then(
        (img) => (deps.cache.set(etag, img), rendering.delete(etag)),
        () => rendering.delete(etag),
      );
    }
    const image = await pending;
    const t = image.timings;
    metrics.cache(kind, shared ? 'hit' : 'miss');
    const phases = (['view', 'layout', 'raster', 'encode', 'queue'] as const).map((k) => `${k};dur=${t[k].toFixed(1)}`);
    c.header('Server-Timing', `${phases.join(', ')}, cache;desc=${shared ? 'shared' : 'miss'}`);
    return sendImage(c, kind, format, image);
  };

  if (deps.signer) app.get('/v1/cards/*', requireSignature(deps.signer));
  app.get('/v1/cards/:file', async (c) => {
    const { kind, format } = parseFile(c.req.param('file'));
    const url = new URL(c.req.url);
    const key = format === 'json' ? undefined : `${url.pathname}${url.search}`;
    const known = key === undefined ? undefined : knownETags.get(key);
    if (known !== undefined) {
      const cached = answerCached(c, kind, format as Format, known, GET_CACHE_CONTROL);
      if (cached) return cached;
    }
    const input = payloadFromQuery(kind, [...url.searchParams.entries()].filter(([k]) => k !== SIGNATURE_PARAM));
    return handleCard(c, kind, format, input, 'GET', key);
  });

  const limitBody = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: () => {
      throw new CardError(413, 'payload_too_large', `the body is larger than ${deps.maxBodyBytes} bytes`);
    },
  });
  const readJson = async (c: Context): Promise<unknown> => {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/json\b/i.test(type)) {
      throw new CardError(415, 'unsupported_media_type', `send the payload as application/json (got "${type.slice(0, 60) || 'no Content-Type'}")`);
    }
    try {
      return JSON.parse(await c.req.text());
    } catch (err) {
      throw new CardError(400, 'invalid_json', `the body is not valid JSON: ${(err as Error).message}`);
    }
  };

  app.post('/v1/cards/:file', authenticate, limitBody, async (c) => {
    const { kind, format } = parseFile(c.req.param('file'));
    return handleCard(c, kind, format, await readJson(c), 'POST');
  });

  app.post('/v1/sign/:file', authenticate, limitBody, async (c) => {
    if (!deps.signer) throw new CardError(409, 'signing_unavailable', 'this service does not sign URLs: set CARD_SIGNING_KEYS');
    if (!tokens.length) throw new CardError(409, 'signing_unavailable', 'signing needs CARD_API_TOKENS too, so that only authenticated clients obtain signed URLs');
    const { kind, format } = parseFile(c.req.param('file'));
    if (format === 'json') throw new CardError(404, 'unknown_format', 'sign a .png or .svg URL');
    const input = await readJson(c);
    validate(kind, input, 'invalid_payload', deps.coverage);
    return c.json({ url: await cardUrl(new URL(c.req.url).origin, kind, format, input) });
  });

  app.all('/v1/cards/:file', () => {
    throw new CardError(405, 'method_not_allowed', 'cards are rendered with GET or POST');
  });

  return app;
}
