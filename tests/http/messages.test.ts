import { describe, expect, it } from 'vitest';
import { example, testApp } from '../helpers.ts';

type App = Awaited<ReturnType<typeof testApp>>;
const post = (app: App, path: string, body: unknown) =>
  app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const errorOf = async (res: Response) => ((await res.json()) as { error: { message: string; issues: Array<{ path: string; message: string }> } }).error;

/** The exact words of validation errors: the field, then its rule, in the API's own phrasing. */
describe('validation messages', () => {
  it('types are named with their article: an object, an array, a string, true or false', async () => {
    const app = await testApp();
    const err = await errorOf(await post(app, '/v1/cards/score.json', example('score', { home: 'OM', events: ['Lookman 3’'], venue: 5 })));
    expect(err.issues).toEqual([
      { path: 'home', message: 'must be an object' },
      { path: 'events.0', message: 'must be an object' },
      { path: 'venue', message: 'must be a string' },
    ]);
    expect(err.message).toBe('invalid score card: home must be an object; events.0 must be an object; venue must be a string');
    const post2 = await errorOf(await post(app, '/v1/cards/post.json', example('post', { author: { name: 'OM', handle: 'OM', verified: 'yes' }, text: ['a'] })));
    expect(post2.issues).toEqual([
      { path: 'author.verified', message: 'must be true or false' },
      { path: 'text', message: 'must be a string' },
    ]);
  });

  it('a choice lists the values it accepts, never zod\'s "Invalid option"', async () => {
    const app = await testApp();
    const err = await errorOf(await post(app, '/v1/cards/score.json', example('score', { status: 'halftime', size: 'a4', events: [{ team: 'OM', minute: '3', player: 'Lookman' }] })));
    expect(err.issues).toEqual([
      { path: 'status', message: 'must be one of scheduled, live, half-time, full-time, extra-time, penalties' },
      { path: 'events.0.team', message: 'must be one of home, away' },
      { path: 'size', message: 'must be one of og, x, square, story' },
    ]);
    const locale = await errorOf(await app.request('/v1/cards/quote.png?text=Allez&author=Ana&locale=xx'));
    expect(locale.issues).toEqual([{ path: 'locale', message: 'must be one of en, fr, ar, he, fa, ja, ko, zh-Hans, zh-Hant, th, hi, es, de, it, pt, nl, tr' }]);
  });

  it('a missing field is "required" even where the field has a message of its own; a mistyped one gets that message', async () => {
    const app = await testApp();
    const err = await errorOf(await post(app, '/v1/cards/score.json', example('score', { aggregate: { home: 1 }, penalties: { home: 4, away: '3' } })));
    expect(err.issues).toEqual([
      { path: 'aggregate.away', message: 'is required' },
      { path: 'penalties.away', message: 'must be a whole number' },
    ]);
  });

  it('a rule broken twice over is said once (an image over the length cap of the field and of its data: URI)', async () => {
    const app = await testApp();
    const err = await errorOf(await post(app, '/v1/cards/quote.json', { text: 'Allez', author: 'Ana', avatar: `data:image/png;base64,${'A'.repeat(300_000)}` }));
    expect(err.issues.filter((i) => i.message === 'must be at most 300000 characters')).toEqual([{ path: 'avatar', message: 'must be at most 300000 characters' }]);
    expect(err.message.match(/must be at most 300000 characters/g)).toHaveLength(1);
  });
});
