import { z } from 'zod';
import { h, type SatoriElement } from '../src/jsx.ts';
import { CardFrame, fitText, plainOf, readableOf, type FittedText } from './shared/components.tsx';
import type { TemplateContext } from './shared/context.ts';
import { MAX_BROADCASTERS, MAX_LABEL_CHARS, MAX_LINE_CHARS, MAX_NAME_CHARS, MAX_RANK } from './shared/limits.ts';
import { fill, formatKickoff, formatMatchDay, formatTime } from './shared/locale.ts';
import { ColourStrip, Crest, Fitted, hashtag, Pill, presetOrText, standOut, team, teamColour, textWidth } from './shared/match.tsx';
import { commonFields, isoDate, line } from './shared/schema.ts';

/** Bumped whenever the fixture card's drawing changes, so cached images and ETags roll over. */
export const version = 2;

export const LABELS = ['matchday', 'derby', 'final'] as const;

export const schema = /* @__PURE__ */ (() => z.strictObject({
  home: team.describe('Home team'),
  away: team.describe('Away team'),
  kickoff: isoDate.describe('Kick-off, a date-time with its offset (2024-05-04T21:00:00+02:00), shown as written; a date alone while the time is not set'),
  competition: line(MAX_NAME_CHARS).optional(),
  stage: line(MAX_LINE_CHARS).optional().describe('Round or stage, e.g. "Demi-finale aller"'),
  matchday: z
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_RANK, `must be at most ${MAX_RANK}`)
    .optional()
    .describe('Matchday number, printed "Matchday 34"'),
  label: presetOrText(LABELS, MAX_LABEL_CHARS).optional().describe('matchday, derby or final (printed in the card’s language), or any text'),
  venue: line(MAX_LINE_CHARS).optional(),
  broadcasters: z.array(line(MAX_NAME_CHARS)).max(MAX_BROADCASTERS, `must have at most ${MAX_BROADCASTERS} broadcasters`).default([]).describe('TV channels and streams'),
  hashtag: hashtag.optional(),
  ...commonFields,
}))();
export type FixturePayload = z.output<typeof schema>;
type Side = 'home' | 'away';

export const example: z.input<typeof schema> = {
  home: { name: 'Olympique de Marseille', shortName: 'OM', color: '#2faee0' },
  away: { name: 'Paris Saint-Germain', shortName: 'PSG', color: '#004170' },
  kickoff: '2024-05-04T21:00:00+02:00',
  competition: 'Ligue 1',
  matchday: 33,
  label: 'matchday',
  venue: 'Orange Vélodrome',
  broadcasters: ['Prime Video', 'beIN Sports'],
  hashtag: 'OMPSG',
  locale: 'fr',
};

/** The label as printed: a preset in the card's language (upper case, as tags are set), free text as written. */
function labelText(p: FixturePayload, ctx: TemplateContext): string | undefined {
  if (p.label === undefined) return undefined;
  return (LABELS as readonly string[]).includes(p.label) ? ctx.words[p.label as (typeof LABELS)[number]].toLocaleUpperCase(ctx.locale) : p.label;
}

function headerText(p: FixturePayload, ctx: TemplateContext): string {
  return [p.competition, p.stage, p.matchday === undefined ? undefined : fill(ctx.words.matchdayN, { n: p.matchday })].filter(Boolean).join(' · ');
}

interface TeamView {
  name: FittedText;
  colour: string;
}

interface FixtureView {
  layout: 'landscape' | 'square' | 'story';
  header?: FittedText;
  label?: FittedText;
  home: TeamView;
  away: TeamView;
  vs: FittedText;
  date: FittedText;
  time?: FittedText;
  venue?: FittedText;
  broadcast?: FittedText;
  hashtag?: FittedText;
  crestSize: number;
  columnWidth: number;
  centreWidth: number;
  stripHeight: number;
  headerHeight: number;
  footerLine: number;
}

export function viewModel(p: FixturePayload, ctx: TemplateContext): FixtureView {
  const { width, height, unit: u, pad } = ctx;
  const layout = height > width * 1.5 ? 'story' : height >= width ? 'square' : 'landscape';
  const inner = width - 2 * pad;
  const headerHeight = Math.round(48 * u);
  const footerLine = Math.round(32 * u);

  const labelRaw = labelText(p, ctx);
  const label = labelRaw
    ? fitText(labelRaw, { width: inner * 0.4 - 32 * u, height: 30 * u, maxSize: Math.round(20 * u), minSize: Math.round(14 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx)
    : undefined;
  const labelWidth = label ? textWidth(label, ctx) + 32 * u + 16 * u : 0;
  const headerRaw = headerText(p, ctx);
  const header = headerRaw
    ? fitText(headerRaw, { width: inner - labelWidth, height: headerHeight, maxSize: Math.round(24 * u), minSize: Math.round(15 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.3 }, ctx)
    : undefined;

  const crestSize = Math.round((layout === 'story' ? 170 : layout === 'square' ? 120 : 140) * u);
  const centreWidth = layout === 'landscape' ? Math.round(380 * u) : layout === 'square' ? Math.round(120 * u) : inner;
  const columnWidth = layout === 'story' ? inner : Math.floor((inner - centreWidth) / 2);
  const nameSize = Math.round((layout === 'story' ? 50 : layout === 'square' ? 40 : 36) * u);
  const teamView = (side: Side): TeamView => ({
    name: fitText(p[side].name, { width: columnWidth, height: 2 * nameSize * 1.15, maxSize: nameSize, minSize: Math.round(18 * u), maxLines: 2, singleLine: true, weight: 700, lineHeight: 1.15 }, ctx),
    colour: standOut(teamColour(p[side]), ctx.palette.background),
  });

  const dateWidth = layout === 'landscape' ? centreWidth : inner;
  const date = fitText(formatMatchDay(p.kickoff, ctx.locale), { width: dateWidth, height: 48 * u, maxSize: Math.round((layout === 'landscape' ? 30 : 38) * u), minSize: Math.round(16 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx);
  const timeRaw = formatTime(p.kickoff, ctx.locale);
  const timeSize = Math.round((layout === 'story' ? 150 : layout === 'square' ? 112 : 92) * u);
  const time = timeRaw
    ? fitText(timeRaw, { width: dateWidth, height: timeSize * 1.1, maxSize: timeSize, minSize: Math.round(32 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.1 }, ctx)
    : undefined;
  const vsSize = Math.round((layout === 'story' ? 72 : 64) * u);
  const vs = fitText(ctx.words.vs, { width: vsSize * 0.8, height: vsSize * 0.6, maxSize: Math.round(vsSize * 0.4), minSize: 6, maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.2 }, ctx);

  const hashtag = p.hashtag
    ? fitText(p.hashtag, { width: inner * 0.34, height: footerLine, maxSize: Math.round(24 * u), minSize: Math.round(15 * u), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx)
    : undefined;
  const footerWidth = inner - (hashtag ? textWidth(hashtag, ctx) + 24 * u : 0);
  const footerBox = { width: footerWidth, height: footerLine, maxSize: Math.round(22 * u), minSize: Math.round(14 * u), maxLines: 1, singleLine: true, lineHeight: 1.3 };
  const venue = p.venue ? fitText(`📍 ${p.venue}`, footerBox, ctx) : undefined;
  const broadcast = p.broadcasters.length ? fitText(`📺 ${ctx.words.watchOn} ${p.broadcasters.join(' · ')}`, footerBox, ctx) : undefined;

  return {
    layout,
    ...(header ? { header } : {}),
    ...(label ? { label } : {}),
    home: teamView('home'),
    away: teamView('away'),
    vs,
    date,
    ...(time ? { time } : {}),
    ...(venue ? { venue } : {}),
    ...(broadcast ? { broadcast } : {}),
    ...(hashtag ? { hashtag } : {}),
    crestSize,
    columnWidth,
    centreWidth,
    stripHeight: Math.round(12 * u),
    headerHeight,
    footerLine,
  };
}

function TeamBlock(props: { p: FixturePayload; side: Side; vm: FixtureView; ctx: TemplateContext }): SatoriElement {
  const { p, side, vm, ctx } = props;
  const t = vm[side];
  const u = ctx.unit;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', width: vm.columnWidth }}>
      <Crest team={p[side]} size={vm.crestSize} ctx={ctx} />
      <Fitted text={t.name} color={ctx.palette.foreground} accent={ctx.palette.foreground} style={{ textAlign: 'center', maxWidth: vm.columnWidth, marginTop: Math.round(14 * u) }} />
      <div style={{ display: 'flex', width: Math.round(56 * u), height: Math.round(6 * u), marginTop: Math.round(10 * u), background: t.colour, borderRadius: 3 }} />
    </div>
  );
}

function VsBadge(props: { vm: FixtureView; ctx: TemplateContext; size: number }): SatoriElement {
  const c = props.ctx.palette;
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', width: props.size, height: props.size, borderRadius: props.size / 2, background: c.foreground, flexShrink: 0 }}>
      <Fitted text={props.vm.vs} color={c.background} accent={c.background} />
    </div>
  );
}

function KickOff(props: { vm: FixtureView; ctx: TemplateContext; width: number }): SatoriElement {
  const { vm, ctx } = props;
  const c = ctx.palette;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', width: props.width }}>
      <Fitted text={vm.date} color={c.accent} accent={c.accent} style={{ textAlign: 'center' }} />
      {vm.time ? <Fitted text={vm.time} color={c.foreground} accent={c.foreground} style={{ textAlign: 'center', letterSpacing: -1 }} /> : null}
    </div>
  );
}

export function view(p: FixturePayload, ctx: TemplateContext): SatoriElement {
  const vm = viewModel(p, ctx);
  const { palette: c, unit: u } = ctx;
  const vsSize = Math.round((vm.layout === 'story' ? 72 : 64) * u);
  // a right-to-left card mirrors: the home side on the right, the header and footer set from the right
  const row = ctx.rtl ? 'row-reverse' : 'row';
  let body: SatoriElement;
  if (vm.layout === 'landscape') {
    body = (
      <div style={{ display: 'flex', flexDirection: row, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <TeamBlock p={p} side="home" vm={vm} ctx={ctx} />
        <div style={{ display: 'flex', height: vm.crestSize, alignItems: 'center' }}>
          <KickOff vm={vm} ctx={ctx} width={vm.centreWidth} />
        </div>
        <TeamBlock p={p} side="away" vm={vm} ctx={ctx} />
      </div>
    );
  } else if (vm.layout === 'square') {
    body = (
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
        <div style={{ display: 'flex', flexDirection: row, alignItems: 'flex-start', justifyContent: 'space-between', width: ctx.width - 2 * ctx.pad }}>
          <TeamBlock p={p} side="home" vm={vm} ctx={ctx} />
          <div style={{ display: 'flex', height: vm.crestSize, width: vm.centreWidth, alignItems: 'center', justifyContent: 'center' }}>
            <VsBadge vm={vm} ctx={ctx} size={vsSize} />
          </div>
          <TeamBlock p={p} side="away" vm={vm} ctx={ctx} />
        </div>
        <div style={{ display: 'flex', marginTop: Math.round(36 * u) }}>
          <KickOff vm={vm} ctx={ctx} width={ctx.width - 2 * ctx.pad} />
        </div>
      </div>
    );
  } else {
    body = (
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
        <TeamBlock p={p} side="home" vm={vm} ctx={ctx} />
        <div style={{ display: 'flex', margin: `${Math.round(28 * u)}px 0` }}>
          <VsBadge vm={vm} ctx={ctx} size={vsSize} />
        </div>
        <TeamBlock p={p} side="away" vm={vm} ctx={ctx} />
        <div style={{ display: 'flex', width: Math.round(120 * u), height: Math.round(4 * u), margin: `${Math.round(48 * u)}px 0 ${Math.round(28 * u)}px`, background: c.border }} />
        <KickOff vm={vm} ctx={ctx} width={ctx.width - 2 * ctx.pad} />
      </div>
    );
  }
  const footerLines = [vm.venue, vm.broadcast].filter((t): t is FittedText => t !== undefined);
  return (
    <CardFrame ctx={ctx} style={{ paddingTop: ctx.pad + vm.stripHeight }}>
      <ColourStrip colours={ctx.rtl ? [vm.away.colour, vm.home.colour] : [vm.home.colour, vm.away.colour]} ctx={ctx} height={vm.stripHeight} />
      <div style={{ display: 'flex', flexDirection: row, justifyContent: 'space-between', alignItems: 'center', height: vm.headerHeight }}>
        <div style={{ display: 'flex' }}>{vm.header ? <Fitted text={vm.header} color={c.muted} accent={c.accent} /> : null}</div>
        {vm.label ? <Pill text={vm.label} background={c.accent} padX={Math.round(16 * u)} padY={Math.round(5 * u)} /> : null}
      </div>
      <div style={{ display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }}>{body}</div>
      {footerLines.length || vm.hashtag ? (
        <div style={{ display: 'flex', flexDirection: row, justifyContent: 'space-between', alignItems: 'flex-end' }}>
          <div style={{ display: 'flex', flexDirection: 'column', alignItems: ctx.rtl ? 'flex-end' : 'flex-start' }}>
            {footerLines.map((t) => (
              <Fitted text={t} color={c.muted} accent={c.accent} style={{ height: vm.footerLine }} />
            ))}
          </div>
          {vm.hashtag ? <Fitted text={vm.hashtag} color={c.accent} accent={c.accent} style={{ height: vm.footerLine }} /> : null}
        </div>
      ) : null}
    </CardFrame>
  );
}

/** The fixture's words for the alt text and the share page; `text` turns a field into plain or readable text. */
function matchText(p: FixturePayload, ctx: TemplateContext, text: (s: string) => string) {
  const w = ctx.words;
  return {
    label: p.label === undefined ? '' : (LABELS as readonly string[]).includes(p.label) ? w[p.label as (typeof LABELS)[number]] : text(p.label),
    header: [p.competition ? text(p.competition) : '', p.stage ? text(p.stage) : '', p.matchday === undefined ? '' : fill(w.matchdayN, { n: p.matchday })].filter(Boolean).join(', '),
    teams: `${text(p.home.name)} ${w.vs.toLocaleLowerCase(ctx.locale)} ${text(p.away.name)}`,
    when: formatKickoff(p.kickoff, ctx.locale),
    venue: p.venue ? text(p.venue) : '',
    watch: p.broadcasters.length ? `${w.watchOn} ${p.broadcasters.map(text).join(', ')}` : '',
  };
}

export function alt(p: FixturePayload, ctx: TemplateContext): string {
  const m = matchText(p, ctx, (s) => plainOf(s, ctx));
  return [m.label, m.header, `${m.teams}, ${m.when}`, m.venue, m.watch, p.hashtag ?? ''].filter(Boolean).join('. ');
}

/** Share page: the match as its title (« Derby · Olympique de Marseille vs Paris Saint-Germain »), the rest below. */
export function share(p: FixturePayload, ctx: TemplateContext): { title: string; description: string } {
  const m = matchText(p, ctx, (s) => readableOf(s, ctx));
  return { title: [m.label, m.teams].filter(Boolean).join(' · '), description: [m.header, m.when, m.venue, m.watch, p.hashtag ?? ''].filter(Boolean).join('. ') };
}
