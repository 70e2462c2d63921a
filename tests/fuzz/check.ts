import type { FuzzRequest } from './arbitraries.ts';

/** The app in-process (Hono's app.request), or a running service behind fetch. */
export interface Target {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** The invariant: any request gets < 500, and an error is JSON with a code and issues. Throws otherwise. */
export async function checkRequest(app: Target, r: FuzzRequest): Promise<number> {
  const res = await app.request(r.path, { method: r.method, ...(r.body !== undefined ? { body: r.body, headers: { 'content-type': 'application/json' } } : {}) });
  const where = `${r.method} ${r.path.slice(0, 200)} ${r.body?.slice(0, 200) ?? ''}`;
  if (res.status >= 500) throw new Error(`${res.status} for ${where}: ${(await res.text()).slice(0, 300)}`);
  if (res.status >= 400) {
    const json = (await res.json()) as { error?: { code?: unknown; issues?: unknown } };
    if (typeof json.error?.code !== 'string' || !Array.isArray(json.error.issues)) throw new Error(`error without code/issues for ${where}`);
  } else if (r.path.includes('.png') && res.headers.get('content-type') !== 'image/png') {
    throw new Error(`200 without image/png for ${where}`);
  } else if (r.path.includes('.html?') && res.headers.get('content-type') !== 'text/html; charset=utf-8') {
    throw new Error(`200 without text/html for ${where}`);
  }
  return res.status;
}
