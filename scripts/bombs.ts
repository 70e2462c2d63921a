/**
 * `npm run bombs`: issue 10's image bombs against the real, built service, and its memory through them.
 *
 *   npm run bombs                          build, start `node dist/server.js` (one render worker), send 20 bombs
 *   npm run bombs -- --root /tmp/other     the same against another checkout (its own build), e.g. the code before a fix
 *   npm run bombs -- --cap-mb 3000         safety cap on the service's RSS (default 3000 MB)
 *
 * The service runs as `npm start` runs it (its allocator settings included), with CARD_WORKERS=1 and
 * CARD_REMOTE_IMAGE_HOSTS unset, on a free
 * loopback port. Before the bombs it draws two ordinary cards with an avatar (so what loads on first use, such
 * as the image decoder, is loaded); its process tree's RSS then is "before". Each bomb is sent alone, and
 * the tree's RSS is sampled every 100 ms throughout ("peak"). After the last one, RSS is sampled until it
 * settles ("after").
 *
 * The bombs (tests/fixtures/images.ts builds them): a 519-byte progressive JPEG declaring 65535×65535 as an
 * avatar (GET and POST) and as crests, the 74-byte PNG declaring 100000×100000 (also as both crests of a score
 * card), a 187 KB grey 16000×12000 PNG, GIFs declaring huge frames, files broken behind the right magic bytes,
 * and non-base64 data: URIs.
 *
 * PASS: every bomb answered 4xx (never 5xx, never a timeout), the service never passed the cap, and "after"
 * is within 50 MB of "before". Exit 0 on PASS, 1 otherwise. A service that passes the cap is killed and
 * restarted (that bomb is marked "killed"), so that the code before a fix can be measured without pushing
 * the machine into the OOM killer.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { ALLOCATOR_ENV, freePort, ROOT } from './lib/service.ts';
import { processTree, treeRssMB } from './load/proc.ts';
import { brokenImages, dataUri, gif, greyBomb, jpegBomb, pngDeclaring, realImage } from '../tests/fixtures/images.ts';
import { TEMPLATES } from '../templates/index.ts';

/** "after" must be within this of "before" (issue 10's proof). */
const BUDGET_MB = 50;
/** One bomb's answer; the service's render timeout is 10 s, so anything slower is a hang. */
const REQUEST_TIMEOUT_MS = 30_000;
const SAMPLE_MS = 100;
/** "after": sampled until two readings 2 s apart differ by less than this, for at most SETTLE_MAX_MS. */
const SETTLE_MB = 2;
const SETTLE_MAX_MS = 30_000;

const { values: args } = parseArgs({ options: { root: { type: 'string' }, 'cap-mb': { type: 'string', default: '3000' } }, strict: true });
const root = resolve(args.root ?? ROOT);
const capMB = Number(args['cap-mb']);
if (!existsSync(join(root, 'scripts', 'build.mjs'))) throw new Error(`${root} is not a card-renderer checkout`);

// ------------------------------------------------------------------------------------------------ the bombs

type Bomb = { name: string; method: 'GET' | 'POST'; path: string; body?: unknown };
const quote = TEMPLATES.quote.example as Record<string, unknown>;
const score = TEMPLATES.score.example as Record<string, Record<string, unknown>>;
const getQuote = (avatar: string) => `/v1/cards/quote.png?text=Allez&author=Ana&avatar=${encodeURIComponent(avatar)}`;
const postQuote = (name: string, avatar: string): Bomb => ({ name, method: 'POST', path: '/v1/cards/quote.png', body: { ...quote, avatar } });
const postCrests = (name: string, crest: string): Bomb => ({
  name,
  method: 'POST',
  path: '/v1/cards/score.png',
  body: { ...score, home: { ...score.home, crest }, away: { ...score.away, crest } },
});

const jpeg = dataUri('image/jpeg', await jpegBomb());
const png74 = dataUri('image/png', pngDeclaring(100000, 100000));
const grey = dataUri('image/png', greyBomb());
const bombs: Bomb[] = [
  { name: 'JPEG 65535×65535 (519 B) as avatar, GET', method: 'GET', path: getQuote(jpeg) },
  postQuote('JPEG 65535×65535 as avatar, POST', jpeg),
  postCrests('JPEG 65535×65535 as both crests', jpeg),
  { name: 'PNG 100000×100000 (74 B) as avatar, GET', method: 'GET', path: getQuote(png74) },
  postQuote('PNG 100000×100000 as avatar, POST', png74),
  postCrests('PNG 100000×100000 as both crests', png74),
  postQuote('grey PNG 16000×12000 (187 KB) as avatar', grey),
  postCrests('grey PNG 16000×12000 as both crests', grey),
  postQuote('GIF 1×1 with a 65535×65535 frame', dataUri('image/gif', gif(1, 1, [{ width: 1, height: 1 }, { width: 65535, height: 65535 }]))),
  postQuote('GIF screen 65535×65535', dataUri('image/gif', gif(65535, 65535, [{ width: 1, height: 1 }]))),
  ...Object.entries(await brokenImages()).map(([name, [mime, bytes]]) => postQuote(name, dataUri(mime, bytes))),
  postQuote('data: URI of "!" (not base64)', 'data:image/png;base64,!!!!!!!!!!!!!!!!'),
  { name: 'data: URI of "_" (base64url), GET', method: 'GET', path: getQuote('data:image/png;base64,________________') },
];

// ------------------------------------------------------------------------------------------------ the service

let service: { child: ChildProcess; base: string } | undefined;
let restarts = 0;

async function start(): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...ALLOCATOR_ENV, ...process.env, PORT: String(port), CARD_WORKERS: '1' };
  delete env.CARD_REMOTE_IMAGE_HOSTS;
  const child = spawn(process.execPath, [join(root, 'dist', 'server.js')], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let lastErr = '';
  child.stderr?.on('data', (b: Buffer) => (lastErr = b.toString().slice(-300)));
  const base = `http://127.0.0.1:${port}`;
  for (const t0 = performance.now(); ; await sleep(100)) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the service exited before it was ready: ${lastErr}`);
    if (await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false)) break;
    if (performance.now() - t0 > 30_000) throw new Error('the service was not ready after 30 s');
  }
  return { child, base };
}

function kill(s: { child: ChildProcess }) {
  for (const pid of processTree(s.child.pid!).reverse()) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
process.on('exit', () => service && kill(service));

async function send(b: Bomb): Promise<{ status: number | string; code: string; ms: number }> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${service!.base}${b.path}`, {
      method: b.method,
      ...(b.body === undefined ? {} : { body: JSON.stringify(b.body), headers: { 'content-type': 'application/json' } }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    let code = '';
    try {
      code = (JSON.parse(text) as { error?: { code?: string; issues?: Array<{ path: string }> } }).error?.code ?? '';
      const paths = (JSON.parse(text) as { error?: { issues?: Array<{ path: string }> } }).error?.issues?.map((i) => i.path) ?? [];
      if (paths.length) code += ` (${paths.join(', ')})`;
    } catch {
      code = res.headers.get('content-type') ?? '';
    }
    return { status: res.status, code, ms: performance.now() - t0 };
  } catch (err) {
    return { status: (err as Error).name === 'TimeoutError' ? 'timeout' : 'reset', code: (err as Error).message.slice(0, 60), ms: performance.now() - t0 };
  }
}

// ------------------------------------------------------------------------------------------------ the run

console.log(`building ${root} …`);
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
service = await start();

// warm-up: two ordinary cards with a real avatar, so that what loads on first use is loaded before "before"
const avatar = dataUri('image/jpeg', await realImage('jpeg', 256, 256));
for (let i = 0; i < 2; i++) {
  const warm = await send(postQuote('warm-up', avatar));
  if (warm.status !== 200) throw new Error(`warm-up card: ${warm.status} ${warm.code}`);
  await send({ name: 'warm-up', method: 'POST', path: '/v1/cards/quote.png', body: { ...quote, text: `Allez ${i}` } });
}
await sleep(2000);
const before = treeRssMB(service.child.pid!);
console.log(`service ready (pid ${service.child.pid}), RSS before the bombs ${before.toFixed(0)} MB, cap ${capMB} MB\n`);

/** Highest tree RSS over the whole run, and over the bomb being sent. */
const peaks = { run: before, bomb: before };
let killedNow = false;
const sampler = setInterval(() => {
  if (!service || killedNow) return;
  const rss = treeRssMB(service.child.pid!);
  peaks.run = Math.max(peaks.run, rss);
  peaks.bomb = Math.max(peaks.bomb, rss);
  if (rss > capMB) {
    killedNow = true;
    kill(service);
  }
}, SAMPLE_MS);

const rows: string[][] = [];
let failures = 0;
for (const [i, bomb] of bombs.entries()) {
  peaks.bomb = treeRssMB(service.child.pid!);
  const r = await send(bomb);
  // a native decode may go on after the answer: keep sampling a moment before the next bomb
  await sleep(1000);
  const killed = killedNow;
  const rss = killed ? NaN : treeRssMB(service.child.pid!);
  if (killed) {
    restarts++;
    service = await start();
    killedNow = false;
  }
  const ok = typeof r.status === 'number' && r.status >= 400 && r.status < 500 && !killed;
  if (!ok) failures++;
  const peak = killed ? `> ${capMB} (killed)` : peaks.bomb.toFixed(0);
  rows.push([String(i + 1), bomb.name, String(r.status), r.code.slice(0, 48), `${r.ms.toFixed(0)} ms`, peak, killed ? '—' : rss.toFixed(0)]);
  console.log(`${String(i + 1).padStart(2)}. ${bomb.name}: ${r.status} ${r.code} in ${r.ms.toFixed(0)} ms, peak ${killed ? 'over the cap: killed and restarted' : `${peak} MB`}`);
}

// "after": sampled until it settles
let after = treeRssMB(service.child.pid!);
for (const t0 = performance.now(); performance.now() - t0 < SETTLE_MAX_MS; ) {
  await sleep(2000);
  const now = treeRssMB(service.child.pid!);
  const settled = Math.abs(now - after) < SETTLE_MB;
  after = now;
  if (settled) break;
}
clearInterval(sampler);
kill(service);
service = undefined;

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length), ['#', 'bomb', 'status', 'code (field)', 'time', 'peak MB', 'RSS after MB'][c]!.length));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(`\n${line(['#', 'bomb', 'status', 'code (field)', 'time', 'peak MB', 'RSS after MB'])}`);
for (const r of rows) console.log(line(r));
const growth = after - before;
const pass = failures === 0 && restarts === 0 && Math.abs(growth) <= BUDGET_MB;
console.log(
  `\nRSS of the service's process tree: before ${before.toFixed(0)} MB, peak ${peaks.run.toFixed(0)} MB${restarts ? ` (killed at the ${capMB} MB cap ${restarts}×; the real peak was higher)` : ''}, after ${after.toFixed(0)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB, budget ±${BUDGET_MB} MB)${restarts ? ', after the last restart' : ''}`,
);
console.log(`${bombs.length} bombs, ${bombs.length - failures} answered 4xx: ${pass ? 'PASS' : 'FAIL'}`);
process.exit(pass ? 0 : 1);
