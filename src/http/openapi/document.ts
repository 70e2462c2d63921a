import pkg from '../../../package.json' with { type: 'json' };
import { KINDS, TEMPLATES, type CardKind } from '../../../templates/index.ts';
import { SIZES } from '../../../templates/shared/schema.ts';
import { ERROR_CODES, type ErrorCode } from '../../errors.ts';
import { jsonSchemaOf } from '../payload.ts';
import { SIGNATURE_PARAM } from '../signature/signature.ts';
import { queryParameters, type Parameter } from './query-parameters.ts';

/**
 * The service's OpenAPI 3.1 document (GET /openapi.json), generated rather than written: the payload schemas
 * are the kinds' zod schemas through zod's JSON Schema output (draft 2020-12, OpenAPI 3.1's dialect, the same
 * as GET /v1/templates), the GET query parameters are derived from those, the error codes come from
 * ERROR_CODES (src/errors.ts), and the card routes are generated from the template registry, so a new kind
 * appears here without an edit. Web-standard code only (it runs wherever the app runs).
 */
// Plain JSON objects: the OpenAPI validator in the tests checks the shape (src/http/openapi/openapi.test.ts).
type Obj = Record<string, unknown>;
type Operation = Obj;
type Responses = Obj;
type Schema = Obj;

type ImageFormat = 'png' | 'svg';
const IMAGE_TYPES: Record<ImageFormat, string> = { png: 'image/png', svg: 'image/svg+xml' };

const pascal = (kind: string) => kind.replace(/(^|[-_])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
const ref = (section: string, name: string) => ({ $ref: `#/components/${section}/${name}` });
const payloadName = (kind: CardKind) => `${pascal(kind)}Payload`;
const paramName = (kind: CardKind, name: string) => `${kind}.${name}`;

/** The kind's payload schema as a component: zod's JSON Schema without its `$schema` (the document sets the dialect). */
function payloadSchema(kind: CardKind): Schema {
  const { $schema: _, ...schema } = jsonSchemaOf(kind);
  return { ...(schema as Schema), examples: [TEMPLATES[kind].example] };
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  500: 'Internal error',
  502: 'Bad gateway',
  503: 'Unavailable',
  504: 'Gateway timeout',
};

const codesOf = (status: number) => (Object.keys(ERROR_CODES) as ErrorCode[]).filter((c) => ERROR_CODES[c].status === status);
const statuses = [...new Set(Object.values(ERROR_CODES).map((e) => e.status))].sort((a, b) => a - b);

/** One error response per status: the Error schema with `code` narrowed to that status's codes. */
function errorResponse(status: number): Obj {
  const codes = codesOf(status);
  return {
    description: `${STATUS_TEXT[status] ?? 'Error'}: ${codes.map((c) => `\`${c}\` (${ERROR_CODES[c].when})`).join('; ')}`,
    headers: {
      // A 401 comes from Hono's bearer-auth middleware, which sends no Cache-Control.
      ...(status === 401 ? {} : { 'Cache-Control': ref('headers', 'Cache-Control') }),
      ...(status === 503 ? { 'Retry-After': ref('headers', 'Retry-After') } : {}),
    },
    content: {
      'application/json': {
        schema: { allOf: [ref('schemas', 'Error'), { properties: { error: { properties: { code: { enum: codes } } } } }] } as Schema,
      },
    },
  };
}

const errors = (...list: number[]): Responses => Object.fromEntries(list.map((s) => [String(s), ref('responses', `Error${s}`)]));

const signedUrl: Obj[] = [{ signedUrl: [] }, {}];
const bearer: Obj[] = [{ bearerToken: [] }, {}];

const cardHeaders = {
  ETag: ref('headers', 'ETag'),
  'Cache-Control': ref('headers', 'Cache-Control'),
  'Server-Timing': ref('headers', 'Server-Timing'),
  'X-Card-Alt': ref('headers', 'X-Card-Alt'),
};

function imageResponse(format: ImageFormat): Obj {
  return {
    description: `The card as ${format.toUpperCase()}`,
    headers: cardHeaders,
    content: { [IMAGE_TYPES[format]]: { schema: { type: 'string', contentMediaType: IMAGE_TYPES[format] } } },
  };
}

const describedResponse: Obj = {
  description: 'The card described without rendering it: alt text, pixel size, ETag and its GET URLs (signed when the service signs and the caller is authenticated)',
  content: { 'application/json': { schema: ref('schemas', 'CardDescription') } },
};

const pageResponse: Obj = {
  description: 'The share page: an HTML page whose <head> carries og:image (the PNG URL), its width, height, type and alt text, og:title, og:description, the Twitter card tags and a canonical link; its body shows the card and its alt text',
  headers: { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'Cache-Control'), 'Content-Security-Policy': ref('headers', 'Content-Security-Policy') },
  content: { 'text/html': { schema: { type: 'string' } } },
};

function cardGet(kind: CardKind, format: ImageFormat | 'json' | 'html'): Operation {
  const what = { png: 'as PNG: the URL for og:image', svg: 'as SVG', json: 'described as JSON, without rendering', html: 'share page (HTML with Open Graph and Twitter card tags)' }[format];
  const parameters = [
    ...queryParameters(jsonSchemaOf(kind) as Schema, TEMPLATES[kind].example).map((p) => ref('parameters', paramName(kind, p.name))),
    ...(format === 'json' ? [] : [ref('parameters', 'IfNoneMatch')]),
  ];
  const ok = format === 'json' ? describedResponse : format === 'html' ? pageResponse : imageResponse(format);
  return {
    operationId: `get${pascal(kind)}${pascal(format)}`,
    tags: [kind],
    summary: `${pascal(kind)} card ${what}`,
    description:
      'The payload in the query string, in the dotted GET form: nested fields are dotted keys, list items are numbered from 0. ' +
      (format === 'html' ? 'Its og:image is the PNG URL of the same card, signed with the page when the service signs. ' : '') +
      `When the service has signing keys, the URL must carry a valid \`${SIGNATURE_PARAM}\`.`,
    security: signedUrl,
    parameters: parameters,
    responses: {
      200: ok,
      ...(format === 'json' ? {} : { 304: ref('responses', 'NotModified') }),
      ...errors(400, 403, 414, ...(format === 'png' || format === 'svg' ? [500, 502] : []), 503, ...(format === 'png' || format === 'svg' ? [504] : [])),
    },
  };
}

const payloadBody = (kind: CardKind): Obj => ({
  required: true,
  content: { 'application/json': { schema: ref('schemas', payloadName(kind)), example: TEMPLATES[kind].example } },
});

function cardPost(kind: CardKind, format: ImageFormat | 'json'): Operation {
  const image = format !== 'json';
  return {
    operationId: `post${pascal(kind)}${pascal(format)}`,
    tags: [kind],
    summary: `${pascal(kind)} card ${format === 'json' ? 'described as JSON (its GET URL and share page URL)' : `as ${format.toUpperCase()}`} from a JSON payload`,
    description: 'When the service has API tokens, send `Authorization: Bearer <token>`.',
    security: bearer,
    ...(image ? { parameters: [ref('parameters', 'IfNoneMatch') ] } : {}),
    requestBody: payloadBody(kind),
    responses: {
      200: image ? imageResponse(format) : describedResponse,
      ...(image ? { 304: ref('responses', 'NotModified') } : {}),
      ...errors(400, 401, 413, 414, 415, ...(image ? [500, 502] : []), 503, ...(image ? [504] : [])),
    },
  };
}

function signPost(kind: CardKind, format: ImageFormat | 'html'): Operation {
  return {
    operationId: `sign${pascal(kind)}${pascal(format)}`,
    tags: [kind],
    summary: `Signed GET URL of a ${kind} card${format === 'html' ? '’s share page' : ` as ${format.toUpperCase()}`}`,
    description: 'Needs signing keys and API tokens configured on the service (409 otherwise) and a bearer token.',
    security: [{ bearerToken: [] }],
    requestBody: payloadBody(kind),
    responses: {
      200: { description: 'The signed URL', content: { 'application/json': { schema: ref('schemas', 'SignedUrl') } } },
      ...errors(400, 401, 409, 413, 414, 415, 503),
    },
  };
}

const textResponse = (description: string, type: string): Obj => ({ description, content: { [type]: { schema: { type: 'string' } } } });
const page = (operationId: string, summary: string, type: string, description = summary): Obj => ({
  get: { operationId, tags: ['pages'], summary, responses: { 200: textResponse(description, type) } },
});
const redirect = (operationId: string, summary: string, status: 301 | 302): Obj => ({
  get: { operationId, tags: ['pages'], summary, responses: { [status]: { description: summary, headers: { Location: { schema: { type: 'string' } } } } } },
});

const INFO_DESCRIPTION = `Turns a validated JSON payload into a shareable card: a PNG for \`og:image\`, an SVG, a JSON description, or a share page that platforms unfurl.

**The GET form.** Every payload POST accepts has one readable GET URL: nested fields are dotted keys (\`home.name=OM\`), list items are numbered from 0 (\`events.0.player=Lookman\`), and types come from the kind's schema. Colours may omit the \`#\`. \`POST /v1/cards/{kind}.json\` returns the GET URL of any payload (\`url\`) and of its share page (\`shareUrl\`), so clients never build it by hand.

**Signed URLs.** When the service has signing keys, every GET card URL must carry \`${SIGNATURE_PARAM}\`: an HMAC-SHA256 (base64url) of its path and query, parameters sorted by name and \`${SIGNATURE_PARAM}\` left out. Signed URLs come from \`POST /v1/sign/{kind}.png\` (or \`.svg\`, \`.html\`) and from the \`url\` and \`shareUrl\` of \`POST /v1/cards/{kind}.json\`; a share page signs its own og:image.

**Bearer tokens.** When the service has API tokens, POST requests need \`Authorization: Bearer <token>\`.

**Caching.** A GET URL fully determines its image: a strong \`ETag\` (known before rendering, so \`If-None-Match\` gets a 304 without drawing) and a long public \`Cache-Control\`.

**Errors.** Every error is JSON, \`{"error": {"code", "message", "issues": [{"path", "message"}]}}\`, with one issue per bad field (its dotted path and the rule it breaks).

Card sizes: ${Object.entries(SIZES)
  .map(([name, s]) => `\`${name}\` ${s.width}×${s.height}`)
  .join(', ')} (times \`scale\`).`;

export function openApiDocument(): Obj {
  const paths: Record<string, Obj> = {};
  const parameters: Record<string, Obj | Parameter> = {
    IfNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      required: false,
      description: 'An ETag received before: a 304 without a body when the card has not changed',
      schema: { type: 'string' },
    },
  };
  const schemas: Record<string, Schema> = {};

  for (const kind of KINDS) {
    schemas[payloadName(kind)] = payloadSchema(kind);
    for (const p of queryParameters(jsonSchemaOf(kind) as Schema, TEMPLATES[kind].example)) parameters[paramName(kind, p.name)] = p;
    for (const format of ['png', 'svg', 'json'] as const) paths[`/v1/cards/${kind}.${format}`] = { get: cardGet(kind, format), post: cardPost(kind, format) };
    paths[`/v1/cards/${kind}.html`] = { get: cardGet(kind, 'html') };
    for (const format of ['png', 'svg', 'html'] as const) paths[`/v1/sign/${kind}.${format}`] = { post: signPost(kind, format) };
  }

  const kindSchema: Schema = { type: 'string', enum: [...KINDS] };
  Object.assign(schemas, {
    ErrorCode: {
      type: 'string',
      enum: Object.keys(ERROR_CODES),
      description: (Object.keys(ERROR_CODES) as ErrorCode[]).map((c) => `- \`${c}\` (${ERROR_CODES[c].status}): ${ERROR_CODES[c].when}`).join('\n'),
    },
    FieldIssue: {
      type: 'object',
      required: ['path', 'message'],
      properties: {
        path: { type: 'string', description: 'Dotted path of the field, as in the GET form: `home.name`, `events.0.minute`; empty for the whole payload' },
        message: { type: 'string', description: 'The rule the field breaks' },
      },
    },
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message', 'issues'],
          properties: {
            code: ref('schemas', 'ErrorCode'),
            message: { type: 'string' },
            issues: { type: 'array', items: ref('schemas', 'FieldIssue') },
          },
        },
      },
    },
    CardDescription: {
      type: 'object',
      required: ['kind', 'alt', 'width', 'height', 'etag', 'url', 'svgUrl', 'shareUrl'],
      properties: {
        kind: kindSchema,
        alt: { type: 'string', description: 'The card’s alt text' },
        width: { type: 'integer', description: 'Pixel width of the PNG (after scale)' },
        height: { type: 'integer', description: 'Pixel height of the PNG (after scale)' },
        etag: { type: 'string', description: 'The PNG’s ETag' },
        url: { type: 'string', format: 'uri', description: 'GET URL of the PNG, for og:image' },
        svgUrl: { type: 'string', format: 'uri', description: 'GET URL of the SVG' },
        shareUrl: { type: 'string', format: 'uri', description: 'GET URL of the share page, for posting as a link' },
      },
    },
    SignedUrl: { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } },
    Template: {
      type: 'object',
      required: ['kind', 'version', 'schema', 'example', 'exampleUrl'],
      properties: {
        kind: kindSchema,
        version: { type: 'integer', description: 'Bumped when the kind’s drawing changes (part of every ETag)' },
        schema: { type: 'object', description: 'The payload’s JSON Schema (draft 2020-12), as in components.schemas' },
        example: { type: 'object', description: 'An example payload' },
        exampleUrl: { type: 'string', format: 'uri', description: 'GET URL of the example’s PNG' },
      },
    },
    TemplateList: { type: 'object', required: ['templates'], properties: { templates: { type: 'array', items: ref('schemas', 'Template') } } },
    Health: {
      type: 'object',
      required: ['status', 'render', 'cache'],
      properties: {
        status: { const: 'ok' },
        render: {
          type: 'object',
          required: ['workers', 'running', 'queued'],
          properties: { workers: { type: 'integer' }, running: { type: 'integer' }, queued: { type: 'integer' } },
        },
        cache: {
          type: 'object',
          required: ['entries', 'bytes', 'maxBytes'],
          properties: { entries: { type: 'integer' }, bytes: { type: 'integer' }, maxBytes: { type: 'integer' } },
        },
      },
    },
  } satisfies Record<string, Schema>);

  Object.assign(paths, {
    '/v1/templates': {
      get: {
        operationId: 'listTemplates',
        tags: ['templates'],
        summary: 'Every kind with its JSON Schema, an example payload and an example URL',
        responses: { 200: { description: 'The kinds', content: { 'application/json': { schema: ref('schemas', 'TemplateList') } } } },
      },
    },
    '/v1/templates/{kind}': {
      get: {
        operationId: 'getTemplate',
        tags: ['templates'],
        summary: 'One kind with its JSON Schema, an example payload and an example URL',
        parameters: [{ name: 'kind', in: 'path', required: true, schema: kindSchema }],
        responses: { 200: { description: 'The kind', content: { 'application/json': { schema: ref('schemas', 'Template') } } }, ...errors(404) },
      },
    },
    '/healthz': {
      get: {
        operationId: 'health',
        tags: ['service'],
        summary: 'Liveness, render queue and image cache',
        responses: { 200: { description: 'The service is up', content: { 'application/json': { schema: ref('schemas', 'Health') } } } },
      },
    },
    '/metrics': {
      get: {
        operationId: 'metrics',
        tags: ['service'],
        summary: 'Prometheus metrics: render durations by phase, cache outcomes, queue depth, errors by code',
        responses: { 200: textResponse('Prometheus text exposition format', 'text/plain') },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openapi',
        tags: ['service'],
        summary: 'This document',
        responses: { 200: { description: 'The OpenAPI 3.1 document', headers: { ETag: ref('headers', 'ETag') }, content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/docs': page('docs', 'The interactive reference of this document', 'text/html'),
    '/docs/': redirect('docsSlash', 'Redirects to /docs', 301),
    '/docs/docs.js': page('docsScript', 'Starts the reference page', 'text/javascript'),
    '/docs/scalar.js': page('docsScalar', 'Scalar’s API Reference, served by this service (no CDN)', 'text/javascript'),
    '/': redirect('home', 'Redirects to the editor', 302),
    '/editor': page('editor', 'The card editor', 'text/html', 'A form generated from GET /v1/templates with a live preview'),
    '/editor/': redirect('editorSlash', 'Redirects to /editor', 301),
    '/editor/editor.js': page('editorScript', 'The editor’s script', 'text/javascript'),
    '/editor/editor.css': page('editorStyles', 'The editor’s stylesheet', 'text/css'),
    '/editor/query-form.js': page('editorQueryForm', 'The dotted GET form’s code, shared by the API and the editor', 'text/javascript'),
  } satisfies Obj);

  return {
    openapi: '3.1.0',
    info: {
      title: 'card-renderer',
      version: pkg.version,
      description: INFO_DESCRIPTION,
    },
    // Relative: the service answers on whatever origin the document was fetched from.
    servers: [{ url: '/' }],
    tags: [
      ...KINDS.map((kind) => ({
        name: kind,
        description: `${pascal(kind)} cards: render (PNG, SVG), describe (JSON), share (HTML page) and sign. The payload is the \`${payloadName(kind)}\` schema.`,
      })),
      { name: 'templates', description: 'The kinds and their schemas' },
      { name: 'service', description: 'Health, metrics and this document' },
      { name: 'pages', description: 'Pages for people: the editor and this reference' },
    ],
    paths,
    components: {
      schemas,
      parameters,
      headers: {
        ETag: {
          description: 'Strong entity tag from the validated payload, the template version and the renderer version; known before rendering, so If-None-Match is answered 304 without drawing',
          schema: { type: 'string' },
        },
        'Cache-Control': {
          description: 'GET: public, 30 days for browsers and a year for CDNs (a URL fully determines its card); POST: private, no-cache; errors: no-store',
          schema: { type: 'string' },
        },
        'Server-Timing': {
          description: 'Milliseconds per phase: view (view model, text fitting), layout (satori), raster (resvg), encode (PNG), queue (waiting for a worker); cache;desc=miss|hit|shared',
          schema: { type: 'string' },
          example: 'view;dur=1.3, layout;dur=10.3, raster;dur=4.9, encode;dur=4.3, queue;dur=0.1, cache;desc=miss',
        },
        'X-Card-Alt': { description: 'The card’s alt text, UTF-8 percent-encoded (decodeURIComponent it)', schema: { type: 'string' } },
        'Content-Security-Policy': { description: 'The page loads nothing but its card image and its own hashed style', schema: { type: 'string' } },
        'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
      },
      responses: {
        NotModified: { description: 'Not modified: the ETag in If-None-Match is current', headers: { ETag: ref('headers', 'ETag'), 'Cache-Control': ref('headers', 'Cache-Control') } },
        ...Object.fromEntries(statuses.map((s) => [`Error${s}`, errorResponse(s)])),
      },
      securitySchemes: {
        signedUrl: {
          type: 'apiKey',
          in: 'query',
          name: SIGNATURE_PARAM,
          description: `Required on GET card URLs when the service has signing keys (CARD_SIGNING_KEYS): base64url HMAC-SHA256 of the path and the query (parameters sorted by name, \`${SIGNATURE_PARAM}\` left out). Obtain signed URLs from POST /v1/sign or POST /v1/cards/{kind}.json.`,
        },
        bearerToken: { type: 'http', scheme: 'bearer', description: 'Required on POST when the service has API tokens (CARD_API_TOKENS)' },
      },
    },
  };
}
