import type { Locale } from './schema.ts';

/** Words the templates print, per locale. */
export const WORDS = {
  en: {
    scheduled: 'Kick-off',
    live: 'Live',
    'half-time': 'Half-time',
    'full-time': 'Full-time',
    'extra-time': 'Extra time',
    penalties: 'Penalties',
    aggregate: 'Agg.',
    pens: 'pens',
    ownGoal: 'o.g.',
    penaltyGoal: 'pen.',
    redCard: 'red card',
    at: 'at',
    verified: 'verified',
    postBy: 'Post by',
    on: 'on',
  },
  fr: {
    scheduled: 'Coup d’envoi',
    live: 'En direct',
    'half-time': 'Mi-temps',
    'full-time': 'Terminé',
    'extra-time': 'Prolongation',
    penalties: 'Tirs au but',
    aggregate: 'Cumul',
    pens: 't.a.b.',
    ownGoal: 'c.s.c.',
    penaltyGoal: 'pén.',
    redCard: 'carton rouge',
    at: 'à',
    verified: 'certifié',
    postBy: 'Publication de',
    on: 'sur',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type Words = (typeof WORDS)[Locale];

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour?: number;
  minute?: number;
}

/**
 * Reads an ISO 8601 date or date-time as the wall-clock time its author wrote, offset included, so a card
 * shows "21:47" for `2024-05-02T21:47:00+02:00` whatever time zone the server runs in (deterministic output).
 */
export function wallClock(iso: string): WallClock {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const [, y, mo, d, hh, mm] = m;
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    ...(hh !== undefined && mm !== undefined ? { hour: Number(hh), minute: Number(mm) } : {}),
  };
}

/** « 2 mai 2024 » / "May 2, 2024", with the time when the value has one: « 2 mai 2024 à 21:47 » / "May 2, 2024 at 9:47 PM". */
export function formatDate(iso: string, locale: Locale, withTime = true): string {
  const t = wallClock(iso);
  const month = MONTHS[locale][t.month - 1] ?? '';
  const date = locale === 'fr' ? `${t.day === 1 ? '1er' : t.day} ${month} ${t.year}` : `${month} ${t.day}, ${t.year}`;
  if (!withTime || t.hour === undefined || t.minute === undefined) return date;
  const mm = String(t.minute).padStart(2, '0');
  if (locale === 'fr') return `${date} à ${String(t.hour).padStart(2, '0')}:${mm}`;
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${date} at ${h12}:${mm} ${t.hour < 12 ? 'AM' : 'PM'}`;
}

/** Kick-off time only: « 21:00 » / "9:00 PM". */
export function formatTime(iso: string, locale: Locale): string {
  const t = wallClock(iso);
  if (t.hour === undefined || t.minute === undefined) return '';
  const mm = String(t.minute).padStart(2, '0');
  if (locale === 'fr') return `${String(t.hour).padStart(2, '0')}:${mm}`;
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${h12}:${mm} ${t.hour < 12 ? 'AM' : 'PM'}`;
}
