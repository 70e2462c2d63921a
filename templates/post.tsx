import { z } from 'zod';
import { h, type SatoriElement } from '../src/jsx.ts';
import { Avatar, CardFrame, fitText, plainOf, readableOf, RichText, VerifiedBadge, type FittedText } from './shared/components.tsx';
import type { TemplateContext } from './shared/context.ts';
import { MAX_HANDLE_CHARS, MAX_NAME_CHARS, MAX_POST_CHARS } from './shared/limits.ts';
import { formatDate } from './shared/locale.ts';
import { commonFields, imageRef, isoDate, line, paragraph } from './shared/schema.ts';

export const version = 2;

export const PLATFORMS = {
  x: 'X',
  twitter: 'Twitter',
  instagram: 'Instagram',
  facebook: 'Facebook',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  youtube: 'YouTube',
} as const;

export const schema = /* @__PURE__ */ (() => z.strictObject({
  author: z.strictObject({
    name: line(MAX_NAME_CHARS).describe('Display name'),
    handle: line(MAX_HANDLE_CHARS)
      .regex(/^@?[\p{L}\p{N}_.]+(?:@[\p{L}\p{N}_.-]+)?$/u, 'must be a handle such as @OM_Officiel (letters, digits, _ and .)')
      .transform((h) => (h.startsWith('@') ? h : `@${h}`))
      .describe('Handle, with or without the leading @'),
    avatar: imageRef.optional(),
    verified: z.boolean().default(false),
  }),
  text: paragraph(MAX_POST_CHARS).describe('The post, as written: styled Unicode, emoji and line breaks are kept'),
  date: isoDate.optional(),
  platform: z.enum(Object.keys(PLATFORMS) as [keyof typeof PLATFORMS, ...Array<keyof typeof PLATFORMS>]).optional(),
  ...commonFields,
}))();
export type PostPayload = z.output<typeof schema>;

export const example: z.input<typeof schema> = {
  author: { name: 'Olympique de Marseille', handle: 'OM_Officiel', verified: true },
  text: '⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙',
  date: '2024-05-02T21:47:00+02:00',
  platform: 'x',
  locale: 'fr',
};

interface PostView {
  name: FittedText;
  handle: FittedText;
  text: FittedText;
  footer?: FittedText;
  avatarSize: number;
  headerHeight: number;
  footerHeight: number;
}

export function viewModel(p: PostPayload, ctx: TemplateContext): PostView {
  const { width, height, unit, pad } = ctx;
  const avatarSize = Math.round(88 * unit);
  const headerHeight = avatarSize;
  const gap = Math.round(28 * unit);
  const footerHeight = p.date || p.platform ? Math.round(34 * unit) : 0;
  const nameWidth = width - 2 * pad - avatarSize - 24 * unit - (p.author.verified ? 40 * unit : 0);
  const parts = [p.platform ? PLATFORMS[p.platform] : undefined, p.date ? formatDate(p.date, ctx.locale) : undefined];
  // Right to left, the date comes first: after a Latin platform name its day number would join the Latin run.
  const footer = (ctx.rtl ? parts.reverse() : parts).filter(Boolean).join(' · ');
  return {
    name: fitText(p.author.name, { width: nameWidth, height: 46 * unit, maxSize: Math.round(34 * unit), minSize: Math.round(20 * unit), maxLines: 1, singleLine: true, weight: 700, lineHeight: 1.25 }, ctx),
    handle: fitText(p.author.handle, { width: width - 2 * pad - avatarSize - 24 * unit, height: 38 * unit, maxSize: Math.round(26 * unit), minSize: Math.round(18 * unit), maxLines: 1, singleLine: true, lineHeight: 1.25 }, ctx),
    text: fitText(p.text, { width: width - 2 * pad, height: height - 2 * pad - headerHeight - footerHeight - 2 * gap, maxSize: Math.round(52 * unit * (height > width * 1.5 ? 1.35 : 1)), minSize: Math.round(22 * unit), lineHeight: 1.32 }, ctx),
    ...(footer ? { footer: fitText(footer, { width: width - 2 * pad, height: footerHeight, maxSize: Math.round(24 * unit), minSize: Math.round(16 * unit), maxLines: 1, singleLine: true, lineHeight: 1.25, ...(ctx.rtl ? { dir: 'rtl' as const } : {}) }, ctx) } : {}),
    avatarSize,
    headerHeight,
    footerHeight,
  };
}

export function view(p: PostPayload, ctx: TemplateContext): SatoriElement {
  const vm = viewModel(p, ctx);
  const { palette: c, unit, pad } = ctx;
  return (
    <CardFrame ctx={ctx} style={{ justifyContent: 'space-between' }}>
      <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', alignItems: 'center', height: vm.headerHeight }}>
        <Avatar src={p.author.avatar} name={p.author.name} size={vm.avatarSize} ctx={ctx} />
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: ctx.rtl ? 'flex-end' : 'flex-start', [ctx.rtl ? 'marginRight' : 'marginLeft']: Math.round(24 * unit) }}>
          <div style={{ display: 'flex', flexDirection: ctx.rtl ? 'row-reverse' : 'row', alignItems: 'center' }}>
            <RichText text={vm.name} color={c.foreground} accent={c.foreground} />
            {p.author.verified ? <div style={{ display: 'flex', [ctx.rtl ? 'marginRight' : 'marginLeft']: Math.round(8 * unit) }}><VerifiedBadge size={Math.round(30 * unit)} colour="#1d9bf0" /></div> : null}
          </div>
          <RichText text={vm.handle} color={c.muted} accent={c.muted} />
        </div>
      </div>
      <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', margin: `${Math.round(28 * unit)}px 0` }}>
        <RichText text={vm.text} color={c.foreground} accent={c.accent} style={{ width: ctx.width - 2 * pad }} />
      </div>
      {vm.footer ? (
        <div style={{ display: 'flex', height: vm.footerHeight, fontSize: Math.round(24 * unit), color: c.muted, alignItems: 'center', justifyContent: ctx.rtl ? 'flex-end' : 'flex-start' }}>
          <RichText text={vm.footer} color={c.muted} accent={c.muted} />
        </div>
      ) : null}
    </CardFrame>
  );
}

export function alt(p: PostPayload, ctx: TemplateContext): string {
  const when = p.date ? `, ${formatDate(p.date, ctx.locale)}` : '';
  const where = p.platform ? ` ${ctx.words.on} ${PLATFORMS[p.platform]}` : '';
  return `${ctx.words.postBy} ${plainOf(p.author.name, ctx)} (${p.author.handle})${where}${when}${ctx.locale === 'fr' ? ' :' : ':'} ${plainOf(p.text, ctx)}`;
}

/** Share page: `Olympique de Marseille (@OM_Officiel) on X` as the title, the post's text as the description. */
export function share(p: PostPayload, ctx: TemplateContext): { title: string; description: string } {
  const where = p.platform ? ` ${ctx.words.on} ${PLATFORMS[p.platform]}` : '';
  return { title: `${readableOf(p.author.name, ctx)} (${p.author.handle})${where}`, description: readableOf(p.text, ctx) };
}
