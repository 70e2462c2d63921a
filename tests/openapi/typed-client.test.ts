import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes, TYPES_FILE } from '../../scripts/lib/openapi-types.ts';
import { toQuery } from '../../src/http/query.ts';
import { example, testApp } from '../helpers.ts';
import { cardClient, type ScorePayload } from './typed-client.ts';

describe('the generated TypeScript client', () => {
  it('the committed types are those openapi-typescript generates from the current document', async () => {
    const committed = readFileSync(TYPES_FILE, 'utf8');
    const fresh = await generateTypes();
    // Stale types: run `npm run openapi:types` and commit docs/openapi/card-api.d.ts.
    expect(committed === fresh, 'docs/openapi/card-api.d.ts is stale: run npm run openapi:types').toBe(true);
  });

  it('describes a card and fetches its PNG through the typed client, as the README shows', async () => {
    const app = await testApp();
    const client = cardClient('http://card.test', { fetch: async (request) => app.request(request) });
    const card = await client.describeScore(example('score') as ScorePayload);
    expect(card).toMatchObject({ kind: 'score', width: 1200, height: 630 });
    expect(card.alt).toContain('Olympique de Marseille 1, Atalanta 1');
    expect((await app.request(card.shareUrl)).headers.get('content-type')).toBe('text/html; charset=utf-8');

    // GET with the documented query parameters, list items included: the very image of the dotted URL.
    const payload = { home: { name: 'OM', score: 2 }, away: { name: 'Atalanta', score: 0 }, events: [{ team: 'home', minute: '12', player: 'Aubameyang' }] };
    const png = await client.scorePng({
      'home.name': 'OM',
      'home.score': 2,
      'away.name': 'Atalanta',
      'away.score': 0,
      events: { 'events.0.team': 'home', 'events.0.minute': '12', 'events.0.player': 'Aubameyang' },
    });
    const direct = await app.request(`/v1/cards/score.png?${toQuery(payload)}`);
    expect(direct.status).toBe(200);
    expect(Buffer.from(await png.arrayBuffer()).equals(Buffer.from(await direct.arrayBuffer()))).toBe(true);
  });

  it('API errors come back typed, with their code and fields', async () => {
    const app = await testApp();
    const client = cardClient('http://card.test', { fetch: async (request) => app.request(request) });
    await expect(client.describeScore({ home: { name: 'OM', score: 100 }, away: { name: '' } } as ScorePayload)).rejects.toThrow(/^invalid_payload: .*\(home\.score, away\.name\)$/);
  });
});

describe('the README', () => {
  it('shows the typed-client example that tsc checks (tests/openapi/readme-example.ts)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('./readme-example.ts', import.meta.url), 'utf8');
    const code = example.slice(example.indexOf('import createClient')).replace("from '../../docs/openapi/card-api'", "from './docs/openapi/card-api'");
    expect(readme).toContain(`\`\`\`ts\n${code}\`\`\``);
  });
});
