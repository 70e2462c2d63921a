import { z } from 'zod';
import { h, type SatoriElement } from '../src/jsx.ts';
import { CardFrame, fitText, plainOf, readableOf, type FittedText } from './shared/components.tsx';
import type { TemplateContext } from './shared/context.ts';
import { MAX_NAME_CHARS, MAX_SHIRT_NUMBER, MAX_SUBSTITUTES, STARTING_PLAYERS } from './shared/limits.ts';
import { Crest, fitAll, Fitted, standOut, team, teamColour, textWidth } from './shared/match.tsx';
import { commonFields, line } from './shared/schema.ts';
import { mix, readableOn } from './shared/theme.ts';

/** Bumped whenever the line-up card's drawing changes, so cached images and ETags roll over. */
export const version = 2;

/** Position codes are short: GK, DF, MF, FW, or a feed's own (LB, CDM, LWB). */
const MAX_POSITION_CHARS = 4;

const shirt = /* @__PURE__ */ (() => z
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_SHIRT_NUMBER, `must be at most ${MAX_SHIRT_NUMBER}`)
  .describe('Shirt number'))();
const position = /* @__PURE__ */ (() => line(MAX_POSITION_CHARS).optional().describe('GK, DF, MF, FW or the feed’s own code (LB, CDM…)'))();

const starter = /* @__PURE__ */ (() => z.strictObject({
  number: shirt,
  name: line(MAX_NAME_CHARS).describe('Player name as the card shows it'),
  position,
  captain: z.boolean().default(false).describe('Wears the armband'),
  grid: z
    .string()
    .trim()
    .regex(/^[1-6]:[1-6]$/u, 'must be a grid place row:column such as 2:1 (row 1 is the goalkeeper, columns count from the team’s left)')
    .optional()
    .describe('Place as data feeds give it, row:column (1:1 is the goalkeeper); without it, players are placed in list order'),
}))();

const substitute = /* @__PURE__ */ (() => z.strictObject({
  number: shirt,
  name: line(MAX_NAME_CHARS).describe('Player name'),
  position,
}))();

/** `4-3-3` → [4, 3, 3]: the outfield lines from defence to attack. */
export function formationLines(f: string): number[] {
  return f.split('-').map(Number);
}

/** 2 to 5 outfield lines of 1 to 6 players: every formation in use, from 5-4-1 to 4-1-2-1-2. */
const FORMATION = /^[1-6](?:-[1-6]){1,4}$/u;
const formation = /* @__PURE__ */ (() => z
  .string()
  .trim()
  .regex(FORMATION, 'must be a formation such as 4-3-3 or 4-2-3-1: 2 to 5 lines of 1 to 6 players, from defence to attack')
  .superRefine((f, ctx) => {
    if (!FORMATION.test(f)) return; // the format's own message says what is wrong
    const sum = formationLines(f).reduce((a, b) => a + b, 0);
    if (sum !== STARTING_PLAYERS - 1) ctx.addIssue({ code: 'custom', message: `the lines must add up to ${STARTING_PLAYERS - 1} outfield players (${f} makes ${sum})` });
  })
  .describe('Outfield lines from defence to attack: 4-3-3, 3-5-2, 4-2-3-1, 4-4-2…'))();

export const schema = /* @__PURE__ */ (() => z
  .strictObject({
    team: team.describe('The team whose line-up this is'),
    formation,
    starting: z
      .array(starter)
      .length(STARTING_PLAYERS, { error: (issue) => `must have exactly ${STARTING_PLAYERS} players (${Array.isArray(issue.input) ? issue.input.length : 0} given): the goalkeeper and ten outfield players` })
      .describe('The goalkeeper first, then each line of the formation from defence to attack, each line from the team’s left (or give every player a grid place)'),
    substitutes: z.array(substitute).max(MAX_SUBSTITUTES, `must have at most ${MAX_SUBSTITUTES} players`).default([]),
    coach: line(MAX_NAME_CHARS).optional().describe('Head coach'),
    ...commonFields,
  })
  .superRefine((p, ctx) => {
    // Shirt numbers identify players on the pitch: two players wearing one number is a feed error.
    const seen = new Map<number, string>();
    const list = [...p.starting.map((pl, i) => ({ pl, path: ['starting', i] })), ...p.substitutes.map((pl, i) => ({ pl, path: ['substitutes', i] }))];
    for (const { pl, path } of list) {
      const other = seen.get(pl.number);
      if (other) ctx.addIssue({ code: 'custom', path: [...path, 'number'], message: `number ${pl.number} is also worn by ${other}` });
      else seen.set(pl.number, path.join('.'));
    }
    // Grid places, when given, must be given for all and match the formation's rows.
    const lines = [1, ...formationLines(p.formation)];
    const placed = p.starting.filter((pl) => pl.grid !== undefined).length;
    if (placed === 0) return;
    const missing = p.starting.findIndex((pl) => pl.grid === undefined);
    if (missing >= 0) {
      ctx.addIssue({ code: 'custom', path: ['starting', missing, 'grid'], message: 'is required once another starting player has a grid place: give every starting player one, or none' });
      return;
    }
    const taken = new Map<string, number>();
    p.starting.forEach((pl, i) => {
      if (pl.grid === undefined) return;
      const [row, col] = pl.grid.split(':').map(Number) as [number, number];
      const inRow = lines[row - 1];
      if (inRow === undefined) {
        ctx.addIssue({ code: 'custom', path: ['starting', i, 'grid'], message: `row ${row} is not in the formation ${p.formation}, which has rows 1 (the goalkeeper) to ${lines.length}` });
      } else if (col > inRow) {
        ctx.addIssue({ code: 'custom', path: ['starting', i, 'grid'], message: `column ${col} is not in row ${row}, which has ${inRow} ${inRow === 1 ? 'place' : 'places'} in the formation ${p.formation}` });
      } else if (taken.has(pl.grid)) {
        ctx.addIssue({ code: 'custom', path: ['starting', i, 'grid'], message: `${pl.grid} is already the place of starting.${taken.get(pl.grid)}` });
      } else taken.set(pl.grid, i);
    });
  }))();
export type LineupPayload = z.output<typeof schema>;
type Starter = LineupPayload['starting'][number];

export const example: z.input<typeof schema> = {
  team: { name: 'Olympique de Marseille', shortName: 'OM', color: '#2faee0' },
  formation: '4-3-3',
  starting: [
    { number: 16, name: 'Pau López', position: 'GK' },
    { number: 3, name: 'Quentin Merlin', position: 'DF' },
    { number: 5, name: 'Leonardo Balerdi', position: 'DF' },
    { number: 99, name: 'Chancel Mbemba', position: 'DF' },
    { number: 7, name: 'Jonathan Clauss', position: 'DF' },
    { number: 8, name: 'Azzedine Ounahi', position: 'MF' },
    { number: 27, name: 'Jordan Veretout', position: 'MF', captain: true },
    { number: 19, name: 'Geoffrey Kondogbia', position: 'MF' },
    { number: 29, name: 'Iliman Ndiaye', position: 'FW' },
    { number: 10, name: 'Pierre-Emerick Aubameyang', position: 'FW' },
    { number: 23, name: 'Ismaïla Sarr', position: 'FW' },
  ],
  substitutes: [
    { number: 36, name: 'Rubén Blanco', position: 'GK' },
    { number: 4, name: 'Samuel Gigot', position: 'DF' },
    { number: 62, name: 'Michael Murillo', position: 'DF' },
    { number: 6, name: 'Ulisses Garcia', position: 'DF' },
    { number: 11, name: 'Amine Harit', position: 'MF' },
    { number: 18, name: 'Bamo Meïté', position: 'DF' },
    { number: 9, name: 'Faris Moumbagna', position: 'FW' },
    { number: 21, name: 'Valentin Rongier', position: 'MF' },
    { number: 22, name: 'Pape Gueye', position: 'MF' },
  ],
  coach: 'Jean-Louis Gasset',
  locale: 'fr',
};

/** Each starter's row (0 is the goalkeeper) and column (0 is the team's left), from grid places or list order. */
export function placements(p: LineupPayload): Array<{ player: Starter; row: number; col: number; of: number }> {
  const lines = [1, ...formationLines(p.formation)];
  if (p.starting.every((pl) => pl.grid !== undefined)) {
    // in place order, so a line-up given by grid draws exactly as the same one given in list order
    return p.starting
      .map((player) => {
        const [row, col] = player.grid!.split(':').map(Number) as [number, number];
        return { player, row: row - 1, col: col - 1, of: lines[row - 1] ?? 1 };
      })
      .sort((a, b) => a.row - b.row || a.col - b.col);
  }
  const out: Array<{ player: Starter; row: number; col: number; of: number }> = [];
  let i = 0;
  lines.forEach((n, row) => {
    for (let col = 0; col < n; col++) {
      const player = p.starting[i++];
      if (player) out.push({ player, row, col, of: n });
    }
  });
  return out;
}

interface Node {
  left: number;
  top: number;
  width: number;
  height: number;
  number: string;
  name: FittedText;
  captain: boolean;
}

interface SubView {
  number: string;
  name: FittedText;
  position?: FittedText;
}

interface LineupView {
  layout: 'landscape' | 'square' | 'story';
  vertical: boolean;
  colour: string;
  markerColour: string;
  grass: { grass: string; stripe: string; line: string };
  tag: FittedText;
  name: FittedText;
  formation: FittedText;
  crestSize: number;
  pitch: { width: number; height: number };
  nodes: Node[];
  marker: number;
  subsTitle?: FittedText;
  subs: SubView[];
  subColumns: number;
  subWidth: number;
  subRow: number;
  subNumber: number;
  coachLabel?: FittedText;
  coach?: FittedText;
  captain?: FittedText;
}

/**
 * Three layouts: story cards put the pitch across the card (goalkeeper at the bottom) above the bench;
 * square cards put the same upright pitch beside the bench; landscape cards (og, x) lay the pitch on its
 * side, goalkeeper on the left, beside a column with the team, the bench and the coach.
 */
export function viewModel(p: LineupPayload, ctx: TemplateContext): LineupView {
  const { width, height, unit: u, pad } = ctx;
  const layout = height > width * 1.5 ? 'story' : height >= width ? 'square' : 'landscape';
  const innerW = width - 2 * pad;
  const innerH = height - 2 * pad;
  const gap = Math.round(28 * u);
  const grass = pitchColours(ctx, typeof p.theme === 'object');
  // bench numbers in the team colour, or a shade of it that stands out from the card; the shirts on the
  // pitch in the team colour itself, outlined in white
  const colour = standOut(teamColour(p.team), ctx.palette.background);
  const markerColour = teamColour(p.team);

  // Header: crest, tag and team name, formation.
  const crestSize = Math.round((layout === 'landscape' ? 60 : layout === 'square' ? 66 : 88) * u);
  const sideW = layout === 'landscape' ? Math.round(340 * u) : layout === 'square' ? Math.round(220 * u) : innerW;
  const headerW = layout === 'landscape' ? sideW : innerW;
  const formation = fitText(p.formation, { width: (layout === 'landscape' ? 110 : 180) * u, height: 60 * u, maxSize: Math.round((layout === 'landscape' ? 30 : 44) * u), minSize: Math.round(16 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.1 }, ctx);
  const nameW = headerW - crestSize - 16 * u - textWidth(formation, ctx) - 16 * u;
  const nameSize = Math.round((layout === 'landscape' ? 24 : layout === 'square' ? 34 : 40) * u);
  const tag = fitText(ctx.words.startingXI.toLocaleUpperCase(ctx.locale), { width: nameW, height: 26 * u, maxSize: Math.round((layout === 'landscape' ? 15 : 18) * u), minSize: Math.round(11 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx);
  const name = fitText(p.team.name, { width: nameW, height: crestSize + 24 * u - tag.fontSize * 1.25, maxSize: nameSize, minSize: Math.round(16 * u), maxLines: 2, singleLine: true, weight: 700, lineHeight: 1.12 }, ctx);
  const headerH = Math.max(crestSize, Math.ceil(tag.fontSize * 1.25 + name.fontSize * 1.12 * 2));

  // Bench and coach.
  const subSize = Math.round((layout === 'landscape' ? 16 : layout === 'square' ? 16 : 20) * u);
  const subColumns = layout === 'story' ? 2 : 1;
  const subWidth = layout === 'story' ? Math.floor((innerW - gap) / 2) : sideW;
  const subRows = Math.ceil(p.substitutes.length / subColumns);
  const coachH = p.coach ? Math.round(subSize * 1.3 * 2 + 12 * u) : 0;
  const titleH = p.substitutes.length ? Math.round(subSize * 1.3 + 10 * u) : 0;
  // landscape and square: the side column holds the bench below the header; story: the bench is under the pitch
  const benchRoom = layout === 'story' ? Math.round(subSize * 1.7) * subRows : innerH - (layout === 'landscape' ? headerH + 20 * u : 0) - titleH - coachH - 8 * u;
  const subRow = subRows ? Math.min(Math.round(subSize * 1.7), Math.floor(benchRoom / subRows)) : 0;
  const subNumber = Math.round(subSize * 2.1);
  const subBox = (size: number) => ({ height: subRow, maxSize: size, minSize: Math.round(11 * u), maxLines: 1, singleLine: true, lineHeight: 1.25 });
  // One type size for the whole bench, as a printed list has.
  const benchNames = fitAll(
    p.substitutes.map((s) => ({ text: s.name, box: { ...subBox(subSize), width: subWidth - subNumber - 12 * u - (s.position ? subSize * 2.6 : 0), weight: 700 as const } })),
    ctx,
  );
  const subs: SubView[] = p.substitutes.map((s, i) => {
    const posW = subSize * 2.6;
    return {
      number: String(s.number),
      name: benchNames[i]!,
      ...(s.position ? { position: fitText(s.position, { ...subBox(Math.round(subSize * 0.8)), width: posW - 8 * u }, ctx) } : {}),
    };
  });
  const subsTitle = p.substitutes.length
    ? fitText(ctx.words.substitutes.toLocaleUpperCase(ctx.locale), { width: subWidth * subColumns, height: titleH, maxSize: Math.round(subSize * 0.8), minSize: Math.round(11 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx)
    : undefined;
  const coachWidth = layout === 'story' ? innerW : sideW;
  const coachLabel = p.coach ? fitText(ctx.words.coach.toLocaleUpperCase(ctx.locale), { width: coachWidth, height: subSize * 1.3, maxSize: Math.round(subSize * 0.8), minSize: Math.round(11 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx) : undefined;
  const coach = p.coach ? fitText(p.coach, { width: coachWidth, height: subSize * 1.3, maxSize: subSize, minSize: Math.round(12 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx) : undefined;

  // The pitch takes what is left.
  const pitch =
    layout === 'landscape'
      ? { width: innerW - sideW - gap, height: innerH }
      : layout === 'square'
        ? { width: innerW - sideW - gap, height: innerH - headerH - gap }
        : { width: innerW, height: innerH - headerH - gap - gap - titleH - subRow * subRows - coachH - (coachH ? 16 * u : 0) };
  const vertical = layout !== 'landscape';
  const marker = Math.round((layout === 'story' ? 56 : 42) * u);
  const labelSize = Math.round((layout === 'story' ? 20 : 14) * u);
  const nodeGap = Math.round(6 * u);
  const labelPad = Math.round(4 * u);
  const edge = Math.round(14 * u);
  const rows = 1 + formationLines(p.formation).length;

  const maxLabelLines = 3;
  const geometry = placements(p).map(({ player, row, col, of }) => {
    // Along the attack axis: rows spread evenly from the goal line to the attack; across it, players spread
    // over the width, never wider than a quarter of it apart (so a pair of strikers stays central).
    const along = vertical ? pitch.height : pitch.width;
    const across = vertical ? pitch.width : pitch.height;
    const step = across / Math.max(of, 4);
    const mid = across / 2 + (col - (of - 1) / 2) * step;
    const full = marker + 4 * u + maxLabelLines * labelSize * 1.15 + 2 * labelPad;
    let nodeW: number;
    let nodeH: number;
    let left: number;
    let top: number;
    if (vertical) {
      nodeW = step - nodeGap;
      const spacing = (along - 2 * edge) / rows;
      nodeH = Math.min(spacing - nodeGap, full);
      const centre = along - edge - spacing * (row + 0.5);
      left = mid - nodeW / 2;
      top = centre - nodeH / 2;
    } else {
      nodeW = (along - 2 * edge - nodeGap * (rows - 1)) / rows;
      nodeH = Math.min(step - nodeGap, full);
      left = edge + row * (nodeW + nodeGap);
      top = mid - nodeH / 2;
    }
    const labelH = nodeH - marker - 4 * u - 2 * labelPad;
    const box = { width: nodeW - 2 * labelPad - 2, height: labelH, minSize: Math.min(labelSize, Math.round(10 * u)), maxLines: maxLabelLines, singleLine: true, weight: 700 as const, lineHeight: 1.15 };
    return { player, left, top, nodeW, nodeH, box };
  });
  // One type size for every name on the pitch.
  // The shirt number goes before the name, held to its first word ("29 Iliman / Ndiaye").
  const labels = fitAll(geometry.map((g) => ({ text: `${g.player.number}\u00a0${g.player.name}`, box: { ...g.box, maxSize: labelSize } })), ctx);
  // A right-to-left card attacks from right to left: the side-on pitch turned half a turn, so the goalkeeper
  // is on the right and the left-back still on his left (a mirror image would swap the flanks).
  const turn = ctx.rtl && !vertical;
  const nodes: Node[] = geometry.map((g, i) => ({
    left: turn ? pitch.width - g.left - g.nodeW : g.left,
    top: turn ? pitch.height - g.top - g.nodeH : g.top,
    width: g.nodeW,
    height: g.nodeH,
    number: String(g.player.number),
    name: labels[i]!,
    captain: g.player.captain,
  }));
  const captainSize = Math.round(marker * 0.46);
  const captain = p.starting.some((pl) => pl.captain)
    ? fitText(ctx.words.captainMark, { width: captainSize * 0.8, height: captainSize * 0.8, maxSize: Math.round(captainSize * 0.62), minSize: 4, maxLines: 1, singleLine: true, weight: 700, lineHeight: 1 }, ctx)
    : undefined;

  return {
    layout,
    vertical,
    colour,
    markerColour,
    grass,
    tag,
    name,
    formation,
    crestSize,
    pitch,
    nodes,
    marker,
    ...(subsTitle ? { subsTitle } : {}),
    subs,
    subColumns,
    subWidth,
    subRow,
    subNumber,
    ...(coachLabel && coach ? { coachLabel, coach } : {}),
    ...(captain ? { captain } : {}),
  };
}

/** Grass and line colours: green under the light and dark themes, a deep shade of the brand colour otherwise. */
function pitchColours(ctx: TemplateContext, brand: boolean): { grass: string; stripe: string; line: string } {
  if (brand) {
    const grass = mix(ctx.palette.background, '#000000', 0.35);
    return { grass, stripe: mix(grass, '#000000', 0.12), line: mix(grass, '#ffffff', 0.45) };
  }
  return ctx.palette.dark ? { grass: '#166534', stripe: '#14532d', line: '#4ade80' } : { grass: '#2f8f4e', stripe: '#2a8147', line: '#bfe8cc' };
}

function Pitch(props: { vm: LineupView; ctx: TemplateContext }): SatoriElement {
  const { vm, ctx } = props;
  const { width: W, height: H } = vm.pitch;
  const u = ctx.unit;
  const colours = vm.grass;
  const lw = Math.max(2, Math.round(2 * u));
  const inset = Math.round(10 * u);
  const line = `${lw}px solid ${colours.line}`;
  // Markings drawn in "along × across" units, then mapped to the card's axes.
  const along = vm.vertical ? H : W;
  const across = vm.vertical ? W : H;
  const box = (a0: number, c0: number, aLen: number, cLen: number, style: Record<string, string | number>) => {
    const [left, top, w, hgt] = vm.vertical ? [c0, H - a0 - aLen, cLen, aLen] : [a0, c0, aLen, cLen];
    return <div style={{ display: 'flex', position: 'absolute', left, top, width: w, height: hgt, ...style }} />;
  };
  const fieldA = along - 2 * inset;
  const fieldC = across - 2 * inset;
  const stripes = 8;
  const penaltyDepth = fieldA * 0.15;
  const penaltyWidth = fieldC * 0.58;
  const goalDepth = fieldA * 0.055;
  const goalWidth = fieldC * 0.28;
  const circle = Math.min(fieldC * 0.3, fieldA * 0.22);
  const spot = Math.max(4, Math.round(6 * u));
  return (
    <div style={{ display: 'flex', position: 'relative', width: W, height: H, background: colours.grass, borderRadius: Math.round(14 * u), flexShrink: 0 }}>
      {Array.from({ length: stripes }, (_, i) => (i % 2 === 1 ? box(inset + (fieldA / stripes) * i, inset, fieldA / stripes, fieldC, { background: colours.stripe }) : null))}
      {box(inset, inset, fieldA, fieldC, { border: line })}
      {box(inset + fieldA / 2 - lw / 2, inset, lw, fieldC, { background: colours.line })}
      {box(inset + fieldA / 2 - circle / 2, inset + fieldC / 2 - circle / 2, circle, circle, { border: line, borderRadius: circle / 2 })}
      {box(inset + fieldA / 2 - spot / 2, inset + fieldC / 2 - spot / 2, spot, spot, { background: colours.line, borderRadius: spot / 2 })}
      {box(inset, inset + (fieldC - penaltyWidth) / 2, penaltyDepth, penaltyWidth, { border: line })}
      {box(inset + fieldA - penaltyDepth, inset + (fieldC - penaltyWidth) / 2, penaltyDepth, penaltyWidth, { border: line })}
      {box(inset, inset + (fieldC - goalWidth) / 2, goalDepth, goalWidth, { border: line })}
      {box(inset + fieldA - goalDepth, inset + (fieldC - goalWidth) / 2, goalDepth, goalWidth, { border: line })}
      {vm.nodes.map((n) => (
        <PlayerNode node={n} vm={vm} ctx={ctx} />
      ))}
    </div>
  );
}

/**
 * A shirt in the team colour, outlined in white to stand off the grass: the player's place on the pitch.
 * The shirt number is printed in the label below, before the name ("3 Quentin Merlin"), where it reads as
 * part of a line of text (OCR drops a lone digit inside a shape: tesseract read none of the eleven).
 */
function Shirt(props: { size: number; colour: string }): SatoriElement {
  return (
    <svg width={props.size} height={props.size} viewBox="0 0 24 24" style={{ flexShrink: 0 }}>
      <path
        d="M8.2 2.5 3 5.2l1.9 4.6 2.4-1v11.7h9.4V8.8l2.4 1L21 5.2l-5.2-2.7c-.6 1.5-2 2.4-3.8 2.4S8.8 4 8.2 2.5z"
        fill={props.colour}
        stroke="#ffffff"
        stroke-width={1.3}
      />
    </svg>
  );
}

function PlayerNode(props: { node: Node; vm: LineupView; ctx: TemplateContext }): SatoriElement {
  const { node: n, vm, ctx } = props;
  const u = ctx.unit;
  const m = vm.marker;
  const captainSize = Math.round(m * 0.46);
  return (
    <div style={{ display: 'flex', position: 'absolute', left: n.left, top: n.top, width: n.width, height: n.height, flexDirection: 'column', alignItems: 'center' }}>
      <Shirt size={m} colour={vm.markerColour} />
      {n.captain && vm.captain ? (
        <div
          style={{
            display: 'flex',
            position: 'absolute',
            left: ctx.rtl ? n.width / 2 - m / 2 - captainSize * 0.45 : n.width / 2 + m / 2 - captainSize * 0.55,
            top: -captainSize * 0.2,
            width: captainSize,
            height: captainSize,
            borderRadius: captainSize / 2,
            alignItems: 'center',
            justifyContent: 'center',
            background: '#facc15',
            border: `${Math.max(1, Math.round(u))}px solid #713f12`,
          }}
        >
          <Fitted text={vm.captain} color="#422006" accent="#422006" />
        </div>
      ) : null}
      <Fitted
        text={n.name}
        color="#ffffff"
        accent="#ffffff"
        style={{ marginTop: Math.round(4 * u), padding: `${Math.round(2 * u)}px ${Math.round(4 * u)}px`, background: 'rgba(0, 0, 0, 0.55)', borderRadius: Math.round(6 * u), textAlign: 'center', maxWidth: n.width }}
      />
    </div>
  );
}

function Header(props: { p: LineupPayload; vm: LineupView; ctx: TemplateContext; width: number }): SatoriElement {
  const { p, vm, ctx } = props;
  const c = ctx.palette;
  const u = ctx.unit;
  return (
    <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', alignItems: 'center', width: props.width, flexShrink: 0 }}>
      <Crest team={p.team} size={vm.crestSize} ctx={ctx} />
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: ctx.rtl ? 'flex-end' : 'flex-start', flexGrow: 1, [ctx.rtl ? 'marginRight' : 'marginLeft']: Math.round(16 * u) }}>
        <Fitted text={vm.tag} color={c.accent} accent={c.accent} />
        <Fitted text={vm.name} color={c.foreground} accent={c.foreground} />
      </div>
      <Fitted text={vm.formation} color={c.foreground} accent={c.foreground} style={{ [ctx.rtl ? 'marginRight' : 'marginLeft']: Math.round(16 * u), padding: `${Math.round(4 * u)}px 0`, flexShrink: 0 }} />
    </div>
  );
}

function Bench(props: { vm: LineupView; ctx: TemplateContext }): SatoriElement {
  const { vm, ctx } = props;
  const c = ctx.palette;
  const u = ctx.unit;
  const perColumn = Math.ceil(vm.subs.length / vm.subColumns);
  const columns = Array.from({ length: vm.subColumns }, (_, i) => vm.subs.slice(i * perColumn, (i + 1) * perColumn));
  const numberColour = readableOn(vm.colour);
  const row = ctx.rtl ? 'row-reverse' : 'row';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: ctx.rtl ? 'flex-end' : 'flex-start' }}>
      {vm.subsTitle ? <Fitted text={vm.subsTitle} color={c.muted} accent={c.muted} style={{ marginBottom: Math.round(10 * u) }} /> : null}
      <div style={{ display: 'flex', flexDirection: row, justifyContent: 'space-between', alignSelf: 'stretch' }}>
        {columns.map((col) => (
          <div style={{ display: 'flex', flexDirection: 'column', width: vm.subWidth }}>
            {col.map((s) => (
              <div style={{ display: 'flex', flexDirection: row, alignItems: 'center', height: vm.subRow }}>
                <div
                  style={{
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    width: vm.subNumber,
                    height: Math.round(vm.subRow * 0.78),
                    [ctx.rtl ? 'marginLeft' : 'marginRight']: Math.round(12 * u),
                    borderRadius: Math.round(6 * u),
                    background: vm.colour,
                    color: numberColour,
                    fontSize: Math.round(vm.subRow * 0.44),
                    fontWeight: 700,
                    flexShrink: 0,
                  }}
                >
                  {s.number}
                </div>
                <div style={{ display: 'flex', flexGrow: 1, justifyContent: ctx.rtl ? 'flex-end' : 'flex-start' }}>
                  <Fitted text={s.name} color={c.foreground} accent={c.foreground} />
                </div>
                {s.position ? <Fitted text={s.position} color={c.muted} accent={c.muted} style={{ [ctx.rtl ? 'marginRight' : 'marginLeft']: Math.round(8 * u), flexShrink: 0 }} /> : null}
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function Coach(props: { vm: LineupView; ctx: TemplateContext }): SatoriElement | null {
  const { vm, ctx } = props;
  if (!vm.coach || !vm.coachLabel) return null;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: ctx.rtl ? 'flex-end' : 'flex-start' }}>
      <Fitted text={vm.coachLabel} color={ctx.palette.muted} accent={ctx.palette.muted} />
      <Fitted text={vm.coach} color={ctx.palette.foreground} accent={ctx.palette.foreground} />
    </div>
  );
}

export function view(p: LineupPayload, ctx: TemplateContext): SatoriElement {
  const vm = viewModel(p, ctx);
  const u = ctx.unit;
  const gap = Math.round(28 * u);
  const innerW = ctx.width - 2 * ctx.pad;
  if (vm.layout === 'story') {
    return (
      <CardFrame ctx={ctx}>
        <Header p={p} vm={vm} ctx={ctx} width={innerW} />
        <div style={{ display: 'flex', marginTop: gap, marginBottom: gap }}>
          <Pitch vm={vm} ctx={ctx} />
        </div>
        <Bench vm={vm} ctx={ctx} />
        {vm.coach ? (
          <div style={{ display: 'flex', justifyContent: ctx.rtl ? 'flex-end' : 'flex-start', marginTop: Math.round(16 * u) }}>
            <Coach vm={vm} ctx={ctx} />
          </div>
        ) : null}
      </CardFrame>
    );
  }
  const side = (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: ctx.rtl ? 'flex-end' : 'flex-start', justifyContent: 'space-between', width: innerW - vm.pitch.width - gap, height: vm.pitch.height }}>
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: ctx.rtl ? 'flex-end' : 'flex-start' }}>
        {vm.layout === 'landscape' ? (
          <div style={{ display: 'flex', marginBottom: Math.round(20 * u) }}>
            <Header p={p} vm={vm} ctx={ctx} width={innerW - vm.pitch.width - gap} />
          </div>
        ) : null}
        <Bench vm={vm} ctx={ctx} />
      </div>
      <Coach vm={vm} ctx={ctx} />
    </div>
  );
  return (
    <CardFrame ctx={ctx}>
      {vm.layout === 'square' ? (
        <div style={{ display: 'flex', marginBottom: gap }}>
          <Header p={p} vm={vm} ctx={ctx} width={innerW} />
        </div>
      ) : null}
      <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', justifyContent: 'space-between' }}>
        <Pitch vm={vm} ctx={ctx} />
        {side}
      </div>
    </CardFrame>
  );
}

/**
 * The line-up in words, for the alt text and the share page: the eleven by line (goalkeeper first, each player
 * « number name », the captain marked), then bench and coach; `text` turns a field into plain or readable text.
 */
function squadText(p: LineupPayload, ctx: TemplateContext, text: (s: string) => string): { eleven: string; rest: string[] } {
  const w = ctx.words;
  const colon = ctx.locale === 'fr' ? ' :' : ':';
  const who = (pl: { number: number; name: string; captain?: boolean }) => `${pl.number} ${text(pl.name)}${pl.captain ? ` (${w.captain})` : ''}`;
  const rows = new Map<number, string[]>();
  for (const { player, row } of placements(p).sort((a, b) => a.row - b.row || a.col - b.col)) rows.set(row, [...(rows.get(row) ?? []), who(player)]);
  const rest: string[] = [];
  if (p.substitutes.length) rest.push(`${w.substitutes}${colon} ${p.substitutes.map(who).join(', ')}`);
  if (p.coach) rest.push(`${w.coach}${colon} ${text(p.coach)}`);
  return { eleven: [...rows.values()].map((r) => r.join(', ')).join('; '), rest };
}

export function alt(p: LineupPayload, ctx: TemplateContext): string {
  const { eleven, rest } = squadText(p, ctx, (s) => plainOf(s, ctx));
  return [`${ctx.words.startingXI} — ${plainOf(p.team.name, ctx)} (${p.formation})${ctx.locale === 'fr' ? ' :' : ':'} ${eleven}`, ...rest].join('. ');
}

/** Share page: team and formation as the title, the eleven (goalkeeper first), bench and coach below. */
export function share(p: LineupPayload, ctx: TemplateContext): { title: string; description: string } {
  const { eleven, rest } = squadText(p, ctx, (s) => readableOf(s, ctx));
  return { title: `${ctx.words.startingXI} — ${readableOf(p.team.name, ctx)} (${p.formation})`, description: [eleven, ...rest].join('. ') };
}
