import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { satoriFonts } from '../../src/render/fonts.ts';
import { emojiImages } from '../../src/render/pipeline.ts';
import { isRtlText, visualLines } from '../../src/text/bidi-lines.ts';
import { TEMPLATES } from '../../templates/index.ts';
import { contextFor, emoji, fonts } from '../helpers.ts';

/** One line, one span: its runs left to right, as [text, rtl]. */
function runs(text: string, isolate = false): Array<[string, boolean]> {
  const [line] = visualLines([{ text }], [{ start: 0, end: text.length }], () => isolate);
  return line!.runs.map((r) => [r.text, r.rtl]);
}

describe('bidi: visual order of a line (UAX #9 with bidi-js)', () => {
  it('paragraph direction comes from the first strong character (dir=auto)', () => {
    expect(isRtlText('⚽️ 67 هدف! Salem')).toBe(true);
    expect(isRtlText('67 Goal! هدف')).toBe(false);
    expect(isRtlText('סיום המשחק')).toBe(true);
  });

  it('"20:00" inside Arabic keeps its order (satori alone draws 00:20)', () => {
    // logical: the match at 20:00 — visual, left to right: 20:00 then the Arabic (drawn right to left by satori)
    expect(runs('المباراة الساعة 20:00')).toEqual([['20:00', false], ['المباراة الساعة ', true]]);
  });

  it('"ל־2-0" keeps its digits (satori alone draws 0-2)', () => {
    expect(runs('ניצחון ל־2-0')).toEqual([['2-0', false], ['ניצחון ל־', true]]);
  });

  it('"Al Ahly 3-0 Zamalek" inside an Arabic line stays as written', () => {
    expect(runs('الأهلي ضد Al Ahly 3-0 Zamalek اليوم')).toEqual([[' اليوم', true], ['Al Ahly 3-0 Zamalek', false], ['الأهلي ضد ', true]]);
  });

  it('brackets mirror at a right-to-left level, given to satori already mirrored', () => {
    // logical "(2-1)" between Arabic words. The opening bracket ends up on the right, and mirrored it looks like
    // "(" again from the left: "( … )". Digits after Arabic letters are Arabic numbers (W2) and the hyphen
    // between them is not a number separator for those (W4), so the score reads right to left, 2 then 1,
    // as Chromium draws it.
    const r = runs('الملك (2-1) بعد');
    expect(r.map(([t]) => t).join('|')).toBe(' بعد|(|1|-|2|)|الملك ');
    expect(r.find(([t]) => t === '(')![1]).toBe(false);
    expect(r.find(([t]) => t === ')')![1]).toBe(false);
  });

  it('Persian and Arabic-Indic digits keep their order, each satori word apart', () => {
    expect(runs('پرسپولیس ۳ - ۱ استقلال').map(([t]) => t)).toEqual([' استقلال', '۱', ' - ', '۳', 'پرسپولیس ']);
    // Arabic-Indic digits with a colon are one left-to-right number, cut into words so satori cannot reverse it
    expect(runs('الساعة ٢٠:٣٠').map(([t]) => t)).toEqual(['٢٠', ':', '٣٠', 'الساعة ']);
  });

  it('hashtags and mentions are isolates: #AlHilal keeps its # on the left inside Arabic', () => {
    const spans = [{ text: 'مبروك ' }, { text: '#AlHilal' }, { text: ' ' }, { text: '#KingsCup' }];
    const [line] = visualLines(spans, [{ start: 0, end: spans.map((s) => s.text).join('').length }], (s) => s.text.startsWith('#'));
    expect(line!.runs.map((r) => r.text)).toEqual(['#KingsCup', ' ', '#AlHilal', 'مبروك ']);
    expect(line!.rtl).toBe(true);
  });
});

/** The <text> elements satori emits without embedded fonts, by line (y), each line's texts left to right. */
async function drawnLines(text: string, locale: 'en' | 'ar' = 'en'): Promise<string[]> {
  const p = TEMPLATES.post.schema.parse({ author: { name: 'Al Hilal', handle: 'Alhilal_FC' }, text, locale });
  const ctx = await contextFor(p);
  const tree = TEMPLATES.post.view(p, ctx);
  const svg = await satori(tree, { width: ctx.width, height: ctx.height, fonts: satoriFonts(fonts), embedFont: false, graphemeImages: emojiImages(tree, emoji) });
  const byLine = new Map<number, Array<[number, string]>>();
  for (const m of svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
    const y = Math.round(Number(m[2]));
    byLine.set(y, [...(byLine.get(y) ?? []), [Number(m[1]), m[3]!]]);
  }
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t.sort((a, b) => a[0] - b[0]).map(([, s]) => s).join(''));
}

describe('bidi as drawn: satori <text> runs in visual order (embedFont: false)', () => {
  it('times, scores and team names inside Arabic come out as written', async () => {
    const lines = await drawnLines('المباراة الساعة 20:00 بين Al Ahly 3-0 Zamalek');
    const body = lines.find((l) => l.includes('20'))!;
    expect(body).toContain('20:00');
    expect(body).toContain('Al Ahly 3-0 Zamalek');
    expect(body).not.toContain('00:20');
  });

  it('a styled run before Arabic sets a left-to-right paragraph; the Arabic inside it still reads right to left', async () => {
    const lines = await drawnLines('𝗪𝗬𝗗𝗔𝗗 𝗔𝗖 بطل أفريقيا #Wydad');
    const body = lines.find((l) => l.includes('WYDAD'))!;
    expect(body.indexOf('WYDAD AC')).toBe(0);
    expect(body.indexOf('أفريقيا')).toBeLessThan(body.indexOf('بطل'));
    expect(body.endsWith('#Wydad')).toBe(true);
  });

  it('a hashtag and a styled run inside an Arabic paragraph come out in reading order', async () => {
    const lines = await drawnLines('مبروك لـ 𝗪𝗬𝗗𝗔𝗗 𝗔𝗖 #Wydad');
    const body = lines.find((l) => l.includes('WYDAD'))!;
    // right to left: the Arabic, WYDAD AC, #Wydad: so, left to right, #Wydad first and the Arabic last
    expect(body.indexOf('#Wydad')).toBeLessThan(body.indexOf('WYDAD AC'));
    expect(body.indexOf('WYDAD AC')).toBeLessThan(body.indexOf('مبروك'));
  });
});

describe('line breaking in scripts without spaces and in Korean', () => {
  const lines = async (text: string, width: number) => {
    const { fitText } = await import('../../templates/shared/components.tsx');
    const { parsed } = await import('../helpers.ts');
    const ctx = await contextFor(parsed('post', { text }));
    const fitted = fitText(text, { width, height: 1000, maxSize: 40, minSize: 40 }, ctx);
    return fitted.lines.map((l) => l.runs.map((r) => r.text).join(''));
  };

  it('Thai breaks between words (Intl.Segmenter), never inside one, and is not clipped', async () => {
    const out = await lines('วันเสาร์นี้เวลา19.00น.ที่สนามธรรมศาสตร์รังสิต ซื้อบัตรได้แล้ววันนี้', 500);
    expect(out.length).toBeGreaterThan(2);
    for (const l of out) expect(['วันเสาร์', 'นี้เวลา19.00น.ที่', 'สนาม', 'ธรรมศาสตร์', 'รังสิต', 'ซื้อ', 'บัตร', 'ได้', 'แล้ว', 'วันนี้'].some((w) => l.startsWith(w)), l).toBe(true);
  });

  it('CJK lines never start with closing punctuation (kinsoku)', async () => {
    for (const width of [300, 333, 367, 400, 433, 467]) {
      for (const l of await lines('本日19:00キックオフ！ホーム国立競技場で皆さんをお待ちしています。チケットは残りわずかです。（当日券の販売はありません）', width)) {
        expect(l, `width ${width}`).not.toMatch(/^[。！）、，」]/u);
      }
    }
  });

  it('Korean breaks at spaces (keep-all), not between the syllables of a word', async () => {
    const out = await lines('끝까지 함께 응원해주신 팬 여러분 정말 감사합니다', 420);
    expect(out.length).toBeGreaterThan(1);
    for (const l of out) for (const w of l.split(' ')) expect(['끝까지', '함께', '응원해주신', '팬', '여러분', '정말', '감사합니다']).toContain(w);
  });
});
