import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONTS_DIR } from '../src/adapter/node/assets.ts';
import { resvgRasterizer } from '../src/adapter/node/resvg.ts';
import { assetFontSource } from '../src/adapter/workers/assets.ts';
import { createRenderer } from '../src/render/pipeline.ts';
import { residentCodePoints } from '../src/text/measure.ts';
import { CJK_SLICES } from '../src/render/cjk-slices.ts';
import { TEMPLATES } from '../templates/index.ts';
import { WORLD_SPECIMENS } from './world-specimens.ts';
import { fonts, emoji } from './helpers.ts';
function everySlice(lang: keyof typeof CJK_SLICES, count: number): string {
  const perSlice = CJK_SLICES[lang].map((enc) => { const out: number[] = []; let cp = 0; for (const d of enc.split(',')) if (d) out.push((cp += parseInt(d, 36))); return out.filter((c) => /\p{Script=Han}|\p{Script=Hangul}/u.test(String.fromCodePoint(c))); });
  const chars: string[] = [];
  for (let i = 0; chars.length < count; i++) { const s = perSlice[i % perSlice.length]!; if (s.length) chars.push(String.fromCodePoint(s[Math.floor(i / perSlice.length) % s.length]!)); }
  return chars.join('');
}
it('mem', async () => {
  const read = async (p: string) => new Uint8Array(readFileSync(join(FONTS_DIR, p.slice(6))));
  const r = await createRenderer({ fonts: { source: assetFontSource(read), coverage: await residentCodePoints(fonts), cjkBudgetBytes: 8 * 1024 * 1024 }, emoji, rasterizer: resvgRasterizer });
  const out: string[] = [];
  const m = async (l: string) => { for (let i=0;i<3;i++){ (globalThis as any).gc?.(); await new Promise(r=>setTimeout(r,20)); } const u = process.memoryUsage(); out.push(`${l.padEnd(30)} rss ${(u.rss/1048576).toFixed(0)} heap ${(u.heapUsed/1048576).toFixed(0)} ext ${(u.external/1048576).toFixed(0)} ab ${(u.arrayBuffers/1048576).toFixed(0)}`); };
  await m('start');
  const cards: Array<[string, object]> = [['latin', {}], ['tc all', { text: everySlice('tc', 1000), locale: 'zh-Hant' }], ['jp all', { text: everySlice('jp', 1000), locale: 'ja' }], ['tc all', { text: everySlice('tc', 1000), locale: 'zh-Hant' }]];
  for (const w of WORLD_SPECIMENS.filter(w => !/japanese|korean|chinese/.test(w.id))) cards.push([w.id, { text: w.text }]);
  for (const w of WORLD_SPECIMENS.filter(w => !/japanese|korean|chinese/.test(w.id))) cards.push([w.id, { text: w.text }]);
  for (const [label, extra] of cards) {
    const p = TEMPLATES.post.schema.parse({ ...(TEMPLATES.post.example as object), ...extra });
    await r.render({ kind: 'post', payload: p, format: 'png' });
    await m(label);
  }
  require('node:fs').writeFileSync('/tmp/h5m/mem.txt', out.join('\n'));
}, 300000);
