import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEdge, type EdgeBuild } from '../../scripts/build-edge.ts';
import { COMPATIBILITY_DATE, freePort, startWorkerd, type RunningWorker } from '../../scripts/edge/workerd.ts';
import { FONT_FILES } from '../../src/render/fonts.ts';
import { EDGE_MAX_CARD_CJK_BYTES, EDGE_MAX_IMAGE_PIXELS, EDGE_MAX_PIXELS, loadEdgeConfig } from '../../src/adapter/workers/config.ts';
import { CJK_SLICES } from '../../src/render/cjk-slices.ts';
import { KINDS, type CardKind } from '../../templates/index.ts';
import { LOCALES, SIZES, type SizeName } from '../../templates/shared/schema.ts';
import { EMOJI_SPECIMENS, STYLE_SPECIMENS, stylize } from '../specimens.ts';
import { WORLD_SPECIMENS } from '../world-specimens.ts';
import { decode, MAX_DIFF_RATIO } from '../image.ts';
import { pngDeclaring } from '../fixtures/images.ts';
import { coverage, example, parsed, renderer, testApp } from '../helpers.ts';

/**
 * The Worker build (npm run build:edge) served by workerd, Cloudflare's runtime, on a loopback port, with
 * signing keys and API tokens as its secrets, checked over HTTP against the Node service's render core.
 */
const OUT = join(import.meta.dirname, '..', '.edge-build');
const SIGNING_KEY = 'edge-test-signing-key-0123456789abcdef';
const TOKEN = 'edge-test-token-0123456789';
const PUBLIC_URL = 'https://cards.example.test';
let worker: RunningWorker;
let built: EdgeBuild;

beforeAll(async () => {
  built = await buildEdge(OUT, { quiet: true });
  worker = await startWorkerd(OUT, { bindings: { CARD_SIGNING_KEYS: SIGNING_KEY, CARD_API_TOKENS: TOKEN, CARD_PUBLIC_URL: PUBLIC_URL } });
}, 300_000);
afterAll(async () => worker?.stop());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${worker.url}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers } });

/** Every card with a golden image (tests/golden) and every README example, as payloads. */
const SIZE_NAMES = Object.keys(SIZES) as SizeName[];
const CARDS: Array<{ name: string; kind: CardKind; extra: Record<string, unknown> }> = [
  ...KINDS.flatMap((kind) => SIZE_NAMES.map((size) => ({ name: `${kind}-${size}`, kind, extra: { size } }))),
  { name: 'quote-og-dark', kind: 'quote', extra: { theme: 'dark' } },
  { name: 'score-og-brand', kind: 'score', extra: { theme: { background: '#2faee0', accent: 'ffffff' } } },
  { name: 'score-og-en', kind: 'score', extra: { locale: 'en' } },
  { name: 'styles-story', kind: 'post', extra: { text: STYLE_SPECIMENS.map(([style, plain]) => stylize(plain, style)).join('\n'), size: 'story', locale: 'en' } },
  // The same card with only the styles the API accepts (it refuses fullwidth letters, which the test above checks answers alike).
  {
    name: 'styles-story, accepted styles',
    kind: 'post',
    extra: { text: STYLE_SPECIMENS.map(([style, plain]) => stylize(plain, style)).filter((t) => coverage.uncovered(t).length === 0).join('\n'), size: 'story', locale: 'en' },
  },
  ...EMOJI_SPECIMENS.map(([name, text]) => ({ name: `emoji-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`, kind: 'post' as const, extra: { text, size: 'og', locale: 'en' } })),
  { name: 'example score-story-dark', kind: 'score', extra: { size: 'story', theme: 'dark' } },
  { name: 'example post-square-brand', kind: 'post', extra: { size: 'square', theme: { background: '#2faee0', accent: '#ffffff' } } },
  // Every world script (tests/golden/scripts-*): faces and CJK slices fetched from the static assets.
  ...WORLD_SPECIMENS.map((w) => ({ name: `script ${w.id}`, kind: 'post' as const, extra: { text: w.text, locale: w.locale ?? 'en' } })),
  // Cards mirrored for a right-to-left locale, match-day kinds included.
  { name: 'mirrored post-ar', kind: 'post', extra: { author: { name: 'نادي الهلال', handle: 'Alhilal_FC', verified: true }, text: WORLD_SPECIMENS[0]!.text, locale: 'ar' } },
  { name: 'mirrored score-he', kind: 'score', extra: { home: { name: 'מכבי חיפה', score: 2 }, away: { name: 'הפועל תל אביב', score: 1 }, locale: 'he' } },
  ...(['fixture', 'lineup', 'player', 'standings'] as const).map((kind) => ({ name: `mirrored ${kind}-ar`, kind, extra: { locale: 'ar' } })),
];

describe('the Worker in workerd', () => {
  it('builds a Worker script and assets from the font list, the Twemoji set and the editor', () => {
    expect(built.script.files.map((f) => f.file)).toEqual(expect.arrayContaining(['worker.js', 'wasm/resvg.wasm', 'wasm/hb.wasm', 'wasm/layout.wasm']));
    const fonts = readdirSync(join(OUT, 'assets', 'fonts'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(fonts.map((e) => join(e.parentPath, e.name).slice(join(OUT, 'assets', 'fonts').length + 1)).sort()).toEqual(FONT_FILES.map((f) => f.file).sort());
    expect(FONT_FILES.filter((f) => f.slice).length).toBe(123); // the CJK slices among them
    expect(built.assets.files).toBeGreaterThan(3700);
  });

  it('is deployed by wrangler.toml as it was tested: same compatibility date, script, assets and limits', () => {
    const toml = readFileSync(join(import.meta.dirname, '..', '..', 'wrangler.toml'), 'utf8');
    expect(toml).toContain(`compatibility_date = "${COMPATIBILITY_DATE}"`);
    expect(toml).toContain('main = "dist/edge/worker.js"');
    expect(toml).toMatch(/\[assets\]\ndirectory = "dist\/edge\/assets"\nbinding = "ASSETS"/);
    expect(toml).toContain(`CARD_MAX_PIXELS = "${EDGE_MAX_PIXELS}"`);
    expect(toml).toContain(`CARD_MAX_IMAGE_PIXELS = "${EDGE_MAX_IMAGE_PIXELS}"`);
    // Its vars are settings the Worker accepts.
    const vars = Object.fromEntries([...toml.split('[vars]')[1]!.split(/^\[/m)[0]!.matchAll(/^(\w+) = "([^"]*)"$/gm)].map((m) => [m[1]!, m[2]!]));
    expect(Object.keys(vars).length).toBeGreaterThan(3);
    expect(() => loadEdgeConfig(vars)).not.toThrow();
  });

  it('answers /healthz and lists every kind at /v1/templates', async () => {
    expect((await fetch(`${worker.url}/healthz`)).status).toBe(200);
    const { templates } = (await (await fetch(`${worker.url}/v1/templates`)).json()) as { templates: Array<{ kind: string }> };
    expect(templates.map((t) => t.kind)).toEqual(KINDS);
  });

  it('renders the seed post with its alt text, ETag, caching headers and Server-Timing', async () => {
    const res = await post('/v1/cards/post.png', example('post'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(decodeURIComponent(res.headers.get('x-card-alt')!)).toContain('Olympique de Marseille');
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(res.headers.get('server-timing')).toMatch(/view;dur=[\d.]+, layout;dur=[\d.]+, raster;dur=[\d.]+, encode;dur=[\d.]+/);
    const png = decode(new Uint8Array(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it.each(CARDS)('draws $name as the Node service does (pixel parity)', async ({ name, kind, extra }) => {
    const res = await post(`/v1/cards/${kind}.png`, example(kind, extra));
    const nodeRes = await (await testApp()).request(`/v1/cards/${kind}.png`, { method: 'POST', body: JSON.stringify(example(kind, extra)), headers: { 'content-type': 'application/json' } });
    if (nodeRes.status !== 200) {
      // A card the Node service refuses is refused alike, with the same error.
      expect([res.status, await res.json()]).toEqual([nodeRes.status, await nodeRes.json()]);
      return;
    }
    expect(res.status, await res.clone().text()).toBe(200);
    const edge = decode(new Uint8Array(await res.arrayBuffer()));
    const node = decode((await (await renderer()).render({ kind, payload: parsed(kind, extra), format: 'png' })).body);
    expect([edge.width, edge.height]).toEqual([node.width, node.height]);
    let differing = 0;
    for (let i = 0; i < edge.data.length; i += 4) {
      if (edge.data.readUInt32LE(i) !== node.data.readUInt32LE(i)) differing++;
    }
    const beyondThreshold = pixelmatch(edge.data, node.data, undefined, edge.width, edge.height, { threshold: 0.1 });
    console.log(`parity ${name}: ${differing} pixels differ (${beyondThreshold} beyond the golden threshold) of ${edge.width * edge.height}`);
    expect(beyondThreshold / (edge.width * edge.height)).toBeLessThanOrEqual(MAX_DIFF_RATIO);
  });

  it('writes every locale’s words, dates and times as the Node service does (the runtimes’ ICU data differ)', async () => {
    const app = await testApp();
    for (const locale of LOCALES) {
      for (const [kind, extra] of [
        ['post', { date: '2024-05-02T21:47:00+02:00' }],
        ['fixture', { kickoff: '2025-06-01T09:05:00-08:00' }],
        ['score', { status: 'scheduled', kickoff: '2024-12-31T23:59:00+09:00' }],
      ] as const) {
        const body = JSON.stringify(example(kind, { ...extra, locale }));
        const edge = (await (await post(`/v1/cards/${kind}.json`, JSON.parse(body))).json()) as { alt: string };
        const node = (await (await app.request(`/v1/cards/${kind}.json`, { method: 'POST', body, headers: { 'content-type': 'application/json' } })).json()) as { alt: string };
        expect(edge.alt, `${kind} ${locale}`).toBe(node.alt);
      }
    }
  });

  it('serves a second request for a card from the Workers Cache API', async () => {
    const body = example('quote', { text: 'Cache API at the edge' });
    const first = await post('/v1/cards/quote.png', body);
    expect(first.headers.get('server-timing')).toContain('cache;desc=miss');
    const firstBytes = new Uint8Array(await first.arrayBuffer());
    const second = await post('/v1/cards/quote.png', body);
    expect(second.headers.get('server-timing')).toContain('cache;desc=hit');
    expect(Buffer.from(await second.arrayBuffer()).equals(Buffer.from(firstBytes))).toBe(true);
    expect(second.headers.get('x-card-alt')).toBe(first.headers.get('x-card-alt'));
  });

  it('refuses unsigned GET URLs and renders signed ones (keys from Worker secrets), then answers 304', async () => {
    const unsigned = await fetch(`${worker.url}/v1/cards/quote.png?text=Hi&author=A`);
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toMatchObject({ error: { code: 'signature_required' } });
    const { url } = (await (await post('/v1/sign/quote.png', example('quote'))).json()) as { url: string };
    const signed = new URL(url);
    const res = await fetch(`${worker.url}${signed.pathname}${signed.search}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=2592000/);
    const etag = res.headers.get('etag')!;
    const again = await fetch(`${worker.url}${signed.pathname}${signed.search}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const tampered = await fetch(`${worker.url}${signed.pathname}${signed.search.replace('text=', 'text=X')}`);
    expect(tampered.status).toBe(403);
  });

  it('needs the bearer token (a Worker secret) on POST', async () => {
    const res = await post('/v1/cards/quote.png', example('quote'), { authorization: 'Bearer wrong-token-0123456789' });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('answers a bad payload with a 400 naming the field', async () => {
    const res = await post('/v1/cards/score.png', example('score', { home: { name: 'OM', score: 'one' } }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_payload', issues: [{ path: 'home.score' }] } });
  });

  it(`refuses a card whose pixels would not fit in the isolate (over ${EDGE_MAX_PIXELS} pixels) with a 400 on scale`, async () => {
    const res = await post('/v1/cards/post.png', example('post', { size: 'story', scale: 3 }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: Array<{ path: string; message: string }> } };
    expect(body.error.code).toBe('invalid_payload');
    expect(body.error.issues[0]).toMatchObject({ path: 'scale', message: expect.stringMatching(/must be at most 1\.\d+ for size story/) });
    // og at scale 2 fits, at scale 3 it does not.
    expect((await post('/v1/cards/post.png', example('post', { size: 'og', scale: 2 }))).status).toBe(200);
    expect((await post('/v1/cards/post.png', example('post', { size: 'og', scale: 3 }))).status).toBe(400);
  });

  it(`refuses a card whose text needs more CJK font slices than an isolate holds (over ${EDGE_MAX_CARD_CJK_BYTES / 1024 ** 2} MB) with a 400 on that field`, async () => {
    // one Han character from each of Traditional Chinese's 36 slices: all 7.1 MB of them
    const text = CJK_SLICES.tc.map((enc) => {
      let cp = 0;
      for (const d of enc.split(',')) {
        cp += parseInt(d || '0', 36);
        if (/\p{Script=Han}/u.test(String.fromCodePoint(cp))) return String.fromCodePoint(cp);
      }
      return '';
    }).join('');
    const res = await post('/v1/cards/post.png', example('post', { text, locale: 'zh-Hant' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_payload', issues: [{ path: 'text', message: expect.stringContaining('CJK font slices') }] } });
    // The Node service draws it.
    expect((await (await testApp()).request('/v1/cards/post.json', { method: 'POST', body: JSON.stringify(example('post', { text, locale: 'zh-Hant' })), headers: { 'content-type': 'application/json' } })).status).toBe(200);
  });

  it(`refuses an avatar over the edge's image limit (${EDGE_MAX_IMAGE_PIXELS} pixels, which resvg-wasm decodes whole in the isolate), naming it`, async () => {
    const avatar = `data:image/png;base64,${pngDeclaring(1025, 1024).toString('base64')}`;
    const res = await post('/v1/cards/quote.png', example('quote', { avatar }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'invalid_payload', issues: [{ path: 'avatar', message: 'is 1025×1024 pixels; images may have at most 1,048,576 pixels and 2,048 pixels a side: scale it down before sending it' }] },
    });
    expect((await post('/v1/cards/quote.png', example('quote', { avatar: `data:image/png;base64,${pngDeclaring(64, 64).toString('base64')}` }))).status).not.toBe(400);
  });

  it('hands out URLs on CARD_PUBLIC_URL (a Worker var), so those answers may be cached', async () => {
    const res = await fetch(`${worker.url}/v1/templates/quote`);
    const { exampleUrl } = (await res.json()) as { exampleUrl: string };
    expect(exampleUrl.startsWith(`${PUBLIC_URL}/v1/cards/quote.png?`)).toBe(true);
    expect(res.headers.get('cache-control') ?? '').not.toMatch(/private/);
    const { url } = (await (await post('/v1/sign/quote.png', example('quote'))).json()) as { url: string };
    expect(url.startsWith(`${PUBLIC_URL}/v1/cards/quote.png?`)).toBe(true);
  });

  it('refuses remote images, which stay off at the edge', async () => {
    const res = await post('/v1/cards/quote.png', example('quote', { avatar: 'https://img.example.test/a.png' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'remote_image_forbidden' } });
  });

  it('serves the editor from its static assets, with the Node service’s headers', async () => {
    const page = await fetch(`${worker.url}/editor`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<form');
    expect(await (await fetch(`${worker.url}/editor/query-form.js`)).text()).toMatch(/export \{[^}]*\btoQuery\b/);
    const root = await fetch(`${worker.url}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/editor']);
  });

  it('answers unknown kinds and routes with the JSON error contract', async () => {
    const kind = await post('/v1/cards/poll.png', {});
    expect(kind.status).toBe(404);
    expect(await kind.json()).toMatchObject({ error: { code: 'unknown_kind' } });
    const route = await fetch(`${worker.url}/nope`);
    expect([route.status, route.headers.get('content-type')]).toEqual([404, 'application/json']);
    expect(await route.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('the Worker in workerd, set up wrong or unlucky', () => {
  it('answers every request with a 500 naming each bad setting, with the Node service’s messages (a Worker has no boot to stop)', async () => {
    const bad = await startWorkerd(OUT, { bindings: { CARD_MAX_PIXELS: '9000000', CARD_SIGNING_KEYS: 'short-secret', CARD_REMOTE_IMAGE_HOSTS: 'cdn.club.fr' } });
    try {
      const card = fetch(`${bad.url}/v1/cards/quote.png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(example('quote')) });
      for (const res of [await fetch(`${bad.url}/healthz`), await card]) {
        expect([res.status, res.headers.get('content-type'), res.headers.get('cache-control')]).toEqual([500, 'application/json', 'no-store']);
        const body = (await res.json()) as { error: { code: string; message: string; issues: Array<{ path: string; message: string }> } };
        expect(body.error.code).toBe('misconfigured');
        expect(body.error.issues).toEqual([
          { path: 'CARD_MAX_PIXELS', message: `CARD_MAX_PIXELS="9000000": too large; must be a whole number from 100000 to ${EDGE_MAX_PIXELS}` },
          { path: 'CARD_SIGNING_KEYS', message: 'CARD_SIGNING_KEYS (value not shown): the signing key is 12 characters; each signing key must be at least 32' },
          { path: 'CARD_REMOTE_IMAGE_HOSTS', message: 'CARD_REMOTE_IMAGE_HOSTS="cdn.club.fr": remote images are not available on the Worker; unset it and send avatars and crests as data: URIs' },
        ]);
        expect(JSON.stringify(body)).not.toContain('short-secret');
      }
    } finally {
      await bad.stop();
    }
  }, 60_000);

  it('starts on a later request when its first start failed (a font fetch that failed once)', async () => {
    const flaky = await startWorkerd(OUT, { failAssetsOnce: ['fonts/'] });
    try {
      expect(flaky.health.status).toBe(500);
      expect(JSON.parse(flaky.health.body)).toMatchObject({ error: { code: 'render_failed', message: expect.stringMatching(/^the service could not start: static asset fonts\/.* HTTP 503/) } });
      expect((await fetch(`${flaky.url}/healthz`)).status).toBe(200);
      const res = await fetch(`${flaky.url}/v1/cards/quote.png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(example('quote')) });
      expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png']);
    } finally {
      await flaky.stop();
    }
  }, 60_000);
});

/**
 * The Worker's static assets and cache, served by this process: every asset as from the build's assets/
 * folder, except `held`, whose answer waits until `GET /release`; every cache lookup a miss. For the client
 * worker (fixtures/cancelling-client.js): `GET /wait/asked` answers once the held file has been asked for,
 * `GET /wait/lookups/N` once the N-th cache lookup has been answered.
 */
async function assetsHoldingBack(held: string) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let asked!: () => void;
  const askedFor = new Promise<void>((r) => (asked = r));
  const lookups: Array<{ n: number; done: () => void }> = [];
  let seen = 0;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    req.resume();
    if (path === 'wait/asked') return void askedFor.then(() => res.end('ok'));
    if (path.startsWith('wait/lookups/')) {
      const n = Number(path.split('/')[2]);
      return void new Promise<void>((done) => (seen >= n ? done() : lookups.push({ n, done }))).then(() => res.end('ok'));
    }
    if (path === 'release') return void (release(), res.end('ok'));
    if (path.startsWith('.card-cache/')) {
      if (req.method === 'GET') {
        seen++;
        res.once('finish', () => lookups.filter((l) => l.n <= seen).forEach((l) => l.done()));
        res.writeHead(504, { 'CF-Cache-Status': 'MISS' }).end();
      } else res.writeHead(204).end();
      return;
    }
    const answer = () => {
      try {
        res.writeHead(200).end(readFileSync(join(OUT, 'assets', path)));
      } catch {
        res.writeHead(404).end();
      }
    };
    if (path === held) {
      asked();
      void released.then(answer);
    } else answer();
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { address: `127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('the Worker in workerd, two requests for one card', () => {
  it('answers the second request when the first one’s client goes away while their shared render runs', async () => {
    const test = await assetsHoldingBack('emoji/1f9a9.svg');
    const clientPort = await freePort();
    const edge = await startWorkerd(OUT, {
      external: { assets: test.address, cache: test.address, client: { file: join(import.meta.dirname, 'fixtures', 'cancelling-client.js'), port: clientPort, test: test.address } },
    });
    try {
      const res = await fetch(`http://127.0.0.1:${clientPort}/race`, { method: 'POST', body: JSON.stringify(example('post', { text: 'Le 🦩 du Vieux-Port' })) });
      const race = (await res.json()) as { first: string; status: number; type: string; timing: string; bytes: number };
      expect(race).toMatchObject({ first: 'AbortError', status: 200, type: 'image/png' });
      expect(race.timing).toContain('cache;desc=shared'); // it was the first request's render it got
      expect(race.bytes).toBeGreaterThan(1000);
    } finally {
      await edge.stop();
      await test.close();
    }
  }, 60_000);
});
