import { Hono, type Context } from 'hono';
import { LRUCache } from 'lru-cache';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { TEMPLATES, KINDS, isKind, type CardKind } from '../../templates/index.ts';
import { makeContext } from '../../templates/shared/context.ts';
import { SIZES, type CommonOptions } from '../../templates/shared/schema.ts';
import { palette } from '../../templates/shared/theme.ts';
import { CardError, type FieldIssue } from '../errors.ts';
import type { Format, RenderTimings } from '../render/pipeline.ts';
import type { RenderService } from '../render/inline.ts';
import type { EmojiSet } from '../text/emoji.ts';
import type { EmojiNames } from '../text/emoji-names.ts';
import type { Coverage } from '../text/coverage.ts';
import type { Measurer } from '../text/measure.ts';
import { NO_MEASURE } from '../text/no-measure.ts';
import { altHeader } from './alt-header.ts';
import { requireBearer } from './auth/bearer.ts';
import { limitBody, readJson } from './body/read-json.ts';
import type { CachedImage, ImageCache } from './cache/image-cache.ts';
import { cardUrls, REQUEST_ORIGIN_CACHE_CONTROL } from './card-urls.ts';
import { registerEditorRoutes, type EditorFiles } from './editor/routes.ts';
import { cardETag, matchesIfNoneMatch } from './etag.ts';
import { jsonSchemaOf, payloadFromQuery, validate } from './payload.ts';
import { queryPairs } from './query.ts';
import { requireSignature } from './signature/middleware.ts';
import type { RemoteImageResolver } from './remote-images.ts';
import { registerDocsRoutes, type DocsFiles } from './docs/routes.ts';
import { registerOpenApiRoutes } from './openapi/routes.ts';
import { sendSharePage } from './share/page.ts';
import { shareText } from './share/text.ts';
import type { ImageLimits } from '../image/limits.ts';
import type { ImagePreparer } from '../image/prepare.ts';
import { SIGNATURE_PARAM, type Signer } from './signature/signature.ts';

/**
 * The HTTP layer: routing, parsing and caching headers only. Rendering is the RenderService's job.
 *
 *   GET  /healthz
 *   GET  /v1/templates              every kind with its JSON Schema and example
 *   GET  /v1/templates/:kind
 *   GET  /v1/cards/:kind.(png|svg|json|html)?<dotted query>   .html: the card's share page (src/http/share/)
 *   POST /v1/cards/:kind.(png|svg|json)   JSON body
 *   POST /v1/sign/:kind.(png|svg|html)     JSON body -> {url}: the signed GET URL (needs a bearer token)
 *   GET  /openapi.json, /docs              the API's OpenAPI 3.1 document and its reference page
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
  /** CARD_PUBLIC_URL's origin: where handed-out URLs point. Unset: the request's origin, answered private. */
  publicOrigin?: string;
  /** Largest image in pixels (width × height after scale); larger requests get 400 on `scale`. */
  maxPixels?: number;
  /**
   * A per-card limit on the fonts a card needs, checked with the payload (the Worker's on CJK slices,
   * render/font-needs.ts): the issue it returns is answered as a 400 on that field.
   */
  fontLimit?: (payload: CommonOptions) => FieldIssue | undefined;
  /** When set, GET card URLs must be signed (HMAC-SHA256, several keys for rotation). */
  signer?: Signer;
  /** When non-empty, POST requests need one of these bearer tokens. */
  apiTokens?: readonly string[];
  /** Fetches https:// avatars and crests into data: URIs before rendering (off unless hosts are allow-listed). */
  remoteImages?: RemoteImageResolver;
  /** Image limits of this service (CARD_MAX_IMAGE_*), when lower than the built-in ones (src/image/limits.ts). */
  imageLimits?: ImageLimits;
  /** Resizes avatars and crests to their box before rendering (src/image/prepare.ts); without it, images are drawn as sent. */
  images?: ImagePreparer;
  /** Set `draining` on shutdown: new requests get 503 while in-flight ones finish. */
  lifecycle?: { draining: boolean };
  /** Counters the adapter exports (Prometheus on Node, GET /metrics); none at the edge. */
  metrics?: AppMetrics;
  /** The editor's static files (read from disk on Node, from static assets on Workers); no editor without. */
  editor?: EditorFiles;
  /** The API reference page's files (GET /docs), handed over like the editor's; no /docs without. */
  docs?: DocsFiles;
  /**
   * Gzip JSON answers here (default). Off on Workers, where the platform compresses responses itself and
   * would compress Hono's gzip a second time.
   */
  compress?: boolean;
  /**
   * Keeps the request `c` alive until `work` settles, for a render this request started that other requests may
   * await (concurrent requests for the same card share it) and its cache write. Workers pass `ctx.waitUntil`:
   * workerd cancels a request whose client went away, with everything it started, and a request awaiting that
   * work would then fail with a 500 ("the script will never generate a response"). Node needs none.
   */
  keepAlive?: (c: Context, work: Promise<void>) => void;
}

/** What the HTTP layer reports as it answers; an adapter turns it into its own metrics. */
export interface AppMetrics {
  render(kind: string, format: string, timings: RenderTimings & { queue: number }): void;
  cache(kind: string, result: 'hit' | 'miss' | 'not_modified'): void;
  error(code: string, status: number): void;
}
const NO_METRICS: AppMetrics = { render: () => {}, cache: () => {}, error: () => {} };

/** One year for CDNs, 30 days for browsers: a URL fully determines its image until the template version changes. */
export const GET_CACHE_CONTROL = 'public, max-age=2592000, s-maxage=31536000, stale-while-revalidate=86400';
const POST_CACHE_CONTROL = 'private, no-cache';
/** URL bytes of the GET URL → ETag memo: ~40,000 typical card URLs of ~200 characters. */
const KNOWN_ETAG_BYTES = 8 * 1024 * 1024;

const FORMATS: Record<string, Format | 'json' | 'html'> = { png: 'png', svg: 'svg', json: 'json', html: 'html' };
const CONTENT_TYPES: Record<Format, string> = { png: 'image/png', svg: 'image/svg+xml' };


/** Seconds a client should wait after a 503 (queue full, render stopped) before retrying. */
const RETRY_AFTER_SECONDS = 1;

/** Headers that describe a card image: an error answer never carries them, whatever ran before it failed. */
const CARD_HEADERS = ['ETag', 'X-Card-Alt', 'Content-Disposition', 'Content-Length', 'Server-Timing'] as const;

function errorResponse(c: Context, err: CardError, onError?: (code: string, status: number) => void): Response {
  onError?.(err.code, err.status);
  for (const h of CARD_HEADERS) c.header(h, undefined);
  if (err.status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  c.header('Cache-Control', 'no-store');
  // 499 is not a status the Response type knows; nobody receives it (the client is gone), /metrics counts it.
  return c.json(err.toJSON(), err.status as 400);
}

function parseFile(file: string): { kind: CardKind; format: Format | 'json' | 'html' } {
  const dot = file.lastIndexOf('.');
  const kind = dot < 0 ? file : file.slice(0, dot);
  const ext = dot < 0 ? '' : file.slice(dot + 1);
  if (!isKind(kind)) {
    throw new CardError(404, 'unknown_kind', `unknown card kind "${kind.slice(0, 40)}"; kinds are ${KINDS.join(', ')}`);
  }
  const format = FORMATS[ext];
  if (!format) throw new CardError(404, 'unknown_format', `unknown format ".${ext.slice(0, 10)}"; use .png, .svg, .json or .html`);
  return { kind, format };
}

export function altText(kind: CardKind, payload: CommonOptions, deps: Pick<AppDeps, 'emoji' | 'measurer' | 'emojiNames'>): string {
  const size = SIZES[payload.size];
  const ctx = makeContext({
    ...size,
    size: payload.size,
    locale: payload.locale,
    palette: palette(payload.theme),
    measurer: deps.measurer ?? NO_MEASURE,
    emoji: deps.emoji,
    ...(deps.emojiNames ? { names: deps.emojiNames } : {}),
  });
  return TEMPLATES[kind].alt(payload, ctx);
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const metrics = deps.metrics ?? NO_METRICS;

  app.onError((err, c) => {
    if (err instanceof CardError) return errorResponse(c, err, metrics.error);
    if (err instanceof HTTPException) {
      metrics.error('http_error', err.status);
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
  if (deps.editor) registerEditorRoutes(app, deps.editor);
  registerOpenApiRoutes(app);
  if (deps.docs) registerDocsRoutes(app, deps.docs);

  const urls = cardUrls({ publicOrigin: deps.publicOrigin, signer: deps.signer, maxUrlLength: deps.maxUrlLength });
  const tokens = deps.apiTokens ?? [];
  /** URLs handed to authenticated clients are signed when this service signs. */
  const signedUrls = deps.signer !== undefined && tokens.length > 0;

  const describeTemplate = async (kind: CardKind, origin: string) => ({
    kind,
    version: TEMPLATES[kind].version,
    schema: jsonSchemaOf(kind),
    example: TEMPLATES[kind].example,
    // Signed when this service signs: it is the service's own example, so its signature lets nobody draw
    // anything else, and the editor and the docs get a URL that works.
    exampleUrl: await urls.build(origin, kind, 'png', TEMPLATES[kind].example, true),
  });
  // JSON Schemas and examples compress ~10×; images (PNG) are already compressed and are left alone.
  if (deps.compress !== false) {
    app.use('/v1/templates/*', compress());
    app.use('/v1/templates', compress());
  }
  app.get('/v1/templates', async (c) => {
    const origin = urls.origin(c);
    return c.json({ templates: await Promise.all(KINDS.map((k) => describeTemplate(k, origin))) });
  });
  app.get('/v1/templates/:kind', async (c) => {
    const kind = c.req.param('kind');
    if (!isKind(kind)) throw new CardError(404, 'unknown_kind', `unknown card kind "${kind.slice(0, 40)}"; kinds are ${KINDS.join(', ')}`);
    return c.json(await describeTemplate(kind, urls.origin(c)));
  });

  const authenticate = requireBearer(tokens);

  /** Renders in flight, by ETag. */
  const rendering = new Map<string, Promise<CachedImage>>();
  const renderCard = async (kind: CardKind, format: Format, payload: CommonOptions, code: 'invalid_payload' | 'invalid_query'): Promise<CachedImage> => {
    const started = performance.now();
    const fetched = deps.remoteImages ? await deps.remoteImages(payload) : payload;
    const drawable = deps.images ? await deps.images.prepare(kind, fetched, format, code) : fetched;
    const result = await deps.renderer.render({ kind, payload: drawable, format });
    const { view, layout, raster, encode } = result.timings;
    const queue = Math.max(0, performance.now() - started - view - layout - raster - encode);
    metrics.render(kind, format, { ...result.timings, queue });
    return { body: result.body, contentType: CONTENT_TYPES[format], timings: { ...result.timings, queue }, alt: altText(kind, payload, deps) };
  };

  /**
   * The headers of a card image, set only once the answer is known to be that image (or its HEAD): an
   * ETag must never reach a client with an error, or it would revalidate an image that was never made.
   */
  const imageHeaders = (c: Context, kind: CardKind, format: Format, etag: string, cacheControl: string, alt: string) => {
    c.header('ETag', etag);
    c.header('Cache-Control', cacheControl);
    c.header('Content-Type', CONTENT_TYPES[format]);
    c.header('Content-Disposition', `inline; filename="${kind}.${format}"`);
    // UTF-8 alt text, percent-encoded because header values are Latin-1 (decodeURIComponent to read it), and
    // capped so that proxies pass the answer (the full text is in the .json variant).
    c.header('X-Card-Alt', altHeader(alt));
    // An image opened directly in a browser runs nothing and loads nothing but its own inline data.
    c.header('Content-Security-Policy', format === 'svg' ? "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox" : "default-src 'none'; sandbox");
  };

  /**
   * The answer for a card whose ETag is known, when it needs no render: 304 (GET, HEAD) or 412 (POST) when
   * If-None-Match matches (RFC 9110 §13.1.2), or the image from the memory cache. Undefined otherwise.
   */
  const answerKnown = async (c: Context, kind: CardKind, format: Format, etag: string, cacheControl: string, getKey?: string) => {
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) {
      if (c.req.method === 'POST') {
        throw new CardError(412, 'precondition_failed', 'If-None-Match matches this card: on POST that is a failed precondition (RFC 9110); revalidate with GET');
      }
      metrics.cache(kind, 'not_modified');
      c.header('ETag', etag);
      c.header('Cache-Control', cacheControl);
      return c.body(null, 304);
    }
    const image = await deps.cache.get(etag);
    if (!image) return undefined;
    if (getKey !== undefined) knownETags.set(getKey, etag);
    metrics.cache(kind, 'hit');
    imageHeaders(c, kind, format, etag, cacheControl, image.alt);
    c.header('Server-Timing', `layout;dur=0, raster;dur=0, cache;desc=hit`);
    if (c.req.method === 'HEAD') {
      c.header('Content-Length', String(image.body.byteLength));
      return c.body(null, 200);
    }
    return c.body(image.body as Uint8Array<ArrayBuffer>, 200);
  };

  /**
   * GET URL → ETag of the cards already rendered. A cached answer (304 or memory hit) for a URL seen before
   * then skips the query parsing, schema and coverage checks and the SHA-256 (0.21 ms of the HTTP thread for
   * a 304, 0.37 ms for a hit, measured under autocannon): a popular og:image is requested over and over with
   * the very same URL. Only URLs whose image exists (rendered, or in the memory cache) are kept; the
   * signature check still runs first. Bounded in bytes of URL, since a URL may be up to CARD_MAX_URL_LENGTH long.
   */
  const knownETags = new LRUCache<string, string>({ maxSize: KNOWN_ETAG_BYTES, sizeCalculation: (etag, url) => url.length + etag.length });

  const describeCard = async (c: Context, kind: CardKind, input: unknown, payload: CommonOptions) => {
    const size = SIZES[payload.size];
    const origin = urls.origin(c);
    const url = await urls.build(origin, kind, 'png', input, signedUrls);
    const svgUrl = await urls.build(origin, kind, 'svg', input, signedUrls);
    const shareUrl = await urls.build(origin, kind, 'html', input, signedUrls);
    // A URL longer than this service accepts is left out, with the reason: the rest of the answer (alt text,
    // size, ETag) still holds, and the card can be rendered with POST.
    const urlOmitted = urls.tooLong(url, kind) ?? urls.tooLong(svgUrl, kind) ?? urls.tooLong(shareUrl, kind);
    return c.json({
      kind,
      alt: altText(kind, payload, deps),
      width: Math.round(size.width * payload.scale),
      height: Math.round(size.height * payload.scale),
      etag: await cardETag({ renderer: deps.rendererVersion, kind, template: TEMPLATES[kind].version, format: 'png', payload }),
      ...(urlOmitted ? { urlOmitted } : { url, svgUrl, shareUrl }),
    });
  };

  const handleCard = async (c: Context, kind: CardKind, format: Format | 'json' | 'html', input: unknown, method: 'GET' | 'POST', getKey?: string) => {
    const code = method === 'GET' ? 'invalid_query' : 'invalid_payload';
    const payload = validate(kind, input, code, deps.coverage, deps.imageLimits);
    const pixels = SIZES[payload.size].width * SIZES[payload.size].height * payload.scale ** 2;
    if (deps.maxPixels !== undefined && pixels > deps.maxPixels) {
      const most = Math.floor(Math.sqrt(deps.maxPixels / (SIZES[payload.size].width * SIZES[payload.size].height)) * 100) / 100;
      throw new CardError(400, code, `the image would be ${pixels} pixels; this service draws at most ${deps.maxPixels}`, [
        { path: 'scale', message: `must be at most ${most} for size ${payload.size} on this service` },
      ]);
    }
    const fontIssue = deps.fontLimit?.(payload);
    if (fontIssue) throw new CardError(400, code, `the card needs more fonts than this service draws for one card`, [fontIssue]);
    if (format === 'json') return describeCard(c, kind, input, payload);

    const cacheControl = method === 'GET' ? GET_CACHE_CONTROL : POST_CACHE_CONTROL;
    if (format === 'html') {
      // A share page signs its image and canonical URLs whenever the service signs: its own URL was verified.
      const size = SIZES[payload.size];
      const alt = altText(kind, payload, deps);
      const origin = urls.origin(c);
      const [imageUrl, pageUrl] = await Promise.all([urls.build(origin, kind, 'png', input, true), urls.build(origin, kind, 'html', input, true)]);
      const page = { lang: payload.locale, ...shareText(TEMPLATES[kind], payload, alt, deps), alt, imageUrl, pageUrl };
      // Its absolute URLs come from the request's origin unless CARD_PUBLIC_URL is set: then it is private (card-urls.ts).
      return sendSharePage(c, { ...page, width: Math.round(size.width * payload.scale), height: Math.round(size.height * payload.scale) }, deps.publicOrigin === undefined ? REQUEST_ORIGIN_CACHE_CONTROL : cacheControl);
    }
    const etag = await cardETag({ renderer: deps.rendererVersion, kind, template: TEMPLATES[kind].version, format, payload });
    const known = await answerKnown(c, kind, format, etag, cacheControl, getKey);
    if (known) return known;
    if (c.req.method === 'HEAD') {
      // The headers a GET would get, without rendering: the ETag and alt text are known from the payload. The
      // length is not, until the image is drawn, so there is no Content-Length (RFC 9110 §9.3.2 allows it).
      imageHeaders(c, kind, format, etag, cacheControl, altText(kind, payload, deps));
      return c.body(null, 200);
    }

    // Concurrent requests for the same card share one render (a new og:image fetched by many crawlers at once).
    let pending = rendering.get(etag);
    const shared = pending !== undefined;
    if (!pending) {
      pending = renderCard(kind, format, payload, code);
      rendering.set(etag, pending);
      const settled = pending
        .then(
          async (img) => {
            const stored = deps.cache.set(etag, img);
            rendering.delete(etag);
            await stored;
          },
          () => void rendering.delete(etag),
        )
        .catch(() => {}); // a failed cache write only loses the entry: the card was answered
      deps.keepAlive?.(c, settled);
    }
    const image = await pending;
    if (getKey !== undefined) knownETags.set(getKey, etag);
    const t = image.timings;
    metrics.cache(kind, shared ? 'hit' : 'miss');
    const phases = (['view', 'layout', 'raster', 'encode', 'queue'] as const).map((k) => `${k};dur=${t[k].toFixed(1)}`);
    imageHeaders(c, kind, format, etag, cacheControl, image.alt);
    c.header('Server-Timing', `${phases.join(', ')}, cache;desc=${shared ? 'shared' : 'miss'}`);
    return c.body(image.body as Uint8Array<ArrayBuffer>, 200);
  };

  if (deps.signer) app.get('/v1/cards/*', requireSignature(deps.signer));
  app.get('/v1/cards/:file', async (c) => {
    const { kind, format } = parseFile(c.req.param('file'));
    const url = new URL(c.req.url);
    const key = format === 'json' || format === 'html' ? undefined : `${url.pathname}${url.search}`;
    const known = key === undefined ? undefined : knownETags.get(key);
    if (known !== undefined) {
      const cached = await answerKnown(c, kind, format as Format, known, GET_CACHE_CONTROL, key);
      if (cached) return cached;
    }
    const input = payloadFromQuery(kind, queryPairs(url.search).filter(([k]) => k !== SIGNATURE_PARAM));
    return handleCard(c, kind, format, input, 'GET', key);
  });

  const bodyLimit = limitBody(deps.maxBodyBytes);

  app.post('/v1/cards/:file', authenticate, bodyLimit, async (c) => {
    const { kind, format } = parseFile(c.req.param('file'));
    if (format === 'html') throw new CardError(405, 'method_not_allowed', 'share pages are GET URLs: POST /v1/cards/:kind.json returns the card\'s shareUrl');
    return handleCard(c, kind, format, await readJson(c), 'POST');
  });

  app.post('/v1/sign/:file', authenticate, bodyLimit, async (c) => {
    if (!deps.signer) throw new CardError(409, 'signing_unavailable', 'this service does not sign URLs: set CARD_SIGNING_KEYS');
    if (!tokens.length) throw new CardError(409, 'signing_unavailable', 'signing needs CARD_API_TOKENS too, so that only authenticated clients obtain signed URLs');
    const { kind, format } = parseFile(c.req.param('file'));
    if (format === 'json') throw new CardError(404, 'unknown_format', 'sign a .png, .svg or .html URL');
    const input = await readJson(c);
    validate(kind, input, 'invalid_payload', deps.coverage, deps.imageLimits);
    const url = await urls.build(urls.origin(c), kind, format, input, true);
    urls.refuseTooLong(url, kind);
    return c.json({ url });
  });

  app.all('/v1/cards/:file', () => {
    throw new CardError(405, 'method_not_allowed', 'cards are rendered with GET or POST');
  });

  return app;
}
