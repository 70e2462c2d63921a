import { describe, expect, it } from 'vitest';
import { compareToGolden } from '../image.ts';
import { parsed, renderer } from '../helpers.ts';
import { WORLD_SPECIMENS } from '../world-specimens.ts';
import type { SatoriElement } from '../../src/jsx.ts';
import { initials, labelText } from '../../templates/shared/components.tsx';

/** One golden image per world script (issue 12): a post card as clubs write them. Looked at one by one. */
describe('every world script is drawn as its golden image', () => {
  for (const s of WORLD_SPECIMENS) {
    it(s.label, async () => {
      const r = await renderer();
      const out = await r.render({ kind: 'post', payload: parsed('post', { text: s.text, locale: s.locale ?? 'en', author: { name: 'Club', handle: 'club', verified: true } }), format: 'png' });
      const cmp = compareToGolden(`script-${s.id}`, out.body);
      expect(cmp.ok, cmp.message).toBe(true);
    });
  }

  it('a right-to-left locale mirrors the card: avatar, name and date on the right', async () => {
    const r = await renderer();
    const payload = parsed('post', { text: 'الهلال يتأهل إلى نهائي كأس الملك (2-1) بعد مباراة ماراثونية 🏆 #AlHilal', author: { name: 'نادي الهلال', handle: 'Alhilal_FC', verified: true }, locale: 'ar' });
    const out = await r.render({ kind: 'post', payload, format: 'png' });
    const cmp = compareToGolden('post-og-ar', out.body);
    expect(cmp.ok, cmp.message).toBe(true);
    const score = await r.render({ kind: 'score', payload: parsed('score', { locale: 'ar', home: { name: 'الهلال', score: 2 }, away: { name: 'النصر', score: 1 }, competition: 'دوري روشن', status: 'full-time', events: [], venue: 'الرياض', hashtag: 'الهلال_النصر' }), format: 'png' });
    const cmp2 = compareToGolden('score-og-ar', score.body);
    expect(cmp2.ok, cmp2.message).toBe(true);
  });
});

describe('Arabic monograms', () => {
  const boxes = (name: string) => [(labelText(initials(name)) as SatoriElement).props.children].flat().map((b) => (b as SatoriElement).props.children);

  it('a lone heh is written in its initial form with a tatweel (هـ), not as a shape read as the digit ٥', () => {
    expect(boxes('الهلال')).toEqual(['\u0647\u0640']);
    // One box a letter, laid out from the right (row-reverse): ن then هـ for نادي الهلال, the article skipped.
    expect(boxes('نادي الهلال')).toEqual(['ن', '\u0647\u0640']);
    expect(boxes('النصر')).toEqual(['ن']);
  });
});
