import { z } from 'zod';
import { h, type SatoriElement } from '../src/jsx.ts';
import { cssFamily } from '../src/render/fonts.ts';
import { CardFrame, fitText, labelFont, labelText, plainOf, readableOf, type FittedText } from './shared/components.tsx';
import type { TemplateContext } from './shared/context.ts';
import {
  MAX_LABEL_CHARS,
  MAX_MATCHES,
  MAX_NAME_CHARS,
  MAX_POINTS,
  MAX_RANK,
  MAX_SEASON_GOALS,
  MAX_STANDINGS_ROWS,
  MAX_ZONES,
  MIN_POINTS,
} from './shared/limits.ts';
import { fill } from './shared/locale.ts';
import { Crest, fitAll, Fitted, Pill, team, textWidth } from './shared/match.tsx';
import { commonFields, hexColor, line, type SizeName } from './shared/schema.ts';
import { mix } from './shared/theme.ts';

/** Bumped whenever the standings card's drawing changes, so cached images and ETags roll over. */
export const version = 2;

const whole = (min: number, max: number) =>
  z.int('must be a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

const row = /* @__PURE__ */ (() => z
  .strictObject({
    rank: whole(1, MAX_RANK).describe('Position in the table'),
    team,
    played: whole(0, MAX_MATCHES),
    won: whole(0, MAX_MATCHES),
    drawn: whole(0, MAX_MATCHES),
    lost: whole(0, MAX_MATCHES),
    goalsFor: whole(0, MAX_SEASON_GOALS),
    goalsAgainst: whole(0, MAX_SEASON_GOALS),
    points: whole(MIN_POINTS, MAX_POINTS),
    form: z
      .string()
      .trim()
      .regex(/^[WDLwdl]{1,5}$/u, 'must be the last results as up to five letters W, D or L, oldest first (WWDLW)')
      .transform((f) => f.toUpperCase())
      .optional()
      .describe('Last results, oldest first: W, D or L (WWDLW)'),
    highlight: z.boolean().default(false).describe('Stand out (your club)'),
  })
  .superRefine((r, ctx) => {
    if (r.won + r.drawn + r.lost !== r.played) {
      ctx.addIssue({ code: 'custom', path: ['played'], message: `must equal won + drawn + lost (${r.won} + ${r.drawn} + ${r.lost} = ${r.won + r.drawn + r.lost})` });
    }
  }))();

const range = /* @__PURE__ */ (() => ({
  from: whole(1, MAX_RANK).describe('First rank'),
  to: whole(1, MAX_RANK).describe('Last rank'),
}))();
const orderedRange = <T extends { from: number; to: number }>(r: T, ctx: z.RefinementCtx) => {
  if (r.to < r.from) ctx.addIssue({ code: 'custom', path: ['to'], message: `must be at least from (${r.from})` });
};

const zone = /* @__PURE__ */ (() => z
  .strictObject({
    ...range,
    label: line(MAX_LABEL_CHARS).describe('What the zone means: "Ligue des champions", "Relégation"'),
    color: hexColor.describe('Zone colour'),
  })
  .superRefine(orderedRange))();

export const schema = /* @__PURE__ */ (() => z.strictObject({
  competition: line(MAX_NAME_CHARS).optional(),
  matchday: whole(1, MAX_RANK).optional().describe('Matchday number, printed "Matchday 34"'),
  rows: z
    .array(row)
    .min(1, 'must have at least 1 row')
    .max(MAX_STANDINGS_ROWS, `must have at most ${MAX_STANDINGS_ROWS} rows`)
    .describe('The table, one row per club (drawn in rank order)'),
  zones: z.array(zone).max(MAX_ZONES, `must have at most ${MAX_ZONES} zones`).default([]).describe('Coloured rank ranges: Champions League, relegation…'),
  window: z
    .strictObject(range)
    .superRefine(orderedRange)
    .optional()
    .describe('Ranks to show, e.g. 1 to 10; without it, as many rows as the size shows legibly, around the highlighted club'),
  ...commonFields,
}))();
export type StandingsPayload = z.output<typeof schema>;
type Row = StandingsPayload['rows'][number];

const club = (rank: number, name: string, shortName: string, color: string, w: number, d: number, l: number, gf: number, ga: number, form: string) => ({
  rank,
  team: { name, shortName, color },
  played: w + d + l,
  won: w,
  drawn: d,
  lost: l,
  goalsFor: gf,
  goalsAgainst: ga,
  points: 3 * w + d,
  form,
});

export const example: z.input<typeof schema> = {
  competition: 'Ligue 1',
  matchday: 34,
  rows: [
    club(1, 'Paris SG', 'PSG', '#004170', 22, 10, 2, 81, 33, 'WDLWD'),
    club(2, 'Monaco', 'ASM', '#e30613', 20, 7, 7, 68, 42, 'WWWLW'),
    club(3, 'Brest', 'SB29', '#e2001a', 17, 10, 7, 53, 34, 'DWLWD'),
    club(4, 'Lille', 'LOSC', '#c8102e', 16, 11, 7, 52, 34, 'WDWWD'),
    club(5, 'Nice', 'OGCN', '#111111', 15, 10, 9, 40, 29, 'LWWWL'),
    club(6, 'Lyon', 'OL', '#1d3f8f', 16, 5, 13, 49, 55, 'WWWLW'),
    club(7, 'Lens', 'RCL', '#f5c400', 14, 9, 11, 45, 37, 'LLWWD'),
    { ...club(8, 'Marseille', 'OM', '#2faee0', 13, 11, 10, 52, 41, 'WLDWL'), highlight: true },
    club(9, 'Reims', 'SDR', '#d0021b', 13, 8, 13, 42, 47, 'LDLWL'),
    club(10, 'Rennes', 'SRFC', '#e10600', 12, 10, 12, 53, 46, 'DLWLD'),
    club(11, 'Toulouse', 'TFC', '#5b2a86', 11, 11, 12, 42, 46, 'DDWLW'),
    club(12, 'Montpellier', 'MHSC', '#f58220', 10, 11, 13, 43, 48, 'LWDDW'),
    club(13, 'Strasbourg', 'RCSA', '#009fe3', 10, 9, 15, 39, 49, 'WLLDL'),
    club(14, 'Nantes', 'FCN', '#fcd405', 9, 6, 19, 30, 55, 'WLWLL'),
    club(15, 'Le Havre', 'HAC', '#5aa0d8', 7, 11, 16, 34, 45, 'DLDLD'),
    club(16, 'Metz', 'FCM', '#7a0f2b', 8, 5, 21, 35, 58, 'WLLWL'),
    club(17, 'Lorient', 'FCL', '#f37021', 7, 8, 19, 43, 66, 'LDLWL'),
    club(18, 'Clermont', 'CF63', '#c1272d', 5, 10, 19, 26, 60, 'LDDLL'),
  ],
  zones: [
    { from: 1, to: 3, label: 'Ligue des champions', color: '#1d4ed8' },
    { from: 4, to: 4, label: 'Qualif. Ligue des champions', color: '#0ea5e9' },
    { from: 5, to: 5, label: 'Ligue Europa', color: '#f97316' },
    { from: 6, to: 6, label: 'Ligue Conférence', color: '#16a34a' },
    { from: 16, to: 16, label: 'Barrage', color: '#f59e0b' },
    { from: 17, to: 18, label: 'Relégation', color: '#dc2626' },
  ],
  locale: 'fr',
};

/**
 * The shortest row, in px, at which a table stays legible where each size is seen: og, x and square cards
 * are shown ~500 px wide in feeds (a 36 px row of a 1200 px card, a 34 px row of a 1080 px one, read as
 * ~15 px), stories full-screen on a phone (~400 px wide: 56 px rows read as ~20 px). Past the rows this
 * allows, the card shows a window of the table.
 */
const MIN_ROW_HEIGHT: Record<SizeName, number> = { og: 36, x: 36, square: 34, story: 56 };
/** Rows never grow past this share of their minimum: a short table stays a table, not a poster. */
const MAX_ROW_GROWTH = 1.6;

/**
 * The rows shown: the payload's window if it asks for one, else every row; cut to what the card holds,
 * keeping the first highlighted club in view (centred when it would otherwise fall off the end).
 */
export function visibleRows(rows: Row[], capacity: number, window?: { from: number; to: number }): Row[] {
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  const asked = window ? sorted.filter((r) => r.rank >= window.from && r.rank <= window.to) : sorted;
  const pool = asked.length ? asked : sorted;
  if (pool.length <= capacity) return pool;
  const focus = pool.findIndex((r) => r.highlight);
  let start = 0;
  if (focus >= capacity) start = Math.min(pool.length - capacity, focus - Math.floor((capacity - 1) / 2));
  return pool.slice(start, start + capacity);
}

const diff = (r: Row) => {
  const d = r.goalsFor - r.goalsAgainst;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0';
};

/**
 * The figures of a row (played, won, drawn, lost, goals for and against, goal difference) are one text: satori lays out
 * each text node at a cost (~0.2 ms), and a 20-row table would otherwise be 140 of them. They line up in
 * columns because Noto Sans draws digits, + and − on one advance, as wide as the figure space (U+2007)
 * they are padded with, and each column's heading sits over a cell of the same measured width.
 */
const FIGURE_SPACE = '\u2007';
type Stat = 'played' | 'won' | 'drawn' | 'lost' | 'goalsFor' | 'goalsAgainst' | 'diff';
const HEADINGS: Record<Stat, keyof TemplateContext['words']> = {
  played: 'colPlayed',
  won: 'colWon',
  drawn: 'colDrawn',
  lost: 'colLost',
  goalsFor: 'colGoalsFor',
  goalsAgainst: 'colGoalsAgainst',
  diff: 'colDiff',
};

interface RowView {
  row: Row;
  name: FittedText;
  zone?: string;
  /** The padded figures, one cell per stat column. */
  stats: string;
  points: string;
  form: Array<'W' | 'D' | 'L'>;
  /** The form's letters, one per result, drawn as one text over the squares. */
  formText: string;
  /** The form's letters one by one, in drawing order. */
  formLetters: string[];
}

interface StandingsView {
  title: FittedText;
  header?: FittedText;
  range?: FittedText;
  /** Headings over the stat cells, each as wide as its cell. */
  statHeadings: Array<{ width: number; heading: FittedText }>;
  statsWidth: number;
  pointsWidth: number;
  pointsHeading: FittedText;
  formWidth: number;
  formHeading?: FittedText;
  teamHeading: FittedText;
  rows: RowView[];
  rowHeight: number;
  fontSize: number;
  rankWidth: number;
  crestSize: number;
  nameWidth: number;
  nameGap: number;
  barWidth: number;
  formDot: number;
  formGap: number;
  /** The form letters' size and spacing in Noto Sans Mono, whose letters all have one advance. */
  formFont: { size: number; spacing: number; offset: number };
  legend: Array<{ colour: string; label: FittedText }>;
  legendPerLine: number;
  legendLine: number;
  legendDot: number;
  headerHeight: number;
  headingHeight: number;
}

/** Where the zones put a rank: the first zone that holds it. */
function zoneOf(p: StandingsPayload, rank: number): string | undefined {
  return p.zones.find((z) => rank >= z.from && rank <= z.to)?.color;
}

/** Measures of the card's frame: header, column headings and legend lines around the rows. */
function frame(ctx: TemplateContext) {
  const { unit: u, size } = ctx;
  // The legend reads at the size of the table's smallest type.
  const legendSize = Math.round(MIN_ROW_HEIGHT[size] * 0.45);
  return {
    innerW: ctx.width - 2 * ctx.pad,
    innerH: ctx.height - 2 * ctx.pad,
    headerHeight: Math.round(52 * u),
    headingHeight: Math.round(30 * u),
    gap: Math.round(16 * u),
    legendSize,
    legendLine: Math.round(legendSize * 1.6),
    dot: Math.round(legendSize * 0.85),
  };
}

/** Legend items per line: as many as keep every label whole at the legend's size (measured, not fitted). */
function legendPerLine(zones: StandingsPayload['zones'], ctx: TemplateContext): number {
  const f = frame(ctx);
  const face = { family: 'sans' as const, weight: 400 as const, italic: false };
  const natural = Math.max(...zones.map((z) => ctx.measurer.width(z.label, face) * f.legendSize)) + f.dot + 28 * ctx.unit;
  return Math.max(1, Math.min(zones.length, Math.floor(f.innerW / natural)));
}

/**
 * The rows the card shows and the legend lines under them. The legend shows the zones met in the rows
 * shown, and its lines take room from the rows: try the legend of every zone, then, if the rows it
 * leaves meet fewer zones, the shorter legend. Measurement only, no fitting: the alt text uses it too.
 */
export function shownRows(p: StandingsPayload, ctx: TemplateContext): { shown: Row[]; lines: number } {
  const f = frame(ctx);
  const linesOf = (zones: StandingsPayload['zones']) => (zones.length ? Math.ceil(zones.length / legendPerLine(zones, ctx)) : 0);
  const met = (rows: Row[]) => p.zones.filter((z) => rows.some((r) => r.rank >= z.from && r.rank <= z.to));
  const rowsRoomFor = (lines: number) => f.innerH - f.headerHeight - f.gap - f.headingHeight - (lines ? lines * f.legendLine + f.gap : 0);
  const showFor = (lines: number) => visibleRows(p.rows, Math.max(1, Math.floor(rowsRoomFor(lines) / MIN_ROW_HEIGHT[ctx.size])), p.window);
  let lines = linesOf(p.zones);
  let shown = showFor(lines);
  const fewer = linesOf(met(shown));
  if (fewer < lines) {
    const retry = showFor(fewer);
    if (linesOf(met(retry)) <= fewer) [lines, shown] = [fewer, retry];
  }
  return { shown, lines };
}

export function viewModel(p: StandingsPayload, ctx: TemplateContext): StandingsView {
  const { width, height, unit: u } = ctx;
  const portrait = height >= width;
  const { innerW, innerH, headerHeight, headingHeight, gap, legendSize, legendLine, dot } = frame(ctx);

  // The legend: the zones met, in as few lines as keep every label whole, one type size for all.
  const legendFor = (zones: StandingsPayload['zones']) => {
    if (zones.length === 0) return { items: [], lines: 0, perLine: 1 };
    const perLine = legendPerLine(zones, ctx);
    const share = innerW / perLine;
    const box = { width: share - dot - 24 * u, height: legendLine, minSize: Math.round(11 * u), maxLines: 1, singleLine: true, lineHeight: 1.2 };
    const labels = fitAll(zones.map((z) => ({ text: z.label, box: { ...box, maxSize: legendSize } })), ctx);
    return { items: zones.map((z, i) => ({ colour: z.color, label: labels[i]! })), lines: Math.ceil(zones.length / perLine), perLine };
  };
  const { shown, lines } = shownRows(p, ctx);
  const met = (rows: Row[]) => p.zones.filter((z) => rows.some((r) => r.rank >= z.from && r.rank <= z.to));
  const rowsRoomFor = (n: number) => innerH - headerHeight - gap - headingHeight - (n ? n * legendLine + gap : 0);
  const rowsRoom = rowsRoomFor(lines);
  const rowHeight = Math.floor(Math.min(rowsRoom / shown.length, MIN_ROW_HEIGHT[ctx.size] * MAX_ROW_GROWTH));

  // Stat cells: each figure right-aligned in its column, one figure space each side. Goal difference
  // only where the width allows it.
  const stats: Stat[] = ['played', 'won', 'drawn', 'lost', 'goalsFor', 'goalsAgainst', ...(portrait ? [] : (['diff'] as const))];
  const figures = (r: Row): Record<Stat, string> => ({
    played: String(r.played),
    won: String(r.won),
    drawn: String(r.drawn),
    lost: String(r.lost),
    goalsFor: String(r.goalsFor),
    goalsAgainst: String(r.goalsAgainst),
    diff: diff(r),
  });
  const len = Object.fromEntries(stats.map((st) => [st, Math.max(...shown.map((r) => figures(r)[st].length))])) as Record<Stat, number>;
  const cell = (stat: Stat, r: Row): string => figures(r)[stat].padStart(len[stat], FIGURE_SPACE);
  // One text drawn left to right: a mirrored table reads its columns from the right, so they are joined the other way.
  const statText = (r: Row) => (ctx.rtl ? [...stats].reverse() : stats).map((st) => `${FIGURE_SPACE}${cell(st, r)}${FIGURE_SPACE}`).join('');
  const regular = { family: 'sans' as const, weight: 400 as const, italic: false };
  const bold = { ...regular, weight: 700 as const };
  // Cell widths in em, measured on the first row (every row has the same characters' advances).
  const cellEm = stats.map((st) => ctx.measurer.width(`${FIGURE_SPACE}${cell(st, shown[0]!)}${FIGURE_SPACE}`, bold));
  const statsEm = cellEm.reduce((a, b) => a + b, 0);
  const pointsLen = Math.max(...shown.map((r) => String(r.points).length));
  const pointsEm = ctx.measurer.width('0'.repeat(pointsLen), bold);

  const hasForm = p.rows.some((r) => r.form);
  const barWidth = Math.max(4, Math.round(6 * u));
  const crestSize = Math.round(rowHeight * 0.7);
  const formDotMax = Math.round(rowHeight * 0.56);
  const formAt = (fs: number) => (hasForm ? Math.round(Math.min(formDotMax, fs * 1.25) * 5.8 + fs * 0.6) : 0);
  const fixedAt = (fs: number) =>
    barWidth + Math.round(fs * 2.2) + crestSize + 3 * Math.round(fs * 0.7) + Math.ceil(statsEm * fs) + 2 + Math.ceil(Math.max(pointsEm * fs, ctx.measurer.width(ctx.words.colPoints, bold) * Math.min(fs * 0.8, headingHeight * 0.6) + 2)) + Math.round(fs * 0.7) + formAt(fs);
  // Type follows the row height, but never leaves the club names less than a third of the width.
  let fontSize = Math.round(rowHeight * 0.46);
  while (fontSize > 10 && innerW - fixedAt(fontSize) < innerW * 0.3) fontSize--;
  const dotSize = Math.round(Math.min(formDotMax, fontSize * 1.25));
  const formGap = Math.round(dotSize * 0.2);
  const headingSize = Math.round(Math.min(fontSize * 0.8, headingHeight * 0.6));
  // 2 px short of the cell each side: a heading set in another script's face (Persian, Thai) is drawn up to a
  // pixel or two wider than it measures, and would touch its neighbour
  const headingBox = (w: number) => ({ width: w - 4, height: headingHeight, maxSize: headingSize, minSize: Math.min(headingSize, Math.round(8 * u)), maxLines: 1, singleLine: true, weight: 700 as const, lineHeight: 1.2 });
  const statHeadings = stats.map((st, i) => {
    const w = cellEm[i]! * fontSize;
    return { width: w, heading: fitText(ctx.words[HEADINGS[st]], headingBox(w), ctx) };
  });
  const statsWidth = Math.ceil(statsEm * fontSize) + 2;
  // The points column is as wide as its figures or its heading, whichever is wider.
  const pointsWidth = Math.ceil(Math.max(pointsEm * fontSize, ctx.measurer.width(ctx.words.colPoints, bold) * headingSize + 2));
  const formWidth = formAt(fontSize);
  const rankWidth = Math.round(fontSize * 2.2);
  const nameGap = Math.round(fontSize * 0.7);
  const nameWidth = innerW - fixedAt(fontSize);
  const nameBox = { width: nameWidth, height: rowHeight, minSize: Math.round(Math.max(10 * u, fontSize * 0.7)), maxLines: 1, singleLine: true, lineHeight: 1.2 };
  // One type size for every club name (bold in the highlighted rows).
  const names = fitAll(shown.map((r) => ({ text: r.team.name, box: { ...nameBox, maxSize: fontSize, weight: r.highlight ? (700 as const) : (400 as const) } })), ctx);
  const letters = { W: ctx.words.formW, D: ctx.words.formD, L: ctx.words.formL };
  const rows: RowView[] = shown.map((r, i) => {
    const zone = zoneOf(p, r.rank);
    // oldest result first in reading order: from the right in a mirrored table
    const read = [...(r.form ?? '')] as Array<'W' | 'D' | 'L'>;
    const form = ctx.rtl ? read.reverse() : read;
    return {
      row: r,
      name: names[i]!,
      ...(zone ? { zone } : {}),
      stats: statText(r),
      points: String(r.points),
      form,
      formText: form.map((f) => letters[f]).join(''),
      formLetters: form.map((f) => letters[f]),
    };
  });
  // Form letters in the mono face: one advance (0.6 em) each, so letter spacing puts each in its square.
  const formSize = Math.max(4, Math.round(dotSize * 0.58));
  const formFont = { size: formSize, spacing: dotSize + formGap - 0.6 * formSize, offset: (dotSize - 0.6 * formSize) / 2 };

  const first = shown[0]!.rank;
  const last = shown[shown.length - 1]!.rank;
  const total = p.rows.length;
  const rangeText = shown.length < total ? fill(ctx.words.ranksOf, { from: first, to: last, total }) : undefined;
  const title = fitText(ctx.words.standings.toLocaleUpperCase(ctx.locale), { width: innerW * 0.4, height: headerHeight * 0.7, maxSize: Math.round(18 * u), minSize: Math.round(12 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx);
  const titleW = textWidth(title, ctx) + 36 * u + 16 * u;
  const range = rangeText ? fitText(rangeText, { width: innerW * 0.3, height: headerHeight, maxSize: Math.round(18 * u), minSize: Math.round(12 * u), maxLines: 1, singleLine: true, lineHeight: 1.25 }, ctx) : undefined;
  const rangeW = range ? textWidth(range, ctx) + 16 * u : 0;
  const headerRaw = [p.competition, p.matchday === undefined ? undefined : fill(ctx.words.matchdayN, { n: p.matchday })].filter(Boolean).join(' · ');
  const header = headerRaw
    ? fitText(headerRaw, { width: innerW - titleW - rangeW, height: headerHeight, maxSize: Math.round((portrait ? 34 : 30) * u), minSize: Math.round(16 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.2 }, ctx)
    : undefined;

  const legend = legendFor(met(shown));

  return {
    title,
    ...(header ? { header } : {}),
    ...(range ? { range } : {}),
    statHeadings,
    statsWidth,
    pointsWidth,
    pointsHeading: fitText(ctx.words.colPoints, headingBox(pointsWidth + 2), ctx),
    formWidth,
    ...(hasForm ? { formHeading: fitText(ctx.words.colForm, headingBox(formWidth), ctx) } : {}),
    teamHeading: fitText(ctx.words.colTeam, headingBox(nameWidth), ctx),
    rows,
    rowHeight,
    fontSize,
    rankWidth,
    crestSize,
    nameWidth,
    nameGap,
    barWidth,
    formDot: dotSize,
    formGap,
    formFont,
    legend: legend.items,
    legendPerLine: legend.perLine,
    legendLine,
    legendDot: dot,
    headerHeight,
    headingHeight,
  };
}

const FORM_COLOURS = { W: '#16a34a', D: '#94a3b8', L: '#dc2626' } as const;

/** A rounded square as an SVG path. */
function roundedSquare(x: number, size: number, r: number): string {
  const s = size - 2 * r;
  return `M${x + r} 0h${s}a${r} ${r} 0 0 1 ${r} ${r}v${s}a${r} ${r} 0 0 1 ${-r} ${r}h${-s}a${r} ${r} 0 0 1 ${-r} ${-r}v${-s}a${r} ${r} 0 0 1 ${r} ${-r}z`;
}

/**
 * The form's coloured squares as one small SVG (one path per colour): five boxes with rounded corners
 * would be five more elements for satori to lay out on every row.
 */
function FormSquares(props: { form: Array<'W' | 'D' | 'L'>; vm: StandingsView }): SatoriElement {
  const { form, vm } = props;
  const step = vm.formDot + vm.formGap;
  const width = form.length * step - vm.formGap;
  const r = Math.round(vm.formDot * 0.25);
  const paths = (['W', 'D', 'L'] as const)
    .map((k) => ({ k, d: form.map((f, i) => (f === k ? roundedSquare(i * step, vm.formDot, r) : '')).join('') }))
    .filter((x) => x.d);
  return (
    <svg width={width} height={vm.formDot} viewBox={`0 0 ${width} ${vm.formDot}`}>
      {paths.map((x) => (
        <path d={x.d} fill={FORM_COLOURS[x.k]} />
      ))}
    </svg>
  );
}

/** Form letters the mono overlay draws: Latin capitals (W D L, V N D, G E P…), one advance each. */
const MONO_LETTERS = /^[A-Z]+$/u;

/**
 * Form letters of other scripts (ف ت خ, 勝 分 敗, ช ส พ): one box per square, each in the faces its letter
 * needs (Noto Sans Mono has none of them, and their advances differ, so one spaced text would not line up).
 */
function FormLetters(props: { letters: string[]; vm: StandingsView; ctx: TemplateContext }): SatoriElement {
  const { vm, ctx } = props;
  const face = { family: 'sans' as const, weight: 700 as const, italic: false };
  return (
    <div style={{ display: 'flex', position: 'absolute', left: 0, top: 0, height: vm.formDot }}>
      {props.letters.map((l, i) => (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: vm.formDot,
            height: vm.formDot,
            marginLeft: i === 0 ? 0 : vm.formGap,
            ...labelFont(l, face, ctx),
            fontSize: vm.formFont.size,
            fontWeight: 700,
            lineHeight: 1,
            color: '#ffffff',
          }}
        >
          {labelText(l)}
        </div>
      ))}
    </div>
  );
}

/**
 * One row of the table, in as few boxes and texts as it can be (a 20-row table is most of a card's layout
 * time): the zone bar only on rows in a zone, the figures as one text, the form letters as one text.
 */
function TableRow(props: { r: RowView; index: number; vm: StandingsView; ctx: TemplateContext }): SatoriElement {
  const { r, vm, ctx } = props;
  const c = ctx.palette;
  const highlight = r.row.highlight;
  const bg = highlight ? mix(c.background, c.accent, c.dark ? 0.3 : 0.16) : props.index % 2 === 1 ? mix(c.background, c.surface, 0.6) : undefined;
  const barHeight = Math.round(vm.rowHeight * 0.72);
  return (
    <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', position: 'relative', alignItems: 'center', height: vm.rowHeight, [ctx.rtl ? 'paddingRight' : 'paddingLeft']: vm.barWidth, flexShrink: 0, ...(bg ? { background: bg, borderRadius: Math.round(vm.rowHeight * 0.14) } : {}) }}>
      {r.zone ? (
        <div style={{ display: 'flex', position: 'absolute', [ctx.rtl ? 'right' : 'left']: 0, top: (vm.rowHeight - barHeight) / 2, width: vm.barWidth, height: barHeight, background: r.zone, borderRadius: vm.barWidth / 2 }} />
      ) : null}
      <div style={{ display: 'flex', justifyContent: 'center', width: vm.rankWidth, fontSize: vm.fontSize, fontWeight: 700, color: c.foreground, flexShrink: 0 }}>{String(r.row.rank)}</div>
      <Crest team={r.row.team} size={vm.crestSize} ctx={ctx} />
      <Fitted text={r.name} color={c.foreground} accent={c.foreground} style={{ width: vm.nameWidth, marginLeft: vm.nameGap, marginRight: vm.nameGap, flexShrink: 0 }} />
      <div style={{ display: 'flex', width: vm.statsWidth, fontSize: vm.fontSize, fontWeight: highlight ? 700 : 400, color: highlight ? c.foreground : c.muted, whiteSpace: 'pre', flexShrink: 0 }}>
        {r.stats}
      </div>
      <div style={{ display: 'flex', justifyContent: ctx.rtl ? 'flex-start' : 'flex-end', width: vm.pointsWidth, [ctx.rtl ? 'marginRight' : 'marginLeft']: vm.nameGap, fontSize: vm.fontSize, fontWeight: 700, color: c.foreground, flexShrink: 0 }}>{r.points}</div>
      {vm.formWidth ? (
        <div style={{ display: 'flex', justifyContent: ctx.rtl ? 'flex-start' : 'flex-end', width: vm.formWidth + vm.nameGap, flexShrink: 0 }}>
          <div style={{ display: 'flex', position: 'relative' }}>
            <FormSquares form={r.form} vm={vm} />
            {r.formText && !MONO_LETTERS.test(r.formText) ? (
              <FormLetters letters={r.formLetters} vm={vm} ctx={ctx} />
            ) : r.formText ? (
              <div
                style={{
                  display: 'flex',
                  position: 'absolute',
                  left: vm.formFont.offset,
                  top: 0,
                  height: vm.formDot,
                  alignItems: 'center',
                  fontFamily: cssFamily('mono'),
                  fontSize: vm.formFont.size,
                  fontWeight: 700,
                  letterSpacing: vm.formFont.spacing,
                  color: '#ffffff',
                  whiteSpace: 'pre',
                }}
              >
                {r.formText}
              </div>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function view(p: StandingsPayload, ctx: TemplateContext): SatoriElement {
  const vm = viewModel(p, ctx);
  const { palette: c, unit: u } = ctx;
  const gap = Math.round(16 * u);
  const row = ctx.rtl ? 'row-reverse' : 'row';
  const start = ctx.rtl ? 'flex-end' : 'flex-start';
  const end = ctx.rtl ? 'flex-start' : 'flex-end';
  const heading = (t: FittedText, width: number, align: 'center' | 'flex-start' | 'flex-end' = 'center') => (
    <div style={{ display: 'flex', justifyContent: align, width, flexShrink: 0 }}>
      <Fitted text={t} color={c.muted} accent={c.muted} />
    </div>
  );
  return (
    <CardFrame ctx={ctx}>
      <div style={{ display: 'flex', flexDirection: row, alignItems: 'center', height: vm.headerHeight, flexShrink: 0 }}>
        <Pill text={vm.title} background={c.accent} padX={Math.round(18 * u)} padY={Math.round(5 * u)} />
        <div style={{ display: 'flex', flexGrow: 1, justifyContent: start, [ctx.rtl ? 'marginRight' : 'marginLeft']: Math.round(16 * u) }}>{vm.header ? <Fitted text={vm.header} color={c.foreground} accent={c.accent} /> : null}</div>
        {vm.range ? <Fitted text={vm.range} color={c.muted} accent={c.muted} style={{ flexShrink: 0 }} /> : null}
      </div>
      <div style={{ display: 'flex', flexDirection: row, alignItems: 'center', height: vm.headingHeight, marginTop: gap, [ctx.rtl ? 'paddingRight' : 'paddingLeft']: vm.barWidth + vm.rankWidth + vm.crestSize + vm.nameGap, flexShrink: 0 }}>
        {heading(vm.teamHeading, vm.nameWidth + vm.nameGap, start)}
        {vm.statHeadings.map((s) => heading(s.heading, s.width))}
        {heading(vm.pointsHeading, vm.pointsWidth + vm.nameGap, end)}
        {vm.formHeading ? heading(vm.formHeading, vm.formWidth + vm.nameGap, end) : null}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1 }}>
        {vm.rows.map((r, i) => (
          <TableRow r={r} index={i} vm={vm} ctx={ctx} />
        ))}
      </div>
      {vm.legend.length ? (
        <div style={{ display: 'flex', flexDirection: row, flexWrap: 'wrap', marginTop: gap, flexShrink: 0 }}>
          {vm.legend.map((l) => (
            <div style={{ display: 'flex', flexDirection: row, alignItems: 'center', width: (ctx.width - 2 * ctx.pad) / vm.legendPerLine, height: vm.legendLine }}>
              <div style={{ display: 'flex', width: vm.legendDot, height: vm.legendDot, borderRadius: Math.round(vm.legendDot * 0.3), background: l.colour, [ctx.rtl ? 'marginLeft' : 'marginRight']: Math.round(10 * u), flexShrink: 0 }} />
              <Fitted text={l.label} color={c.muted} accent={c.muted} />
            </div>
          ))}
        </div>
      ) : null}
    </CardFrame>
  );
}

/** « Classement Ligue 1, Journée 34 (Places 1 à 10 sur 18) », for the alt text and the share page. */
function tableTitle(p: StandingsPayload, ctx: TemplateContext, shown: readonly Row[], text: (s: string) => string): string {
  const w = ctx.words;
  const head = [p.competition ? text(p.competition) : '', p.matchday === undefined ? '' : fill(w.matchdayN, { n: p.matchday })].filter(Boolean).join(', ');
  const range = shown.length < p.rows.length ? ` (${fill(w.ranksOf, { from: shown[0]!.rank, to: shown[shown.length - 1]!.rank, total: p.rows.length })})` : '';
  return `${w.standings}${head ? ` ${head}` : ''}${range}`;
}

export function alt(p: StandingsPayload, ctx: TemplateContext): string {
  const w = ctx.words;
  const colon = ctx.locale === 'fr' ? ' :' : ':';
  const { shown } = shownRows(p, ctx);
  const letters = (f: string) => [...f].map((x) => w[`form${x}` as 'formW' | 'formD' | 'formL']).join('');
  const rowText = (r: Row) => {
    const base = `${r.rank}. ${plainOf(r.team.name, ctx)} ${r.points} ${w.colPoints.toLocaleLowerCase(ctx.locale)}`;
    if (!r.highlight) return base;
    const detail = [`${r.played} ${w.played}`, `${r.won}-${r.drawn}-${r.lost}`, `${w.goals} ${r.goalsFor}:${r.goalsAgainst}`, r.form ? `${w.form} ${letters(r.form)}` : ''].filter(Boolean).join(', ');
    return `${base} (${detail})`;
  };
  const zones = p.zones.filter((z) => shown.some((r) => r.rank >= z.from && r.rank <= z.to)).map((z) => `${plainOf(z.label, ctx)} ${z.from === z.to ? z.from : `${z.from}–${z.to}`}`).join(', ');
  return [`${tableTitle(p, ctx, shown, (t) => plainOf(t, ctx))}${colon} ${shown.map(rowText).join('; ')}`, zones].filter(Boolean).join('. ');
}

/** Share page: « Classement Ligue 1, Journée 34 » as the title, the rows shown (rank, team, points) below. */
export function share(p: StandingsPayload, ctx: TemplateContext): { title: string; description: string } {
  const w = ctx.words;
  const { shown } = shownRows(p, ctx);
  const rows = shown.map((r) => `${r.rank}. ${readableOf(r.team.name, ctx)} ${r.points} ${w.colPoints.toLocaleLowerCase(ctx.locale)}`).join('; ');
  return { title: tableTitle(p, ctx, shown, (t) => readableOf(t, ctx)), description: rows };
}
