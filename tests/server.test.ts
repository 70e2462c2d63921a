import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toQuery } from '../src/http/query.ts';
import { example } from './helpers.ts';

/** The real entry point in a child process: boot, serve, drain on SIGTERM. */
const SERVER = join(import.meta.dirname, '..', 'src', 'adapter', 'node', 'server.ts');
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

async function start(env: Record<string, string> = {}): Promise<{ child: ChildProcess; base: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], { env: { ...process.env, PORT: '0', CARD_WORKERS: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const m = /listening on (http:\/\/localhost:\d+)/.exec(output);
      if (m) resolve(m[1]!.replace('localhost', '127.0.0.1'));
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { child, base, output: () => output };
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are on a new connection (what fetch would refuse to send) and reads the answer to its end. */
async function raw(base: string, request: string, opts: { abort?: boolean } = {}): Promise<RawAnswer | undefined> {
  const { hostname, port } = new URL(base);
  const socket = net.connect(Number(port), hostname);
  await once(socket, 'connect');
  if (opts.abort) {
    // the client goes away once its (incomplete) request is sent
    await new Promise<void>((resolve) => socket.write(request, () => resolve()));
    socket.destroy();
    return undefined;
  }
  socket.write(request);
  const chunks: Buffer[] = [];
  socket.on('data', (d: Buffer) => chunks.push(d));
  await once(socket, 'close');
  const text = Buffer.concat(chunks).toString('latin1');
  const [head = '', ...rest] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

const expectJsonError = (res: RawAnswer | undefined, status: number, code: string) => {
  expect(res?.status, res?.body).toBe(status);
  expect(res!.headers['content-type']).toMatch(/^application\/json/);
  expect(JSON.parse(res!.body)).toMatchObject({ error: { code, message: expect.any(String) } });
};

/** One server in the default configuration, shared by the checks that do not stop it. */
let shared: ReturnType<typeof start> | undefined;
const defaultServer = () => (shared ??= start());

describe('the server process', () => {
  it('warns at boot that GETs are unsigned and POSTs open in the default configuration', async () => {
    const { output } = await defaultServer();
    expect(output()).toContain('CARD_SIGNING_KEYS is not set');
    expect(output()).toContain('CARD_API_TOKENS is not set');
  });

  it('refuses to boot on bad values: one line per variable, no stack trace, exit status EX_CONFIG (78)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
      env: { ...process.env, PORT: '', CARD_MAX_QUEUE: '-3', CARD_SIGNING_KEYS: ',' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const [code] = await once(child, 'exit');
    expect(code).toBe(78);
    expect(err).toBe(
      [
        'invalid configuration:',
        '  PORT is set but empty; give it a value, or unset it to use the default',
        '  CARD_MAX_QUEUE="-3": not a whole number; must be a whole number from 0 to 10000',
        '  CARD_SIGNING_KEYS (value not shown): signing key 1 of 2 is empty; give comma-separated signing keys, or unset the variable',
        '',
      ].join('\n'),
    );
  });

  it('answers what Node refuses before the app (bad request line, bad Host, headers over the limit) in the JSON error shape', async () => {
    const { base } = await defaultServer();
    expectJsonError(await raw(base, 'GARBAGE\r\n\r\n'), 400, 'bad_request');
    expectJsonError(await raw(base, 'GET /healthz HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n'), 400, 'bad_request');
    const big = await raw(base, `GET /healthz HTTP/1.1\r\nHost: a\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`);
    expectJsonError(big, 431, 'headers_too_large');
    expect(JSON.parse(big!.body).error.message).toContain('CARD_MAX_URL_LENGTH');
  });

  it('reads every URL up to CARD_MAX_URL_LENGTH (no bare 431 past 16 KB), and answers a longer one 414 JSON', async () => {
    const { child, base } = await start({ CARD_MAX_URL_LENGTH: '40000' });
    const get = (length: number) => {
      const path = `/v1/cards/quote.json?author=A&text=`;
      return raw(base, `GET ${path}${'a'.repeat(length - base.length - path.length)} HTTP/1.1\r\nHost: ${new URL(base).host}\r\nConnection: close\r\n\r\n`);
    };
    // 30,000 characters reach the app, which names the field (text is at most 600 characters)
    const long = await get(30_000);
    expectJsonError(long, 400, 'invalid_query');
    expect(JSON.parse(long!.body).error.issues[0].path).toBe('text');
    expectJsonError(await get(40_001), 414, 'uri_too_long');
    expectJsonError(await get(60_000), 431, 'headers_too_large');
    child.kill('SIGKILL');
  });

  it('an aborted upload is counted as client_closed, not as a 500, and logs nothing', async () => {
    const { base, output } = await defaultServer();
    await raw(base, 'POST /v1/cards/quote.png HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"tex\r\n', { abort: true });
    await raw(base, 'POST /v1/cards/quote.png HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"tex', { abort: true });
    // wait until both requests have been counted, whatever as
    const errorsCounted = (text: string) => [...text.matchAll(/^card_errors_total\{.*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
    let metrics = '';
    while (errorsCounted(metrics) < 2) metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('card_errors_total{code="client_closed",status="499"} 2');
    expect(metrics).not.toContain('status="500"');
    expect(output()).not.toMatch(/unexpected error|Error/);
  });

  it('HEAD gets the headers of a card without rendering it', async () => {
    const { base } = await defaultServer();
    const url = `${base}/v1/cards/quote.png?${toQuery(example('quote'))}`;
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toMatch(/^"/);
    expect(head.headers.get('content-length')).toBeNull();
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).not.toMatch(/card_render_duration_seconds_count\{kind="quote"/);
  });

  it('on SIGTERM, finishes the render in flight, refuses new work and exits 0', async () => {
    // a generous render timeout: this test is about draining, not about how loaded the machine is
    const { child, base, output } = await start({ CARD_RENDER_TIMEOUT_MS: '120000' });
    const slow = fetch(`${base}/v1/cards/post.png`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(example('post', { size: 'story', scale: 3 })),
    });
    // a kept-alive connection: the polling below reuses it, and it is idle when SIGTERM comes
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (path: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; reused: boolean }>((resolve, reject) => {
        const req = http.get(`${base}${path}`, { agent }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, reused: req.reusedSocket }));
        });
        req.on('error', reject);
      });
    // wait until the render is really running on the worker
    for (let running = 0; running === 0; ) {
      const health = JSON.parse((await get('/healthz')).body) as { render: { running: number } };
      running = health.render.running;
    }
    const exited = once(child, 'exit');
    const draining = new Promise<void>((resolve) => child.stdout!.on('data', () => output().includes('draining') && resolve()));
    child.kill('SIGTERM');
    await draining;
    // the kept-alive connection is not dropped: its next request gets 503 JSON and is told to close
    const kept = await get('/healthz');
    expect(kept.reused).toBe(true);
    expect(kept.status).toBe(503);
    expect(kept.headers.connection).toBe('close');
    expect(kept.headers['retry-after']).toBe('1');
    expect(JSON.parse(kept.body)).toMatchObject({ error: { code: 'shutting_down' } });
    agent.destroy();
    // a new connection is refused (or, if accepted in a race, told 503)
    const late = await fetch(`${base}/healthz`).then((r) => r.status, (e: Error) => e.message);
    expect([503, 'fetch failed']).toContain(late);
    const res = await slow.catch((e: Error) => {
      throw new Error(`in-flight request failed: ${e.message} ${String((e as { cause?: unknown }).cause)}\n${output()}`);
    });
    const body = new Uint8Array(await res.arrayBuffer());
    expect(res.status, new TextDecoder().decode(body.slice(0, 300))).toBe(200);
    expect(body.byteLength).toBeGreaterThan(100_000);
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
