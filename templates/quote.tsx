import { z } from 'zod';
import { h, type SatoriElement } from '../src/jsx.ts';
import { cssFamily } from '../src/render/fonts.ts';
import { Avatar, CardFrame, fitText, plainOf, readableOf, RichText, type FittedText } from './shared/components.tsx';
import type { TemplateContext } from './shared/context.ts';
import { MAX_LINE_CHARS, MAX_NAME_CHARS, MAX_QUOTE_CHARS } from './shared/limits.ts';
import { formatDate } from './shared/locale.ts';
import { commonFields, imageRef, isoDate, line, paragraph } from './shared/schema.ts';

/** Bumped whenever the quote card's drawing changes, so cached images and ETags roll over. */
export const version = 2;

export const schema = /* @__PURE__ */ (() => z.strictObject({
  text: paragraph(MAX_QUOTE_CHARS).describe('The quotation, without surrounding quotation marks'),
  author: line(MAX_NAME_CHARS).describe('Who said it'),
  role: line(MAX_LINE_CHARS).optional().describe('Their role, e.g. "Head coach, Olympique de Marseille"'),
  source: line(MAX_LINE_CHARS).optional().describe('Where it was said, e.g. "Press conference"'),
  date: isoDate.optional(),
  avatar: imageRef.optional().describe('Portrait as a data: URI; initials are drawn without it'),
  ...commonFields,
}))();
export type QuotePayload = z.output<typeof schema>;

export const example: z.input<typeof schema> = {
  text: 'Il y a un petit goût amer. On est conscients d’avoir fait le match qu’il fallait contre une bonne équipe. Mais les matchs se jouent sur les détails.',
  author: 'Jean-Louis Gasset',
  role: 'Entraîneur de l’Olympique de Marseille',
  source: 'Conférence de presse',
  date: '2024-05-02',
  locale: 'fr',
};

const barWidth = (unit: number) => Math.round(14 * unit);

interface QuoteView {
  text: FittedText;
  author: FittedText;
  role?: FittedText;
  meta?: FittedText;
  mark: string;
  avatar?: string;
  avatarSize: number;
  footer: number;
}

/** The view model: every string localised, every text fitted to its box. */
export function viewModel(p: QuotePayload, ctx: TemplateContext): QuoteView {
  const { width, height, unit, pad } = ctx;
  const avatarSize = Math.round(96 * unit);
  // author (40) + role (30) + meta (28) lines, at most
  const footer = Math.round(104 * unit);
  const markSize = Math.round(120 * unit);
  const textBox = {
    // the accent bar takes its width from the left padding's side (CardFrame)
    width: width - 2 * pad - barWidth(unit),
    height: height - 2 * pad - footer - markSize * 0.55 - 32 * unit,
  };
  const metaParts = [p.source, p.date ? formatDate(p.date, ctx.locale, false) : undefined].filter(Boolean);
  const nameWidth = width - 2 * pad - avatarSize - 24 * unit;
  return {
    text: fitText(p.text, { ...textBox, maxSize: Math.round(60 * unit * (height > width * 1.5 ? 1.35 : 1)), minSize: Math.round(24 * unit), lineHeight: 1.3 }, ctx),
    author: fitText(p.author, { width: nameWidth, height: 44 * unit, maxSize: Math.round(32 * unit), minSize: Math.round(20 * unit), singleLine: true, maxLines: 1, weight: 700, lineHeight: 1.25 }, ctx),
    ...(p.role ? { role: fitText(p.role, { width: nameWidth, height: 36 * unit, maxSize: Math.round(24 * unit), minSize: Math.round(16 * unit), singleLine: true, maxLines: 1, lineHeight: 1.25 }, ctx) } : {}),
    ...(metaParts.length
      ? { meta: fitText(metaParts.join(' · '), { width: nameWidth, height: 34 * unit, maxSize: Math.round(22 * unit), minSize: Math.round(16 * unit), singleLine: true, maxLines: 1, lineHeight: 1.25 }, ctx) }
      : {}),
    mark: ctx.locale === 'fr' ? '«' : ctx.rtl ? '”' : '“',
    ...(p.avatar ? { avatar: p.avatar } : {}),
    avatarSize,
    footer,
  };
}

export function view(p: QuotePayload, ctx: TemplateContext): SatoriElement {
  const vm = viewModel(p, ctx);
  const { palette: c, unit, pad } = ctx;
  return (
    <CardFrame ctx={ctx} bar={{ width: barWidth(unit), colour: c.accent }}>
      <div style={{ display: 'flex', justifyContent: ctx.rtl ? 'flex-end' : 'flex-start', height: Math.round(120 * unit * 0.55), fontSize: Math.round(120 * unit), lineHeight: 1, color: c.accent, fontFamily: cssFamily('serif'), fontWeight: 700 }}>
        {vm.mark}
      </div>
      <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center' }}>
        <RichText text={vm.text} color={c.foreground} accent={c.accent} style={{ width: ctx.width - 2 * pad - barWidth(unit) }} />
      </div>
      <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', alignItems: 'center', height: vm.footer }}>
        <Avatar src={vm.avatar} name={p.author} size={vm.avatarSize} ctx={ctx} />
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: ctx.rtl ? 'flex-end' : 'flex-start', [ctx.rtl ? 'marginRight' : 'marginLeft']: Math.round(24 * unit) }}>
          <RichText text={vm.author} color={c.foreground} accent={c.accent} />
          {vm.role ? <RichText text={vm.role} color={c.muted} accent={c.accent} /> : null}
          {vm.meta ? <RichText text={vm.meta} color={c.muted} accent={c.accent} /> : null}
        </div>
      </div>
    </CardFrame>
  );
}

export function alt(p: QuotePayload, ctx: TemplateContext): string {
  const who = [plainOf(p.author, ctx), p.role ? plainOf(p.role, ctx) : undefined].filter(Boolean).join(', ');
  const open = ctx.locale === 'fr' ? '« ' : '“';
  const close = ctx.locale === 'fr' ? ' »' : '”';
  const when = [p.source ? plainOf(p.source, ctx) : undefined, p.date ? formatDate(p.date, ctx.locale, false) : undefined].filter(Boolean).join(', ');
  return `${open}${plainOf(p.text, ctx)}${close} — ${who}${when ? ` (${when})` : ''}`;
}

/** Share page: who said it as the title, the quotation (with where and when) as the description. */
export function share(p: QuotePayload, ctx: TemplateContext): { title: string; description: string } {
  const open = ctx.locale === 'fr' ? '« ' : '“';
  const close = ctx.locale === 'fr' ? ' »' : '”';
  const when = [p.source ? readableOf(p.source, ctx) : undefined, p.date ? formatDate(p.date, ctx.locale, false) : undefined].filter(Boolean).join(', ');
  return {
    title: [readableOf(p.author, ctx), p.role ? readableOf(p.role, ctx) : undefined].filter(Boolean).join(', '),
    description: `${open}${readableOf(p.text, ctx)}${close}${when ? ` (${when})` : ''}`,
  };
}
