import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createImageCache } from '../../src/http/cache/image-cache.ts';
import { createApp } from '../../src/http/app.ts';
import { CardError } from '../../src/errors.ts';
import { createWorkerPool, type RenderService } from '../../src/adapter/node/pool.ts';
import { RENDERER_VERSION } from '../../src/version.ts';
import { WARM_UP_REQUEST } from '../../src/adapter/node/warm-up.ts';
import { TEMPLATES } from '../../templates/index.ts';
import { emoji, parsed, renderer } from '../helpers.ts';

const pools: RenderService[] = [];
const pool = (opts: Parameters<typeof createWorkerPool>[0]) => {
  const p = createWorkerPool(opts);
  pools.push(p);
  return p;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('worker pool', () => {
  it("a worker's warm-up card is the quote example as the schema outputs it (written out so the worker needs no zod)", () => {
    expect(WARM_UP_REQUEST).toEqual({ kind: 'quote', payload: TEMPLATES.quote.schema.parse(TEMPLATES.quote.example), format: 'png' });
  });

  it('renders in worker threads the same bytes as the in-process core', async () => {
    const p = pool({ workers: 2, maxQueue: 16, timeoutMs: 30_000 });
    const payload = parsed('quote');
    const [inWorker, inProcess] = await Promise.all([p.render({ kind: 'quote', payload, format: 'png' }), (await renderer()).render({ kind: 'quote', payload, format: 'png' })]);
    expect(Buffer.from(inWorker.body).equals(Buffer.from(inProcess.body))).toBe(true);
  });

  it('a card drawn after a larger one (its PNG rows written into that card\'s buffer) has the in-process bytes', async () => {
    const p = pool({ workers: 1, maxQueue: 16, timeoutMs: 30_000 });
    const cards = [parsed('post', { size: 'story' }), parsed('score'), parsed('quote', { size: 'square' }), parsed('score', { theme: 'dark' })];
    const kinds = ['post', 'score', 'quote', 'score'] as const;
    const core = await renderer();
    for (const [i, payload] of cards.entries()) {
      const req = { kind: kinds[i]!, payload, format: 'png' as const };
      const [inWorker, inProcess] = [await p.render(req), await core.render(req)];
      expect(Buffer.from(inWorker.body).equals(Buffer.from(inProcess.body)), `${kinds[i]} ${i}`).toBe(true);
    }
  });

  it('/healthz answers while cards render', async () => {
    const p = pool({ workers: 2, maxQueue: 16, timeoutMs: 30_000 });
    const app = createApp({ renderer: p, cache: createImageCache(0), emoji, rendererVersion: RENDERER_VERSION, maxBodyBytes: 1 << 20, maxUrlLength: 8192 });
    let done = 0;
    const renders = Array.from({ length: 6 }, (_, i) =>
      p.render({ kind: 'post', payload: parsed('post', { size: 'story', text: `card ${i} ` + 'Allez l’OM ! '.repeat(20) }), format: 'png' }).then(() => done++),
    );
    const health = await app.request('/healthz');
    const body = (await health.json()) as { render: { workers: number; running: number; queued: number } };
    expect(health.status).toBe(200);
    expect(done).toBeLessThan(6);
    expect(body.render.workers).toBe(2);
    expect(body.render.running + body.render.queued).toBeGreaterThan(0);
    await Promise.all(renders);
  });

  it('a render past its timeout is stopped with a 503 render_timeout', async () => {
    const p = pool({ workers: 1, maxQueue: 4, timeoutMs: 100 });
    const err = await p.render({ kind: 'post', payload: parsed('post', { size: 'story', scale: 3 }), format: 'png' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardError);
    expect(err).toMatchObject({ status: 503, code: 'render_timeout' });
  });

  it('a full queue answers 503 overloaded instead of growing', async () => {
    const p = pool({ workers: 1, maxQueue: 1, timeoutMs: 30_000 });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => p.render({ kind: 'quote', payload: parsed('quote', { text: `Quote number ${i}` }), format: 'png' })),
    );
    const rejected = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as CardError);
    expect(rejected.length).toBeGreaterThan(0);
    for (const e of rejected) expect(e).toMatchObject({ status: 503, code: 'overloaded' });
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
  });

  it('a worker that dies mid-render fails only its request, with a 500 JSON error, and is replaced', async () => {
    const p = pool({ workers: 1, maxQueue: 4, timeoutMs: 30_000, workerFile: new URL('../fixtures/crashing-worker.ts', import.meta.url) });
    const crashed = await p.render({ kind: 'quote', payload: parsed('quote', { text: 'crash' }), format: 'png' }).catch((e: unknown) => e);
    expect(crashed).toBeInstanceOf(CardError);
    expect(crashed).toMatchObject({ status: 500, code: 'render_failed' });
    const app = createApp({ renderer: p, cache: createImageCache(0), emoji, rendererVersion: RENDERER_VERSION, maxBodyBytes: 1 << 20, maxUrlLength: 8192 });
    const viaHttp = await app.request('/v1/cards/quote.png', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'crash', author: 'A' }) });
    expect(viaHttp.status).toBe(500);
    expect(await viaHttp.json()).toMatchObject({ error: { code: 'render_failed' } });
    const after = await p.render({ kind: 'quote', payload: parsed('quote'), format: 'png' });
    expect(after.width).toBe(1200);
    expect(p.stats().workers).toBe(1);
  });

  it('a render’s timeout counts from when a worker begins it, not while the worker (or its replacement) is still starting', async () => {
    // The fixture's start-up takes 1.5 s, longer than this pool's 1 s render timeout; its renders take no time.
    const p = pool({ workers: 1, maxQueue: 4, timeoutMs: 1000, workerFile: new URL('../fixtures/slow-start-worker.ts', import.meta.url) });
    expect(await p.render({ kind: 'quote', payload: parsed('quote'), format: 'png' })).toMatchObject({ width: 1, height: 1 });
    const crashed = await p.render({ kind: 'quote', payload: parsed('quote', { text: 'crash' }), format: 'png' }).catch((e: unknown) => e);
    expect(crashed).toMatchObject({ status: 500, code: 'render_failed' });
    // Queued while the replacement loads: answered once it is up, not stopped at a timeout it never ran into.
    expect(await p.render({ kind: 'quote', payload: parsed('quote', { text: 'after the crash' }), format: 'png' })).toMatchObject({ width: 1, height: 1 });
    expect(p.stats()).toMatchObject({ workers: 1, running: 0, stopping: 0 });
  });

  it('a render that waits too long for a worker is refused with 503, and no worker is lost', async () => {
    const p = pool({ workers: 1, maxQueue: 8, timeoutMs: 30_000, queueTimeoutMs: 20 });
    await p.render({ kind: 'quote', payload: parsed('quote'), format: 'png' }); // the worker is up
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, (_, i) => p.render({ kind: 'post', payload: parsed('post', { size: 'story', text: `story ${i}` }), format: 'png' })),
    );
    expect(results[0]!.status).toBe('fulfilled');
    const late = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as CardError);
    expect(late.length).toBeGreaterThan(0);
    for (const e of late) expect(e).toMatchObject({ status: 503, code: 'overloaded', message: expect.stringContaining('no render worker was free within 20 ms') });
    expect(p.stats()).toMatchObject({ workers: 1, queued: 0, running: 0 });
  });

  it('a worker stopped at its timeout inside a native call is reported stuck, and counted until its thread ends', async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'card-pool-')), 'block');
    execFileSync('mkfifo', [fifo]);
    let reported!: (info: { threads: number; afterMs: number }) => void;
    const stuck = new Promise<{ threads: number; afterMs: number }>((resolve) => (reported = resolve));
    const p = pool({ workers: 1, maxQueue: 4, timeoutMs: 5000, stuckAfterMs: 200, onStuck: reported, workerFile: new URL('../fixtures/blocking-worker.ts', import.meta.url) });
    await p.render({ kind: 'quote', payload: parsed('quote'), format: 'png' }); // the worker is up
    const err = await p.render({ kind: 'quote', payload: parsed('quote', { text: `block:${fifo}` }), format: 'png' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 503, code: 'render_timeout' });
    // terminate() could not stop the thread: it is still alive beside its replacement, and is reported
    expect(p.stats()).toMatchObject({ stopping: 1 });
    expect(await stuck).toEqual({ threads: 1, afterMs: 200 });
    // the native call returns (the pipe is written): the thread ends, and the replacement renders
    const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    writeSync(fd, 'x');
    closeSync(fd);
    await vi.waitFor(() => expect(p.stats().stopping).toBe(0), { timeout: 20_000, interval: 50 });
    expect(await p.render({ kind: 'quote', payload: parsed('quote'), format: 'png' })).toMatchObject({ width: 1 });
    expect(p.stats()).toMatchObject({ workers: 1, stopping: 0 });
  });
});
