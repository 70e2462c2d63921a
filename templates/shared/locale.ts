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
  ar: {
    scheduled: 'انطلاق المباراة',
    live: 'مباشر',
    'half-time': 'استراحة ما بين الشوطين',
    'full-time': 'نهاية المباراة',
    'extra-time': 'الأشواط الإضافية',
    penalties: 'ركلات الترجيح',
    aggregate: 'المجموع',
    pens: 'ترجيح',
    ownGoal: 'هدف عكسي',
    penaltyGoal: 'ركلة جزاء',
    redCard: 'بطاقة حمراء',
    at: 'الساعة',
    verified: 'موثّق',
    postBy: 'منشور من',
    on: 'على',
  },
  he: {
    scheduled: 'שריקת פתיחה',
    live: 'בשידור חי',
    'half-time': 'מחצית',
    'full-time': 'סיום',
    'extra-time': 'הארכה',
    penalties: 'דו־קרב פנדלים',
    aggregate: 'מצטבר',
    pens: 'פנדלים',
    ownGoal: 'שער עצמי',
    penaltyGoal: 'פנדל',
    redCard: 'כרטיס אדום',
    at: 'בשעה',
    verified: 'מאומת',
    postBy: 'פוסט של',
    on: 'ב־',
  },
  fa: {
    scheduled: 'شروع بازی',
    live: 'زنده',
    'half-time': 'بین دو نیمه',
    'full-time': 'پایان بازی',
    'extra-time': 'وقت اضافه',
    penalties: 'ضربات پنالتی',
    aggregate: 'مجموع',
    pens: 'پنالتی',
    ownGoal: 'گل به خودی',
    penaltyGoal: 'پنالتی',
    redCard: 'کارت قرمز',
    at: 'ساعت',
    verified: 'تأییدشده',
    postBy: 'پست از',
    on: 'در',
  },
  ja: {
    scheduled: 'キックオフ',
    live: 'ライブ',
    'half-time': 'ハーフタイム',
    'full-time': '試合終了',
    'extra-time': '延長戦',
    penalties: 'PK戦',
    aggregate: '合計',
    pens: 'PK',
    ownGoal: 'OG',
    penaltyGoal: 'PK',
    redCard: 'レッドカード',
    at: '',
    verified: '認証済み',
    postBy: '投稿:',
    on: '-',
  },
  ko: {
    scheduled: '킥오프',
    live: '라이브',
    'half-time': '하프타임',
    'full-time': '경기 종료',
    'extra-time': '연장전',
    penalties: '승부차기',
    aggregate: '합계',
    pens: '승부차기',
    ownGoal: '자책골',
    penaltyGoal: 'PK',
    redCard: '레드카드',
    at: '',
    verified: '인증됨',
    postBy: '게시물:',
    on: '-',
  },
  'zh-Hans': {
    scheduled: '开球',
    live: '直播',
    'half-time': '中场休息',
    'full-time': '全场结束',
    'extra-time': '加时赛',
    penalties: '点球大战',
    aggregate: '总比分',
    pens: '点球',
    ownGoal: '乌龙球',
    penaltyGoal: '点球',
    redCard: '红牌',
    at: '',
    verified: '已认证',
    postBy: '发布者',
    on: '于',
  },
  'zh-Hant': {
    scheduled: '開賽',
    live: '直播',
    'half-time': '半場',
    'full-time': '全場完結',
    'extra-time': '加時',
    penalties: '互射十二碼',
    aggregate: '總比分',
    pens: '十二碼',
    ownGoal: '烏龍球',
    penaltyGoal: '十二碼',
    redCard: '紅牌',
    at: '',
    verified: '已認證',
    postBy: '發布者',
    on: '於',
  },
  th: {
    scheduled: 'เริ่มเตะ',
    live: 'สด',
    'half-time': 'พักครึ่งเวลา',
    'full-time': 'จบการแข่งขัน',
    'extra-time': 'ต่อเวลาพิเศษ',
    penalties: 'ดวลจุดโทษ',
    aggregate: 'สกอร์รวม',
    pens: 'จุดโทษ',
    ownGoal: 'ทำเข้าประตูตัวเอง',
    penaltyGoal: 'จุดโทษ',
    redCard: 'ใบแดง',
    at: 'เวลา',
    verified: 'ยืนยันแล้ว',
    postBy: 'โพสต์โดย',
    on: 'บน',
  },
  hi: {
    scheduled: 'किक-ऑफ़',
    live: 'लाइव',
    'half-time': 'हाफ़-टाइम',
    'full-time': 'फ़ुल-टाइम',
    'extra-time': 'अतिरिक्त समय',
    penalties: 'पेनल्टी शूटआउट',
    aggregate: 'कुल',
    pens: 'पेनल्टी',
    ownGoal: 'आत्मघाती गोल',
    penaltyGoal: 'पेनल्टी',
    redCard: 'लाल कार्ड',
    at: 'बजे',
    verified: 'सत्यापित',
    postBy: 'पोस्ट:',
    on: 'पर',
  },
  es: {
    scheduled: 'Inicio',
    live: 'En directo',
    'half-time': 'Descanso',
    'full-time': 'Final',
    'extra-time': 'Prórroga',
    penalties: 'Penaltis',
    aggregate: 'Global',
    pens: 'pen.',
    ownGoal: 'p.p.',
    penaltyGoal: 'pen.',
    redCard: 'tarjeta roja',
    at: 'a las',
    verified: 'verificado',
    postBy: 'Publicación de',
    on: 'en',
  },
  de: {
    scheduled: 'Anstoß',
    live: 'Live',
    'half-time': 'Halbzeit',
    'full-time': 'Abpfiff',
    'extra-time': 'Verlängerung',
    penalties: 'Elfmeterschießen',
    aggregate: 'Gesamt',
    pens: 'i. E.',
    ownGoal: 'ET',
    penaltyGoal: 'FE',
    redCard: 'Rote Karte',
    at: 'um',
    verified: 'verifiziert',
    postBy: 'Beitrag von',
    on: 'auf',
  },
  it: {
    scheduled: 'Calcio d’inizio',
    live: 'In diretta',
    'half-time': 'Intervallo',
    'full-time': 'Finale',
    'extra-time': 'Supplementari',
    penalties: 'Rigori',
    aggregate: 'Totale',
    pens: 'd.c.r.',
    ownGoal: 'aut.',
    penaltyGoal: 'rig.',
    redCard: 'cartellino rosso',
    at: 'alle',
    verified: 'verificato',
    postBy: 'Post di',
    on: 'su',
  },
  pt: {
    scheduled: 'Início',
    live: 'Ao vivo',
    'half-time': 'Intervalo',
    'full-time': 'Fim de jogo',
    'extra-time': 'Prorrogação',
    penalties: 'Pênaltis',
    aggregate: 'Agregado',
    pens: 'pên.',
    ownGoal: 'g.c.',
    penaltyGoal: 'pên.',
    redCard: 'cartão vermelho',
    at: 'às',
    verified: 'verificado',
    postBy: 'Publicação de',
    on: 'no',
  },
  nl: {
    scheduled: 'Aftrap',
    live: 'Live',
    'half-time': 'Rust',
    'full-time': 'Einde wedstrijd',
    'extra-time': 'Verlenging',
    penalties: 'Strafschoppen',
    aggregate: 'Totaal',
    pens: 'n.s.',
    ownGoal: 'e.d.',
    penaltyGoal: 'pen.',
    redCard: 'rode kaart',
    at: 'om',
    verified: 'geverifieerd',
    postBy: 'Bericht van',
    on: 'op',
  },
  tr: {
    scheduled: 'Başlama',
    live: 'Canlı',
    'half-time': 'Devre arası',
    'full-time': 'Maç sonu',
    'extra-time': 'Uzatmalar',
    penalties: 'Penaltılar',
    aggregate: 'Toplam',
    pens: 'pen.',
    ownGoal: 'k.k.',
    penaltyGoal: 'pen.',
    redCard: 'kırmızı kart',
    at: 'saat',
    verified: 'onaylı',
    postBy: 'Gönderi:',
    on: '-',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type Words = (typeof WORDS)[Locale];

/** English and French keep their hand-set forms (« 1er mai », "May 2, 2024 at 9:47 PM"); the rest use Intl. */
const MONTHS: Record<'en' | 'fr', readonly string[]> = {
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

const intlCache = new Map<string, Intl.DateTimeFormat>();
/**
 * Intl.DateTimeFormat of the wall-clock time, formatted in UTC so the server's time zone never shows: the
 * same payload gives the same words everywhere. Each locale's own digits (Arabic-Indic in ar, Persian in fa).
 */
function intl(t: WallClock, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = intlCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    intlCache.set(key, f);
  }
  return f.format(new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour ?? 12, t.minute ?? 0)));
}

/** « 2 mai 2024 » / "May 2, 2024", with the time when the value has one: « 2 mai 2024 à 21:47 » / "May 2, 2024 at 9:47 PM". */
export function formatDate(iso: string, locale: Locale, withTime = true): string {
  const t = wallClock(iso);
  if (locale !== 'en' && locale !== 'fr') {
    const time = withTime && t.hour !== undefined ? { hour: 'numeric', minute: '2-digit' } as const : {};
    return intl(t, locale, { year: 'numeric', month: 'long', day: 'numeric', ...time });
  }
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
  if (locale !== 'en' && locale !== 'fr') return intl(t, locale, { hour: 'numeric', minute: '2-digit' });
  const mm = String(t.minute).padStart(2, '0');
  if (locale === 'fr') return `${String(t.hour).padStart(2, '0')}:${mm}`;
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${h12}:${mm} ${t.hour < 12 ? 'AM' : 'PM'}`;
}

const localeStringsMemo = new Map<Locale, string[]>();
/** Text a card may draw in `locale` besides its payload: the words and the forms of a date (morning and evening). */
export function localeStrings(locale: Locale): string[] {
  let out = localeStringsMemo.get(locale);
  if (!out) {
    out = [...Object.values(WORDS[locale]), formatDate('2024-05-02T09:47:00+00:00', locale), formatDate('2024-05-02T21:47:00+00:00', locale)];
    localeStringsMemo.set(locale, out);
  }
  return out;
}
