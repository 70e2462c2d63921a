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
    // match-day kinds (fixture, lineup, player, standings)
    vs: 'VS',
    matchday: 'Matchday',
    derby: 'Derby',
    final: 'Final',
    matchdayN: 'Matchday {n}',
    watchOn: 'Watch on',
    startingXI: 'Starting XI',
    substitutes: 'Substitutes',
    coach: 'Coach',
    captainMark: 'C',
    captain: 'captain',
    'player-of-the-match': 'Player of the match',
    goal: 'Goal',
    'new-signing': 'New signing',
    number: 'number',
    shirtNumber: 'No. {n}',
    standings: 'Standings',
    colTeam: 'Club',
    colPlayed: 'P',
    colWon: 'W',
    colDrawn: 'D',
    colLost: 'L',
    colGoalsFor: 'GF',
    colGoalsAgainst: 'GA',
    colDiff: 'GD',
    colPoints: 'Pts',
    colForm: 'Form',
    formW: 'W',
    formD: 'D',
    formL: 'L',
    ranksOf: 'Ranks {from}–{to} of {total}',
    played: 'played',
    goals: 'goals',
    form: 'form',
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
    vs: 'VS',
    matchday: 'Jour de match',
    derby: 'Derby',
    final: 'Finale',
    matchdayN: 'Journée {n}',
    watchOn: 'À suivre sur',
    startingXI: 'Composition',
    substitutes: 'Remplaçants',
    coach: 'Entraîneur',
    captainMark: 'C',
    captain: 'capitaine',
    'player-of-the-match': 'Homme du match',
    goal: 'But',
    'new-signing': 'Nouvelle recrue',
    number: 'numéro',
    shirtNumber: 'N° {n}',
    standings: 'Classement',
    colTeam: 'Club',
    colPlayed: 'J',
    colWon: 'G',
    colDrawn: 'N',
    colLost: 'P',
    colGoalsFor: 'BP',
    colGoalsAgainst: 'BC',
    colDiff: 'Diff.',
    colPoints: 'Pts',
    colForm: 'Forme',
    formW: 'V',
    formD: 'N',
    formL: 'D',
    ranksOf: 'Places {from} à {to} sur {total}',
    played: 'joués',
    goals: 'buts',
    form: 'forme',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type Words = (typeof WORDS)[Locale];

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** Short weekday names, Sunday first: « sam. 4 mai » / "Sat, May 4" on fixture cards. */
const WEEKDAYS: Record<Locale, readonly string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  fr: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
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

/**
 * A match day without the year: « sam. 4 mai » / "Sat, May 4". The weekday is computed from the date as
 * written (a calendar date has one weekday wherever the server runs), never from the server's clock.
 */
export function formatMatchDay(iso: string, locale: Locale): string {
  const t = wallClock(iso);
  const month = MONTHS[locale][t.month - 1] ?? '';
  return locale === 'fr' ? `${weekdayOf(iso, locale)} ${t.day === 1 ? '1er' : t.day} ${month}` : `${weekdayOf(iso, locale)}, ${month} ${t.day}`;
}

/** The short weekday of a date as written: « sam. » / "Sat". */
export function weekdayOf(iso: string, locale: Locale): string {
  const t = wallClock(iso);
  return WEEKDAYS[locale][new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()] ?? '';
}

/** Fills `{name}` placeholders of a WORDS entry: fill('Matchday {n}', { n: 34 }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (m, k: string) => (k in values ? String(values[k]) : m));
}
