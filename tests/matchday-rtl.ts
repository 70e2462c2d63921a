/**
 * Match-day cards as Saudi and Israeli clubs post them (issue 12 on the kinds of issue 14): Arabic and Hebrew
 * names, the card's locale right to left. Shared by the golden images (tests/render/matchday-rtl.test.ts) and
 * the contact sheet.
 */
const ar = {
  fixture: {
    home: { name: 'الهلال', color: '#1d4ed8' },
    away: { name: 'النصر', color: '#facc15' },
    kickoff: '2024-05-04T21:00:00+03:00',
    competition: 'دوري روشن السعودي',
    matchday: 30,
    label: 'derby',
    venue: 'استاد الملك فهد الدولي',
    broadcasters: ['SSC', 'شاهد'],
    hashtag: 'الهلال_النصر',
    locale: 'ar',
  },
  lineup: {
    team: { name: 'الهلال', color: '#1d4ed8' },
    formation: '4-2-3-1',
    starting: [
      { number: 37, name: 'ياسين بونو', position: 'GK' },
      { number: 2, name: 'محمد البريك', position: 'DF' },
      { number: 3, name: 'كاليدو كوليبالي', position: 'DF' },
      { number: 5, name: 'علي البليهي', position: 'DF' },
      { number: 12, name: 'ياسر الشهراني', position: 'DF' },
      { number: 8, name: 'روبن نيفيز', position: 'MF' },
      { number: 28, name: 'محمد كنو', position: 'MF' },
      { number: 22, name: 'سيرجي سافيتش', position: 'MF' },
      { number: 29, name: 'سالم الدوسري', position: 'MF', captain: true },
      { number: 77, name: 'مالكوم', position: 'MF' },
      { number: 9, name: 'ألكسندر ميتروفيتش', position: 'FW' },
    ],
    substitutes: [
      { number: 1, name: 'عبدالله المعيوف', position: 'GK' },
      { number: 87, name: 'حسان تمبكتي', position: 'DF' },
      { number: 16, name: 'ناصر الدوسري', position: 'MF' },
      { number: 96, name: 'ميشايل', position: 'FW' },
    ],
    coach: 'خورخي خيسوس',
    locale: 'ar',
  },
  player: {
    name: 'سالم الدوسري',
    number: 29,
    team: { name: 'الهلال', color: '#1d4ed8' },
    headline: 'player-of-the-match',
    minute: '67',
    stats: [
      { label: 'الأهداف', value: 2 },
      { label: 'صناعة', value: 1 },
      { label: 'التسديدات', value: 5 },
      { label: 'التقييم', value: '9.1' },
    ],
    locale: 'ar',
  },
  standings: {
    competition: 'دوري روشن السعودي',
    matchday: 30,
    rows: [
      ['الهلال', '#1d4ed8', 26, 4, 0, 82, 20, 'WWWWD'],
      ['النصر', '#facc15', 22, 4, 4, 80, 35, 'WWLWW'],
      ['الأهلي', '#15803d', 17, 7, 6, 62, 35, 'DWWLW'],
      ['التعاون', '#eab308', 15, 9, 6, 50, 32, 'WDDWL'],
      ['الاتحاد', '#111111', 14, 7, 9, 56, 45, 'LWDWW'],
      ['الاتفاق', '#16a34a', 11, 10, 9, 41, 38, 'DLWDD'],
    ].map(([name, color, w, d, l, gf, ga, form], i) => ({
      rank: i + 1,
      team: { name, color },
      played: (w as number) + (d as number) + (l as number),
      won: w,
      drawn: d,
      lost: l,
      goalsFor: gf,
      goalsAgainst: ga,
      points: 3 * (w as number) + (d as number),
      form,
      ...(i === 1 ? { highlight: true } : {}),
    })),
    zones: [
      { from: 1, to: 2, label: 'دوري أبطال آسيا للنخبة', color: '#1d4ed8' },
      { from: 3, to: 3, label: 'الملحق الآسيوي', color: '#0ea5e9' },
    ],
    locale: 'ar',
  },
};

const he = {
  fixture: {
    home: { name: 'מכבי חיפה', color: '#15803d' },
    away: { name: 'הפועל באר שבע', color: '#dc2626' },
    kickoff: '2024-05-04T20:30:00+03:00',
    competition: 'ליגת העל',
    matchday: 33,
    label: 'final',
    venue: 'סמי עופר',
    broadcasters: ['ספורט 5'],
    hashtag: 'מכביחיפה',
    locale: 'he',
  },
  lineup: {
    team: { name: 'מכבי חיפה', color: '#15803d' },
    formation: '4-3-3',
    starting: [
      { number: 1, name: 'שריף כיוף', position: 'GK' },
      { number: 3, name: 'שון גולדברג', position: 'DF' },
      { number: 4, name: 'עלי מוחמד', position: 'DF' },
      { number: 5, name: 'דילן בטובינסקי', position: 'DF' },
      { number: 28, name: 'פייר קורנוד', position: 'DF' },
      { number: 6, name: 'נטע לביא', position: 'MF', captain: true },
      { number: 8, name: 'דין דוד', position: 'MF' },
      { number: 10, name: 'מוחמד אבו פאני', position: 'MF' },
      { number: 11, name: 'עומר אצילי', position: 'FW' },
      { number: 9, name: 'פרנק בולי', position: 'FW' },
      { number: 7, name: 'גוני נאור', position: 'FW' },
    ],
    substitutes: [
      { number: 40, name: 'יוסף מוחמד', position: 'GK' },
      { number: 14, name: 'אילון אלמוג', position: 'FW' },
      { number: 21, name: 'ליאור רפאלוב', position: 'MF' },
    ],
    coach: 'מסאי דגו',
    locale: 'he',
  },
};

export const MATCHDAY_RTL = { ar, he } as const;
