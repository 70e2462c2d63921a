/**
 * The typed-client example of the README, verbatim (but for the import path): \`tsc --noEmit\` checks it
 * against the generated types, and typed-client.test.ts checks that the README still shows this code.
 * Type-checked only, never run (it would call cards.example.com).
 */
import createClient from 'openapi-fetch';
import type { components, paths } from '../../docs/openapi/card-api';

type ScorePayload = components['schemas']['ScorePayload'];

const client = createClient<paths>({
  baseUrl: 'https://cards.example.com',
  headers: { Authorization: `Bearer ${process.env.CARD_API_TOKEN}` },
  // the dotted GET form: list items are query parameters of their own (events.0.player=…)
  querySerializer: { object: { style: 'form', explode: true } },
});

const payload: ScorePayload = { home: { name: 'OM', score: 2 }, away: { name: 'Atalanta', score: 0 }, status: 'full-time' };
const { data, error } = await client.POST('/v1/cards/score.json', { body: payload });
if (error) throw new Error(`${error.error.code}: ${error.error.message}`); // typed: the documented codes
console.log(data.shareUrl, data.url, data.alt); // post the share link, or use url as og:image
