/**
 * `npx tsx scripts/bench/edge-memory.ts`: workerd's memory with world-script cards and CJK font slices, to
 * check the Worker stays inside a Cloudflare isolate's 128 MB (src/adapter/workers/config.ts). Measured as
 * h4 measured EDGE_MAX_PIXELS: the workerd process's RSS (VmRSS) and peak (VmHWM) from /proc, in a fresh
 * process, after each card of a sequence, against the idle runtime's RSS. Every request renders (the Cache
 * API left empty). Prints one line per card; run it alone on the machine (its figures are the process's).
 *
 * Scenarios, each in a fresh process: a Latin card; the four CJK faces in turn; the worst card a text can ask
 * for (1,000 characters over all of Traditional Chinese's 36 slices) at og@1 and og@2; and a long mixed run
 * under a capped V8 heap, where RSS shows what stays once the collector runs.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEdge } from '../build-edge.ts';
import { loopbackFetch, startWorkerd } from '../edge/workerd.ts';
import { EDGE_CJK_FONT_BUDGET_BYTES, EDGE_MAX_CARD_CJK_BYTES } from '../../src/adapter/workers/config.ts';
import { FONTS_DIR, loadFonts } from '../../src/adapter/node/assets.ts';
import { payloadSlices } from '../../src/render/font-needs.ts';
import { createFontPlan } from '../../src/text/font-plan.ts';
import { residentCodePoints } from '../../src/text/measure.ts';
import type { Locale } from '../../templates/shared/schema.ts';
import { CJK_SLICES } from '../../src/render/cjk-slices.ts';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { WORLD_SPECIMENS } from '../../tests/world-specimens.ts';

const MB = 1024 ** 2;

function status(pid: number): { rss: number; hwm: number } {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

const plan = createFontPlan(await residentCodePoints(loadFonts()));
const sliceBytes = (text: string, locale: Locale) => [...payloadSlices(plan, { text, locale } as { locale: Locale }).keys()].reduce((n, f) => n + statSync(join(FONTS_DIR, f.file)).size, 0);

/**
 * Up to `count` characters of a CJK face, taken in turn from each of its slices, as long as the card's text
 * needs at most `maxBytes` of slices: the most glyphs and slices a card may ask for.
 */
function everySlice(lang: keyof typeof CJK_SLICES, locale: Locale, count: number, maxBytes = Infinity): string {
  const perSlice = CJK_SLICES[lang].map((enc) => {
    const out: number[] = [];
    let cp = 0;
    for (const d of enc.split(',')) if (d) out.push((cp += parseInt(d, 36)));
    return out.filter((c) => /\p{Script=Han}|\p{Script=Hangul}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(String.fromCodePoint(c)));
  });
  let text = '';
  for (let i = 0, n = 0; n < count && i < count * 4; i++) {
    const slice = perSlice[i % perSlice.length]!;
    if (!slice.length) continue;
    const next = text + String.fromCodePoint(slice[Math.floor(i / perSlice.length) % slice.length]!);
    if (maxBytes !== Infinity && sliceBytes(next, locale) > maxBytes) continue;
    text = next;
    n++;
  }
  return text;
}

const world = (id: string) => WORLD_SPECIMENS.find((w) => w.id === id)!;
type Card = { label: string; kind: CardKind; extra: Record<string, unknown> };
const latin: Card = { label: 'Latin post og@1', kind: 'post', extra: {} };
const cjk = (['japanese', 'korean', 'chinese-simplified', 'chinese-traditional'] as const).map((id): Card => ({ label: `${id} post og@1`, kind: 'post', extra: { text: world(id).text, locale: world(id).locale } }));
const LOCALE = { tc: 'zh-Hant', jp: 'ja', kr: 'ko' } as const;
const capped = (lang: keyof typeof LOCALE, scale: number): Card => {
  const text = everySlice(lang, LOCALE[lang], 1000, EDGE_MAX_CARD_CJK_BYTES);
  return { label: `${lang.toUpperCase()} post, ${[...text].length} chars, ${(sliceBytes(text, LOCALE[lang]) / MB).toFixed(1)} MB of slices, og@${scale}`, kind: 'post', extra: { text, locale: LOCALE[lang], scale } };
};
const allTc = (scale: number): Card => ({ label: `TC post, all 36 slices, og@${scale}`, kind: 'post', extra: { text: everySlice('tc', 'zh-Hant', 1000), locale: 'zh-Hant', scale } });
const standings: Card = { label: 'standings og@2, zh-Hant', kind: 'standings', extra: { locale: 'zh-Hant', scale: 2 } };
const arabic: Card = { label: 'Arabic post og@1, mirrored', kind: 'post', extra: { text: world('arabic').text, locale: 'ar' } };
const largest: Card = { label: 'Latin post square@1.85 (largest square)', kind: 'post', extra: { size: 'square', scale: 1.85 } };

/** Each scenario in a fresh workerd, as EDGE_MAX_PIXELS was measured. */
const SCENARIOS: Array<{ name: string; cards: Card[]; v8Flags?: string[] }> = [
  { name: 'a Latin card', cards: [latin] },
  { name: 'the four CJK faces in turn, then og@2', cards: [latin, ...cjk, standings] },
  { name: 'the heaviest CJK card allowed (its slices at the per-card limit), og@1 then og@2', cards: [latin, capped('tc', 1), capped('tc', 2)] },
  { name: 'past the per-card limit (every Traditional Chinese slice): refused', cards: [latin, allTc(1)] },
  {
    name: 'a long mixed run, V8 heap capped at 48 MB (the heap GC reclaims; wasm memories are outside it)',
    cards: [latin, ...cjk, arabic, capped('tc', 1), capped('jp', 1), capped('kr', 2), capped('tc', 2), standings, latin, largest],
    v8Flags: ['--max-old-space-size=48'],
  },
  {
    name: 'for comparison, a long Latin run: every kind at og@2, then the largest square (V8 heap capped at 48 MB)',
    cards: [latin, ...(['quote', 'score', 'post', 'fixture', 'lineup', 'player', 'standings'] as const).map((kind): Card => ({ label: `${kind} og@2`, kind, extra: { scale: 2 } })), latin, largest],
    v8Flags: ['--max-old-space-size=48'],
  },
];

const dir = mkdtempSync(join(tmpdir(), 'card-edge-memory-'));
try {
  await buildEdge(dir, { quiet: true });
  console.log(`CJK slices at the edge: ${(EDGE_CJK_FONT_BUDGET_BYTES / MB).toFixed(0)} MB kept, ${(EDGE_MAX_CARD_CJK_BYTES / MB).toFixed(0)} MB a card; RSS and peak (VmHWM) of the workerd process, + over its RSS once /healthz answered (runtime and isolate up, renderer made)`);
  for (const scenario of SCENARIOS) {
    const worker = await startWorkerd(dir, { cache: false, ...(scenario.v8Flags ? { v8Flags: scenario.v8Flags } : {}) });
    const pid = worker.process.pid!;
    try {
      const idle = status(pid);
      console.log(`\n${scenario.name}: idle ${(idle.rss / MB).toFixed(0)} MB`);
      for (const card of scenario.cards) {
        const body = JSON.stringify({ ...(TEMPLATES[card.kind].example as object), ...card.extra });
        const t = performance.now();
        const res = await loopbackFetch(`${worker.url}/v1/cards/${card.kind}.png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const bytes = (await res.arrayBuffer()).byteLength;
        const ms = performance.now() - t;
        const s = status(pid);
        console.log(
          `  ${card.label.padEnd(52)} ${res.status} ${String(Math.round(bytes / 1024)).padStart(4)} KB ${ms.toFixed(0).padStart(5)} ms  RSS ${(s.rss / MB).toFixed(0).padStart(4)} MB (+${((s.rss - idle.rss) / MB).toFixed(0)})  peak +${((s.hwm - idle.rss) / MB).toFixed(0)} MB`,
        );
      }
    } finally {
      await worker.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
