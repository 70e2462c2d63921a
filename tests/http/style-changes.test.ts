import { describe, expect, it } from 'vitest';
import { MAX_STYLE_CHANGES } from '../../templates/shared/limits.ts';
import { schema, viewModel } from '../../templates/post.tsx';
import { contextFor, example, testApp } from '../helpers.ts';

type App = Awaited<ReturnType<typeof testApp>>;
const post = (app: App, path: string, body: unknown) =>
  app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; issues: Array<{ path: string; message: string }> } }).error;

/** 𝗮 (Mathematical Sans-Serif Bold), drawn in Noto Sans Bold: a change of face from a plain letter. */
const bold = (c: string) => String.fromCodePoint(0x1d5ee + c.charCodeAt(0) - 0x61);
/** `n` letters alternating plain and bold: n - 1 changes of style. */
const alternating = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? bold('abcdefghijklmnopqrstuvwxyz'[i % 26]!) : 'abcdefghijklmnopqrstuvwxyz'[i % 26]!)).join('');

describe('changes of style per card are bounded (each is an element satori lays out in its own face)', () => {
  it(`1,000 characters alternating plain and bold letters get a 400 on the field, not seconds of a worker`, async () => {
    const app = await testApp();
    const text = alternating(667);
    expect(text.length).toBe(1000);
    const res = await post(app, '/v1/cards/post.png', example('post', { text }));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({
      code: 'invalid_payload',
      issues: [{ path: 'text', message: `changes style 666 times (666 in the whole card); a card may change style at most ${MAX_STYLE_CHANGES} times` }],
    });
  });

  it('the budget is the whole card: every field that spends it is named', async () => {
    const app = await testApp();
    // 24 events, each name with 4 changes (Lo 𝗼 k 𝗺 an): 96 in all; 16 of them are exactly the cap
    const events = Array.from({ length: 24 }, (_, i) => ({ team: i % 2 ? 'home' : 'away', minute: String(i + 1), player: `Lo${bold('o')}k${bold('m')}an` }));
    const res = await post(app, '/v1/cards/score.json', example('score', { events }));
    const err = await errorOf(res);
    expect(res.status).toBe(400);
    expect(err.issues).toHaveLength(24);
    expect(err.issues[23]).toEqual({ path: 'events.23.player', message: `changes style 4 times (96 in the whole card); a card may change style at most ${MAX_STYLE_CHANGES} times` });
    expect((await post(app, '/v1/cards/score.json', example('score', { events: events.slice(0, 16) }))).status).toBe(200);
  });

  it('styled text as people write it is untouched: a card at the cap renders, spaces and punctuation inside a styled run are free', async () => {
    const app = await testApp();
    const atCap = alternating(MAX_STYLE_CHANGES + 1);
    expect((await post(app, '/v1/cards/post.png', example('post', { text: atCap }))).status).toBe(200);
    const words = Array.from({ length: 40 }, () => `${bold('g')}${bold('o')}${bold('a')}${bold('l')}, ${bold('o')}${bold('m')} !`).join(' ');
    expect((await post(app, '/v1/cards/post.png', example('post', { text: `${words} allez` }))).status).toBe(200);
  });

  it('in a bold name, plain and 𝗯𝗼𝗹𝗱 letters draw alike and are drawn as one span', async () => {
    const p = schema.parse(example('post', { author: { name: `O${bold('l')}y${bold('m')}pique`, handle: 'OM' } }));
    const vm = viewModel(p, await contextFor(p));
    expect(vm.name.spans.map((s) => [s.text, s.face.weight])).toEqual([['Olympique', 700]]);
  });
});
