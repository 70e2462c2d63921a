/**
 * A bot's client, typed by the types generated from GET /openapi.json (docs/openapi/card-api.d.ts) and built
 * with openapi-fetch: `tsc --noEmit` (part of `npm test`) checks it against the generated types, and
 * typed-client.test.ts runs it against the app. The README shows it.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from '../../docs/openapi/card-api';

export type ScorePayload = components['schemas']['ScorePayload'];
export type CardDescription = components['schemas']['CardDescription'];

export function cardClient(baseUrl: string, options: { token?: string; fetch?: (request: Request) => Promise<Response> } = {}) {
  const client = createClient<paths>({
    baseUrl,
    ...(options.token ? { headers: { Authorization: `Bearer ${options.token}` } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    // The dotted GET form: list items are their own query parameters (`events.0.player=…`), as documented.
    querySerializer: { object: { style: 'form', explode: true } },
  });
  return {
    /** The card's og:image URL, share page URL, alt text and size, without rendering it. */
    async describeScore(payload: ScorePayload): Promise<CardDescription> {
      const { data, error } = await client.POST('/v1/cards/score.json', { body: payload });
      if (error) throw new Error(`${error.error.code}: ${error.error.message} (${error.error.issues.map((i) => i.path).join(', ')})`);
      return data;
    },
    /** The PNG itself, from its GET URL. */
    async scorePng(query: paths['/v1/cards/score.png']['get']['parameters']['query']): Promise<Blob> {
      const { data, error } = await client.GET('/v1/cards/score.png', { params: { query }, parseAs: 'blob' });
      if (error) throw new Error(`${error.error.code}: ${error.error.message}`);
      return data;
    },
  };
}

// The generated types catch a wrong payload at compile time: tsc fails if this line ever compiles cleanly.
// @ts-expect-error a score is a number, not a string
export const wrongScore: ScorePayload = { home: { name: 'OM', score: 'one' }, away: { name: 'Atalanta' } };
