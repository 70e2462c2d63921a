/**
 * Memory soak test: does the real service's RSS stay bounded while it renders thousands of distinct cards?
 *
 *   npm run soak                                  5,000 cards, 4 in flight
 *   npm run soak -- --cards 600 --concurrency 2   quick run
 *   npm run soak -- --max-rss-mb 8192             raise the safety cap (default 4096 MB)
 *
 * Starts `node --import tsx src/adapter/node/server.ts` on a free loopback port (with the default 64 MB image cache, which
 * is part of the steady state), waits for GET /healthz, POSTs distinct quote/score/post cards (~5% story size),
 * and samples the child's VmRSS / VmHWM from /proc every 100 cards. The child is the service's only process
 * (its render workers are threads), so its RSS is the whole service's.
 *
 * PASS: no request failed AND every RSS sample after the first 500 cards is within +100 MB of the RSS at 500
 * cards. Exit code 0 on PASS, 1 otherwise (including a run longer than 20 minutes). A run whose RSS passes the
 * safety cap is stopped early (FAIL) rather than left to push the machine into the OOM killer.
 *
 * Environment variables other than PORT are passed through to the service (e.g. CARD_WORKERS=1 to compare).
 * When CARD_API_TOKENS is set, POSTs carry its first token as a bearer token.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { soakCard } from './soak/payloads.ts';
import { freePort } from './lib/service.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE_EVERY = 100;
const TABLE_EVERY = 250;
const REFERENCE_CARDS = 500;
const ALLOWED_GROWTH_MB = 100;
const TIME_LIMIT_MS = 20 * 60_000;
const READY_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 60_000;
const MAX_ERROR_BODIES = 5;
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------- arguments

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer (got "${raw}")`);
    process.exit(2);
  }
  return n;
}

const { values: args } = parseArgs({
  options: { cards: { type: 'string' }, concurrency: { type: 'string' }, 'max-rss-mb': { type: 'string' } },
  strict: true,
});
const CARDS = positiveInt('cards', args.cards, 5000);
const CONCURRENCY = positiveInt('concurrency', args.concurrency, 4);
const MAX_RSS_MB = positiveInt('max-rss-mb', args['max-rss-mb'], 4096);
const API_TOKEN = process.env.CARD_API_TOKENS?.split(',')[0]?.trim() || undefined;

// ---------------------------------------------------------------------------------------------- helpers

interface ProcMemory {
  rssKB: number;
  hwmKB: number;
}

function readProcMemory(pid: number): ProcMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => {
    const m = new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    if (!m?.[1]) throw new Error(`no ${name} in /proc/${pid}/status`);
    return Number(m[1]);
  };
  return { rssKB: field('VmRSS'), hwmKB: field('VmHWM') };
}

const mb = (kB: number) => kB / 1024;
const fmt = (n: number, digits = 1) => n.toFixed(digits);
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;

function sparkline(values: readonly number[]): string {
  const bars = '▁▂▃▄▅▆▇█';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  return values.map((v) => bars[Math.min(bars.length - 1, Math.floor(((v - lo) / span) * bars.length))]).join('');
}

// ---------------------------------------------------------------------------------------------- the service

let child: ChildProcess | undefined;
let childExit: string | undefined;

function killChild(signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
}
process.on('exit', () => killChild('SIGKILL'));
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    console.error(`\nreceived ${sig}: stopping the service`);
    killChild('SIGKILL');
    process.exit(130);
  });
}

/** Aborted on the time limit, on a dead service, or on Ctrl-C; every request listens to it. */
const run = new AbortController();

function forwardLines(stream: NodeJS.ReadableStream | null, prefix: string): void {
  if (!stream) return;
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      console.log(`${prefix}${buf.slice(0, nl)}`);
      buf = buf.slice(nl + 1);
    }
  });
  stream.on('end', () => {
    if (buf) console.log(`${prefix}${buf}`);
  });
}

function startService(port: number): ChildProcess {
  const env = { ...process.env, PORT: String(port) };
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/adapter/node/server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  forwardLines(proc.stdout, '[service] ');
  forwardLines(proc.stderr, '[service:err] ');
  proc.on('exit', (code, signal) => {
    childExit = `exited with ${signal ? `signal ${signal}` : `code ${code}`}`;
    run.abort(new Error(`the service ${childExit}`));
  });
  proc.on('error', (err) => {
    childExit = `failed to start: ${err.message}`;
    run.abort(err);
  });
  return proc;
}

/** Polls GET /healthz with a growing backoff until it answers 200, for at most READY_TIMEOUT_MS. */
async function waitForReady(base: string): Promise<unknown> {
  const started = performance.now();
  let delay = 50;
  let lastError = 'no answer yet';
  for (let attempt = 1; attempt <= 200; attempt++) {
    if (childExit) throw new Error(`the service ${childExit} before it was ready`);
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.any([run.signal, AbortSignal.timeout(2000)]) });
      if (res.ok) return await res.json();
      lastError = `HTTP ${res.status}`;
      await res.body?.cancel();
    } catch (err) {
      lastError = (err as Error).message;
    }
    if (performance.now() - started > READY_TIMEOUT_MS) break;
    await sleep(delay, undefined, { signal: run.signal }).catch(() => undefined);
    delay = Math.min(delay * 1.5, 1000);
  }
  throw new Error(`the service was not ready after ${(READY_TIMEOUT_MS / 1000).toFixed(0)} s (last: ${lastError})`);
}

// ---------------------------------------------------------------------------------------------- the soak

interface Sample {
  cards: number;
  rssMB: number;
  hwmMB: number;
  elapsedS: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function main(): Promise<number> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const cacheSetting = process.env.CARD_CACHE_BYTES ? `${process.env.CARD_CACHE_BYTES} bytes (from env)` : 'default (64 MB)';
  console.log(`soak: ${CARDS} cards, concurrency ${CONCURRENCY}, service on ${base} (safety cap ${MAX_RSS_MB} MB RSS)`);
  console.log(`      CARD_WORKERS=${process.env.CARD_WORKERS ?? 'default (one per core)'}, CARD_CACHE_BYTES=${cacheSetting}`);
  const extraEnv = Object.keys(process.env).filter((k) => /^(MALLOC_|PISCINA_|NODE_OPTIONS$|UV_THREADPOOL_SIZE$)/.test(k));
  if (extraEnv.length) console.log(`      also: ${extraEnv.map((k) => `${k}=${process.env[k]}`).join(' ')}`);

  const timeLimit = setTimeout(() => run.abort(new Error(`time limit of ${TIME_LIMIT_MS / 60_000} minutes exceeded`)), TIME_LIMIT_MS);
  timeLimit.unref();

  const bootStarted = performance.now();
  child = startService(port);
  const pid = child.pid;
  if (pid === undefined) throw new Error('the service did not start (no pid)');
  const health = (await waitForReady(base)) as { render?: { workers?: number } };
  const boot = readProcMemory(pid);
  console.log(`ready in ${fmt((performance.now() - bootStarted) / 1000, 2)} s (pid ${pid}, ${health.render?.workers ?? '?'} workers), RSS ${fmt(mb(boot.rssKB))} MB`);

  const samples: Sample[] = [{ cards: 0, rssMB: mb(boot.rssKB), hwmMB: mb(boot.hwmKB), elapsedS: 0 }];
  const errors: string[] = [];
  let errorCount = 0;
  let completed = 0;
  let next = 0;
  let pngBytes = 0;
  let cacheHits = 0;
  const etags = new Set<string>();
  const started = performance.now();
  let lastProgress = started;

  const sampleIfDue = () => {
    if (completed % SAMPLE_EVERY !== 0 && completed % TABLE_EVERY !== 0 && completed !== CARDS) return;
    const m = readProcMemory(pid);
    samples.push({ cards: completed, rssMB: mb(m.rssKB), hwmMB: mb(m.hwmKB), elapsedS: (performance.now() - started) / 1000 });
    if (mb(m.rssKB) > MAX_RSS_MB) {
      run.abort(new Error(`RSS reached ${fmt(mb(m.rssKB))} MB after ${completed} cards, past the ${MAX_RSS_MB} MB safety cap (--max-rss-mb)`));
    }
    const now = performance.now();
    if (now - lastProgress > 10_000 && process.stdout.isTTY) {
      lastProgress = now;
      process.stdout.write(`  … ${completed}/${CARDS} cards, RSS ${fmt(mb(m.rssKB))} MB\r`);
    }
  };

  const recordError = (i: number, kind: string, what: string) => {
    errorCount++;
    if (errors.length < MAX_ERROR_BODIES) errors.push(`card #${i} (${kind}): ${what.slice(0, 400)}`);
  };

  async function one(i: number): Promise<void> {
    const card = soakCard(i);
    try {
      const res = await fetch(`${base}/v1/cards/${card.kind}.png`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(API_TOKEN ? { authorization: `Bearer ${API_TOKEN}` } : {}) },
        body: JSON.stringify(card.body),
        signal: AbortSignal.any([run.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
      });
      const type = res.headers.get('content-type') ?? '';
      const body = new Uint8Array(await res.arrayBuffer());
      if (res.status !== 200 || !type.startsWith('image/png')) {
        recordError(i, card.kind, `HTTP ${res.status} ${type}: ${new TextDecoder().decode(body)}`);
      } else if (!PNG_SIGNATURE.every((b, k) => body[k] === b)) {
        recordError(i, card.kind, `HTTP 200 but the body (${body.length} bytes) is not a PNG`);
      } else {
        pngBytes += body.length;
        const etag = res.headers.get('etag');
        if (etag) etags.add(etag);
        if (/cache;desc=hit/.test(res.headers.get('server-timing') ?? '')) cacheHits++;
      }
    } catch (err) {
      if (run.signal.aborted) return; // reported once, below
      recordError(i, card.kind, `request failed: ${(err as Error).message}`);
    }
    completed++;
    sampleIfDue();
  }

  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, CARDS) }, async () => {
      while (!run.signal.aborted && next < CARDS) await one(next++);
    }),
  );
  const totalS = (performance.now() - started) / 1000;
  clearTimeout(timeLimit);
  if (process.stdout.isTTY) process.stdout.write(' '.repeat(60) + '\r');

  let finalHealth: { cache?: { entries: number; bytes: number } } | undefined;
  if (!run.signal.aborted) {
    try {
      finalHealth = (await (await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5000) })).json()) as typeof finalHealth;
    } catch {
      /* reported as missing below */
    }
  }
  const abortReason = run.signal.aborted ? ((run.signal.reason as Error | undefined)?.message ?? 'aborted') : undefined;
  let final: ProcMemory | undefined;
  try {
    final = readProcMemory(pid);
  } catch {
    /* the service is gone */
  }
  // Stop the service before reporting, so its shutdown lines do not land after the verdict.
  childExit ??= 'stopped by the soak script';
  await stopService();

  // --------------------------------------------------------------------------------------------- report
  const ref = samples.find((s) => s.cards === REFERENCE_CARDS);
  console.log('');
  console.log('  cards   rss_MB  delta_vs_500_MB');
  for (const s of samples) {
    if (s.cards === 0 || (s.cards % TABLE_EVERY !== 0 && s.cards !== completed)) continue;
    const delta = ref ? signed(s.rssMB - ref.rssMB) : '-';
    console.log(`  ${String(s.cards).padStart(5)}  ${fmt(s.rssMB).padStart(7)}  ${delta.padStart(15)}`);
  }
  const rss = samples.map((s) => s.rssMB);
  console.log('');
  console.log(`RSS every ${SAMPLE_EVERY} cards (${samples.length} samples from boot, ${fmt(Math.min(...rss))}–${fmt(Math.max(...rss))} MB):`);
  console.log(`  ${sparkline(rss)}`);
  console.log('');

  const after = samples.filter((s) => s.cards > REFERENCE_CARDS);
  const maxAfter = after.length ? Math.max(...after.map((s) => s.rssMB)) : undefined;
  const peakHWM = Math.max(final ? mb(final.hwmKB) : 0, ...samples.map((s) => s.hwmMB));
  const lastSample = samples[samples.length - 1];
  console.log(`RSS at boot:              ${fmt(samples[0]?.rssMB ?? NaN)} MB`);
  console.log(`RSS after ${REFERENCE_CARDS} cards:      ${ref ? `${fmt(ref.rssMB)} MB` : 'n/a (fewer cards)'}`);
  console.log(`max RSS after that:       ${maxAfter !== undefined && ref ? `${fmt(maxAfter)} MB (${signed(maxAfter - ref.rssMB)} MB)` : 'n/a'}`);
  console.log(`final RSS:                ${final ? `${fmt(mb(final.rssKB))} MB` : lastSample ? `${fmt(lastSample.rssMB)} MB (last sample)` : 'n/a'}`);
  console.log(`peak RSS (VmHWM):         ${fmt(peakHWM)} MB`);
  console.log(`cards:                    ${completed} of ${CARDS} (${etags.size} distinct ETags, ${cacheHits} cache hits)`);
  console.log(`PNG bytes:                ${fmt(pngBytes / MB)} MB, ${completed - errorCount > 0 ? fmt(pngBytes / (completed - errorCount) / 1024) : '0'} KB a card`);
  if (finalHealth?.cache) console.log(`image cache at the end:   ${finalHealth.cache.entries} entries, ${fmt(finalHealth.cache.bytes / MB)} MB`);
  console.log(`total time:               ${fmt(totalS)} s`);
  console.log(`throughput:               ${fmt(completed / totalS)} cards/s`);
  console.log(`errors:                   ${errorCount}`);
  for (const e of errors) console.log(`  ${e}`);
  if (errorCount > errors.length) console.log(`  … and ${errorCount - errors.length} more`);

  const reasons: string[] = [];
  if (abortReason) reasons.push(`run aborted: ${abortReason}`);
  if (errorCount > 0) reasons.push(`${errorCount} request(s) failed`);
  if (!ref || !after.length) reasons.push(`inconclusive: the memory bound needs more than ${REFERENCE_CARDS} cards`);
  else {
    const over = after.filter((s) => s.rssMB - ref.rssMB > ALLOWED_GROWTH_MB);
    if (over.length) {
      const first = over[0] as Sample;
      reasons.push(`RSS grew past +${ALLOWED_GROWTH_MB} MB over the ${REFERENCE_CARDS}-card level in ${over.length} of ${after.length} samples (first at ${first.cards} cards: ${signed(first.rssMB - ref.rssMB)} MB)`);
    }
  }
  console.log('');
  if (reasons.length === 0) {
    console.log(`VERDICT: PASS — 0 errors, RSS stayed within +${ALLOWED_GROWTH_MB} MB of its ${REFERENCE_CARDS}-card level (max ${signed((maxAfter ?? 0) - (ref?.rssMB ?? 0))} MB)`);
    return 0;
  }
  console.log(`VERDICT: FAIL — ${reasons.join('; ')}`);
  return 1;
}

async function stopService(): Promise<void> {
  const proc = child;
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGTERM');
  const timer = sleep(5000).then(() => 'timeout' as const);
  if ((await Promise.race([exited, timer])) === 'timeout') {
    proc.kill('SIGKILL');
    await exited;
  }
}

let code = 1;
try {
  code = await main();
} catch (err) {
  console.error(`soak: ${(err as Error).message}`);
  console.log('VERDICT: FAIL — the soak could not run');
  code = 1;
} finally {
  childExit ??= 'stopped by the soak script';
  await stopService();
}
process.exit(code);
