/**
 * Cost of world-script cards against a Latin one, and the memory of a render core with all four CJK faces
 * in use: what a render worker holds. Run with `npm run bench:scripts`; figures only, nothing asserted.
 *
 * One process (a worker thread holds the same: one renderer, its HarfBuzz heaps, satori's parsed fonts).
 * Each card is rendered to PNG, warm (after two renders), ROUNDS times, interleaved; medians are printed.
 */
import { loadavg } from 'node:os';
import { loadTwemoji, nodeFonts } from '../../src/adapter/node/assets.ts';
import { createRenderer } from '../../src/render/pipeline.ts';
import { resvgRasterizer } from '../../src/adapter/node/resvg.ts';
import { TEMPLATES } from '../../templates/index.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
/** resvg frees a pixmap from a finalizer that runs when the event loop turns (README, Memory): let it, as a worker does. */
const settle = async () => {
  await new Promise((r) => setImmediate(r));
  global.gc?.();
  await new Promise((r) => setImmediate(r));
};
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const post = (text: string, locale = 'en') => TEMPLATES.post.schema.parse({ author: { name: 'Club', handle: 'club', verified: true }, text, date: '2024-05-02T21:47:00+02:00', locale });

const CARDS: Array<[string, ReturnType<typeof post>]> = [
  ['Latin (seed post)', post('⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙', 'fr')],
  ['Arabic', post('⚽️ هدف! سالم الدوسري يسجل الهدف الثاني للهلال في الدقيقة 67 🔥\nالهلال 2-1 النصر #الهلال_النصر', 'ar')],
  ['Japanese', post('本日19:00キックオフ！ホーム国立競技場で皆さんをお待ちしています。チケットは残りわずかです。皆さんの声援で選手の背中を押してください🔥（当日券の販売はありません） #FC東京', 'ja')],
  ['Korean', post('⚽ 경기 종료! 울산 HD 3-1 전북 현대 모터스\n끝까지 함께 응원해주신 팬 여러분 정말 감사합니다 💙 #울산HD #K리그1', 'ko')],
  ['Chinese (Simplified)', post('全场结束！北京国安 2-0 上海申花，感谢各位球迷到场支持，我们下周六主场再见！#中超', 'zh-Hans')],
  ['Chinese (Traditional)', post('全場完場！傑志 3-1 東方龍獅 💪 感謝各位球迷到場支持，我們下週六主場再見！#港超聯', 'zh-Hant')],
  ['Thai', post('นัดต่อไป: Bangkok United พบ Port FC วันเสาร์นี้เวลา19.00น.ที่สนามธรรมศาสตร์รังสิต ซื้อบัตรได้แล้ววันนี้ 🎟️', 'th')],
];

const rss0 = process.memoryUsage().rss;
const renderer = await createRenderer({ fonts: nodeFonts(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
const latin = CARDS[0]![1];
for (let i = 0; i < 2; i++) {
  await renderer.render({ kind: 'post', payload: latin, format: 'png' });
  await settle();
}
global.gc?.();
const rssLatin = process.memoryUsage().rss;

const first: Record<string, number> = {};
for (const [name, payload] of CARDS) {
  const t = performance.now();
  await renderer.render({ kind: 'post', payload, format: 'png' });
  first[name] = performance.now() - t;
  await settle();
  await renderer.render({ kind: 'post', payload, format: 'png' });
  await settle();
}
global.gc?.();
const rssAll = process.memoryUsage().rss;

const times = new Map<string, number[]>(CARDS.map(([n]) => [n, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, payload] of CARDS) {
    const t = performance.now();
    await renderer.render({ kind: 'post', payload, format: 'png' });
    times.get(name)!.push(performance.now() - t);
    await settle();
  }
}
global.gc?.();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(times.get(CARDS[0]![0])!);
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${ROUNDS} rounds`);
console.log('| card | first render (loads its fonts) | warm render, median | vs Latin |');
console.log('|---|---|---|---|');
for (const [name] of CARDS) {
  const m = median(times.get(name)!);
  console.log(`| ${name} | ${first[name]!.toFixed(0)} ms | ${m.toFixed(1)} ms | ${(m / base).toFixed(2)}× |`);
}
console.log(`RSS: before the renderer ${mb(rss0)}; renderer warm on Latin ${mb(rssLatin)}; with Arabic, Thai and all four CJK faces in use ${mb(rssAll)}; after ${ROUNDS} rounds ${mb(process.memoryUsage().rss)}`);
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
