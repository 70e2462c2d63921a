import { describe, expect, it } from 'vitest';
import { compareToGolden, decode } from '../image.ts';
import { parsed, renderer } from '../helpers.ts';
import { playerPhoto } from '../photo.ts';
import type { CardKind } from '../../templates/index.ts';

/**
 * The match-day kinds beyond their examples (tests/render/cards.test.ts renders those at every size):
 * themes, brand colours, the other locale, a player photo, a line-up in another formation, a window of a
 * table, styled Unicode and emoji in names. Each is a golden image that was looked at before it was kept.
 */
const BRAND = { background: '#2faee0', accent: '#ffffff' };

const VARIANTS: Array<{ name: string; kind: CardKind; extra: Record<string, unknown> }> = [
  { name: 'fixture-story-dark', kind: 'fixture', extra: { size: 'story', theme: 'dark' } },
  { name: 'fixture-square-brand', kind: 'fixture', extra: { size: 'square', theme: BRAND, label: 'Le Classique' } },
  { name: 'fixture-og-en-styled', kind: 'fixture', extra: { locale: 'en', home: { name: '𝗢𝗹𝘆𝗺𝗽𝗶𝗾𝘂𝗲 𝗱𝗲 𝗠𝗮𝗿𝘀𝗲𝗶𝗹𝗹𝗲 💙', shortName: 'OM', color: '#2faee0' }, label: 'derby', kickoff: '2024-11-30T09:05:00-08:00' } },
  { name: 'lineup-square-brand', kind: 'lineup', extra: { size: 'square', theme: BRAND } },
  {
    name: 'lineup-og-4231-dark',
    kind: 'lineup',
    extra: {
      theme: 'dark',
      locale: 'en',
      formation: '4-2-3-1',
      starting: [
        { number: 1, name: 'Gianluigi Donnarumma' },
        { number: 2, name: 'Achraf Hakimi' },
        { number: 5, name: 'Marquinhos', captain: true },
        { number: 3, name: 'Presnel Kimpembe' },
        { number: 25, name: 'Nuno Mendes' },
        { number: 17, name: 'Vitinha' },
        { number: 8, name: 'Fabián Ruiz' },
        { number: 29, name: 'Bradley Barcola' },
        { number: 10, name: 'Ousmane Dembélé' },
        { number: 7, name: 'Khvicha Kvaratskhelia' },
        { number: 9, name: 'Gonçalo Ramos' },
      ],
      substitutes: [
        { number: 39, name: 'Matvey Safonov', position: 'GK' },
        { number: 33, name: 'Warren Zaïre-Emery', position: 'MF' },
      ],
      team: { name: 'Paris Saint-Germain', shortName: 'PSG', color: '#004170' },
      coach: 'Luis Enrique',
    },
  },
  { name: 'player-og-photo', kind: 'player', extra: { photo: playerPhoto(), headline: 'goal', minute: '67', locale: 'en' } },
  { name: 'player-story-photo', kind: 'player', extra: { size: 'story', photo: playerPhoto() } },
  { name: 'standings-og-bottom', kind: 'standings', extra: { window: { from: 11, to: 18 } } },
  { name: 'standings-story-dark', kind: 'standings', extra: { size: 'story', theme: 'dark', locale: 'en' } },
];

describe('match-day cards: themes, locales, photos, windows, styled names', () => {
  for (const v of VARIANTS) {
    it(v.name, async () => {
      const r = await renderer();
      const out = await r.render({ kind: v.kind, payload: parsed(v.kind, v.extra), format: 'png' });
      const cmp = compareToGolden(v.name, out.body);
      expect(cmp.ok, cmp.message).toBe(true);
    });
  }

  it('brand colours: a crest, marker or panel in the background’s own colour is drawn in a shade that stands out', async () => {
    const r = await renderer();
    // the player's panel is the team colour; on a card of that very colour it takes a darker shade
    const out = await r.render({ kind: 'player', payload: parsed('player', { theme: { background: '#2faee0' } }), format: 'png' });
    const png = decode(out.body);
    const at = (x: number, y: number) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
    expect(at(1190, 10)).toEqual([0x2f, 0xae, 0xe0]);
    const panel = at(10, 10);
    expect(panel).not.toEqual([0x2f, 0xae, 0xe0]);
    expect(panel[0]! + panel[1]! + panel[2]!).toBeLessThan(0x2f + 0xae + 0xe0);
  });

  it('scale multiplies the pixel size of a match-day card', async () => {
    const r = await renderer();
    const out = await r.render({ kind: 'lineup', payload: parsed('lineup', { size: 'story', scale: 2 }), format: 'png' });
    const png = decode(out.body);
    expect([png.width, png.height]).toEqual([2160, 3840]);
  });
});
