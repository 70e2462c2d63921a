import fc from 'fast-check';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { SIZES, type SizeName } from '../../templates/shared/schema.ts';
import {
  MAX_BROADCASTERS,
  MAX_LABEL_CHARS,
  MAX_NAME_CHARS,
  MAX_PLAYER_STATS,
  MAX_POST_CHARS,
  MAX_QUOTE_CHARS,
  MAX_STANDINGS_ROWS,
  MAX_STAT_LABEL_CHARS,
  MAX_STAT_VALUE_CHARS,
  MAX_SUBSTITUTES,
  MAX_ZONES,
} from '../../templates/shared/limits.ts';
import { emojiImages } from '../../src/render/pipeline.ts';
import { contextFor, renderer } from '../helpers.ts';

/**
 * Property: whatever the text (length, script, styled Unicode, emoji, long words and URLs), no text block
 * leaves the card and no two text blocks overlap, at every size. Checked on satori's own layout
 * (onNodeDetected), so it holds for the real renderer, not for a model of it.
 */
const WORDS = [
  'Allez', 'l’OM', 'Vélodrome', 'Marseille', 'Quel', 'match', '!', '?', ':', '«', '»', 'été', 'ça', 'Zażółć', 'gęślą', 'Ğğİış',
  'Tiếng', 'Việt', 'Ελληνικά', 'Русский', 'Ξ', 'Щ', '𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇', '𝗰̧𝗮', '𝐁𝐔𝐓', '𝘝𝘦́𝘭𝘰', '𝕆𝕄', '𝔘𝔫𝔢', '𝒜𝓁𝓁ℯ𝓏', '𝙵𝚒𝚗', 'Ⓐⓑ',
  'ＦＵＬＬ', '🔥', '👊💙', '1️⃣-1️⃣', '🇫🇷', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '👨‍👩‍👧', '👍🏽', '⏱️', '#OMAtalanta', '@OM_Officiel',
  'https://www.example.com/a/very/long/path/that/never/ends?with=query&and=more', 'Supercalifragilisticexpialidocious'.repeat(3),
  'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM', '\n', '45+2’', '–', 'constructor',
  // world scripts (issue 12): right to left with numbers, without spaces, Indic conjuncts, the others
  'هدف!', 'سالم الدوسري', 'شكراً', '(2-1)', '20:00', 'الهلال_النصر', '#الهلال', 'پرسپولیس', '۳', '-', '۱', '٢٠:٣٠', 'סיום', 'ל־2-0',
  'Al Ahly 3-0 Zamalek', '本日19:00キックオフ！ホーム国立競技場で皆さんをお待ちしています。', '（当日券の販売はありません）',
  '경기 종료! 울산 HD 3-1', '全場完場！傑志 3-1 東方龍獅', '全场结束！感谢球迷', 'วันเสาร์นี้เวลา19.00น.ที่สนามธรรมศาสตร์รังสิต',
  'ນັດຕໍ່ໄປວັນເສົາ', 'ការប្រកួតបាល់ទាត់', 'ဘောလုံးပွဲစဉ်', 'प्रशंसकों', 'श्रीकांतीरवा', 'ज़्यादा', 'সমর্থকদের', 'ধন্যবাদ',
  'გულშემატკივარს', 'Արարատ', 'ቅዱስ ጊዮርጊስ',
];

const LINE_WORDS = WORDS.filter((w) => w !== '\n');
const text = (max: number, multiline = false) =>
  fc
    .array(fc.constantFrom(...(multiline ? WORDS : LINE_WORDS)), { minLength: 1, maxLength: 220 })
    .map((ws) => ws.join(' ').replace(/\s+$/u, ''))
    .map((s) => [...s].slice(0, max).join('').trim())
    .filter((s) => s.length > 0);

const size = fc.constantFrom<SizeName>('og', 'x', 'square', 'story');

/** Like `text`, capped in UTF-16 units as the schemas count (styled letters and emoji take two or more). */
const units = (max: number) =>
  text(max).map((s) => {
    let out = '';
    for (const g of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)) {
      if (out.length + g.segment.length > max) break;
      out += g.segment;
    }
    return out.trim() || 'OM';
  });
const club = fc.record({ name: units(MAX_NAME_CHARS), shortName: fc.constantFrom('OM', 'PSG', 'SB29', '𝗢𝗠', 'É') }, { requiredKeys: ['name'] });
const shirts = (n: number) => fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: n, maxLength: n });

const payloads: Record<CardKind, fc.Arbitrary<Record<string, unknown>>> = {
  quote: fc.record({ text: text(MAX_QUOTE_CHARS, true), author: text(MAX_NAME_CHARS), role: text(MAX_NAME_CHARS), source: text(60), size }),
  post: fc.record({
    author: fc.record({ name: text(MAX_NAME_CHARS), handle: fc.stringMatching(/^[A-Za-z0-9_]{1,30}$/), verified: fc.boolean() }),
    text: text(MAX_POST_CHARS, true),
    date: fc.constant('2024-05-02T21:47:00+02:00'),
    platform: fc.constantFrom('x', 'instagram'),
    size,
  }),
  score: fc.record({
    home: fc.record({ name: text(MAX_NAME_CHARS), score: fc.integer({ min: 0, max: 99 }) }),
    away: fc.record({ name: text(MAX_NAME_CHARS), score: fc.integer({ min: 0, max: 99 }) }),
    competition: text(MAX_NAME_CHARS),
    stage: text(80),
    minute: fc.constantFrom('45+2', '90+12', '120'),
    events: fc.array(fc.record({ team: fc.constantFrom('home', 'away'), minute: fc.constantFrom('3', '45+2', '118'), player: text(MAX_NAME_CHARS), type: fc.constantFrom('goal', 'penalty', 'own-goal', 'red-card') }), { maxLength: 24 }),
    venue: text(100),
    hashtag: fc.constant('OMAtalanta'),
    size,
  }),
  fixture: fc.record({
    home: club,
    away: club,
    kickoff: fc.constantFrom('2024-05-04T21:00:00+02:00', '2024-12-01T09:05:00-08:00', '2025-01-01'),
    competition: units(MAX_NAME_CHARS),
    stage: units(80),
    matchday: fc.integer({ min: 1, max: 99 }),
    label: fc.oneof(fc.constantFrom('matchday', 'derby', 'final'), units(MAX_LABEL_CHARS)),
    venue: units(100),
    broadcasters: fc.array(units(MAX_NAME_CHARS), { maxLength: MAX_BROADCASTERS }),
    hashtag: fc.constantFrom('OMPSG', 'LeClassiqueDuSiecleEtDesAutresAussiLongQuePossible'),
    size,
  }),
  lineup: fc
    .record({
      team: club,
      formation: fc.constantFrom('4-3-3', '3-5-2', '4-2-3-1', '4-4-2', '3-4-3', '5-3-2', '4-1-4-1', '4-1-2-1-2', '5-4-1', '3-4-2-1'),
      names: fc.array(units(MAX_NAME_CHARS), { minLength: 11 + MAX_SUBSTITUTES, maxLength: 11 + MAX_SUBSTITUTES }),
      numbers: shirts(11 + MAX_SUBSTITUTES),
      bench: fc.integer({ min: 0, max: MAX_SUBSTITUTES }),
      captain: fc.integer({ min: 0, max: 11 }),
      coach: units(MAX_NAME_CHARS),
      size,
    })
    .map(({ names, numbers, bench, captain, ...rest }) => ({
      ...rest,
      starting: names.slice(0, 11).map((name, i) => ({ name, number: numbers[i]!, position: i === 0 ? 'GK' : 'MF', captain: i === captain })),
      substitutes: names.slice(11, 11 + bench).map((name, i) => ({ name, number: numbers[11 + i]!, position: 'LWB' })),
    })),
  player: fc.record({
    name: units(MAX_NAME_CHARS),
    number: fc.integer({ min: 1, max: 99 }),
    team: club,
    headline: fc.oneof(fc.constantFrom('player-of-the-match', 'goal', 'new-signing'), units(MAX_LABEL_CHARS)),
    minute: fc.constantFrom('9', '45+2', '120+15'),
    stats: fc.array(fc.record({ label: units(MAX_STAT_LABEL_CHARS), value: fc.oneof(fc.integer({ min: 0, max: 9999 }), units(MAX_STAT_VALUE_CHARS)) }), { maxLength: MAX_PLAYER_STATS }),
    size,
  }),
  standings: fc
    .record({
      competition: units(MAX_NAME_CHARS),
      matchday: fc.integer({ min: 1, max: 99 }),
      rows: fc.array(
        fc.record({
          team: club,
          won: fc.integer({ min: 0, max: 38 }),
          drawn: fc.integer({ min: 0, max: 30 }),
          lost: fc.integer({ min: 0, max: 30 }),
          goalsFor: fc.integer({ min: 0, max: 999 }),
          goalsAgainst: fc.integer({ min: 0, max: 999 }),
          points: fc.integer({ min: -99, max: 999 }),
          form: fc.stringMatching(/^[WDL]{1,5}$/),
          highlight: fc.boolean(),
        }),
        { minLength: 1, maxLength: MAX_STANDINGS_ROWS },
      ),
      zones: fc.array(fc.record({ from: fc.integer({ min: 1, max: 10 }), span: fc.integer({ min: 0, max: 10 }), label: units(MAX_LABEL_CHARS), color: fc.constantFrom('#1d4ed8', 'dc2626') }), { maxLength: MAX_ZONES }),
      size,
    })
    .map(({ rows, zones, ...rest }) => ({
      ...rest,
      rows: rows.map((r, i) => ({ ...r, rank: i + 1, played: r.won + r.drawn + r.lost })),
      zones: zones.map(({ span, ...z }) => ({ ...z, to: z.from + span })),
    })),
};

interface Box { left: number; top: number; width: number; height: number; text: string }

async function textBlocks(kind: CardKind, input: Record<string, unknown>): Promise<{ blocks: Box[]; runs: Box[]; width: number; height: number }> {
  const p = TEMPLATES[kind].schema.parse(input);
  const r = await renderer();
  await r.prepare(p); // the CJK slices this text needs
  const ctx = await contextFor(p);
  const blocks: Box[] = [];
  const runs: Box[] = [];
  const { width, height } = SIZES[p.size];
  const tree = TEMPLATES[kind].view(p, ctx);
  await satori(tree as never, {
    width,
    height,
    fonts: r.satoriFonts(),
    graphemeImages: emojiImages(tree, r.emoji),
    onNodeDetected: (n) => {
      const box = { left: n.left, top: n.top, width: n.width, height: n.height, text: n.textContent ?? '' };
      const ws = (n.props.style as Record<string, unknown> | undefined)?.whiteSpace;
      // Text blocks: RichText containers (data-rich-text), Fitted boxes (white-space: pre-line) and single-line
      // figures (a pre div); the runs of RichText's lines are pre spans, each inside its block
      if ('data-rich-text' in n.props || ws === 'pre-line' || (ws === 'pre' && n.type !== 'span')) blocks.push(box);
      else if (ws === 'pre') runs.push(box);
    },
  });
  return { blocks, runs, width, height };
}

const EPS = 1;
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));

describe('no text overflows the card or another text block, at any length', () => {
  for (const kind of ['quote', 'post', 'score', 'fixture', 'lineup', 'player', 'standings'] as const) {
    it(`${kind}`, async () => {
      await fc.assert(
        fc.asyncProperty(payloads[kind], async (input) => {
          const { blocks, runs, width, height } = await textBlocks(kind, input);
          expect(blocks.length).toBeGreaterThan(0);
          for (const b of [...blocks, ...runs]) {
            expect(b.left, `left of "${b.text.slice(0, 40)}"`).toBeGreaterThanOrEqual(-EPS);
            expect(b.top, `top of "${b.text.slice(0, 40)}"`).toBeGreaterThanOrEqual(-EPS);
            expect(b.left + b.width, `right of "${b.text.slice(0, 40)}"`).toBeLessThanOrEqual(width + EPS);
            expect(b.top + b.height, `bottom of "${b.text.slice(0, 40)}"`).toBeLessThanOrEqual(height + EPS);
          }
          // auto-fit never overflows: every run of a line lies within the width of a text block
          for (const r of runs) {
            const inside = blocks.some((b) => r.left >= b.left - EPS && r.left + r.width <= b.left + b.width + EPS && r.top >= b.top - EPS && r.top <= b.top + b.height);
            expect(inside, `run "${r.text.slice(0, 30)}" outside its text block`).toBe(true);
          }
          for (let i = 0; i < blocks.length; i++) {
            for (let j = i + 1; j < blocks.length; j++) {
              expect(overlap(blocks[i]!, blocks[j]!), `"${blocks[i]!.text.slice(0, 30)}" overlaps "${blocks[j]!.text.slice(0, 30)}"`).toBeLessThanOrEqual(4);
            }
          }
        }),
        { numRuns: 40, seed: 20261123 },
      );
    }, 120_000);
  }
});
