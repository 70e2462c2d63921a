import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { richText } from '../../src/text/rich.ts';
import { lookupEmoji } from '../../src/text/emoji.ts';
import { emoji, parsed, renderer, SEED_POST_TEXT } from '../helpers.ts';

/** The motivating post (case seed-om-post of ../shared/corpus/styled-posts.jsonl) as a person reads it. */
describe('the seed post', () => {
  it('is the post template example and the corpus case', () => {
    expect(parsed('post').constructor).toBe(Object);
    const corpus = (() => {
      try {
        return readFileSync(new URL('../../../shared/corpus/styled-posts.jsonl', import.meta.url), 'utf8');
      } catch {
        return undefined; // the corpus lives beside the repository, not in it
      }
    })();
    if (corpus !== undefined) expect(JSON.parse(corpus.split('\n')[0]!).text).toBe(SEED_POST_TEXT);
    expect((parsed('post') as unknown as { text: string }).text).toBe(SEED_POST_TEXT);
  });

  it('draws the Mathematical Sans-Serif Bold line as real bold text, with one precomposed ç', () => {
    const spans = richText(SEED_POST_TEXT, { locale: 'fr', emoji });
    const bold = spans.find((s) => s.face.weight === 700);
    expect(bold).toMatchObject({ text: 'Continuez comme ça les gars', face: { family: 'sans', weight: 700, italic: false } });
    expect(bold!.text).toContain('\u00e7');
    expect(bold!.text).not.toContain('\u0327');
    const all = spans.map((s) => s.text).join('');
    expect([...all].some((c) => c.codePointAt(0)! >= 0x1d400 && c.codePointAt(0)! <= 0x1d7ff)).toBe(false);
  });

  it('has no glyph that would be an empty box', async () => {
    const r = await renderer();
    const spans = richText(SEED_POST_TEXT, { locale: 'fr', emoji });
    expect(spans.flatMap((s) => r.measurer.missing(s.text, s.face))).toEqual([]);
  });

  it('draws both 1️⃣ as keycap emoji, and every other emoji in colour', async () => {
    const r = await renderer();
    const svg = new TextDecoder().decode((await r.render({ kind: 'post', payload: parsed('post'), format: 'svg' })).body);
    const count = (seq: string) => svg.split(lookupEmoji(r.emoji, seq)!).length - 1;
    expect(count('1️⃣')).toBe(2);
    for (const e of ['⏱️', '🔥', '👊', '💙']) expect(count(e), e).toBe(1);
    // keycaps are drawn as light keys with the digit from Noto Sans Bold, legible at card size
    expect(atob(lookupEmoji(r.emoji, '1️⃣')!.split(',')[1]!)).toMatch(/^<svg[^>]+viewBox="0 0 36 36"><rect[^>]+fill="#e6ebf1"/);
  });

  it('keeps French spacing: no-break spaces keep "!" with "match"', () => {
    const spans = richText(SEED_POST_TEXT, { locale: 'fr', emoji });
    expect(spans.map((s) => s.text).join('')).toContain('Quel match\u202f!');
    const en = richText(SEED_POST_TEXT, { locale: 'en', emoji });
    expect(en.map((s) => s.text).join('')).toContain('Quel match\u00a0!');
  });

  it('colours #OMAtalanta as a hashtag', () => {
    const spans = richText(SEED_POST_TEXT, { locale: 'fr', emoji });
    expect(spans.filter((s) => s.kind === 'hashtag').map((s) => s.text)).toEqual(['#OMAtalanta']);
  });
});
