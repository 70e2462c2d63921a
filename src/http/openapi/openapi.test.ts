import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compileErrors, dereference, validate } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KINDS, TEMPLATES } from '../../../templates/index.ts';
import { example, testApp } from '../../../tests/helpers.ts';
import { ERROR_CODES } from '../../errors.ts';
import { projectPath } from '../../adapter/node/project-root.ts';
import { REMOTE_IMAGE_STATUS } from '../../remote/errors.ts';
import { jsonSchemaOf } from '../payload.ts';
import { toQuery } from '../query.ts';
import { createSigner } from '../signature/signature.ts';
import { openApiDocument } from './document.ts';
import { queryParameters, type Schema } from './query-parameters.ts';

/**
 * The document is valid OpenAPI 3.1 (checked by @readme/openapi-parser) and true: every route of the app is in
 * it and every operation in it is answered by the app with a documented status, content type, headers and a
 * body that validates against the documented schema (Ajv, JSON Schema 2020-12).
 */

type Obj = Record<string, any>;
const KEY = 'openapi-key-0123456789abcdefghijklmnopqrs';
const TOKEN = 'openapi-token-0123456789';

const document = openApiDocument() as Obj;
let deref: Obj;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

beforeAll(async () => {
  deref = (await dereference(structuredClone(document) as never)) as Obj;
});

/** Every operation of the document: path, method and the operation object (dereferenced). */
function operations(doc: Obj): Array<{ path: string; method: string; op: Obj }> {
  return Object.entries(doc.paths as Obj).flatMap(([path, item]) =>
    Object.entries(item as Obj)
      .filter(([m]) => ['get', 'post', 'put', 'delete', 'patch'].includes(m))
      .map(([method, op]) => ({ path, method, op: op as Obj })),
  );
}

/** Checks one answer against the operation's documented responses; returns the problems found. */
async function conformance(op: Obj, res: Response): Promise<string[]> {
  const problems: string[] = [];
  const documented = op.responses[String(res.status)] as Obj | undefined;
  if (!documented) return [`status ${res.status} is not documented (${Object.keys(op.responses).join(', ')})`];
  for (const header of Object.keys(documented.headers ?? {})) {
    if (header !== 'Retry-After' && !res.headers.has(header)) problems.push(`documented header ${header} is missing`);
  }
  if (!documented.content) {
    if (res.status !== 304 && res.status !== 301 && res.status !== 302) problems.push('a body is sent but none is documented');
    return problems;
  }
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const media = documented.content[type] as Obj | undefined;
  if (!media) return [...problems, `content type ${type} is not documented (${Object.keys(documented.content).join(', ')})`];
  if (type === 'application/json') {
    const body = await res.json();
    const check = ajv.compile(media.schema);
    if (!check(body)) problems.push(`body does not match the schema: ${ajv.errorsText(check.errors)} in ${JSON.stringify(body).slice(0, 300)}`);
  } else {
    await res.arrayBuffer();
  }
  return problems;
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document (@readme/openapi-parser), with no warnings', async () => {
    const result = await validate(structuredClone(document) as never);
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([]);
    const ops = operations(document);
    console.log(
      `@readme/openapi-parser: valid OpenAPI ${document.openapi}, ${Object.keys(document.paths).length} paths, ${ops.length} operations, ` +
        `${Object.keys(document.components.schemas).length} schemas, ${result.warnings.length} warnings`,
    );
  });

  it('the validator is not vacuous: a dangling $ref, a bad parameter and a duplicate operationId are errors', async () => {
    const broken = (edit: (doc: Obj) => void) => {
      const doc = structuredClone(document);
      edit(doc);
      return validate(doc as never);
    };
    const dangling = await broken((d) => (d.paths['/healthz'].get.responses[200].content['application/json'].schema = { $ref: '#/components/schemas/Nothing' }));
    expect(dangling.valid).toBe(false);
    expect(compileErrors(dangling)).toMatch(/Nothing/);
    const badParameter = await broken((d) => (d.components.parameters['quote.text'].in = 'body'));
    expect(badParameter.valid).toBe(false);
    const duplicate = await broken((d) => (d.paths['/openapi.json'].get.operationId = 'health'));
    expect(duplicate.valid).toBe(false);
    expect(compileErrors(duplicate)).toMatch(/operationId/);
  });

  it('is served with an ETag (304 on revalidation), gzip on request and readable from any origin', async () => {
    const app = await testApp();
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(document)));
    const etag = res.headers.get('etag')!;
    expect((await app.request('/openapi.json', { headers: { 'if-none-match': etag } })).status).toBe(304);
    const gz = await app.request('/openapi.json', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

describe('the document is generated from the code, not written twice', () => {
  it('every kind has its card, share and sign operations, and its payload schema is its zod schema’s JSON Schema', () => {
    for (const kind of KINDS) {
      for (const format of ['png', 'svg', 'json']) expect(Object.keys(document.paths[`/v1/cards/${kind}.${format}`]).sort()).toEqual(['get', 'post']);
      expect(Object.keys(document.paths[`/v1/cards/${kind}.html`])).toEqual(['get']);
      for (const format of ['png', 'svg', 'html']) expect(Object.keys(document.paths[`/v1/sign/${kind}.${format}`])).toEqual(['post']);
      const name = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}Payload`;
      const { $schema: _, ...schema } = jsonSchemaOf(kind);
      expect(document.components.schemas[name]).toEqual({ ...schema, examples: [TEMPLATES[kind].example] });
      expect(document.paths[`/v1/cards/${kind}.png`].post.requestBody.content['application/json'].schema).toEqual({ $ref: `#/components/schemas/${name}` });
      // The example payload is valid under the documented schema.
      expect(ajv.validate(deref.components.schemas[name], TEMPLATES[kind].example), ajv.errorsText()).toBe(true);
    }
  });

  it('the error codes are ERROR_CODES, and every error the code raises carries its documented status', () => {
    expect(document.components.schemas.ErrorCode.enum).toEqual(Object.keys(ERROR_CODES));
    for (const [code, status] of Object.entries(REMOTE_IMAGE_STATUS)) expect(ERROR_CODES[code as keyof typeof ERROR_CODES].status, code).toBe(status);
    // Every `new CardError(status, 'code'` in the sources names a documented code with its documented status.
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.tsx?$/.test(f) && !f.endsWith('.test.ts') ? [join(dir, f)] : []));
    const raised = [...files(projectPath('src')), ...files(projectPath('templates'))].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new CardError\(\s*(\d{3}),\s*'([a-z_]+)'/g)].map((m) => ({ file, status: Number(m[1]), code: m[2]! })),
    );
    expect(raised.length).toBeGreaterThan(15);
    for (const { file, status, code } of raised) {
      expect(ERROR_CODES[code as keyof typeof ERROR_CODES]?.status, `${code} in ${file}`).toBe(status);
    }
  });

  it('documents every route the app serves, and nothing it does not', async () => {
    const app = await testApp();
    const served = app.routes.filter((r) => (r.method === 'GET' || r.method === 'POST') && !r.path.endsWith('*'));
    const matcher = (honoPath: string) => new RegExp(`^${honoPath.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+/g, '[^/]+')}$`);
    const documented = operations(document).map(({ path, method }) => ({ path: path.replace('{kind}', 'quote'), method: method.toUpperCase() }));
    for (const route of served) {
      expect(documented.some((d) => d.method === route.method && matcher(route.path).test(d.path)), `${route.method} ${route.path}`).toBe(true);
    }
    for (const d of documented) {
      expect(served.some((r) => r.method === d.method && matcher(r.path).test(d.path)), `${d.method} ${d.path}`).toBe(true);
    }
  });
});

describe('the GET query parameters are the dotted GET form', () => {
  const params = (kind: (typeof KINDS)[number]) =>
    Object.entries(document.components.parameters as Obj)
      .filter(([name]) => name.startsWith(`${kind}.`))
      .map(([, p]) => p as Obj);
  const covers = (p: Obj, key: string) =>
    p.name === key || (p.style === 'form' && p.explode && Object.keys(p.schema.patternProperties ?? {}).some((re) => new RegExp(re).test(key)));

  it.each(KINDS)('%s: every key of the example’s GET URL is a documented parameter', (kind) => {
    const keys = [...new URLSearchParams(toQuery(example(kind))).keys()];
    for (const key of keys) expect(params(kind).some((p) => covers(p, key)), key).toBe(true);
  });

  it.each(KINDS)('%s: the parameters marked required are the ones the API requires', async (kind) => {
    const app = await testApp();
    const pairs = [...new URLSearchParams(toQuery(example(kind)))];
    /** Required as documented: a plain parameter's `required`, or for a list item's field, its list's "Each item needs". */
    const documentedRequired = (key: string) => {
      const p = params(kind).find((p) => covers(p, key))!;
      if (p.style !== 'form') return p.required as boolean;
      const needs = /Each item needs (.*)\.$/.exec(p.description)?.[1] ?? '';
      return needs.includes(`\`${key.replace(/\.\d+(?=\.|$)/g, '.{n}')}\``);
    };
    expect(pairs.some(([key]) => documentedRequired(key))).toBe(true);
    for (const [key] of pairs) {
      const rest = pairs.filter(([k]) => k !== key);
      // A list item's last field gone, the item is gone, not incomplete; a plain list item gone leaves a gap
      // in the numbering: nothing to check about required fields either way.
      const item = key.replace(/\.[^.]+$/, '.');
      if (/\.\d+$/.test(key) || (/\.\d+\./.test(key) && !rest.some(([k]) => k.startsWith(item)))) continue;
      const res = await app.request(`/v1/cards/${kind}.json?${new URLSearchParams(rest)}`);
      if (documentedRequired(key)) {
        expect(res.status, `without ${key}`).toBe(400);
        expect(((await res.json()) as Obj).error.issues.map((i: Obj) => i.path), key).toContain(key);
      } else {
        expect(res.status, `without ${key}: ${await res.clone().text()}`).toBe(200);
      }
    }
  });

  it('unions and lists: theme is a value or brand-colour keys; list items are numbered keys without leading zeros', () => {
    const list = queryParameters(jsonSchemaOf('score') as Schema, example('score'));
    const theme = list.find((p) => p.name === 'theme')!;
    expect(theme).toMatchObject({ description: 'light, dark, or brand colours', schema: { type: 'string', enum: ['light', 'dark'] } });
    expect(theme.required).toBe(false);
    expect(list.find((p) => p.name === 'theme.background')).toMatchObject({ required: false, schema: { type: 'string' } });
    const events = list.find((p) => p.name === 'events')!;
    expect(events).toMatchObject({ style: 'form', explode: true, required: false, example: { 'events.0.team': 'away', 'events.1.player': 'Chancel Mbemba' } });
    expect(events.description).toMatch(/\(at most 24 items\)\. Each item needs `events\.\{n\}\.team`, `events\.\{n\}\.minute`, `events\.\{n\}\.player`\.$/);
    const patterns = Object.keys(events.schema.patternProperties as Obj).map((re) => new RegExp(re));
    const matched = (key: string) => patterns.some((re) => re.test(key));
    expect(['events.0.minute', 'events.23.player', 'events.9999.type'].every(matched)).toBe(true);
    expect(['events.01.minute', 'events.0.nope', 'eventsX0.minute', 'events.0', 'events.10000.team'].some(matched)).toBe(false);
    expect(list.find((p) => p.name === 'home.name')).toMatchObject({ required: true, example: 'Olympique de Marseille' });
  });
});

describe('query parameters of shapes the kinds may take', () => {
  it('lists in list items, lists of plain values: one list parameter, item fields needed within their item', () => {
    const schema = z.toJSONSchema(
      z.strictObject({
        title: z.string(),
        rows: z
          .array(z.strictObject({ team: z.string(), form: z.array(z.enum(['W', 'D', 'L'])).max(5), players: z.array(z.strictObject({ name: z.string(), number: z.number().optional() })) }))
          .max(20),
      }),
      { io: 'input' },
    ) as Schema;
    const list = queryParameters(schema, { title: 'T', rows: [{ team: 'OM', form: ['W'], players: [{ name: 'A' }] }] });
    expect(list.map((p) => [p.name, p.required])).toEqual([
      ['title', true],
      ['rows', false],
    ]);
    const rows = list[1]!;
    expect(Object.keys(rows.schema.patternProperties as Obj)).toEqual([
      '^rows\\.(0|[1-9][0-9]{0,3})\\.team$',
      '^rows\\.(0|[1-9][0-9]{0,3})\\.form\\.(0|[1-9][0-9]{0,3})$',
      '^rows\\.(0|[1-9][0-9]{0,3})\\.players\\.(0|[1-9][0-9]{0,3})\\.name$',
      '^rows\\.(0|[1-9][0-9]{0,3})\\.players\\.(0|[1-9][0-9]{0,3})\\.number$',
    ]);
    expect(rows.description).toMatch(/\(at most 20 items\)\. Each item needs `rows\.\{n\}\.team`, `rows\.\{n\}\.players\.\{n\}\.name`\.$/);
    expect(rows.example).toEqual({ 'rows.0.team': 'OM', 'rows.0.form.0': 'W', 'rows.0.players.0.name': 'A' });
  });
});

describe('the app answers as documented', () => {
  it('every operation, called with its example, answers a documented status, content type, headers and body', async () => {
    const open = await testApp();
    const signing = await testApp({ signer: await createSigner([KEY]), apiTokens: [TOKEN] });
    const problems: string[] = [];
    for (const { path, method, op } of operations(deref)) {
      const kind = /\/(\w+)\.\w+$/.exec(path)?.[1];
      const concrete = path.replace('{kind}', 'score');
      const body = op.requestBody?.content?.['application/json']?.example;
      const query = method === 'get' && path.startsWith('/v1/cards/') && kind ? `?${toQuery(example(kind as 'quote'))}` : '';
      const app = path.startsWith('/v1/sign/') ? signing : open;
      const res = await app.request(`${concrete}${query}`, {
        method: method.toUpperCase(),
        ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } } : {}),
      });
      if (res.status >= 400) problems.push(`${method} ${path}: answered ${res.status} to its example`);
      problems.push(...(await conformance(op, res)).map((p) => `${method} ${path} ${res.status}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('errors are answered as documented: each status with its code in the documented list', async () => {
    const op = (path: string, method: string) => deref.paths[path][method] as Obj;
    const json = { 'content-type': 'application/json' };
    const quote = JSON.stringify(example('quote'));
    const open = await testApp({ maxBodyBytes: 2000, maxUrlLength: 1000 });
    const locked = await testApp({ signer: await createSigner([KEY]), apiTokens: [TOKEN] });
    const cases: Array<[string, string, Response | Promise<Response>, number]> = [
      ['/v1/cards/quote.png', 'get', open.request('/v1/cards/quote.png?author=X'), 400],
      ['/v1/cards/quote.html', 'get', open.request('/v1/cards/quote.html?text=T&author=A&nope=1'), 400],
      ['/v1/cards/quote.json', 'get', open.request(`/v1/cards/quote.json?text=${'x'.repeat(1200)}&author=A`), 414],
      ['/v1/cards/quote.png', 'get', locked.request(`/v1/cards/quote.png?${toQuery(example('quote'))}`), 403],
      ['/v1/cards/quote.html', 'get', locked.request(`/v1/cards/quote.html?${toQuery(example('quote'))}&sig=AAAA`), 403],
      ['/v1/cards/quote.png', 'post', open.request('/v1/cards/quote.png', { method: 'POST', headers: json, body: '{"text": ' }), 400],
      ['/v1/cards/quote.json', 'post', open.request('/v1/cards/quote.json', { method: 'POST', headers: json, body: JSON.stringify({ text: 'x' }) }), 400],
      ['/v1/cards/quote.svg', 'post', open.request('/v1/cards/quote.svg', { method: 'POST', body: quote }), 415],
      ['/v1/cards/quote.png', 'post', open.request('/v1/cards/quote.png', { method: 'POST', headers: json, body: JSON.stringify({ ...example('quote'), text: 'x'.repeat(3000) }) }), 413],
      ['/v1/cards/quote.png', 'post', locked.request('/v1/cards/quote.png', { method: 'POST', headers: json, body: quote }), 401],
      ['/v1/sign/quote.png', 'post', open.request('/v1/sign/quote.png', { method: 'POST', headers: json, body: quote }), 409],
      ['/v1/sign/quote.html', 'post', locked.request('/v1/sign/quote.html', { method: 'POST', headers: { ...json, authorization: 'Bearer wrong-token-0123456789' }, body: quote }), 401],
      ['/v1/templates/{kind}', 'get', open.request('/v1/templates/nope'), 404],
    ];
    const problems: string[] = [];
    for (const [path, method, pending, status] of cases) {
      const res = await pending;
      if (res.status !== status) problems.push(`${method} ${path}: expected ${status}, got ${res.status}`);
      problems.push(...(await conformance(op(path, method), res)).map((p) => `${method} ${path} ${res.status}: ${p}`));
    }
    expect(problems).toEqual([]);
  });
});
