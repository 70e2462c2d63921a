import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { example } from './helpers.ts';

/** The real entry point in a child process: boot, serve, drain on SIGTERM. */
const SERVER = join(import.meta.dirname, '..', 'src', 'server.ts');
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

describe('the server process', () => {
  it('warns at boot that GETs are unsigned and POSTs open in the default configuration', async () => {
    const { child, output } = await start();
    expect(output()).toContain('CARD_SIGNING_KEYS is not set');
    expect(output()).toContain('CARD_API_TOKENS is not set');
    child.kill('SIGKILL');
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

  it('on SIGTERM, finishes the render in flight, refuses new work and exits 0', async () => {
    // a generous render timeout: this test is about draining, not about how loaded the machine is
    const { child, base, output } = await start({ CARD_RENDER_TIMEOUT_MS: '120000' });
    const slow = fetch(`${base}/v1/cards/post.png`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(example('post', { size: 'story', scale: 3 })),
    });
    // wait until the render is really running on the worker
    for (let running = 0; running === 0; ) {
      const health = (await (await fetch(`${base}/healthz`)).json()) as { render: { running: number } };
      running = health.render.running;
    }
    const exited = once(child, 'exit');
    const draining = new Promise<void>((resolve) => child.stdout!.on('data', () => output().includes('draining') && resolve()));
    child.kill('SIGTERM');
    await draining;
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
