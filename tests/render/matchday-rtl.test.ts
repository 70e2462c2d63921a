import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { SIZES, type SizeName } from '../../templates/shared/schema.ts';
import { emojiImages } from '../../src/render/pipeline.ts';
import { cssFamilies } from '../../src/render/fonts.ts';
import type { SatoriElement } from '../../src/jsx.ts';
import { compareToGolden } from '../image.ts';
import { contextFor, example, renderer } from '../helpers.ts';
import { MATCHDAY_RTL } from '../matchday-rtl.ts';

const MATCHDAY = ['fixture', 'lineup', 'player', 'standings'] as const;

async function render(kind: CardKind, input: Record<string, unknown>) {
  const r = await renderer();
  return r.render({ kind, payload: TEMPLATES[kind].schema.parse(input), format: 'png' });
}

/** Where satori lays out each drawn run of text (RichText's spans and Fitted's boxes), by its text. */
async function runs(kind: CardKind, input: Record<string, unknown>): Promise<{ width: number; at: (text: string) => { left: number; right: number } }> {
  const p = TEMPLATES[kind].schema.parse(input);
  const r = await renderer();
  await r.prepare(p);
  const ctx = await contextFor(p);
  const tree = TEMPLATES[kind].view(p, ctx);
  const found: Array<{ text: string; left: number; right: number }> = [];
  const { width, height } = SIZES[p.size as SizeName];
  await satori(tree as never, {
    width,
    height,
    fonts: r.satoriFonts(),
    graphemeImages: emojiImages(tree, r.emoji),
    onNodeDetected: (n) => {
      if (n.textContent) found.push({ text: n.textContent, left: n.left, right: n.left + n.width });
    },
  });
  return {
    width,
    at: (text) => {
      const hit = found.find((f) => f.text.includes(text));
      if (!hit) throw new Error(`"${text}" is not drawn; drawn: ${found.map((f) => f.text).join(' | ')}`);
      return hit;
    },
  };
}

describe('match-day cards right to left (ar, he): mirrored layouts, Arabic and Hebrew names', () => {
  // Looked at one by one: names joined and set from the right, home side on the right, table columns read
  // from the right, goalkeeper on the right of a side-on pitch, photo panel on the right.
  const goldens: Array<[string, CardKind, 'ar' | 'he', SizeName]> = [
    ['fixture-ar-og', 'fixture', 'ar', 'og'],
    ['fixture-he-story', 'fixture', 'he', 'story'],
    ['standings-ar-story', 'standings', 'ar', 'story'],
    ['standings-ar-og', 'standings', 'ar', 'og'],
    ['lineup-he-story', 'lineup', 'he', 'story'],
    ['lineup-ar-og', 'lineup', 'ar', 'og'],
    ['player-ar-square', 'player', 'ar', 'square'],
  ];
  for (const [name, kind, locale, size] of goldens) {
    it(name, async () => {
      const out = await render(kind, { ...(MATCHDAY_RTL[locale] as Record<string, object>)[kind], size });
      const cmp = compareToGolden(name, out.body);
      expect(cmp.ok, cmp.message).toBe(true);
    });
  }

  it('a fixture puts the home side on the right, and its header before the label from the right', async () => {
    const { at } = await runs('fixture', { ...MATCHDAY_RTL.ar.fixture, size: 'og' });
    expect(at('الهلال').left).toBeGreaterThan(at('النصر').right);
    expect(at('دوري روشن').left).toBeGreaterThan(at('ديربي').right);
    const he = await runs('fixture', { ...MATCHDAY_RTL.he.fixture, size: 'square' });
    expect(he.at('מכבי חיפה').left).toBeGreaterThan(he.at('הפועל').right);
  });

  it('a table reads from the right: club, then played … points, then form', async () => {
    const { at } = await runs('standings', { ...MATCHDAY_RTL.ar.standings, size: 'og' });
    expect(at('الفريق').left).toBeGreaterThan(at('لعب').right);
    expect(at('لعب').left).toBeGreaterThan(at('نقاط').right);
    expect(at('نقاط').left).toBeGreaterThan(at('آخر النتائج').right);
    expect(at('الاتفاق').left).toBeGreaterThan(at('نقاط').right);
  });

  it('a side-on pitch attacks to the left: the goalkeeper on the right, the striker on the left', async () => {
    const { at, width } = await runs('lineup', { ...MATCHDAY_RTL.ar.lineup, size: 'og' });
    expect(at('ياسين بونو').left).toBeGreaterThan(width / 2);
    expect(at('ميتروفيتش').right).toBeLessThan(at('ياسين بونو').left);
    // the bench beside the pitch, on its left
    expect(at('عبدالله المعيوف').right).toBeLessThan(at('ياسين بونو').left);
  });

  it('a player card puts the photo panel on the right and the name to its left', async () => {
    const { at, width } = await runs('player', { ...MATCHDAY_RTL.ar.player, size: 'og' });
    expect(at('سالم الدوسري').right).toBeLessThan(width * 0.62);
  });
});

/** Every text in the tree with the font list it is drawn with (its own or the nearest box's). */
function texts(node: unknown, family: string, out: Array<{ text: string; family: string }>): typeof out {
  if (typeof node === 'string') out.push({ text: node, family });
  else if (Array.isArray(node)) for (const c of node) texts(c, family, out);
  else if (node && typeof node === 'object' && 'props' in node) {
    const props = (node as SatoriElement).props as { style?: { fontFamily?: string }; children?: unknown };
    texts(props.children, props.style?.fontFamily ?? family, out);
  }
  return out;
}

describe('match-day cards draw every locale’s words and names with the faces their script needs', () => {
  for (const locale of ['ar', 'he', 'fa', 'ja', 'ko', 'zh-Hant', 'th', 'hi'] as const) {
    it(locale, async () => {
      for (const kind of MATCHDAY) {
        const p = TEMPLATES[kind].schema.parse(example(kind, { locale, size: 'story' }));
        await (await renderer()).prepare(p);
        const ctx = await contextFor(p);
        for (const t of texts(TEMPLATES[kind].view(p, ctx), '', [])) {
          if (!/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(t.text)) continue;
          const needed = cssFamilies(ctx.measurer.chain(t.text, { family: 'sans', weight: 700, italic: false })).split(', ');
          // the faces of the text's scripts, beyond the base ones, are all in the list it is drawn with
          // (a CJK slice by its family: which language's slices Han takes follows the locale, see font-plan.ts)
          const cjk = (s: string) => s.replace(/ CJK \w+ \d+'/gu, " CJK'");
          for (const f of needed.filter((n) => !/'Noto Sans( Mono| Math| Symbols.*)?'$/u.test(n))) expect(cjk(t.family), `${kind} "${t.text}"`).toContain(cjk(f));
        }
      }
    });
  }
});
