import type { Hono } from 'hono';
import { compress } from 'hono/compress';
import { matchesIfNoneMatch } from '../etag.ts';
import { openApiDocument } from './document.ts';

/**
 * GET /openapi.json: the OpenAPI 3.1 document (document.ts), built on its first request and kept: it only
 * depends on the code. Revalidated by ETag on each use, so a deploy shows at once; readable from any origin,
 * so tools elsewhere (generators, other reference viewers) can load it.
 */
let served: Promise<{ body: string; etag: string }> | undefined;

async function build(): Promise<{ body: string; etag: string }> {
  const body = JSON.stringify(openApiDocument());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  const etag = `"${btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').slice(0, 32)}"`;
  return { body, etag };
}

export function registerOpenApiRoutes(app: Hono): void {
  app.get('/openapi.json', compress(), async (c) => {
    served ??= build();
    const { body, etag } = await served;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    c.header('Access-Control-Allow-Origin', '*');
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(body, 200);
  });
}
