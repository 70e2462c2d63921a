import { describe, expect, it } from 'vitest';
import { toQuery } from '../../src/http/query.ts';
import { jsonSchemaOf } from '../../src/http/payload.ts';
import { KINDS, TEMPLATES, type CardKind } from '../../templates/index.ts';
import { formatMatchDay, weekdayOf } from '../../templates/shared/locale.ts';
import { visibleRows, type StandingsPayload } from '../../templates/standings.tsx';
import { example, testApp } from '../helpers.ts';

/** The match-day kinds (issue 14) through the HTTP API: formats, rules with their exact messages, facts in the alt text. */
const MATCHDAY: CardKind[] = ['fixture', 'lineup', 'player', 'standings'];

type App = Awaited<ReturnType<typeof testApp>>;
const post = (app: App, path: string, body: unknown) =>
  app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

async function describeCard(app: App, kind: CardKind, payload: unknown): Promise<{ alt: string; url: string; width: number; height: number }> {
  const res = await post(app, `/v1/cards/${kind}.json`, payload);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as { alt: string; url: string; width: number; height: number };
}

async function issuesOf(app: App, kind: CardKind, payload: unknown): Promise<Array<{ path: string; message: string }>> {
  const res = await post(app, `/v1/cards/${kind}.png`, payload);
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: { code: string; issues: Array<{ path: string; message: string }> } };
  expect(body.error.code).toBe('invalid_payload');
  return body.error.issues;
}

const lineup = () => example('lineup') as { formation: string; starting: Array<Record<string, unknown>>; substitutes: Array<Record<string, unknown>> };
/** The example's players with grid places row:column, rows as the formation 4-3-3 puts them. */
const gridded = () => {
  const p = lineup();
  const places = ['1:1', '2:1', '2:2', '2:3', '2:4', '3:1', '3:2', '3:3', '4:1', '4:2', '4:3'];
  p.starting = p.starting.map((pl, i) => ({ ...pl, grid: places[i] }));
  return p;
};

describe('match-day kinds: every format, GET and POST', () => {
  for (const kind of MATCHDAY) {
    it(`${kind}: PNG, SVG and JSON, by GET and by POST, at every size`, async () => {
      const app = await testApp();
      for (const size of ['og', 'x', 'square', 'story'] as const) {
        const payload = example(kind, { size });
        const png = await app.request(`/v1/cards/${kind}.png?${toQuery(payload)}`);
        expect(png.status).toBe(200);
        expect(png.headers.get('content-type')).toBe('image/png');
        const svg = await post(app, `/v1/cards/${kind}.svg`, payload);
        expect(svg.status).toBe(200);
        expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
        expect(await svg.text()).toMatch(/^<svg /);
        const json = await app.request(`/v1/cards/${kind}.json?${toQuery(payload)}`);
        expect(json.status).toBe(200);
        const body = (await json.json()) as { width: number; height: number; alt: string };
        expect([body.width, body.height]).toEqual({ og: [1200, 630], x: [1200, 675], square: [1080, 1080], story: [1080, 1920] }[size]);
        expect(body.alt.length).toBeGreaterThan(20);
      }
    });
  }

  it('every kind’s JSON Schema is in /v1/templates, with the lists’ limits a form needs', async () => {
    const app = await testApp();
    const body = (await (await app.request('/v1/templates')).json()) as { templates: Array<{ kind: string; schema: { properties: Record<string, { minItems?: number; maxItems?: number }> } }> };
    const schema = (k: string) => body.templates.find((t) => t.kind === k)!.schema;
    expect(schema('lineup').properties.starting).toMatchObject({ minItems: 11, maxItems: 11 });
    expect(schema('lineup').properties.substitutes).toMatchObject({ maxItems: 12 });
    expect(schema('standings').properties.rows).toMatchObject({ minItems: 1, maxItems: 20 });
    expect(schema('player').properties.stats).toMatchObject({ maxItems: 6 });
  });
});

describe('fixture', () => {
  it('shows the kick-off as written in the payload, in the card’s language, whatever the server’s time zone', async () => {
    const app = await testApp();
    // 21:00 in Marseille, 21:00 in Mexico City: each card says 21:00, not the server's clock
    for (const kickoff of ['2024-05-04T21:00:00+02:00', '2024-05-04T21:00:00-06:00', '2024-05-04T21:00:00Z']) {
      expect((await describeCard(app, 'fixture', example('fixture', { kickoff }))).alt).toContain('sam. 4 mai 2024 à 21:00');
      expect((await describeCard(app, 'fixture', example('fixture', { kickoff, locale: 'en' }))).alt).toContain('Sat, May 4, 2024 at 9:00 PM');
    }
    expect(formatMatchDay('2024-05-04T21:00:00+02:00', 'fr')).toBe('sam. 4 mai');
    expect(formatMatchDay('2024-05-04T21:00:00+02:00', 'en')).toBe('Sat, May 4');
    expect(formatMatchDay('2025-06-01', 'fr')).toBe('dim. 1er juin');
    expect(weekdayOf('2024-02-29', 'en')).toBe('Thu');
  });

  it('states the match in its alt text: label, competition, teams, date, venue, broadcasters, hashtag', async () => {
    const app = await testApp();
    expect((await describeCard(app, 'fixture', example('fixture'))).alt).toBe(
      'Jour de match. Ligue 1, Journée 33. Olympique de Marseille vs Paris Saint-Germain, sam. 4 mai 2024 à 21:00. Orange Vélodrome. À suivre sur Prime Video, beIN Sports. #OMPSG',
    );
    // a preset label is in the card's language; free text is printed as written
    expect((await describeCard(app, 'fixture', example('fixture', { label: 'final', locale: 'en' }))).alt).toMatch(/^Final\. /);
    expect((await describeCard(app, 'fixture', example('fixture', { label: 'Le Classique' }))).alt).toMatch(/^Le Classique\. /);
  });

  it('refuses a kick-off that is not an ISO date, and more than 4 broadcasters', async () => {
    const app = await testApp();
    expect(await issuesOf(app, 'fixture', example('fixture', { kickoff: 'samedi 21h' }))).toEqual([
      { path: 'kickoff', message: 'must be an ISO 8601 date (2024-05-02) or date-time with offset (2024-05-02T21:47:00+02:00)' },
    ]);
    expect(await issuesOf(app, 'fixture', example('fixture', { broadcasters: ['A', 'B', 'C', 'D', 'E'] }))).toEqual([{ path: 'broadcasters', message: 'must have at most 4 broadcasters' }]);
  });
});

describe('lineup', () => {
  it('refuses a formation whose lines do not add up to 10, naming the field and the rule', async () => {
    const app = await testApp();
    expect(await issuesOf(app, 'lineup', { ...lineup(), formation: '4-4-3' })).toEqual([{ path: 'formation', message: 'the lines must add up to 10 outfield players (4-4-3 makes 11)' }]);
    expect(await issuesOf(app, 'lineup', { ...lineup(), formation: '3-3-3' })).toEqual([{ path: 'formation', message: 'the lines must add up to 10 outfield players (3-3-3 makes 9)' }]);
    expect(await issuesOf(app, 'lineup', { ...lineup(), formation: '433' })).toEqual([
      { path: 'formation', message: 'must be a formation such as 4-3-3 or 4-2-3-1: 2 to 5 lines of 1 to 6 players, from defence to attack' },
    ]);
  });

  it('refuses a starting eleven of another size, saying how many were given', async () => {
    const app = await testApp();
    const p = lineup();
    expect(await issuesOf(app, 'lineup', { ...p, starting: p.starting.slice(0, 10) })).toEqual([
      { path: 'starting', message: 'must have exactly 11 players (10 given): the goalkeeper and ten outfield players' },
    ]);
    expect(await issuesOf(app, 'lineup', { ...p, starting: [...p.starting, { number: 77, name: 'Twelfth Man' }] })).toEqual([
      { path: 'starting', message: 'must have exactly 11 players (12 given): the goalkeeper and ten outfield players' },
    ]);
    const bench = Array.from({ length: 13 }, (_, i) => ({ number: 40 + i, name: `Sub ${i}` }));
    expect(await issuesOf(app, 'lineup', { ...p, substitutes: bench })).toEqual([{ path: 'substitutes', message: 'must have at most 12 players' }]);
  });

  it('refuses grid places that do not match the formation’s rows, and a shirt number worn twice', async () => {
    const app = await testApp();
    const rowOff = gridded();
    rowOff.starting[10]!.grid = '5:1';
    expect(await issuesOf(app, 'lineup', rowOff)).toEqual([{ path: 'starting.10.grid', message: 'row 5 is not in the formation 4-3-3, which has rows 1 (the goalkeeper) to 4' }]);
    const wide = gridded();
    wide.starting[4]!.grid = '3:4';
    expect(await issuesOf(app, 'lineup', wide)).toEqual([{ path: 'starting.4.grid', message: 'column 4 is not in row 3, which has 3 places in the formation 4-3-3' }]);
    const twice = gridded();
    twice.starting[4]!.grid = '2:1';
    expect(await issuesOf(app, 'lineup', twice)).toEqual([{ path: 'starting.4.grid', message: '2:1 is already the place of starting.1' }]);
    const some = gridded();
    delete some.starting[3]!.grid;
    expect(await issuesOf(app, 'lineup', some)).toEqual([{ path: 'starting.3.grid', message: 'is required once another starting player has a grid place: give every starting player one, or none' }]);
    const dup = lineup();
    dup.substitutes[2]!.number = 10;
    expect(await issuesOf(app, 'lineup', dup)).toEqual([{ path: 'substitutes.2.number', message: 'number 10 is also worn by starting.9' }]);
  });

  it('places players by grid as data feeds give them, the same as in list order', async () => {
    const app = await testApp();
    const inOrder = await post(app, '/v1/cards/lineup.svg', lineup());
    // the same places given as grid, the list shuffled: the same card
    const shuffled = gridded();
    shuffled.starting.reverse();
    const byGrid = await post(app, '/v1/cards/lineup.svg', shuffled);
    expect(await byGrid.text()).toBe(await inOrder.text());
  });

  it('names every player with their number, by line, captain, bench and coach in its alt text', async () => {
    const app = await testApp();
    expect((await describeCard(app, 'lineup', example('lineup', { locale: 'en' }))).alt).toBe(
      'Starting XI — Olympique de Marseille (4-3-3): 16 Pau López; 3 Quentin Merlin, 5 Leonardo Balerdi, 99 Chancel Mbemba, 7 Jonathan Clauss; 8 Azzedine Ounahi, 27 Jordan Veretout (captain), 19 Geoffrey Kondogbia; 29 Iliman Ndiaye, 10 Pierre-Emerick Aubameyang, 23 Ismaïla Sarr. Substitutes: 36 Rubén Blanco, 4 Samuel Gigot, 62 Michael Murillo, 6 Ulisses Garcia, 11 Amine Harit, 18 Bamo Meïté, 9 Faris Moumbagna, 21 Valentin Rongier, 22 Pape Gueye. Coach: Jean-Louis Gasset',
    );
  });
});

describe('player', () => {
  it('prints its headline in the card’s language and states name, number, team and every figure', async () => {
    const app = await testApp();
    expect((await describeCard(app, 'player', example('player'))).alt).toBe(
      'Homme du match : Chancel Mbemba, numéro 99, Olympique de Marseille. Buts 1, Duels gagnés 9, Passes réussies 54, Interceptions 4, Dégagements 7, Note 8,4',
    );
    expect((await describeCard(app, 'player', example('player', { locale: 'en', headline: 'goal', minute: "67'" }))).alt).toMatch(/^Goal, 67’: Chancel Mbemba, number 99, Olympique de Marseille\. .*Note 8\.4$/);
  });

  it('refuses more than 6 figures, and a figure that is neither a number nor a short text', async () => {
    const app = await testApp();
    const stats = Array.from({ length: 7 }, (_, i) => ({ label: `Stat ${i}`, value: i }));
    expect(await issuesOf(app, 'player', example('player', { stats }))).toEqual([{ path: 'stats', message: 'must have at most 6 stats' }]);
    expect(await issuesOf(app, 'player', example('player', { stats: [{ label: 'Km', value: true }] }))).toEqual([
      { path: 'stats.0.value', message: 'must be a number or a text of at most 8 characters such as 54, 0.8 or 92 %' },
    ]);
  });
});

describe('standings', () => {
  const rows = (n: number, highlight?: number) =>
    Array.from({ length: n }, (_, i) => ({ rank: i + 1, team: { name: `Club ${i + 1}` }, played: 10, won: 3, drawn: 4, lost: 3, goalsFor: 9, goalsAgainst: 9, points: 13, highlight: i + 1 === highlight }));

  it('shows as many rows as the size holds legibly, around the highlighted club, and says which', async () => {
    const app = await testApp();
    const alt = async (extra: Record<string, unknown>) => (await describeCard(app, 'standings', { competition: 'Ligue 1', rows: rows(20, 17), ...extra })).alt;
    // og: 11 rows, the highlighted 17th in view (as central as the end of the table allows); story: the whole table
    expect(await alt({})).toMatch(/\(Ranks 10–20 of 20\): 10\. Club 10 13 pts; .* 17\. Club 17 13 pts \(10 played, 3-4-3, goals 9:9\); .* 20\. Club 20 13 pts$/);
    expect(await alt({ size: 'story' })).toMatch(/^Standings Ligue 1: 1\. Club 1 13 pts; .* 20\. Club 20 13 pts$/);
    // the payload may ask for a window
    expect(await alt({ size: 'story', window: { from: 1, to: 5 } })).toMatch(/\(Ranks 1–5 of 20\): 1\. Club 1 13 pts; .* 5\. Club 5 13 pts$/);
  });

  it('visibleRows: the asked window, cut to what fits, the first highlighted club kept in view', () => {
    const table = rows(20, 17) as StandingsPayload['rows'];
    const ranks = (r: StandingsPayload['rows']) => r.map((x) => x.rank);
    expect(ranks(visibleRows(table, 20))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(ranks(visibleRows(table, 10))).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(ranks(visibleRows(rows(20, 12) as StandingsPayload['rows'], 10))).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(ranks(visibleRows(rows(20) as StandingsPayload['rows'], 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ranks(visibleRows(table, 4, { from: 15, to: 20 }))).toEqual([15, 16, 17, 18]);
  });

  it('refuses figures that do not add up, form letters other than W, D and L, and a window upside down', async () => {
    const app = await testApp();
    const bad = rows(3);
    bad[1]!.played = 11;
    expect(await issuesOf(app, 'standings', { rows: bad })).toEqual([{ path: 'rows.1.played', message: 'must equal won + drawn + lost (3 + 4 + 3 = 10)' }]);
    expect(await issuesOf(app, 'standings', { rows: [{ ...rows(1)[0]!, form: 'WWXL' }] })).toEqual([
      { path: 'rows.0.form', message: 'must be the last results as up to five letters W, D or L, oldest first (WWDLW)' },
    ]);
    expect(await issuesOf(app, 'standings', { rows: rows(3), window: { from: 3, to: 1 } })).toEqual([{ path: 'window.to', message: 'must be at least from (3)' }]);
    expect(await issuesOf(app, 'standings', { rows: rows(21) })).toEqual([{ path: 'rows', message: 'must have at most 20 rows' }]);
  });

  it('states ranks, clubs, points, the highlighted club’s record and the zones in its alt text', async () => {
    const app = await testApp();
    expect((await describeCard(app, 'standings', example('standings'))).alt).toBe(
      'Classement Ligue 1, Journée 34 (Places 1 à 10 sur 18) : 1. Paris SG 76 pts; 2. Monaco 67 pts; 3. Brest 61 pts; 4. Lille 59 pts; 5. Nice 55 pts; 6. Lyon 53 pts; 7. Lens 51 pts; 8. Marseille 50 pts (34 joués, 13-11-10, buts 52:41, forme VDNVD); 9. Reims 47 pts; 10. Rennes 46 pts. Ligue des champions 1–3, Qualif. Ligue des champions 4, Ligue Europa 5, Ligue Conférence 6',
    );
  });
});

describe('images of the match-day kinds', () => {
  /** Every image field of a kind's schema, as a path into its example (lists at their first item). */
  function imagePaths(schema: Record<string, unknown>, value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
    const s = schema as { properties?: Record<string, Record<string, unknown>>; items?: Record<string, unknown>; format?: string };
    if (s.format === 'data-url') return [path];
    if (s.items && Array.isArray(value) && value.length) return imagePaths(s.items, value[0], [...path, 0]);
    if (s.properties && value && typeof value === 'object') return Object.entries(s.properties).flatMap(([k, child]) => imagePaths(child, (value as Record<string, unknown>)[k] ?? {}, [...path, k]));
    return [];
  }

  it('every image field (crests, photos, avatars) is fetched before rendering, never by the renderer: refused while remote images are off', async () => {
    const app = await testApp();
    let checked = 0;
    for (const kind of KINDS) {
      for (const path of imagePaths(jsonSchemaOf(kind), TEMPLATES[kind].example)) {
        const payload = example(kind);
        let node = payload as Record<string | number, unknown>;
        for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
        node[path[path.length - 1]!] = 'https://img.example.test/picture.png';
        const res = await post(app, `/v1/cards/${kind}.png`, payload);
        expect(res.status, `${kind} ${path.join('.')}`).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('remote_image_forbidden');
        checked++;
      }
    }
    // quote avatar, post avatar, score crests ×2, fixture crests ×2, lineup crest, player crest and photo, standings crest
    expect(checked).toBe(10);
  });
});
