import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
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
import type { ImageCache } from './cache/image-cache.ts';
import { cardETag, matchesIfNoneMatch } from './etag.ts';
import { jsonSchemaOf, payloadFromQuery, validate } from './payload.ts';
import { toQuery } from './query.ts';

/**
 * The HTTP layer: routing, parsing and caching headers only. Rendering is the RenderService's job.
 *
 *   GET  /healthz
 *   GET  /v1/templates              every kind with its JSON Schema and example
 *   GET  /v1/templates/:kind
 *   GET  /v1/cards/:kind.(png|svg|json)?<dotted query>
 *   POST /v1/cards/:kind.(png|svg|json)   JSON body
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
}

/** One year for CDNs, 30 days for browsers: a URL fully determines its image until the template version changes. */
export const GET_CACHE_CONTROL = 'public, max-age=2592000, s-maxage=31536000, stale-while-revalidate=86400';
const POST_CACHE_CONTROL = 'private, no-cache';

const FORMATS: Record<string, Format | 'json'> = { png: 'png', svg: 'svg', json: 'json' };
const CONTENT_TYPES: Record<Format, string> = { png: 'image/png', svg: 'image/svg+xml' };

const noMeasure: Measurer = { width: () => 0, missing: () => [] };

/** Seconds a client should wait after a 503 (queue full, render stopped) before retrying. */
const RETRY_AFTER_SECONDS = 1;

function errorResponse(c: Context, err: CardError): Response {
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

  app.onError((err, c) => {
    if (err instanceof CardError) return errorResponse(c, err);
    console.error('unexpected error', err);
    return errorResponse(c, new CardError(500, 'render_failed', 'the card could not be rendered'));
  });
  app.notFound((c) => errorResponse(c, new CardError(404, 'not_found', `no route for ${c.req.method} ${new URL(c.req.url).pathname}`)));

  app.use('*', async (c, next) => {
    if (c.req.url.length > deps.maxUrlLength) {
      throw new CardError(414, 'uri_too_long', `the URL is ${c.req.url.length} characters; the limit is ${deps.maxUrlLength}. Send large payloads (inline images) with POST`);
    }
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });

  app.get('/healthz', (c) => c.json({ status: 'ok', render: deps.renderer.stats(), cache: deps.cache.stats() }));

  const describeTemplate = (kind: CardKind, origin: string) => ({
    kind,
    version: TEMPLATES[kind].version,
    schema: jsonSchemaOf(kind),
    example: TEMPLATES[kind].example,
    exampleUrl: `${origin}/v1/cards/${kind}.png?${toQuery(TEMPLATES[kind].example)}`,
  });
  app.get('/v1/templates', (c) => {
    const origin = new URL(c.req.url).origin;
    return c.json({ templates: KINDS.map((k) => describeTemplate(k, origin)) });
  });
  app.get('/v1/templates/:kind', (c) => {
    const kind = c.req.param('kind');
    if (!isKind(kind)) throw new CardError(404, 'unknown_kind', `unknown card kind "${kind.slice(0, 40)}"; kinds are ${KINDS.join(', ')}`);
    return c.json(describeTemplate(kind, new URL(c.req.url).origin));
  });

  const handleCard = async (c: Context, kind: CardKind, format: Format | 'json', input: unknown, method: 'GET' | 'POST') => {
    const payload = validate(kind, input, method === 'GET' ? 'invalid_query' : 'invalid_payload', deps.coverage);
    const template = TEMPLATES[kind];
    const cacheControl = method === 'GET' ? GET_CACHE_CONTROL : POST_CACHE_CONTROL;
    const origin = new URL(c.req.url).origin;

    if (format === 'json') {
      const size = SIZES[payload.size];
      const query = toQuery(input);
      return c.json({
        kind,
        alt: altText(kind, payload, deps),
        width: Math.round(size.width * payload.scale),
        height: Math.round(size.height * payload.scale),
        etag: await cardETag({ renderer: deps.rendererVersion, kind, template: template.version, format: 'png', payload }),
        url: `${origin}/v1/cards/${kind}.png?${query}`,
        svgUrl: `${origin}/v1/cards/${kind}.svg?${query}`,
      });
    }

    const etag = await cardETag({ renderer: deps.rendererVersion, kind, template: template.version, format, payload });
    c.header('ETag', etag);
    c.header('Cache-Control', cacheControl);
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304);

    const cached = deps.cache.get(etag);
    let image = cached;
    if (!image) {
      const started = performance.now();
      const result = await deps.renderer.render({ kind, payload, format });
      const queue = Math.max(0, performance.now() - started - result.timings.layout - result.timings.raster);
      image = { body: result.body, contentType: CONTENT_TYPES[format], timings: result.timings };
      deps.cache.set(etag, image);
      c.header('Server-Timing', `layout;dur=${result.timings.layout.toFixed(1)}, raster;dur=${result.timings.raster.toFixed(1)}, queue;dur=${queue.toFixed(1)}, cache;desc=miss`);
    } else {
      c.header('Server-Timing', `layout;dur=0, raster;dur=0, cache;desc=hit`);
    }
    c.header('Content-Type', image.contentType);
    c.header('Content-Disposition', `inline; filename="${kind}.${format}"`);
    // UTF-8 alt text, percent-encoded because header values are Latin-1 (decodeURIComponent to read it).
    c.header('X-Card-Alt', encodeURIComponent(altText(kind, payload, deps)));
    if (format === 'svg') c.header('Content-Security-Policy', "default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    return c.body(image.body as Uint8Array<ArrayBuffer>, 200);
  };

  app.get('/v1/cards/:file', async (c) => {
    const { kind, format } = parseFile(c.req.param('file'));
    const url = new URL(c.req.url);
    const input = payloadFromQuery(kind, url.searchParams.entries());
    return handleCard(c, kind, format, input, 'GET');
  });

  app.post(
    '/v1/cards/:file',
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: () => {
        throw new CardError(413, 'payload_too_large', `the body is larger than ${deps.maxBodyBytes} bytes`);
      },
    }),
    async (c) => {
      const { kind, format } = parseFile(c.req.param('file'));
      const type = c.req.header('Content-Type') ?? '';
      if (!/^application\/json\b/i.test(type)) {
        throw new CardError(415, 'unsupported_media_type', `send the payload as application/json (got "${type.slice(0, 60) || 'no Content-Type'}")`);
      }
      let input: unknown;
      try {
        input = JSON.parse(await c.req.text());
      } catch (err) {
        throw new CardError(400, 'invalid_json', `the body is not valid JSON: ${(err as Error).message}`);
      }
      return handleCard(c, kind, format, input, 'POST');
    },
  );

  app.all('/v1/cards/:file', () => {
    throw new CardError(405, 'method_not_allowed', 'cards are rendered with GET or POST');
  });

  return app;
}
