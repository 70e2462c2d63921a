/**
 * docs/contact-sheet.png: every styled-Unicode style, every emoji kind and every world script, as the text
 * engine draws them, each next to its name and what a reader should see. Run with `npm run contact-sheet`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { h } from '../src/jsx.ts';
import { cssFamily } from '../src/render/fonts.ts';
import { loadTwemoji, nodeFonts } from '../src/adapter/node/assets.ts';
import { createRenderer, emojiImages } from '../src/render/pipeline.ts';
import { resvgRasterizer } from '../src/adapter/node/resvg.ts';
import { foldStyled } from '../src/text/styled.ts';
import { fitText, RichText } from '../templates/shared/components.tsx';
import { makeContext } from '../templates/shared/context.ts';
import { palette } from '../templates/shared/theme.ts';
import type { CommonOptions } from '../templates/shared/schema.ts';
import { EMOJI_SPECIMENS, STYLE_SPECIMENS, stylize } from '../tests/specimens.ts';
import { WORLD_SPECIMENS } from '../tests/world-specimens.ts';

const WIDTH = 1600;
const ROW = 76;
const renderer = await createRenderer({ fonts: nodeFonts(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
const { measurer, emoji } = renderer;
const ctx = makeContext({ width: WIDTH, height: 630, size: 'og', locale: 'fr', palette: palette('light'), measurer, emoji });
const c = ctx.palette;

// World-script rows use English typography rules (French spacing is for French text).
const ctxEn = makeContext({ width: WIDTH, height: 630, size: 'og', locale: 'en', palette: palette('light'), measurer, emoji });
const rows: Array<{ label: string; text: string; note: string; world?: boolean }> = [
  ...STYLE_SPECIMENS.map(([style, plain]) => ({ label: style, text: stylize(plain, style), note: foldStyled(stylize(plain, style)) })),
  { label: 'combining marks', text: '𝗰̧𝗮 · 𝐨̂̀ · 𝘝𝘦́𝘭𝘰 · 𝔢́', note: 'ça · ồ · Vélo · é' },
  { label: 'seed line', text: '⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣ Quel match ! 🔥 𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 👊💙', note: 'French spacing, keycaps, hashtag' },
  ...EMOJI_SPECIMENS.map(([label, text]) => ({ label, text, note: '' })),
  { label: 'bidi override', text: 'Score final \u202e1-3\u202c', note: 'reads 1-3, not 3-1' },
  { label: 'scripts', text: 'Zażółć gęślą · Ğğİış · Tiếng Việt · Ελληνικά · Русский', note: 'Latin extended, Greek, Cyrillic' },
  { label: 'fullwidth', text: 'ＦＩＮＡＬ　ＷＨＩＳＴＬＥ　２－２', note: 'FINAL WHISTLE 2-2' },
  ...WORLD_SPECIMENS.map((w) => ({ label: w.label, text: w.text.replace(/\n/gu, ' '), note: w.note, world: true })),
];
// the CJK slices these rows need, loaded as a card's would be
await renderer.prepare({ size: 'og', scale: 1, theme: 'light', locale: 'en', rows: rows.map((r) => r.text) } as CommonOptions & { rows: string[] });

const tree = (
  <div style={{ display: 'flex', flexDirection: 'column', width: WIDTH, height: rows.length * ROW + 120, padding: 40, boxSizing: 'border-box', background: c.background, fontFamily: cssFamily('sans') }}>
    <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: c.foreground, marginBottom: 24 }}>card-renderer · styled Unicode and emoji contact sheet</div>
    {rows.map((r) => (
      <div style={{ display: 'flex', alignItems: 'center', height: ROW, borderTop: `1px solid ${c.border}` }}>
        <div style={{ display: 'flex', width: 260, fontSize: 22, color: c.muted }}>{r.label}</div>
        <div style={{ display: 'flex', width: 880 }}>
          <RichText text={fitText(r.text, { width: 860, height: ROW - 8, maxSize: 40, minSize: 16, maxLines: 2 }, r.world ? ctxEn : ctx)} color={c.foreground} accent={c.accent} />
        </div>
        <div style={{ display: 'flex', width: 380, fontSize: 20, color: c.muted }}>{r.note}</div>
      </div>
    ))}
  </div>
);

const height = rows.length * ROW + 120;
const svg = await satori(tree, { width: WIDTH, height, fonts: renderer.satoriFonts(), graphemeImages: emojiImages(tree, emoji) });
const out = join(import.meta.dirname, '..', 'docs', 'contact-sheet.png');
writeFileSync(out, await resvgRasterizer.toPng(svg, WIDTH));
console.log(`${out} ${WIDTH}×${height}, ${rows.length} rows`);
