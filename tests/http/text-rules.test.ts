import { describe, expect, it } from 'vitest';
import { toQuery } from '../../src/http/query.ts';
import { fitSpans } from '../../src/text/fit.ts';
import { cleanText, richText } from '../../src/text/rich.ts';
import { emoji, example, renderer, testApp } from '../helpers.ts';

type App = Awaited<ReturnType<typeof testApp>>;
const post = (app: App, path: string, body: unknown) =>
  app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const issuesOf = async (res: Response) => ((await res.json()) as { error: { issues: Array<{ path: string; message: string }> } }).error.issues;

const BREAKS: Array<[string, string]> = [
  ['\n', 'U+000A LINE FEED'],
  ['\r', 'U+000D CARRIAGE RETURN'],
  ['\u0085', 'U+0085 NEXT LINE'],
  ['\u2028', 'U+2028 LINE SEPARATOR'],
  ['\u2029', 'U+2029 PARAGRAPH SEPARATOR'],
];

describe('line breaks and control characters in text fields', () => {
  it('a single-line field refuses every kind of line break, naming it', async () => {
    const app = await testApp();
    for (const [br, name] of BREAKS) {
      const res = await post(app, '/v1/cards/quote.json', { text: 'Allez', author: `Jean-Louis${br}Gasset` });
      expect(res.status, name).toBe(400);
      expect(await issuesOf(res)).toEqual([{ path: 'author', message: `must be a single line (it contains ${name})` }]);
    }
    // the same through a GET URL, where U+2028 is %E2%80%A8
    const get = await app.request('/v1/cards/score.png?home.name=OM%E2%80%A8Marseille&away.name=ATA');
    expect(get.status).toBe(400);
    expect(await issuesOf(get)).toEqual([{ path: 'home.name', message: 'must be a single line (it contains U+2028 LINE SEPARATOR)' }]);
  });

  it('a paragraph turns CR LF, CR, NEL, U+2028 and U+2029 into a newline: the same card, byte for byte, as with \\n', async () => {
    const app = await testApp();
    const card = (sep: string) => example('post', { text: `Quel match !${sep}Allez l’OM 🔥${sep}${sep}#OMAtalanta` });
    const reference = await post(app, '/v1/cards/post.svg', card('\n'));
    expect(reference.status).toBe(200);
    const svg = await reference.text();
    for (const [sep, name] of [['\r\n', 'CR LF'] as [string, string], ...BREAKS.slice(1)]) {
      const res = await post(app, '/v1/cards/post.svg', card(sep));
      expect(res.status, name).toBe(200);
      expect(res.headers.get('etag'), name).toBe(reference.headers.get('etag'));
      expect(await res.text(), name).toBe(svg);
    }
  });

  it('C0 and C1 control characters are refused everywhere, with the code point', async () => {
    const app = await testApp();
    const res = await post(app, '/v1/cards/quote.json', { text: 'Allez\u0080 l’OM\u009f', author: 'Ana\u0090', role: 'Coach\u0007' });
    expect(res.status).toBe(400);
    expect(await issuesOf(res)).toEqual([
      { path: 'text', message: 'must not contain control characters other than line breaks (it contains U+0080)' },
      { path: 'author', message: 'must not contain control characters (it contains U+0090)' },
      { path: 'role', message: 'must not contain control characters (it contains U+0007)' },
    ]);
    const tab = await post(app, '/v1/cards/post.json', example('post', { text: 'a\tb' }));
    expect(await issuesOf(tab)).toEqual([{ path: 'text', message: 'must not contain control characters other than line breaks (it contains U+0009)' }]);
  });

  it('the text engine reads U+2028, U+2029 and NEL as line breaks: a single-line box joins the lines instead of cutting the text', async () => {
    const r = await renderer();
    const name = 'Olympique\u2028de\u0085Marseille\u2029OM';
    expect(cleanText(name, { locale: 'fr', emoji, singleLine: true })).toBe('Olympique de Marseille OM');
    const fit = fitSpans(richText(name, { locale: 'fr', emoji, singleLine: true }), { width: 1000, height: 50, maxSize: 34, minSize: 20, lineHeight: 1.25, maxLines: 1 }, r.measurer);
    expect(fit).toMatchObject({ truncated: false, lines: 1, fontSize: 34 });
    expect(fit.spans.map((s) => s.text).join('')).toBe('Olympique de Marseille OM');
  });
});

describe('dates', () => {
  it('a year outside 1800–2100 is refused on its field (0000-01-01 printed "January 1, 0")', async () => {
    const app = await testApp();
    const year0 = await app.request(`/v1/cards/quote.png?${toQuery({ text: 'Allez', author: 'Ana', date: '0000-01-01' })}`);
    expect(year0.status).toBe(400);
    expect(await issuesOf(year0)).toEqual([{ path: 'date', message: 'must be a date in the years 1800 to 2100' }]);
    const late = await post(app, '/v1/cards/score.json', example('score', { status: 'scheduled', kickoff: '2101-01-01T21:00:00+01:00' }));
    expect(await issuesOf(late)).toEqual([{ path: 'kickoff', message: 'must be a date in the years 1800 to 2100' }]);
    for (const date of ['1800-01-01', '1899-08-31', '2100-12-31T23:59:00-05:00']) {
      expect((await post(app, '/v1/cards/post.json', example('post', { date }))).status, date).toBe(200);
    }
  });
});
