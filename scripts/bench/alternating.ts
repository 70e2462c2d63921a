/**
 * The cost of alternating styles (issue 10 §4): text that switches between plain and styled letters at
 * every character is drawn as one satori element per letter, each with its own font face. A 1,000-character
 * post of it cost 1.3–3.1 s of the only worker, ~100× a normal card. This section renders such cards per card,
 * in-process, next to the same letters unstyled, and says what the service answers for each: validation,
 * then the render when the payload is accepted. "Drawn anyway" renders the payload the schema accepts
 * whether or not the service would: the cost a refusal saves. p50 of ROUNDS cards, each with other letters.
 *
 * Runs alone too: `npx tsx scripts/bench/alternating.ts`.
 */
import { CardError } from '../../src/errors.ts';
import { validate } from '../../src/http/payload.ts';
import { loadFonts, loadTwemoji, nodeFonts } from '../../src/adapter/node/assets.ts';
import { createRenderer, type Renderer } from '../../src/render/pipeline.ts';
import { resvgRasterizer } from '../../src/adapter/node/resvg.ts';
import { coverageFrom, type Coverage } from '../../src/text/coverage.ts';
import { drawableCodePoints } from '../../src/text/measure.ts';
import { sanitize } from '../../src/text/sanitize.ts';
import { splitStyled } from '../../src/text/styled.ts';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { ms, summarize, table } from './stats.ts';

const WARMUP = 2;
const ROUNDS = 9;

/** Mathematical Sans-Serif Bold small a: drawn with Noto Sans Bold, so each one is a face change. */
const SANS_BOLD_A = 0x1d5ee;
const letter = (i: number) => String.fromCharCode(0x61 + (i % 26));

/** Letters alternating plain and sans-bold, as many as fit in `units` UTF-16 code units (what the schemas count). */
export function alternating(units: number, seed = 0): string {
  let out = '';
  for (let i = 0; ; i++) {
    const plain = letter(i + seed);
    const next = i % 2 ? String.fromCodePoint(SANS_BOLD_A + plain.charCodeAt(0) - 0x61) : plain;
    if (out.length + next.length > units) return out;
    out += next;
  }
}

const styled = (i: number, bold: boolean) => (bold ? String.fromCodePoint(SANS_BOLD_A + (i % 26)) : letter(i));

/** Letters with exactly `changes` changes of style (plain, bold, plain, …), then more of the last style up to `units`. */
function alternatingWith(changes: number, units: number, seed = 0): string {
  let out = '';
  for (let i = 0; i <= changes; i++) out += styled(i + seed, i % 2 === 1);
  for (let i = changes + 1; out.length + 2 <= units; i++) out += styled(i + seed, changes % 2 === 1);
  return out;
}

/** The same letters with every style folded to plain: what a reader sees, minus the bold. */
const plainOf = (text: string) => splitStyled(text).map((r) => r.text).join('');

/** Changes of style in every string of a payload, as written (what satori pays for: one element per run). */
function styleChanges(value: unknown): number {
  if (typeof value === 'string') return Math.max(0, splitStyled(sanitize(value)).length - 1);
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + styleChanges(v), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + styleChanges(v), 0);
  return 0;
}

interface Spec {
  label: string;
  kind: CardKind;
  /** The payload measured; `seed` varies the letters from round to round. */
  payload: (seed: number) => Record<string, unknown>;
}

/** The same payload with every styled letter folded to plain: the twin a styled card is compared with. */
function folded(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('data:') ? value : plainOf(value);
  if (Array.isArray(value)) return value.map(folded);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, folded(v)]));
  return value;
}

const post = (text: string) => ({ ...(TEMPLATES.post.example as object), text });
function score(name: (units: number, seed: number) => string) {
  return (seed: number) => {
    const ex = TEMPLATES.score.example as { home: object; away: object };
    return {
      ...ex,
      size: 'story',
      home: { ...ex.home, name: name(80, seed) },
      away: { ...ex.away, name: name(80, seed + 1) },
      competition: name(80, seed + 2),
      venue: name(120, seed + 3),
      events: Array.from({ length: 24 }, (_, i) => ({ team: i % 2 ? 'home' : 'away', minute: String(3 * i + 1), player: name(80, seed + i) })),
    };
  };
}

export function alternatingSpecs(cap?: number): Spec[] {
  return [
    { label: 'seed post', kind: 'post', payload: () => ({ ...(TEMPLATES.post.example as object) }) },
    { label: '**alternating styles, 1,000 chars** (post: 667 letters)', kind: 'post', payload: (seed) => post(alternating(1000, seed)) },
    ...(cap === undefined ? [] : [{ label: `post at the cap: ${cap} changes of style, 1,000 chars`, kind: 'post' as const, payload: (seed: number) => post(alternatingWith(cap, 1000, seed)) }]),
    { label: 'score story, 24 events, names alternating styles (80 chars each)', kind: 'score', payload: score(alternating) },
  ];
}

export interface AlternatingRow {
  label: string;
  changes: number;
  answer: string;
  /** What the service spends per card: validation, and the render when accepted (p50 ms). */
  service: number;
  /** The render of the schema-valid payload, refused or not (p50 ms). */
  drawn: number;
  /** The render of the same payload with its letters plain (p50 ms). */
  plain: number;
}

export async function measureAlternating(renderer: Renderer, coverage: Coverage, specs: Spec[]): Promise<AlternatingRow[]> {
  const rows: AlternatingRow[] = [];
  const render = (kind: CardKind, input: unknown) => renderer.render({ kind, payload: TEMPLATES[kind].schema.parse(input), format: 'png' });
  for (const spec of specs) {
    const service: number[] = [];
    const drawn: number[] = [];
    const plain: number[] = [];
    let answer = '200';
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      // a new seed each round: distinct text, so the measurer's width cache does not flatter the figure
      const input = spec.payload(i);
      const t0 = performance.now();
      let accepted = true;
      try {
        const payload = validate(spec.kind, input, 'invalid_payload', coverage);
        await renderer.render({ kind: spec.kind, payload, format: 'png' });
      } catch (err) {
        if (!(err instanceof CardError)) throw err;
        accepted = false;
        answer = `${err.status} ${err.code}: ${err.issues[0]?.path} ${err.issues[0]?.message}`;
      }
      const t1 = performance.now();
      if (!accepted) await render(spec.kind, input);
      const t2 = performance.now();
      await render(spec.kind, folded(input));
      const t3 = performance.now();
      if (i < WARMUP) continue;
      service.push(t1 - t0);
      drawn.push(accepted ? t1 - t0 : t2 - t1);
      plain.push(t3 - t2);
    }
    const median = (xs: number[]) => summarize(xs).median;
    rows.push({ label: spec.label, changes: styleChanges(spec.payload(0)), answer, service: median(service), drawn: median(drawn), plain: median(plain) });
  }
  return rows;
}

export function alternatingTable(rows: AlternatingRow[]): string {
  return table(
    ['card', 'changes of style', 'service answer', 'service ms/card', 'drawn anyway ms/card', 'same letters plain ms/card', 'drawn ÷ plain'],
    rows.map((r) => [r.label, String(r.changes), r.answer.replace(/\|/g, '\\|'), ms(r.service), ms(r.drawn), ms(r.plain), `${(r.drawn / r.plain).toFixed(2)}×`]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fonts = loadFonts();
  const renderer = await createRenderer({ fonts: nodeFonts({ preloaded: fonts }), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
  const coverage = coverageFrom(await drawableCodePoints(fonts));
  const cap = process.argv[2] ? Number(process.argv[2]) : undefined;
  console.log(alternatingTable(await measureAlternating(renderer, coverage, alternatingSpecs(cap))));
}
