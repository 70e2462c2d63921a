import { z } from 'zod';
import { h, type SatoriElement } from '../src/jsx.ts';
import { CardFrame, fitText, initials, plainOf, readableOf, type FittedText } from './shared/components.tsx';
import type { TemplateContext } from './shared/context.ts';
import { MAX_LABEL_CHARS, MAX_NAME_CHARS, MAX_PLAYER_STATS, MAX_SHIRT_NUMBER, MAX_STAT_LABEL_CHARS, MAX_STAT_VALUE_CHARS } from './shared/limits.ts';
import { Crest, fitAll, Fitted, minute, Pill, presetOrText, standOut, team, teamColour } from './shared/match.tsx';
import { fill } from './shared/locale.ts';
import { commonFields, imageRef, line } from './shared/schema.ts';
import { mix, readableOn } from './shared/theme.ts';

/** Bumped whenever the player card's drawing changes, so cached images and ETags roll over. */
export const version = 2;

export const HEADLINES = ['player-of-the-match', 'goal', 'new-signing'] as const;

const stat = /* @__PURE__ */ (() => z.strictObject({
  label: line(MAX_STAT_LABEL_CHARS).describe('What is counted: "Passes", "xG"'),
  value: z
    .union([line(MAX_STAT_VALUE_CHARS), z.number()], { error: `must be a number or a text of at most ${MAX_STAT_VALUE_CHARS} characters such as 54, 0.8 or 92 %` })
    .describe('The figure: 54, 0.8, "92 %"'),
}))();

export const schema = /* @__PURE__ */ (() => z.strictObject({
  name: line(MAX_NAME_CHARS).describe('Player name'),
  number: z.int('must be a whole number').min(1, 'must be at least 1').max(MAX_SHIRT_NUMBER, `must be at most ${MAX_SHIRT_NUMBER}`).optional().describe('Shirt number'),
  team: team.describe('The player’s team'),
  headline: presetOrText(HEADLINES, MAX_LABEL_CHARS).describe('player-of-the-match, goal or new-signing (printed in the card’s language), or any text'),
  minute: minute.optional().describe('Match minute, e.g. of the goal'),
  photo: imageRef.optional().describe('Photo; the shirt number on the team colour is drawn without it'),
  stats: z.array(stat).max(MAX_PLAYER_STATS, `must have at most ${MAX_PLAYER_STATS} stats`).default([]).describe('Figures of the match or season, label and value'),
  ...commonFields,
}))();
export type PlayerPayload = z.output<typeof schema>;

export const example: z.input<typeof schema> = {
  name: 'Chancel Mbemba',
  number: 99,
  team: { name: 'Olympique de Marseille', shortName: 'OM', color: '#2faee0' },
  headline: 'player-of-the-match',
  stats: [
    { label: 'Buts', value: 1 },
    { label: 'Duels gagnés', value: 9 },
    { label: 'Passes réussies', value: 54 },
    { label: 'Interceptions', value: 4 },
    { label: 'Dégagements', value: 7 },
    { label: 'Note', value: 8.4 },
  ],
  locale: 'fr',
};

/** A figure as the card's language writes it: 8.4 → « 8,4 » in French; text values as written. */
function figure(v: string | number, ctx: TemplateContext): string {
  return typeof v === 'number' ? (ctx.locale === 'fr' ? String(v).replace('.', ',') : String(v)) : v;
}

/** The headline as printed: a preset in the card's language (upper case on the card, as tags are set), free text as written. */
export function headlineText(p: PlayerPayload, ctx: TemplateContext, tag = false): string {
  if (!(HEADLINES as readonly string[]).includes(p.headline)) return p.headline;
  const word = ctx.words[p.headline as (typeof HEADLINES)[number]];
  return tag ? word.toLocaleUpperCase(ctx.locale) : word;
}

interface StatView {
  value: FittedText;
  label: FittedText;
}

interface PlayerView {
  layout: 'landscape' | 'square' | 'story';
  colour: string;
  panel: { left: number; top: number; width: number; height: number };
  content: { left: number; top: number; width: number; height: number };
  headline: FittedText;
  name: FittedText;
  teamName: FittedText;
  crestSize: number;
  stats: StatView[];
  statColumns: number;
  statWidth: number;
  statHeight: number;
  numberBadge?: string;
  badgeSize: number;
  bigNumber?: string;
  bigNumberSize: number;
}

/**
 * Two layouts: og, x and square cards put the photo in a full-height panel on the left and the player's
 * name and figures beside it; story cards put the photo across the top half and everything else below.
 */
export function viewModel(p: PlayerPayload, ctx: TemplateContext): PlayerView {
  const { width, height, unit: u, pad } = ctx;
  const layout = height > width * 1.5 ? 'story' : height >= width ? 'square' : 'landscape';
  // the panel in the team colour, or a shade of it that stands out from a card in that same colour
  const colour = standOut(teamColour(p.team), ctx.palette.background);
  const panelWidth = Math.round(width * (layout === 'square' ? 0.42 : 0.38));
  // a right-to-left card mirrors: the panel on the right, the text to its left
  const panel =
    layout === 'story'
      ? { left: 0, top: 0, width, height: Math.round(height * 0.46) }
      : { left: ctx.rtl ? width - panelWidth : 0, top: 0, width: panelWidth, height };
  const badgeSize = Math.round((layout === 'story' ? 96 : 76) * u);
  // story: the number badge straddles the photo's lower edge, the text starts below it
  const below = Math.round(p.photo && p.number !== undefined ? badgeSize / 2 + 28 * u : 48 * u);
  const content =
    layout === 'story'
      ? { left: pad, top: panel.height + below, width: width - 2 * pad, height: height - panel.height - below - pad }
      : { left: ctx.rtl ? pad : panel.width + pad, top: pad, width: width - panel.width - 2 * pad, height: height - 2 * pad };

  const head = [headlineText(p, ctx, true), p.minute].filter(Boolean).join(' · ');
  const pillPad = 18 * u;
  const headline = fitText(head, { width: content.width - 2 * pillPad, height: 40 * u, maxSize: Math.round((layout === 'story' ? 26 : 22) * u), minSize: Math.round(14 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx);
  const nameSize = Math.round((layout === 'story' ? 64 : layout === 'square' ? 52 : 60) * u);
  const name = fitText(p.name, { width: content.width, height: 2 * nameSize * 1.08, maxSize: nameSize, minSize: Math.round(24 * u), maxLines: 2, singleLine: true, weight: 700, lineHeight: 1.08 }, ctx);
  const crestSize = Math.round((layout === 'story' ? 44 : 40) * u);
  // the shirt number in words too: the large one in the panel is a picture of a number, which OCR and
  // some readers do not take for text
  const teamLine = p.number === undefined ? p.team.name : `${fill(ctx.words.shirtNumber, { n: p.number })} · ${p.team.name}`;
  const teamName = fitText(teamLine, { width: content.width - crestSize - 14 * u, height: crestSize, maxSize: Math.round((layout === 'story' ? 28 : 24) * u), minSize: Math.round(14 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx);

  const statColumns = layout === 'square' ? 2 : 3;
  const statGap = Math.round(14 * u);
  const statWidth = Math.floor((content.width - statGap * (statColumns - 1)) / statColumns);
  const statPad = Math.round(12 * u);
  const statRows = Math.ceil(p.stats.length / statColumns);
  // The figures take what the headline, name and team leave, up to their full size.
  const above = headline.fontSize * 1.25 + 12 * u + 18 * u + name.fontSize * 1.08 * 2 + 14 * u + crestSize + (layout === 'story' ? 48 : 28) * u;
  const fullValue = (layout === 'story' ? 56 : 40) * u;
  const fullLabel = (layout === 'story' ? 20 : 16) * u;
  const fullHeight = fullValue * 1.15 + fullLabel * 1.2 * 2 + 2 * statPad;
  const room = statRows ? (content.height - above - statGap * (statRows - 1)) / statRows : fullHeight;
  const shrink = Math.max(0.5, Math.min(1, (room - 2 * statPad) / (fullHeight - 2 * statPad)));
  const valueSize = Math.floor(fullValue * shrink);
  const labelSize = Math.floor(fullLabel * shrink);
  const statHeight = Math.floor(valueSize * 1.15 + labelSize * 1.2 * 2 + 2 * statPad);
  // One size for every figure and one for every label, as a printed table has.
  const values = fitAll(p.stats.map((s) => ({ text: figure(s.value, ctx), box: { width: statWidth - 2 * statPad, height: valueSize * 1.15, maxSize: valueSize, minSize: Math.min(valueSize, Math.round(18 * u)), maxLines: 1, singleLine: true, weight: 700 as const, lineHeight: 1.15 } })), ctx);
  const labels = fitAll(p.stats.map((s) => ({ text: s.label, box: { width: statWidth - 2 * statPad, height: labelSize * 1.2 * 2, maxSize: labelSize, minSize: Math.min(labelSize, Math.round(11 * u)), maxLines: 2, singleLine: true, lineHeight: 1.2 } })), ctx);
  const stats = p.stats.map((_, i) => ({ value: values[i]!, label: labels[i]! }));

  const number = p.number === undefined ? undefined : String(p.number);
  return {
    layout,
    colour,
    panel,
    content,
    headline,
    name,
    teamName,
    crestSize,
    stats,
    statColumns,
    statWidth,
    statHeight,
    ...(p.photo && number ? { numberBadge: number } : {}),
    badgeSize,
    ...(p.photo ? {} : { bigNumber: number ?? initials(p.name) }),
    bigNumberSize: Math.round(Math.min(panel.width, panel.height) * 0.62),
  };
}

function PhotoPanel(props: { p: PlayerPayload; vm: PlayerView; ctx: TemplateContext }): SatoriElement {
  const { p, vm, ctx } = props;
  const { left, top, width, height } = vm.panel;
  const u = ctx.unit;
  const fg = readableOn(vm.colour);
  const crest = Math.round(72 * u);
  return (
    <div style={{ display: 'flex', position: 'absolute', left, top, width, height, background: vm.colour, alignItems: 'center', justifyContent: 'center' }}>
      {p.photo ? (
        <img src={p.photo} width={width} height={height} style={{ width, height, objectFit: 'cover', objectPosition: 'top' }} />
      ) : (
        <div style={{ display: 'flex', color: mix(vm.colour, fg, 0.85), fontSize: vm.bigNumberSize, fontWeight: 700, lineHeight: 1, letterSpacing: -4 }}>{vm.bigNumber}</div>
      )}
      {p.team.crest ? (
        <div style={{ display: 'flex', position: 'absolute', [ctx.rtl ? 'right' : 'left']: Math.round(32 * u), top: Math.round(32 * u) }}>
          <Crest team={p.team} size={crest} ctx={ctx} on={vm.colour} />
        </div>
      ) : null}
    </div>
  );
}

function NumberBadge(props: { vm: PlayerView; ctx: TemplateContext }): SatoriElement | null {
  const { vm, ctx } = props;
  if (!vm.numberBadge) return null;
  const s = vm.badgeSize;
  const border = Math.max(3, Math.round(4 * ctx.unit));
  const [x, top] = vm.layout === 'story' ? [ctx.pad, vm.panel.height - s / 2] : [vm.panel.width - s / 2, ctx.height - ctx.pad - s];
  const left = ctx.rtl ? ctx.width - x - s : x;
  return (
    <div
      style={{
        display: 'flex',
        position: 'absolute',
        left,
        top,
        width: s,
        height: s,
        alignItems: 'center',
        justifyContent: 'center',
        borderRadius: Math.round(s * 0.22),
        background: vm.colour,
        border: `${border}px solid ${ctx.palette.background}`,
        color: readableOn(vm.colour),
        fontSize: Math.round(s * 0.44),
        fontWeight: 700,
      }}
    >
      {vm.numberBadge}
    </div>
  );
}

export function view(p: PlayerPayload, ctx: TemplateContext): SatoriElement {
  const vm = viewModel(p, ctx);
  const { palette: c, unit: u } = ctx;
  const rows: StatView[][] = [];
  for (let i = 0; i < vm.stats.length; i += vm.statColumns) rows.push(vm.stats.slice(i, i + vm.statColumns));
  const statGap = Math.round(14 * u);
  const across = ctx.rtl ? 'row-reverse' : 'row';
  return (
    <CardFrame ctx={ctx} style={{ padding: 0 }}>
      <PhotoPanel p={p} vm={vm} ctx={ctx} />
      <div
        style={{
          display: 'flex',
          position: 'absolute',
          left: vm.content.left,
          top: vm.content.top,
          width: vm.content.width,
          height: vm.content.height,
          flexDirection: 'column',
          alignItems: ctx.rtl ? 'flex-end' : 'flex-start',
          justifyContent: vm.layout === 'story' ? 'flex-start' : 'center',
        }}
      >
        <div style={{ display: 'flex' }}>
          <Pill text={vm.headline} background={c.accent} padX={Math.round(18 * u)} padY={Math.round(6 * u)} />
        </div>
        <Fitted text={vm.name} color={c.foreground} accent={c.foreground} style={{ marginTop: Math.round(18 * u), letterSpacing: -0.5 }} />
        <div style={{ display: 'flex', flexDirection: across, alignItems: 'center', marginTop: Math.round(14 * u) }}>
          <Crest team={p.team} size={vm.crestSize} ctx={ctx} />
          <Fitted text={vm.teamName} color={c.muted} accent={c.muted} style={{ [ctx.rtl ? 'marginRight' : 'marginLeft']: Math.round(14 * u) }} />
        </div>
        {rows.length ? (
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: Math.round((vm.layout === 'story' ? 48 : 28) * u) }}>
            {rows.map((row, r) => (
              <div style={{ display: 'flex', flexDirection: across, marginTop: r === 0 ? 0 : statGap }}>
                {row.map((s, i) => (
                  <div
                    style={{
                      display: 'flex',
                      flexDirection: 'column',
                      alignItems: ctx.rtl ? 'flex-end' : 'flex-start',
                      width: vm.statWidth,
                      height: vm.statHeight,
                      [ctx.rtl ? 'marginRight' : 'marginLeft']: i === 0 ? 0 : statGap,
                      padding: Math.round(12 * u),
                      boxSizing: 'border-box',
                      borderRadius: Math.round(12 * u),
                      background: c.surface,
                    }}
                  >
                    <Fitted text={s.value} color={c.foreground} accent={c.foreground} />
                    <Fitted text={s.label} color={c.muted} accent={c.muted} />
                  </div>
                ))}
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <NumberBadge vm={vm} ctx={ctx} />
    </CardFrame>
  );
}

export function alt(p: PlayerPayload, ctx: TemplateContext): string {
  const colon = ctx.locale === 'fr' ? ' :' : ':';
  const head = [headlineText(p, ctx), p.minute].filter(Boolean).join(', ');
  const who = [plainOf(p.name, ctx), p.number === undefined ? '' : `${ctx.words.number} ${p.number}`, plainOf(p.team.name, ctx)].filter(Boolean).join(', ');
  const stats = p.stats.map((s) => `${plainOf(s.label, ctx)} ${figure(s.value, ctx)}`).join(', ');
  return `${plainOf(head, ctx)}${colon} ${who}${stats ? `. ${stats}` : ''}`;
}

/** Share page: « Homme du match : Chancel Mbemba » as the title, team, number, minute and stats below. */
export function share(p: PlayerPayload, ctx: TemplateContext): { title: string; description: string } {
  const colon = ctx.locale === 'fr' ? ' :' : ':';
  const who = [readableOf(p.team.name, ctx), p.number === undefined ? '' : `${ctx.words.number} ${p.number}`, p.minute ?? ''].filter(Boolean).join(', ');
  const stats = p.stats.map((s) => `${readableOf(s.label, ctx)} ${figure(s.value, ctx)}`).join(', ');
  return { title: `${readableOf(headlineText(p, ctx), ctx)}${colon} ${readableOf(p.name, ctx)}`, description: [who, stats].filter(Boolean).join('. ') };
}
