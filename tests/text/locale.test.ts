import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, WORDS } from '../../templates/shared/locale.ts';
import { LOCALES, RTL_LOCALES } from '../../templates/shared/schema.ts';
import { emojiNames, testApp } from '../helpers.ts';

describe('locales: words, dates and times', () => {
  it('covers at least the locales issue 12 names', () => {
    for (const l of ['en', 'fr', 'ar', 'he', 'fa', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'th', 'hi', 'es', 'de', 'it', 'pt', 'nl', 'tr']) expect(LOCALES).toContain(l);
    expect([...RTL_LOCALES].sort()).toEqual(['ar', 'fa', 'he']);
  });

  it('every locale has every word (English is the reference), none empty where English has one', () => {
    const keys = Object.keys(WORDS.en).sort();
    for (const l of LOCALES) {
      const words = WORDS[l] as Record<string, string>;
      expect(Object.keys(words).sort(), l).toEqual(keys);
      for (const k of keys) if (k !== 'at' && k !== 'on') expect(words[k]!.trim(), `${l}.${k}`).not.toBe('');
    }
  });

  it('dates and times are the wall-clock time written in the payload, in the locale, whatever the server time zone', () => {
    const iso = '2024-05-02T21:47:00+02:00';
    expect(formatDate(iso, 'en')).toBe('May 2, 2024 at 9:47 PM');
    expect(formatDate(iso, 'fr')).toBe('2 mai 2024 à 21:47');
    expect(formatDate(iso, 'de')).toBe('2. Mai 2024 um 21:47');
    expect(formatDate(iso, 'ja')).toBe('2024年5月2日 21:47');
    expect(formatDate(iso, 'es', false)).toBe('2 de mayo de 2024');
    expect(formatDate(iso, 'he')).toContain('21:47');
    expect(formatDate(iso, 'fa')).toContain('۲۱:۴۷'); // Persian digits (and the Solar Hijri calendar)
    expect(formatTime('2024-05-02T20:00:00-05:00', 'ko')).toBe('20:00'); // the 24-hour clock of Korean match graphics
    expect(formatTime('2024-05-02T20:00:00+09:00', 'zh-Hans')).toBe('20:00');
    for (const l of LOCALES) expect(formatDate('2024-12-31T23:59:00-12:00', l), l).not.toMatch(/2025|1\s*Jan/);
  });

  it('emoji are named in the card language in alt text (Emojibase), English where Emojibase has none', () => {
    expect(emojiNames.name('🔥', 'ja')).toBe('火');
    expect(emojiNames.name('🔥', 'de')).toBe('Feuer');
    expect(emojiNames.name('🔥', 'zh-Hant')).toBeTruthy();
    expect(emojiNames.name('🔥', 'ar')).toBe(emojiNames.name('🔥', 'en'));
  });

  it('a score card says its status in the locale, in the image alt text too', async () => {
    const app = await testApp();
    for (const [locale, word] of [['ja', 'ハーフタイム'], ['ar', 'استراحة'], ['de', 'halbzeit'], ['th', 'พักครึ่ง']] as const) {
      const res = await app.request('/v1/cards/score.json', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ home: { name: 'A', score: 1 }, away: { name: 'B', score: 0 }, status: 'half-time', locale }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { alt: string }).alt, locale).toContain(word);
    }
  });
});
