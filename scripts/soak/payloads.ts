/**
 * Distinct card payloads for the soak test. Card `i` is fully determined by `i`: kinds rotate quote → score →
 * post, ~5% are `size: 'story'` (1080×1920, 2.7× the pixels of an og card), the rest keep the default og size
 * (1200×630). The counter is woven into the text, names and scores so that no two cards share an ETag and
 * every request is a cache miss that really renders.
 */
export type SoakKind = 'quote' | 'score' | 'post';

export interface SoakCard {
  kind: SoakKind;
  story: boolean;
  body: Record<string, unknown>;
}

const KINDS: readonly SoakKind[] = ['quote', 'score', 'post'];

const WORDS = [
  'match', 'détails', 'équipe', 'pressing', 'victoire', 'supporters', 'Vélodrome', 'saison', 'objectif', 'confiance',
  'travail', 'intensité', 'défense', 'attaque', 'ballon', 'finale', 'ambiance', 'semaine', 'collectif', 'rythme',
];
const FIRST = ['Léo', 'Amine', 'Chancel', 'Pierre', 'Jonathan', 'Mason', 'Ismaïla', 'Geoffrey', 'Valentin', 'Azzedine'];
const LAST = ['Balerdi', 'Harit', 'Mbemba', 'Clauss', 'Rongier', 'Greenwood', 'Sarr', 'Kondogbia', 'Rulli', 'Ounahi'];
const CLUBS = ['Olympique de Marseille', 'Atalanta', 'Paris FC', 'Stade Rennais', 'RC Lens', 'OGC Nice', 'AS Monaco', 'LOSC Lille'];
const EMOJI = ['🔥', '💙', '⚽', '👊', '🏆', '🎉'];
const PLATFORMS = ['x', 'instagram', 'bluesky', 'threads', 'mastodon', 'linkedin'];

/** Deterministic pick: a different stride per list so combinations vary. */
function pick<T>(list: readonly T[], i: number, stride: number): T {
  return list[(i * stride) % list.length] as T;
}

function sentence(i: number, words: number): string {
  const out: string[] = [];
  for (let w = 0; w < words; w++) out.push(pick(WORDS, i + w * 7, 3 + w));
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** ~5% story cards, spread evenly over the run and (since 20 and 3 are coprime) over the three kinds. */
export function isStory(i: number): boolean {
  return i % 20 === 7;
}

export function soakCard(i: number): SoakCard {
  const kind = KINDS[i % KINDS.length] as SoakKind;
  const story = isStory(i);
  const common: Record<string, unknown> = {
    ...(story ? { size: 'story' } : {}),
    theme: i % 2 === 0 ? 'light' : 'dark',
    locale: i % 4 < 2 ? 'fr' : 'en',
  };
  const player = `${pick(FIRST, i, 3)} ${pick(LAST, i, 7)} ${i}`;
  const day = String((i % 28) + 1).padStart(2, '0');
  switch (kind) {
    case 'quote':
      return {
        kind,
        story,
        body: {
          text: `Carte n° ${i} : ${sentence(i, 8 + (i % 12))}. ${sentence(i + 1, 6 + (i % 9))} ?`,
          author: player,
          role: `Entraîneur adjoint ${i % 97}`,
          source: `Conférence de presse ${i}`,
          date: `2024-05-${day}`,
          ...common,
        },
      };
    case 'score': {
      const home = pick(CLUBS, i, 3);
      const away = pick(CLUBS, i + 1, 5);
      const events = Array.from({ length: i % 5 }, (_, e) => ({
        team: e % 2 === 0 ? 'home' : 'away',
        minute: String(((i + e * 17) % 89) + 1),
        player: `${pick(LAST, i + e, 3)} ${i}`,
      }));
      return {
        kind,
        story,
        body: {
          home: { name: `${home} ${i}`, shortName: 'H' + (i % 1000), score: i % 7, color: `#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}` },
          away: { name: away, shortName: 'AW', score: (i >> 3) % 6, color: '#1e3a8a' },
          competition: 'Ligue Europa',
          stage: `Journée ${i}`,
          minute: `${(i % 90) + 1}`,
          events,
          venue: 'Orange Vélodrome',
          hashtag: `Soak${i}`,
          ...common,
        },
      };
    }
    case 'post':
      return {
        kind,
        story,
        body: {
          author: { name: `Supporter ${player}`, handle: `fan_${i}`, verified: i % 3 === 0 },
          text: `#${i} ${sentence(i, 10 + (i % 15))} ${pick(EMOJI, i, 1)}\n${sentence(i + 3, 5 + (i % 7))} @club_${i % 50} ${pick(EMOJI, i, 5)}`,
          date: `2024-05-${day}T21:47:00+02:00`,
          platform: pick(PLATFORMS, i, 1),
          ...common,
        },
      };
  }
}
