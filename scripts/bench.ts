/**
 * `npm run bench`: per-card render time of this service's core against @vercel/og 0.11.1, Takumi 2.16.3
 * (`@takumi-rs/core`) and, when Debian's /usr/bin/chromium is installed, a warm headless Chromium page, in
 * one run. The first table puts them side by side with the ratios and issue 6's targets marked met or not.
 *
 * What is measured, per card (quote, score, seed post, seed post at story size):
 * - ours: `createRenderer(...).render({format: 'png'})` in-process: a cache miss for the service (no response
 *   cache in front), in a warm process (after WARMUP renders of the card, so fonts are parsed, JIT is warm
 *   and the measurer's width cache holds this text). Total ms, plus the layout/raster split it reports.
 * - @vercel/og: `await new ImageResponse(tree, {width, height, fonts}).arrayBuffer()` on the element tree our
 *   template produces, with our bundled fonts, offline (see bench/og.ts). og bundles satori 0.25, which
 *   rejects parts of our tree; failures are printed as measured facts, and a second table times og on the
 *   minimally adapted tree so there is still a number to compare.
 * - Takumi and Chromium (scripts/peers/): an equivalent of the same tree (same text, bundled fonts as bytes,
 *   the same emoji pictures, same size, offline), converted by each peer's module, which says what it had to
 *   adapt; warm (renderer, page and fonts set up once, outside the timed part). Chromium's render is set
 *   the DOM + wait for images + PNG screenshot of the card; its launch time and RSS are printed apart.
 * - V8: the whole process runs with the service render worker's setting (src/adapter/node/v8-tiers.ts: no TurboFan
 *   for functions over 3,000 bytes of bytecode), so og's satori and the peers' JS get it as ours does.
 * - rasterizers alone on our SVG (resvg-wasm vs sharp, og's Node path), to show where og's time goes.
 * - first card after process start (ours, og, Takumi), each in a fresh child process; worker-pool
 *   throughput (2 workers).
 *
 * CPU ms (process user+system time, all threads) sits beside wall ms in the secondary tables: on a shared
 * machine it moves less with other load, and it shows sharp's libvips using more than one thread.
 *
 * Renderers are interleaved round by round, in alternating order, so drift and one renderer's garbage do
 * not land on one side. Medians and p90 rather than
 * means: on a shared 2-core machine a few samples catch a GC pause or a neighbour's burst, which skews a mean.
 */
import os from 'node:os';
import { ImageResponse } from '@vercel/og';
import type { SatoriElement } from '../src/jsx.ts';
import { satoriFonts } from '../src/render/fonts.ts';
import { loadFonts, loadTwemoji, nodeFonts } from '../src/adapter/node/assets.ts';
import { createRenderer, emojiImages, pixelSize, type Renderer } from '../src/render/pipeline.ts';
import { createWorkerPool } from '../src/adapter/node/pool.ts';
import { resvgRasterizer } from '../src/adapter/node/resvg.ts';
import { createImageBitmaps } from '../src/render/svg-images.ts';
import { TEMPLATES, type CardKind } from '../templates/index.ts';
import { makeContext } from '../templates/shared/context.ts';
import { SIZES, type CommonOptions } from '../templates/shared/schema.ts';
import { palette } from '../templates/shared/theme.ts';
import { firstCardOg, firstCardOurs, firstCardServer, firstCardTakumi, type FirstCard } from './bench/first-card.ts';
import { toQuery } from '../src/http/query.ts';
import { adaptForSatori025, installOfflineFetch, loadOgSharp, sharpOpCacheItems, type OfflineFetch } from './bench/og.ts';
import { kb, ms, ratio, summarize, table, type Summary } from './bench/stats.ts';
import { alternatingSpecs, alternatingTable, measureAlternating } from './bench/alternating.ts';
import { coverageFrom } from '../src/text/coverage.ts';
import { drawableCodePoints } from '../src/text/measure.ts';
import { MAX_STYLE_CHANGES } from '../templates/shared/limits.ts';
import { CHROMIUM_ADAPTATIONS, createChromiumRenderer, type ChromiumRenderer } from './peers/chromium.ts';
import { createTakumiRenderer, TAKUMI_ADAPTATIONS, toTakumiTree } from './peers/takumi.ts';
import type { PeerAssets, PeerRenderer } from './peers/types.ts';
import { benchEdge, type EdgeBench } from './bench/edge.ts';
import { limitOptimizedFunctions, MAX_OPTIMIZED_BYTECODE_BYTES } from '../src/adapter/node/v8-tiers.ts';

// Every renderer here runs under the V8 settings of the service's render worker (src/adapter/node/v8-tiers.ts):
// ours as the service runs it, and @vercel/og's satori and Takumi's bindings under the same engine settings.
limitOptimizedFunctions();

const WARMUP = 5;
const ITERATIONS = 30;
const RASTER_WARMUP = 2;
const RASTER_ITERATIONS = 10;
/**
 * Time budgets for the measured rounds (per card), so a machine shared with other work still finishes in
 * about 3 minutes: past the budget, sampling stops once MIN_ITERATIONS rounds are in (n is then printed).
 */
const CARD_BUDGET_MS = 20_000;
const RASTER_BUDGET_MS = 6_000;
const MIN_ITERATIONS = 10;
const POOL_WORKERS = 2;
const POOL_CARDS = 100;
/** Issue 6's per-card targets: ours ≤ this × the peer's median. */
const TARGET_VS_OG = 0.5;
const TARGET_VS_TAKUMI = 2;


const log = (msg: string) => process.stderr.write(`[${(performance.now() / 1000).toFixed(1)} s] ${msg}\n`);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').replace(/\|/g, '\\|');

type OgElement = ConstructorParameters<typeof ImageResponse>[0];
type OgFonts = ReturnType<typeof satoriFonts>;

interface Card {
  label: string;
  kind: CardKind;
  payload: CommonOptions;
  /** Layout size (before `scale`), which is what satori and og lay out at. */
  width: number;
  height: number;
  tree: SatoriElement;
}

const CARD_SPECS: Array<{ label: string; kind: CardKind; extra?: object }> = [
  { label: 'quote', kind: 'quote' },
  { label: 'score', kind: 'score' },
  { label: 'seed post', kind: 'post' },
  { label: 'story post', kind: 'post', extra: { size: 'story' } },
];
/** Rounds for the Worker under workerd (each an HTTP request that renders), after EDGE_WARMUP. */
const EDGE_WARMUP = 3;
const EDGE_ROUNDS = 15;

function makeCards(renderer: Renderer): Card[] {
  return CARD_SPECS.map(({ label, kind, extra }) => {
    const payload = TEMPLATES[kind].schema.parse({ ...(TEMPLATES[kind].example as object), ...extra });
    const base = SIZES[payload.size];
    // The context exactly as createRenderer builds it, so og gets the very tree our satori gets.
    const ctx = makeContext({
      width: base.width,
      height: base.height,
      size: payload.size,
      locale: payload.locale,
      palette: palette(payload.theme),
      measurer: renderer.measurer,
      emoji: renderer.emoji, // as createRenderer's own context: the set with its redrawn keycaps
    });
    return { label, kind, payload, width: base.width, height: base.height, tree: TEMPLATES[kind].view(payload, ctx) };
  });
}

async function ogPng(tree: SatoriElement, card: Card, fonts: OgFonts): Promise<number> {
  const res = new ImageResponse(tree as unknown as OgElement, { width: card.width, height: card.height, fonts });
  return (await res.arrayBuffer()).byteLength;
}

// ---- interleaved sampling -------------------------------------------------------------------------------

interface Sampler {
  name: string;
  /** One render; may return named sub-timings (ms) or a byte size to record alongside the total. */
  run(): Promise<Record<string, number> | void>;
}

interface Samples {
  total: number[];
  /** Process CPU time (user + system, all threads) per sample: less sensitive than wall time to other load. */
  cpu: number[];
  extra: Record<string, number[]>;
  error?: string;
}

async function sampleInterleaved(samplers: Sampler[], warmup: number, iterations: number, budgetMs: number): Promise<Map<string, Samples>> {
  const out = new Map<string, Samples>(samplers.map((s) => [s.name, { total: [], cpu: [], extra: {} }]));
  let live = samplers;
  let measuredSince = Number.NaN;
  for (let i = 0; i < warmup + iterations; i++) {
    if (i === warmup) measuredSince = performance.now();
    if (i - warmup >= MIN_ITERATIONS && performance.now() - measuredSince > budgetMs) break;
    // The order flips every round, so each renderer runs first in half the rounds and neither keeps paying
    // for the other's garbage. No forced GC between rounds: a forced full GC leaves satori (ours and og's
    // alike) ~6 ms slower on its next renders (measured 2026-11-24), which no server sees in steady state.
    const order = i % 2 === 0 ? live : [...live].reverse();
    for (const s of order) {
      const rec = out.get(s.name)!;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      try {
        const extra = await s.run();
        const dt = performance.now() - t0;
        const c = process.cpuUsage(c0);
        if (i < warmup) continue;
        rec.total.push(dt);
        rec.cpu.push((c.user + c.system) / 1000);
        for (const [k, v] of Object.entries(extra ?? {})) (rec.extra[k] ??= []).push(v);
      } catch (e) {
        rec.error = errorText(e);
      }
    }
    live = live.filter((s) => out.get(s.name)!.error === undefined);
  }
  return out;
}

const median = (xs: number[] | undefined) => (xs?.length ? summarize(xs).median : Number.NaN);

// ---- @vercel/og: path and same-tree probe ---------------------------------------------------------------

async function detectOgPath(fonts: OgFonts): Promise<string> {
  const sharp = await loadOgSharp();
  if (!sharp) return 'resvg-wasm (sharp not resolvable from @vercel/og)';
  const before = sharpOpCacheItems(sharp);
  const probe: SatoriElement = { type: 'div', props: { style: { display: 'flex', fontSize: 32 }, children: 'og path probe' } };
  await new ImageResponse(probe as unknown as OgElement, { width: 200, height: 60, fonts }).arrayBuffer();
  const after = sharpOpCacheItems(sharp);
  return `sharp (sharp(svg).resize(width).png(), libvips+librsvg; runtime check: libvips op cache ${before} → ${after} items after one og render)`;
}

interface SameTreeProbe {
  error?: string;
  /** The error once emoji are answered locally, i.e. with the network failure out of the way. */
  errorWithLocalEmoji?: string;
}

/** One attempt per card at og on our exact tree, offline; each failure is retried with Twemoji served locally, to show what fails behind the network. */
async function probeSameTree(cards: Card[], fonts: OgFonts, net: OfflineFetch): Promise<Map<Card, SameTreeProbe>> {
  const out = new Map<Card, SameTreeProbe>();
  net.serveEmoji = false;
  for (const card of cards) {
    try {
      await ogPng(card.tree, card, fonts);
      out.set(card, {});
    } catch (e) {
      out.set(card, { error: errorText(e) });
    }
  }
  net.serveEmoji = true;
  for (const [card, probe] of out) {
    if (probe.error === undefined) continue;
    try {
      await ogPng(card.tree, card, fonts);
      probe.errorWithLocalEmoji = 'none (renders)';
    } catch (e) {
      probe.errorWithLocalEmoji = errorText(e);
    }
  }
  return out;
}

// ---- per-card measurement --------------------------------------------------------------------------------

interface CardResult {
  card: Card;
  ours: Summary;
  oursCpu: number;
  /** Median of every numeric key our renderer reports in `timings` (ms; `…Bytes` keys are sizes). */
  split: Record<string, number>;
  svgBytes: number;
  pngBytes: number;
  ogSame: Summary | { error: string };
  ogAdapted: Summary | { error: string };
  ogAdaptedPngBytes: number;
  ogAdaptedCpu: number;
  /** Per peer name (Takumi, Chromium): its render times, or why it has none. */
  peers: Map<string, { s: Summary | { error: string }; pngBytes: number }>;
}

function summaryOrError(s: Samples | undefined, fallbackError?: string): Summary | { error: string } {
  if (fallbackError !== undefined) return { error: fallbackError };
  if (!s) return { error: 'not run' };
  if (s.error !== undefined) return { error: s.error };
  return summarize(s.total);
}

async function measureCard(card: Card, renderer: Renderer, fonts: OgFonts, sameTree: SameTreeProbe, peers: PeerRenderer[]): Promise<CardResult> {
  const svg = await renderer.render({ kind: card.kind, payload: card.payload, format: 'svg' });
  const adapted = adaptForSatori025(card.tree);
  let pngBytes = 0;
  const samplers: Sampler[] = [
    {
      name: 'ours',
      async run() {
        const r = await renderer.render({ kind: card.kind, payload: card.payload, format: 'png' });
        pngBytes = r.body.length;
        // Every numeric key, whatever the pipeline reports (view, layout, raster, encode, …).
        return Object.fromEntries(Object.entries(r.timings).filter((e): e is [string, number] => typeof e[1] === 'number'));
      },
    },
    { name: 'og-adapted', run: async () => ({ bytes: await ogPng(adapted, card, fonts) }) },
    ...peers.map((p) => ({ name: p.name, run: async () => ({ bytes: (await p.render(card)).length }) })),
  ];
  if (sameTree.error === undefined) samplers.push({ name: 'og-same', run: async () => void (await ogPng(card.tree, card, fonts)) });
  const s = await sampleInterleaved(samplers, WARMUP, ITERATIONS, CARD_BUDGET_MS);
  const ours = s.get('ours')!;
  if (ours.error !== undefined) throw new Error(`our renderer failed on ${card.label}: ${ours.error}`);
  return {
    card,
    ours: summarize(ours.total),
    oursCpu: median(ours.cpu),
    split: Object.fromEntries(Object.entries(ours.extra).map(([k, v]) => [k, median(v)])),
    svgBytes: svg.body.length,
    pngBytes,
    ogSame: summaryOrError(s.get('og-same'), sameTree.error),
    ogAdapted: summaryOrError(s.get('og-adapted')),
    ogAdaptedPngBytes: s.get('og-adapted')?.extra.bytes?.[0] ?? Number.NaN,
    ogAdaptedCpu: median(s.get('og-adapted')?.cpu),
    peers: new Map(peers.map((p) => [p.name, { s: summaryOrError(s.get(p.name)), pngBytes: s.get(p.name)?.extra.bytes?.[0] ?? Number.NaN }])),
  };
}

interface RasterResult {
  card: Card;
  resvg: number;
  sharp: number;
  resvgCpu: number;
  sharpCpu: number;
}

/** Our SVG through resvg-wasm (our rasterizer) and through sharp exactly as og calls it. */
async function measureRasterizers(card: Card, renderer: Renderer): Promise<RasterResult | undefined> {
  const sharp = await loadOgSharp();
  if (!sharp) return undefined;
  // The SVG our pipeline hands resvg: satori's, with nested SVG images (emoji) already drawn as bitmaps.
  const width = pixelSize(card.payload).width;
  const raw = new TextDecoder().decode((await renderer.render({ kind: card.kind, payload: card.payload, format: 'svg' })).body);
  const svg = await createImageBitmaps(resvgRasterizer).inline(raw, width / card.width);
  const svgBytes = new TextEncoder().encode(svg);
  const s = await sampleInterleaved(
    [
      { name: 'resvg', run: async () => void (await resvgRasterizer.toPng(svg, width)) },
      { name: 'sharp', run: async () => void (await sharp(svgBytes).resize(width).png().toBuffer()) },
    ],
    RASTER_WARMUP,
    RASTER_ITERATIONS,
    RASTER_BUDGET_MS,
  );
  const r = s.get('resvg');
  const sh = s.get('sharp');
  return { card, resvg: median(r?.total), sharp: median(sh?.total), resvgCpu: median(r?.cpu), sharpCpu: median(sh?.cpu) };
}

// ---- worker pool -----------------------------------------------------------------------------------------

interface PoolResult {
  startupMs: number;
  ms: number;
  cardsPerSecond: number;
}

function quoteVariant(i: number): CommonOptions {
  const example = TEMPLATES.quote.example as { text: string };
  const words = example.text.split(' ');
  const k = i % words.length;
  const text = `${[...words.slice(k), ...words.slice(0, k)].join(' ')} (${i + 1})`;
  return TEMPLATES.quote.schema.parse({ ...(example as object), text });
}

async function measurePool(): Promise<PoolResult> {
  const pool = createWorkerPool({ workers: POOL_WORKERS, maxQueue: POOL_CARDS * 2, timeoutMs: 120_000 });
  try {
    const t0 = performance.now();
    // Warm-up: worker start (fonts, HarfBuzz) plus a few renders per worker, on payloads outside the measured set.
    await Promise.all(Array.from({ length: POOL_WORKERS * WARMUP }, (_, i) => pool.render({ kind: 'quote', payload: quoteVariant(POOL_CARDS + i), format: 'png' })));
    const t1 = performance.now();
    const payloads = Array.from({ length: POOL_CARDS }, (_, i) => quoteVariant(i));
    await Promise.all(payloads.map((payload) => pool.render({ kind: 'quote', payload, format: 'png' })));
    const t2 = performance.now();
    return { startupMs: t1 - t0, ms: t2 - t1, cardsPerSecond: (POOL_CARDS * 1000) / (t2 - t1) };
  } finally {
    await pool.close();
  }
}

// ---- report ----------------------------------------------------------------------------------------------

const cell = (s: Summary | { error: string }, pick: (s: Summary) => string) => ('error' in s ? `error: ${s.error}` : pick(s));

const cardLabel = (r: CardResult) => (r.ours.n < ITERATIONS ? `${r.card.label} (n=${r.ours.n})` : r.card.label);

/** `0.42× met` / `1.30× not met` for ours ÷ peer against a ≤ target; `n/a` when either side has no number. */
function verdict(ours: number, peer: Summary | { error: string } | undefined, target?: number): string {
  if (!peer || 'error' in peer || !(peer.median > 0)) return 'n/a';
  const r = ours / peer.median;
  return target === undefined ? `${r.toFixed(2)}×` : `${r.toFixed(2)}× ${r <= target ? '**met**' : 'not met'}`;
}

function sideBySideTable(results: CardResult[], peerNames: string[]): string {
  const hasChromium = peerNames.includes('Chromium');
  const p50 = (s: Summary | { error: string } | undefined) => (s ? cell(s, (x) => ms(x.median)) : 'n/a');
  return table(
    [
      'card',
      'ours p50 ms',
      '@vercel/og p50 ms (adapted tree)',
      'Takumi p50 ms',
      ...(hasChromium ? ['Chromium p50 ms (warm page)'] : []),
      `ours/og (target ≤ ${TARGET_VS_OG}×)`,
      `ours/Takumi (target ≤ ${TARGET_VS_TAKUMI}×)`,
      ...(hasChromium ? ['ours/Chromium'] : []),
    ],
    results.map((r) => {
      const takumi = r.peers.get('Takumi')?.s;
      const chromium = r.peers.get('Chromium')?.s;
      return [
        cardLabel(r),
        ms(r.ours.median),
        p50(r.ogAdapted),
        p50(takumi),
        ...(hasChromium ? [p50(chromium)] : []),
        verdict(r.ours.median, r.ogAdapted, TARGET_VS_OG),
        verdict(r.ours.median, takumi, TARGET_VS_TAKUMI),
        ...(hasChromium ? [verdict(r.ours.median, chromium)] : []),
      ];
    }),
  );
}

function targetSummary(results: CardResult[]): string {
  const count = (peer: (r: CardResult) => Summary | { error: string } | undefined, target: number) => {
    const met = results.filter((r) => verdict(r.ours.median, peer(r), target).endsWith('**met**')).length;
    return `${met} of ${results.length} cards`;
  };
  return (
    `Targets (issue 6, per card p50, same run): ours ≤ ${TARGET_VS_OG}× @vercel/og met on ${count((r) => r.ogAdapted, TARGET_VS_OG)}; ` +
    `ours ≤ ${TARGET_VS_TAKUMI}× Takumi met on ${count((r) => r.peers.get('Takumi')?.s, TARGET_VS_TAKUMI)}.`
  );
}

/** The split columns: every numeric key of our `timings`, in the order the renderer reports them. */
const splitKeys = (results: CardResult[]) => [...new Set(results.flatMap((r) => Object.keys(r.split)))];
const isBytes = (key: string) => /bytes$/i.test(key);

function mainTable(results: CardResult[]): string {
  const keys = splitKeys(results);
  const svgInSplit = keys.some((k) => isBytes(k) && /svg/i.test(k));
  return table(
    [
      'card',
      'ours median ms',
      'ours p90',
      ...keys.map((k) => (isBytes(k) ? `${k} KB` : `${k} ms`)),
      ...(svgInSplit ? [] : ['SVG KB']),
      'PNG KB',
      '@vercel/og median ms',
      'ratio',
    ],
    results.map((r) => [
      cardLabel(r),
      ms(r.ours.median),
      ms(r.ours.p90),
      ...keys.map((k) => (isBytes(k) ? kb(r.split[k] ?? Number.NaN) : ms(r.split[k] ?? Number.NaN))),
      ...(svgInSplit ? [] : [kb(r.svgBytes)]),
      kb(r.pngBytes),
      cell(r.ogSame, (s) => ms(s.median)),
      'error' in r.ogSame ? 'n/a' : ratio(r.ours.median, r.ogSame.median),
    ]),
  );
}

function adaptedTable(results: CardResult[]): string {
  return table(
    ['card', 'ours median ms', '@vercel/og median ms', '@vercel/og p90', 'og PNG KB', 'ratio ours/og', 'ours CPU ms', 'og CPU ms', 'CPU ratio'],
    results.map((r) => [
      r.card.label,
      ms(r.ours.median),
      cell(r.ogAdapted, (s) => ms(s.median)),
      cell(r.ogAdapted, (s) => ms(s.p90)),
      kb(r.ogAdaptedPngBytes),
      'error' in r.ogAdapted ? 'n/a' : ratio(r.ours.median, r.ogAdapted.median),
      ms(r.oursCpu),
      ms(r.ogAdaptedCpu),
      ratio(r.oursCpu, r.ogAdaptedCpu),
    ]),
  );
}

function rasterTable(results: RasterResult[]): string {
  return table(
    ['card', 'resvg-wasm median ms', 'sharp median ms', 'ratio resvg/sharp', 'resvg-wasm CPU ms', 'sharp CPU ms'],
    results.map((r) => [r.card.label, ms(r.resvg), ms(r.sharp), ratio(r.resvg, r.sharp), ms(r.resvgCpu), ms(r.sharpCpu)]),
  );
}

function firstCardLine(name: string, f: FirstCard): string {
  if (f.done === undefined) return `- ${name}: error: ${f.error ?? 'no result'} (imports done at ${ms(f.imported)} ms)`;
  return `- ${name}: **${ms(f.done)} ms** (imports done ${ms(f.imported)}, assets ready ${ms(f.ready)}, first render ${ms(f.done - f.ready)}; spawn→exit wall ${ms(f.wall)} ms)`;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Peers still print a row when they failed to start: the reason goes in the notes. */
async function startPeers(assets: PeerAssets): Promise<{ peers: PeerRenderer[]; chromium?: ChromiumRenderer; notes: string[] }> {
  const peers: PeerRenderer[] = [];
  const notes: string[] = [];
  try {
    peers.push(await createTakumiRenderer(assets));
  } catch (e) {
    notes.push(`- Takumi failed to start: ${errorText(e)}`);
  }
  let chromium: ChromiumRenderer | undefined;
  try {
    chromium = await createChromiumRenderer(assets);
    if (chromium) peers.push(chromium);
    else notes.push('- Chromium: /usr/bin/chromium is not installed, so it is left out (`apt-get install chromium` to include it)');
  } catch (e) {
    notes.push(`- Chromium failed to start: ${errorText(e)}`);
  }
  return { peers, ...(chromium ? { chromium } : {}), notes };
}

function edgeLines(edge: EdgeBench | { error: string }, results: CardResult[]): string[] {
  if ('error' in edge) return [`- error: ${edge.error}`];
  const mib = (n: number) => `${(n / 1024 ** 2).toFixed(2)} MB`;
  const rows = results.map((r) => {
    const w = edge.perCard.get(r.card.label);
    return [r.card.label, ms(r.ours.median), w ? `${ms(w.median)} (p90 ${ms(w.p90)})` : 'n/a', w ? ratio(w.median, r.ours.median) : 'n/a'];
  });
  return [
    table(['card', 'Node, render core in-process (p50 ms)', 'Worker in workerd, POST over HTTP (p50 ms)', 'Worker ÷ Node'], rows),
    '',
    `- first card after start: workerd answered /healthz (isolate up, renderer made) at ${ms(edge.first.ready)} ms, first quote PNG at **${ms(edge.first.done)} ms** after spawning it (Node service, above: \`node dist/server.js\`)`,
    `- bundle: Worker script ${mib(edge.build.script.raw)} raw, ${mib(edge.build.script.gzip)} gzip (${edge.build.script.files.filter((f) => f.raw > 100_000).map((f) => `${f.file} ${mib(f.raw)} / ${mib(f.gzip)}`).join(', ')}); static assets ${edge.build.assets.files} files, ${mib(edge.build.assets.raw)}`,
  ];
}

// ---- main ------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
  const net = installOfflineFetch();
  const fonts = loadFonts();
  const emoji = loadTwemoji();
  const renderer = await createRenderer({ fonts: nodeFonts({ preloaded: fonts }), emoji, rasterizer: resvgRasterizer });
  // One font array for og too: its satori caches parsed fonts by the identity of the array, as ours does.
  const ogFonts = satoriFonts(fonts);
  const cards = makeCards(renderer);

  log('starting the peers (Takumi; Chromium when installed)…');
  // The same pictures per grapheme that our satori call gets as `graphemeImages`.
  const peerAssets: PeerAssets = { fonts, emojiImages: (tree) => emojiImages(tree, renderer.emoji) };
  const { peers, chromium, notes: peerNotes } = await startPeers(peerAssets);
  const chromiumMemMax = { rss: 0, pss: 0 };

  log('detecting the @vercel/og rasterizer path…');
  const ogPath = await detectOgPath(ogFonts);
  log('trying @vercel/og on our exact trees (offline)…');
  const sameTree = await probeSameTree(cards, ogFonts, net);

  const results: CardResult[] = [];
  for (const card of cards) {
    log(`measuring ${card.label} (${WARMUP} warm-up + ${ITERATIONS} rounds)…`);
    results.push(await measureCard(card, renderer, ogFonts, sameTree.get(card) ?? {}, peers));
    const m = chromium?.memory();
    if (m) Object.assign(chromiumMemMax, { rss: Math.max(chromiumMemMax.rss, m.rss), pss: Math.max(chromiumMemMax.pss, m.pss) });
  }
  for (const p of peers) await p.close();
  const rasters: RasterResult[] = [];
  for (const card of cards) {
    log(`rasterizers on ${card.label}…`);
    const r = await measureRasterizers(card, renderer);
    if (r) rasters.push(r);
  }

  log('first card in fresh processes…');
  const quote = cards[0]!;
  const ogQuoteSame = sameTree.get(quote)?.error === undefined;
  const firstOurs = firstCardOurs();
  const firstServer = await firstCardServer(`/v1/cards/quote.png?${toQuery(TEMPLATES.quote.example)}`);
  const firstOg = firstCardOg(ogQuoteSame ? quote.tree : adaptForSatori025(quote.tree), quote.width, quote.height);
  const firstTakumi = firstCardTakumi(toTakumiTree(quote.tree, emojiImages(quote.tree, renderer.emoji)), quote.width, quote.height);

  log(`worker pool: ${POOL_CARDS} quote cards over ${POOL_WORKERS} workers…`);
  const pool = await measurePool();

  log(`the Worker build under workerd (${EDGE_WARMUP} warm-up + ${EDGE_ROUNDS} rounds a card)…`);
  let edge: EdgeBench | { error: string };
  try {
    edge = await benchEdge(CARD_SPECS, EDGE_WARMUP, EDGE_ROUNDS);
  } catch (e) {
    edge = { error: errorText(e) };
  }

  log('alternating styles (post and score cards, plain and styled letters)…');
  const alternating = await measureAlternating(renderer, coverageFrom(await drawableCodePoints(fonts)), alternatingSpecs(MAX_STYLE_CHANGES));

  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
  const out = [
    `node ${process.version} · CPU ${cpus[0]?.model ?? 'unknown'} · ${cpus.length} cores · @vercel/og 0.11.1 path: ${ogPath} · V8 as in the service's render worker, for every renderer: --max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE_BYTES}`,
    `load average at start ${loadAtStart}, at end ${load} (1/5/15 min; above ${cpus.length} means other processes shared the cores)`,
    `${ITERATIONS} measured renders per card per renderer after ${WARMUP} warm-up (fewer, n shown, if the ${CARD_BUDGET_MS / 1000} s per-card budget ran out), interleaved; median and p90 in ms; ratio = ours / @vercel/og (median)`,
    '',
    `### Per card, side by side (warm, p50 wall ms; ratio = ours ÷ peer)`,
    sideBySideTable(results, peers.map((p) => p.name)),
    '',
    targetSummary(results),
    `Takumi 2.16.3 and Chromium render an equivalent tree (scripts/peers/: same text, bundled fonts as bytes, same Twemoji pictures, offline); @vercel/og the tree adapted for its satori 0.25 (below).`,
    chromium
      ? `Chromium ${chromium.version}: launch + page + fonts ${ms(chromium.launchMs)} ms (not in the per-card time); memory of its process tree, highest seen after a card's rounds: RSS summed over its processes ${mb(chromiumMemMax.rss)}, PSS (shared pages counted once) ${mb(chromiumMemMax.pss)}. Its CPU runs in its own processes, so it is in no CPU column below. No per-card target: issue 6's Chromium target is on HTTP throughput (\`npm run load\`).`
      : '',
    '',
    '### Same element tree (our template\'s), @vercel/og offline',
    mainTable(results),
    '',
    '### @vercel/og on the tree adapted for its satori 0.25 (display:block text → wrapping flex), Twemoji served locally',
    adaptedTable(results),
    '',
    '### Rasterizers alone, on the SVG our pipeline rasterizes (emoji already bitmaps), PNG out',
    rasters.length ? rasterTable(rasters) : '(sharp not available)',
    '',
    '### First card after process start (fresh child process each, quote card, ms since that process started)',
    firstCardLine('ours, the render core (plain node on the esbuild bundle, createRenderer + loadFonts + loadTwemoji + render)', firstOurs),
    firstServer.error === undefined
      ? `- ours, the whole service: **${ms(firstServer.done)} ms** from spawning \`node dist/server.js\` to the first quote PNG over HTTP (listening at ${ms(firstServer.listening)} ms; the server's CPU until then ${ms(firstServer.cpu ?? Number.NaN)} ms, all threads; that request's ${firstServer.serverTiming}) — target < 1000 ms: ${firstServer.done < 1000 ? 'met' : 'not met'}`
      : `- ours, the whole service: error: ${firstServer.error}`,
    firstCardLine(`@vercel/og (plain node, ${ogQuoteSame ? 'same tree' : 'adapted tree'}, font files read + ImageResponse)`, firstOg),
    firstCardLine('Takumi (plain node, equivalent tree, import @takumi-rs/core + font files read and registered + render)', firstTakumi),
    '',
    `### Worker pool (createWorkerPool, ${POOL_WORKERS} workers), ${POOL_CARDS} distinct quote payloads sent at once`,
    `- **${pool.cardsPerSecond.toFixed(1)} cards/s** (${ms(pool.ms)} ms for ${POOL_CARDS}; pool start + ${POOL_WORKERS * WARMUP} warm-up cards took ${ms(pool.startupMs)} ms before that)`,
    '',
    '### The Worker build under workerd (npm run build:edge; resvg-wasm, CompressionStream, assets fetched on first use)',
    ...edgeLines(edge, results),
    '',
    `### Alternating styles, 1,000 chars (issue 10 §4): per card, in-process, p50; at most ${MAX_STYLE_CHANGES} changes of style per card are accepted`,
    alternatingTable(alternating),
    '',
    '### Notes',
    ...peerNotes,
    `- Takumi, adapted: ${TAKUMI_ADAPTATIONS}`,
    ...(chromium ? [`- Chromium, adapted: ${CHROMIUM_ADAPTATIONS}`] : []),
    ...results.flatMap((r) => {
      const p = sameTree.get(r.card);
      return p?.errorWithLocalEmoji ? [`- ${r.card.label}, same tree with Twemoji served locally: ${p.errorWithLocalEmoji.startsWith('none') ? p.errorWithLocalEmoji : `error: ${p.errorWithLocalEmoji}`}`] : [];
    }),
    `- @vercel/og fetches: ${net.emojiServed} Twemoji SVGs answered locally; ${net.refused.length} refused (offline)${net.refused.length ? `: ${[...new Set(net.refused)].join(', ')}` : ''}`,
    `- bench wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ];
  console.log(out.join('\n'));
}

await main();
