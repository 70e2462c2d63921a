import { z } from 'zod';
import { h, type SatoriElement } from '../src/jsx.ts';
import { Avatar, CardFrame, colourFor, fitText, plainOf, readableOf, RichText, type FittedText } from './shared/components.tsx';
import type { TemplateContext } from './shared/context.ts';
import { MAX_EVENTS, MAX_LINE_CHARS, MAX_NAME_CHARS, MAX_SCORE, MAX_SHORT_NAME_CHARS } from './shared/limits.ts';
import { formatDate, formatTime } from './shared/locale.ts';
import { hashtag, minute } from './shared/match.tsx';
import { commonFields, imageRef, hexColor, isoDate, line } from './shared/schema.ts';

export const version = 2;

const goals = /* @__PURE__ */ (() => z.int('must be a whole number').min(0, 'must be at least 0').max(MAX_SCORE, `must be at most ${MAX_SCORE}`))();

const team = /* @__PURE__ */ (() => z.strictObject({
  name: line(MAX_NAME_CHARS).describe('Team name'),
  score: goals.optional().describe('Goals; leave out before kick-off'),
  shortName: line(MAX_SHORT_NAME_CHARS).optional().describe('Abbreviation such as OM, used for events'),
  color: hexColor.optional().describe('Team colour for the monogram and accents'),
  crest: imageRef.optional().describe('Crest as a data: URI; a monogram is drawn without it'),
}))();

const event = /* @__PURE__ */ (() => z.strictObject({
  team: z.enum(['home', 'away']),
  minute,
  player: line(MAX_NAME_CHARS),
  type: z.enum(['goal', 'penalty', 'own-goal', 'red-card']).default('goal'),
}))();

const pair = /* @__PURE__ */ (() => z.strictObject({ home: goals, away: goals }))();

export const STATUSES = ['scheduled', 'live', 'half-time', 'full-time', 'extra-time', 'penalties'] as const;

export const schema = /* @__PURE__ */ (() => z.strictObject({
  home: team,
  away: team,
  competition: line(MAX_NAME_CHARS).optional(),
  stage: line(MAX_LINE_CHARS).optional().describe('Round or leg, e.g. "Demi-finale aller"'),
  status: z.enum(STATUSES).optional().describe('Defaults to live when a minute is given, else full-time'),
  minute: minute.optional(),
  kickoff: isoDate.optional().describe('Kick-off date-time, shown for scheduled matches'),
  events: z.array(event).max(MAX_EVENTS, `must have at most ${MAX_EVENTS} events`).default([]),
  aggregate: pair.optional().describe('Aggregate score over two legs'),
  penalties: pair.optional().describe('Penalty shoot-out score'),
  venue: line(MAX_LINE_CHARS).optional(),
  hashtag: hashtag.optional(),
  ...commonFields,
}))();
export type ScorePayload = z.output<typeof schema>;
type Event = ScorePayload['events'][number];
type Side = 'home' | 'away';

export const example: z.input<typeof schema> = {
  home: { name: 'Olympique de Marseille', shortName: 'OM', score: 1, color: '#2faee0' },
  away: { name: 'Atalanta', shortName: 'ATA', score: 1, color: '#1e3a8a' },
  competition: 'Ligue Europa',
  stage: 'Demi-finale aller',
  status: 'half-time',
  minute: '45+2',
  events: [
    { team: 'away', minute: '3', player: 'Lookman' },
    { team: 'home', minute: '14', player: 'Chancel Mbemba' },
  ],
  venue: 'Orange Vélodrome',
  hashtag: 'OMAtalanta',
  locale: 'fr',
};

function minuteValue(m: string): number {
  const [base, extra] = m.replace('’', '').split('+');
  return Number(base) + Number(extra ?? 0) / 100;
}

function statusOf(p: ScorePayload): (typeof STATUSES)[number] {
  return p.status ?? (p.minute ? 'live' : p.home.score === undefined ? 'scheduled' : 'full-time');
}

export function statusLabel(p: ScorePayload, ctx: TemplateContext): string {
  const s = statusOf(p);
  const w = ctx.words;
  if (s === 'scheduled') return p.kickoff ? `${w.scheduled} ${formatTime(p.kickoff, ctx.locale)}`.trim() : w.scheduled;
  if ((s === 'live' || s === 'extra-time') && p.minute) return `${s === 'live' ? w.live : w['extra-time']} · ${p.minute}`;
  return w[s];
}

const EVENT_ICON: Record<Event['type'], string> = { goal: '⚽', penalty: '⚽', 'own-goal': '⚽', 'red-card': '🟥' };

function eventLine(e: Event, ctx: TemplateContext): string {
  const suffix = e.type === 'penalty' ? ` (${ctx.words.penaltyGoal})` : e.type === 'own-goal' ? ` (${ctx.words.ownGoal})` : '';
  return `${EVENT_ICON[e.type]} ${e.minute} ${e.player}${suffix}`;
}

interface TeamView {
  name: FittedText;
  colour: string;
  crest?: string;
  score: string;
  events: FittedText[];
  more: number;
}

interface ScoreView {
  portrait: boolean;
  /** Portrait layouts: all events in match order, with the team named. */
  timeline: FittedText[];
  timelineMore: number;
  header?: FittedText;
  status: FittedText;
  live: boolean;
  home: TeamView;
  away: TeamView;
  note?: FittedText;
  venue?: FittedText;
  hashtag?: FittedText;
  crestSize: number;
  scoreSize: number;
  columnWidth: number;
  centreWidth: number;
  eventSize: number;
}

/**
 * Two layouts: landscape cards (og, x) put the teams side by side around the score; square and story cards
 * stack them as a scoreboard, one row per team with its score at the end, and list events below.
 */
export function viewModel(p: ScorePayload, ctx: TemplateContext): ScoreView {
  const { width, height, unit, pad } = ctx;
  const portrait = height >= width;
  const tall = height > width * 1.5;
  const crestSize = Math.round((portrait ? (tall ? 150 : 120) : 132) * unit);
  const scoreSize = Math.round((portrait ? (tall ? 130 : 110) : 120) * unit);
  const centreWidth = portrait ? Math.round(scoreSize * 1.4) : Math.round(340 * unit);
  const columnWidth = portrait
    ? Math.floor(width - 2 * pad - crestSize - centreWidth - 32 * unit)
    : Math.floor((width - 2 * pad - centreWidth) / 2);
  const headerHeight = Math.round(44 * unit);
  const footerHeight = p.venue || p.hashtag ? Math.round(40 * unit) : 0;
  const nameSize = Math.round((portrait ? 44 : 36) * unit);
  const nameBox = { width: columnWidth, height: 2 * nameSize * 1.2, maxSize: nameSize, minSize: Math.round(20 * unit), maxLines: 2, weight: 700 as const, lineHeight: 1.2, singleLine: true };
  const eventSize = Math.round((tall ? 30 : 24) * unit);
  const eventLineHeight = eventSize * 1.35;
  const mainHeight = portrait ? 2 * crestSize + 40 * unit + (p.aggregate || p.penalties ? 40 * unit : 0) : crestSize + nameBox.height + 24 * unit;
  const eventRoom = height - 2 * pad - headerHeight - footerHeight - mainHeight - 64 * unit;
  const eventSlots = Math.max(0, Math.floor(eventRoom / eventLineHeight));

  // Portrait cards list all events in one column, landscape ones one column per team.
  const eventWidth = portrait ? width - 2 * pad : columnWidth;
  const teamView = (side: Side): TeamView => {
    const t = p[side];
    const all = p.events.filter((e) => e.team === side).sort((a, b) => minuteValue(a.minute) - minuteValue(b.minute));
    const shown = portrait ? [] : all.length > eventSlots ? all.slice(0, Math.max(0, eventSlots - 1)) : all;
    return {
      name: fitText(t.name, nameBox, ctx),
      colour: t.color ?? colourFor(t.name),
      ...(t.crest ? { crest: t.crest } : {}),
      score: t.score === undefined ? '–' : String(t.score),
      events: shown.map((e) =>
        fitText(eventLine(e, ctx), { width: eventWidth, height: eventLineHeight, maxSize: eventSize, minSize: Math.round(16 * unit), maxLines: 1, singleLine: true, lineHeight: 1.35 }, ctx),
      ),
      more: all.length - shown.length,
    };
  };

  const ordered = [...p.events].sort((a, b) => minuteValue(a.minute) - minuteValue(b.minute));
  const timelineShown = !portrait ? [] : ordered.length > eventSlots ? ordered.slice(0, Math.max(0, eventSlots - 1)) : ordered;
  const timeline = timelineShown.map((e) =>
    fitText(`${eventLine(e, ctx)} · ${p[e.team].shortName ?? p[e.team].name}`, { width: eventWidth, height: eventLineHeight, maxSize: eventSize, minSize: Math.round(16 * unit), maxLines: 1, singleLine: true, lineHeight: 1.35 }, ctx),
  );

  const header = [p.competition, p.stage].filter(Boolean).join(' · ');
  const status = statusOf(p);
  const notes: string[] = [];
  if (p.aggregate) notes.push(`${ctx.words.aggregate} ${p.aggregate.home}-${p.aggregate.away}`);
  if (p.penalties) notes.push(`${ctx.words.pens} ${p.penalties.home}-${p.penalties.away}`);
  if (status === 'scheduled' && p.kickoff) notes.push(formatDate(p.kickoff, ctx.locale, false));
  const statusText = statusLabel(p, ctx);
  // the pill: the label's measured width (any script) plus its padding
  const statusWidth = Math.min(width / 2, (ctx.measurer.width(statusText, { family: 'sans', weight: 700, italic: false }) / 0.95) * 22 * unit + 34 * unit);

  return {
    portrait,
    timeline,
    timelineMore: portrait ? ordered.length - timelineShown.length : 0,
    ...(header
      ? { header: fitText(header, { width: width - 2 * pad - statusWidth - 16 * unit, height: headerHeight, maxSize: Math.round(26 * unit), minSize: Math.round(16 * unit), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.3 }, ctx) }
      : {}),
    // Labels are fitted text too: status words and hashtags may be in any script, right to left.
    status: fitText(statusText, { width: statusWidth - 32 * unit, height: 36 * unit, maxSize: Math.round(22 * unit), minSize: Math.round(14 * unit), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx),
    live: status === 'live' || status === 'extra-time',
    home: teamView('home'),
    away: teamView('away'),
    ...(notes.length ? { note: fitText(notes.join(' · '), { width: portrait ? width - 2 * pad : centreWidth, height: 36 * unit, maxSize: Math.round((portrait ? 26 : 24) * unit), minSize: Math.round(14 * unit), maxLines: 1, singleLine: true, lineHeight: 1.25 }, ctx) } : {}),
    ...(p.venue
      ? { venue: fitText(p.venue, { width: (width - 2 * pad) * 0.6, height: footerHeight, maxSize: Math.round(22 * unit), minSize: Math.round(16 * unit), maxLines: 1, singleLine: true, lineHeight: 1.3 }, ctx) }
      : {}),
    ...(p.hashtag ? { hashtag: fitText(p.hashtag, { width: (width - 2 * pad) * 0.38, height: footerHeight, maxSize: Math.round(22 * unit), minSize: Math.round(14 * unit), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.3 }, ctx) } : {}),
    crestSize,
    scoreSize,
    columnWidth,
    centreWidth,
    eventSize,
  };
}

function TeamColumn(props: { team: TeamView; side: Side; vm: ScoreView; ctx: TemplateContext; name: string }): SatoriElement {
  const { team, vm, ctx } = props;
  const c = ctx.palette;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', width: vm.columnWidth }}>
      <Avatar src={team.crest} name={props.name} colour={team.colour} size={vm.crestSize} square={team.crest !== undefined} ctx={ctx} />
      <div style={{ display: 'flex', justifyContent: 'center', marginTop: Math.round(16 * ctx.unit), width: vm.columnWidth, textAlign: 'center' }}>
        <RichText text={team.name} color={c.foreground} accent={c.foreground} style={{ textAlign: 'center', maxWidth: vm.columnWidth }} />
      </div>
      <div style={{ display: 'flex', width: Math.round(48 * ctx.unit), height: Math.round(6 * ctx.unit), marginTop: Math.round(8 * ctx.unit), background: team.colour, borderRadius: 3 }} />
    </div>
  );
}

function EventColumn(props: { team: TeamView; vm: ScoreView; ctx: TemplateContext; align: 'flex-start' | 'flex-end' }): SatoriElement {
  const { team, vm, ctx } = props;
  const c = ctx.palette;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: vm.columnWidth, alignItems: 'center' }}>
      {team.events.map((e) => (
        <RichText text={e} color={c.muted} accent={c.accent} style={{ textAlign: 'center', maxWidth: vm.columnWidth }} />
      ))}
      {team.more > 0 ? <div style={{ display: 'flex', fontSize: vm.eventSize, color: c.muted }}>{`+${team.more}`}</div> : null}
    </div>
  );
}

function ScoreboardRow(props: { team: TeamView; name: string; vm: ScoreView; ctx: TemplateContext }): SatoriElement {
  const { team, vm, ctx } = props;
  const c = ctx.palette;
  return (
    <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', alignItems: 'center', justifyContent: 'space-between', height: vm.crestSize, marginBottom: Math.round(20 * ctx.unit) }}>
      <Avatar src={team.crest} name={props.name} colour={team.colour} size={vm.crestSize} square={team.crest !== undefined} ctx={ctx} />
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: ctx.rtl ? 'flex-end' : 'flex-start', width: vm.columnWidth, [ctx.rtl ? 'marginRight' : 'marginLeft']: Math.round(32 * ctx.unit) }}>
        <RichText text={team.name} color={c.foreground} accent={c.foreground} />
        <div style={{ display: 'flex', width: Math.round(56 * ctx.unit), height: Math.round(6 * ctx.unit), marginTop: Math.round(8 * ctx.unit), background: team.colour, borderRadius: 3 }} />
      </div>
      <div style={{ display: 'flex', justifyContent: ctx.rtl ? 'flex-start' : 'flex-end', width: vm.centreWidth, fontSize: vm.scoreSize, fontWeight: 700, lineHeight: 1 }}>{team.score}</div>
    </div>
  );
}

function PortraitBody(props: { p: ScorePayload; vm: ScoreView; ctx: TemplateContext }): SatoriElement {
  const { p, vm, ctx } = props;
  const c = ctx.palette;
  const events = vm.timeline;
  const more = vm.timelineMore;
  return (
    <div style={{ display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }}>
      <ScoreboardRow team={vm.home} name={p.home.name} vm={vm} ctx={ctx} />
      <ScoreboardRow team={vm.away} name={p.away.name} vm={vm} ctx={ctx} />
      {vm.note ? <div style={{ display: 'flex', justifyContent: ctx.rtl ? 'flex-start' : 'flex-end' }}><RichText text={vm.note} color={c.muted} accent={c.muted} /></div> : null}
      {events.length > 0 ? (
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: Math.round(40 * ctx.unit), paddingTop: Math.round(24 * ctx.unit), borderTop: `2px solid ${c.border}` }}>
          {events.map((e) => (
            <RichText text={e} color={c.muted} accent={c.accent} />
          ))}
          {more > 0 ? <div style={{ display: 'flex', fontSize: vm.eventSize, color: c.muted }}>{`+${more}`}</div> : null}
        </div>
      ) : null}
    </div>
  );
}

function LandscapeBody(props: { p: ScorePayload; vm: ScoreView; ctx: TemplateContext }): SatoriElement {
  const { p, vm, ctx } = props;
  const c = ctx.palette;
  const unit = ctx.unit;
  return (
    <div style={{ display: 'flex', flexGrow: 1, flexDirection: 'column', justifyContent: 'center' }}>
      <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <TeamColumn team={vm.home} side="home" vm={vm} ctx={ctx} name={p.home.name} />
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', width: vm.centreWidth, height: vm.crestSize, justifyContent: 'center' }}>
          <div style={{ display: 'flex', fontSize: vm.scoreSize, fontWeight: 700, lineHeight: 1, letterSpacing: -2 }}>
            {ctx.rtl ? `${vm.away.score} – ${vm.home.score}` : `${vm.home.score} – ${vm.away.score}`}
          </div>
          {vm.note ? <div style={{ display: 'flex', marginTop: Math.round(8 * unit) }}><RichText text={vm.note} color={c.muted} accent={c.muted} /></div> : null}
        </div>
        <TeamColumn team={vm.away} side="away" vm={vm} ctx={ctx} name={p.away.name} />
      </div>
      {vm.home.events.length + vm.away.events.length > 0 ? (
        <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', justifyContent: 'space-between', marginTop: Math.round(24 * unit) }}>
          <EventColumn team={vm.home} vm={vm} ctx={ctx} align="flex-start" />
          <EventColumn team={vm.away} vm={vm} ctx={ctx} align="flex-end" />
        </div>
      ) : null}
    </div>
  );
}

export function view(p: ScorePayload, ctx: TemplateContext): SatoriElement {
  const vm = viewModel(p, ctx);
  const { palette: c, unit } = ctx;
  const live = '#dc2626';
  return (
    <CardFrame ctx={ctx}>
      <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', justifyContent: 'space-between', alignItems: 'center', height: Math.round(44 * unit) }}>
        <div style={{ display: 'flex' }}>{vm.header ? <RichText text={vm.header} color={c.muted} accent={c.accent} /> : null}</div>
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            padding: `${Math.round(6 * unit)}px ${Math.round(16 * unit)}px`,
            borderRadius: Math.round(22 * unit),
            background: vm.live ? live : c.surface,
            color: vm.live ? '#ffffff' : c.foreground,
            fontSize: Math.round(22 * unit),
            fontWeight: 700,
            flexShrink: 0,
          }}
        >
          <RichText text={vm.status} color={vm.live ? '#ffffff' : c.foreground} accent={vm.live ? '#ffffff' : c.foreground} />
        </div>
      </div>
      {vm.portrait ? <PortraitBody p={p} vm={vm} ctx={ctx} /> : <LandscapeBody p={p} vm={vm} ctx={ctx} />}
      {vm.venue || vm.hashtag ? (
        <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', justifyContent: 'space-between', alignItems: 'center', height: Math.round(40 * unit), fontSize: Math.round(22 * unit), color: c.muted }}>
          <div style={{ display: 'flex' }}>{vm.venue ? <RichText text={vm.venue} color={c.muted} accent={c.accent} /> : null}</div>
          <div style={{ display: 'flex' }}>{vm.hashtag ? <RichText text={vm.hashtag} color={c.accent} accent={c.accent} /> : null}</div>
        </div>
      ) : null}
    </CardFrame>
  );
}

export function alt(p: ScorePayload, ctx: TemplateContext): string {
  const score = (side: Side) => `${plainOf(p[side].name, ctx)}${p[side].score === undefined ? '' : ` ${p[side].score}`}`;
  const parts = [`${score('home')}, ${score('away')}, ${statusLabel(p, ctx).toLocaleLowerCase(ctx.locale)}`];
  if (p.aggregate) parts.push(`${ctx.words.aggregate} ${p.aggregate.home}-${p.aggregate.away}`);
  if (p.penalties) parts.push(`${ctx.words.pens} ${p.penalties.home}-${p.penalties.away}`);
  const header = [p.competition, p.stage].filter(Boolean).map((s) => plainOf(s!, ctx)).join(', ');
  const events = p.events.map((e) => `${e.minute} ${plainOf(e.player, ctx)} (${plainOf(p[e.team].shortName ?? p[e.team].name, ctx)})`);
  return [header, parts.join('; '), events.length ? events.join(', ') : '', p.venue ? plainOf(p.venue, ctx) : ''].filter(Boolean).join('. ');
}

/** Share page: the scoreline as the title (`Olympique de Marseille 1-1 Atalanta`), the match facts as the description. */
export function share(p: ScorePayload, ctx: TemplateContext): { title: string; description: string } {
  const scored = p.home.score !== undefined && p.away.score !== undefined;
  const title = `${readableOf(p.home.name, ctx)} ${scored ? `${p.home.score}-${p.away.score}` : '–'} ${readableOf(p.away.name, ctx)}`;
  const status = [statusLabel(p, ctx)];
  if (p.aggregate) status.push(`${ctx.words.aggregate} ${p.aggregate.home}-${p.aggregate.away}`);
  if (p.penalties) status.push(`${ctx.words.pens} ${p.penalties.home}-${p.penalties.away}`);
  const header = [p.competition, p.stage].filter(Boolean).map((s) => readableOf(s!, ctx)).join(', ');
  const events = p.events.map((e) => `${e.minute} ${readableOf(e.player, ctx)} (${readableOf(p[e.team].shortName ?? p[e.team].name, ctx)})`).join(', ');
  return { title, description: [header, status.join(', '), events, p.venue ? readableOf(p.venue, ctx) : ''].filter(Boolean).join('. ') };
}
