import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KINDS, TEMPLATES, type CardKind } from '../../../templates/index.ts';
import { REQUEST_ORIGIN_CACHE_CONTROL } from '../card-urls.ts';
import { example, emoji, emojiNames, parsed, testApp } from '../../../tests/helpers.ts';
import { parseHtml } from '../../../tests/html.ts';
import { GET_CACHE_CONTROL } from '../app.ts';
import { toQuery } from '../query.ts';
import { createSigner } from '../signature/signature.ts';
import { MAX_DESCRIPTION_CHARS, MAX_TWITTER_ALT_CHARS, shareText, truncate } from './text.ts';

const KEY = 'share-key-0123456789abcdefghijklmnopqrstuv';
const TOKEN = 'share-token-0123456789';
const json = { 'content-type': 'application/json' };

interface Described {
  alt: string;
  width: number;
  height: number;
  url: string;
  shareUrl: string;
}

async function describeCard(app: Awaited<ReturnType<typeof testApp>>, kind: CardKind, payload: unknown, headers: Record<string, string> = {}): Promise<Described> {
  const res = await app.request(`/v1/cards/${kind}.json`, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(payload) });
  expect(res.status).toBe(200);
  return (await res.json()) as Described;
}

/** The elements a share page is made of, whatever the card says: hostile text must not add any. */
const PAGE_SHAPE = ['html', 'head', 'meta', 'meta', 'title', 'link', 'meta', 'link', ...Array(14).fill('meta'), 'style', 'body', 'main', 'h1', 'figure', 'img', 'figcaption', 'p', 'a'];

describe('share pages: GET /v1/cards/:kind.html', () => {
  it.each(KINDS)('%s: the head carries the card for crawlers, the body shows it to a person', async (kind) => {
    const app = await testApp();
    const card = await describeCard(app, kind, example(kind));
    // POST .json hands out the page's URL; the page answers on it.
    expect(card.shareUrl).toBe(card.url.replace(`/v1/cards/${kind}.png?`, `/v1/cards/${kind}.html?`));
    const res = await app.request(card.shareUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = parseHtml(await res.text());

    expect(page.meta('og:image')).toEqual([card.url]);
    expect(page.meta('og:image:type')).toEqual(['image/png']);
    expect(page.meta('og:image:width')).toEqual([String(card.width)]);
    expect(page.meta('og:image:height')).toEqual([String(card.height)]);
    expect(page.meta('og:image:alt')).toEqual([card.alt]);
    expect(page.meta('twitter:card')).toEqual(['summary_large_image']);
    expect(page.meta('twitter:image')).toEqual([card.url]);
    expect(page.meta('twitter:image:alt')).toEqual([truncate(card.alt, MAX_TWITTER_ALT_CHARS)]);
    expect(page.meta('og:url')).toEqual([card.shareUrl]);
    expect(page.all('link').filter((l) => l.attrs.rel === 'canonical').map((l) => l.attrs.href)).toEqual([card.shareUrl]);
    const [title] = page.meta('og:title');
    const [description] = page.meta('og:description');
    expect(title).toBeTruthy();
    expect(description).toBeTruthy();
    expect(page.meta('twitter:title')).toEqual([title]);
    expect(page.all('title')[0]!.text).toBe(title);
    expect(page.all('html')[0]!.attrs.lang).toBe(parsed(kind).locale);

    // For a person: the image with its alt text, and the alt text to read.
    const [img] = page.all('img');
    expect(img!.attrs).toMatchObject({ src: card.url, alt: card.alt, width: String(card.width), height: String(card.height) });
    expect(page.all('figcaption')[0]!.text).toBe(card.alt);
    expect(page.all('h1')[0]!.text).toBe(title);
    expect(page.all('script')).toEqual([]);
    expect(page.elements.map((e) => e.tag)).toEqual(PAGE_SHAPE);

    // og:image is the very PNG the page describes.
    const png = await app.request(card.url);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('titles and descriptions come from the card', async () => {
    const app = await testApp();
    const meta = async (kind: CardKind, payload: unknown) => {
      const page = parseHtml(await (await app.request(`/v1/cards/${kind}.html?${toQuery(payload)}`)).text());
      return { title: page.meta('og:title')[0], description: page.meta('og:description')[0] };
    };
    expect(await meta('score', example('score'))).toEqual({
      title: 'Olympique de Marseille 1-1 Atalanta',
      description: 'Ligue Europa, Demi-finale aller. Mi-temps. 3’ Lookman (ATA), 14’ Chancel Mbemba (OM). Orange Vélodrome',
    });
    const quote = await meta('quote', example('quote'));
    expect(quote.title).toBe('Jean-Louis Gasset, Entraîneur de l’Olympique de Marseille');
    expect(quote.description).toMatch(/^« Il y a un petit goût amer\. .* détails\. » \(Conférence de presse, 2 mai 2024\)$/);
    // Styled letters are folded (screen readers and search read them), emoji stay emoji.
    const post = await meta('post', example('post'));
    expect(post.title).toBe('Olympique de Marseille (@OM_Officiel) sur X');
    expect(post.description).toContain('Continuez comme ça les gars 👊💙');
    expect(post.description).toContain('🔥');
    expect(await meta('score', example('score', { home: { name: 'Paris FC' }, away: { name: 'Le Havre' }, events: [], locale: 'en' }))).toMatchObject({
      title: 'Paris FC – Le Havre',
    });
    // The match-day kinds: the gist as the title (never a sentence cut at its colon), the facts below.
    expect((await meta('fixture', example('fixture'))).title).toBe('Jour de match · Olympique de Marseille vs Paris Saint-Germain');
    expect((await meta('fixture', example('fixture', { label: 'derby', locale: 'en' }))).title).toBe('Derby · Olympique de Marseille vs Paris Saint-Germain');
    expect((await meta('lineup', example('lineup'))).title).toBe('Composition — Olympique de Marseille (4-3-3)');
    expect((await meta('lineup', example('lineup'))).description).toMatch(/^16 Pau López; 3 Quentin Merlin, /);
    expect((await meta('player', example('player'))).title).toBe('Homme du match : Chancel Mbemba');
    expect((await meta('player', example('player'))).description).toMatch(/^Olympique de Marseille, numéro 99\. Buts 1, /);
    expect((await meta('standings', example('standings'))).title).toBe('Classement Ligue 1, Journée 34 (Places 1 à 10 sur 18)');
    expect((await meta('standings', example('standings'))).description).toMatch(/^1\. Paris SG 76 pts; 2\. Monaco 67 pts; /);
  });

  it('hostile text stays text: quotes, </script>, <meta, & and comments add no element and no tag', async () => {
    const app = await testApp();
    const hostile = {
      text: `"><script>alert(1)</script><meta property="og:image" content="https://evil.example/x.png"> & &amp; </title></style><!-- '`,
      author: `Jean "Le Boss" </script><img src=x onerror=alert(1)>`,
      role: `'single' "double" <meta name="twitter:card">`,
      source: `</figcaption></figure><a href="javascript:alert(1)">click</a>`,
      locale: 'en',
    };
    const card = await describeCard(app, 'quote', hostile);
    const res = await app.request(card.shareUrl);
    expect(res.status).toBe(200);
    const html = await res.text();
    const page = parseHtml(html);
    // The page has exactly its own elements: nothing injected.
    expect(page.elements.map((e) => e.tag)).toEqual(PAGE_SHAPE);
    expect(page.all('script')).toEqual([]);
    expect(page.all('a').map((a) => a.attrs.href)).toEqual([card.url]);
    expect(page.meta('og:image')).toEqual([card.url]);
    expect(page.meta('twitter:card')).toEqual(['summary_large_image']);
    // ...and every value reads back exactly: escaped, not mangled.
    expect(page.meta('og:image:alt')).toEqual([card.alt]);
    expect(card.alt).toContain(hostile.text);
    expect(page.meta('og:title')).toEqual([`${hostile.author}, ${hostile.role}`]);
    expect(page.meta('og:description')[0]).toContain(hostile.text);
    expect(page.all('figcaption')[0]!.text).toBe(card.alt);
    expect(page.all('img')[0]!.attrs.alt).toBe(card.alt);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('"><');
  });

  it('long cards: description and twitter:image:alt are cut at a word with an ellipsis, og:image:alt is whole', async () => {
    const app = await testApp();
    const text = Array.from({ length: 90 }, (_, i) => `mot${i} 🔥`).join(' ');
    const card = await describeCard(app, 'post', example('post', { text, locale: 'en' }));
    const page = parseHtml(await (await app.request(card.shareUrl)).text());
    const [description] = page.meta('og:description');
    expect([...new Intl.Segmenter().segment(description!)].length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
    expect(description).toMatch(/ mot\d+…$|🔥…$/u);
    const [twitterAlt] = page.meta('twitter:image:alt');
    expect(twitterAlt!.length).toBeLessThanOrEqual(MAX_TWITTER_ALT_CHARS);
    expect(twitterAlt!.endsWith('…')).toBe(true);
    expect(page.meta('og:image:alt')).toEqual([card.alt]);
    expect(card.alt.length).toBeGreaterThan(MAX_TWITTER_ALT_CHARS);
  });

  it('same caching as the image: long public Cache-Control, a strong ETag, 304 on revalidation', async () => {
    const app = await testApp({ publicOrigin: 'https://cards.example.com' });
    const path = `/v1/cards/score.html?${toQuery(example('score'))}`;
    const res = await app.request(path);
    expect(res.headers.get('cache-control')).toBe(GET_CACHE_CONTROL);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const again = await app.request(path);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(await res.text());
    const revalidated = await app.request(path, { headers: { 'if-none-match': etag! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('cache-control')).toBe(GET_CACHE_CONTROL);
    expect(await revalidated.text()).toBe('');
    // Another card, another page and ETag.
    const other = await app.request(`/v1/cards/score.html?${toQuery(example('score', { venue: 'Stade Vélodrome' }))}`);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('without CARD_PUBLIC_URL the page names the request\'s origin, so no shared cache may keep it', async () => {
    const app = await testApp();
    const res = await app.request(`/v1/cards/score.html?${toQuery(example('score'))}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(REQUEST_ORIGIN_CACHE_CONTROL);
    expect(parseHtml(await res.text()).meta('og:image')[0]).toMatch(/^http:\/\/localhost\/v1\/cards\/score\.png\?/);
  });

  it('a strict CSP: no script at all, the one style allowed by its hash, images from the card’s origin only', async () => {
    const app = await testApp();
    const res = await app.request(`/v1/cards/quote.html?${toQuery(example('quote'))}`);
    const csp = res.headers.get('content-security-policy')!;
    const page = parseHtml(await res.text());
    const style = page.all('style')[0]!.text;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(csp).toBe(`default-src 'none'; img-src ${new URL(page.meta('og:image')[0]!).origin} data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a bad query is a 400 JSON error, not a page; POST .html is refused', async () => {
    const app = await testApp();
    const bad = await app.request('/v1/cards/score.html?home.name=OM&home.score=lots');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/json/);
    const error = ((await bad.json()) as { error: { code: string; issues: Array<{ path: string }> } }).error;
    expect(error.code).toBe('invalid_query');
    expect(error.issues.map((i) => i.path).sort()).toEqual(['away', 'home.score']);
    const post = await app.request('/v1/cards/score.html', { method: 'POST', headers: json, body: JSON.stringify(example('score')) });
    expect(post.status).toBe(405);
    expect(await post.json()).toMatchObject({ error: { code: 'method_not_allowed', message: expect.stringContaining('shareUrl') } });
  });
});

describe('share pages under signing', () => {
  it('an unsigned or tampered .html is refused; a signed one signs its own og:image and canonical URL', async () => {
    const signer = await createSigner([KEY]);
    const app = await testApp({ signer, apiTokens: [TOKEN] });
    const card = await describeCard(app, 'score', example('score'), { authorization: `Bearer ${TOKEN}` });
    expect(card.shareUrl).toMatch(/[?&]sig=[A-Za-z0-9_-]{43}$/);

    const unsigned = await app.request(card.shareUrl.replace(/&sig=.*$/, ''));
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toMatchObject({ error: { code: 'signature_required' } });
    const tampered = await app.request(card.shareUrl.replace('home.score=1', 'home.score=5'));
    expect(tampered.status).toBe(403);
    expect(await tampered.json()).toMatchObject({ error: { code: 'signature_invalid' } });

    const res = await app.request(card.shareUrl);
    expect(res.status).toBe(200);
    const page = parseHtml(await res.text());
    const [image] = page.meta('og:image');
    expect(image).toBe(card.url);
    const png = await app.request(image!);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect((await app.request(page.meta('og:url')[0]!)).status).toBe(200);
  });

  it('with keys but no tokens (URLs signed by the CLI), the page still signs its image', async () => {
    const signer = await createSigner([KEY]);
    const app = await testApp({ signer });
    const signed = await signer.signUrl(new URL(`http://card.test/v1/cards/quote.html?${toQuery(example('quote'))}`));
    const res = await app.request(signed.toString());
    expect(res.status).toBe(200);
    const [image] = parseHtml(await res.text()).meta('og:image');
    expect(image).toMatch(/^http:\/\/card\.test\/v1\/cards\/quote\.png\?.*&sig=[A-Za-z0-9_-]{43}$/);
    expect((await app.request(image!)).status).toBe(200);
  });

  it('POST /v1/sign/:kind.html returns a signed share URL', async () => {
    const app = await testApp({ signer: await createSigner([KEY]), apiTokens: [TOKEN] });
    const res = await app.request('/v1/sign/post.html', { method: 'POST', headers: { ...json, authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(example('post')) });
    expect(res.status).toBe(200);
    const { url } = (await res.json()) as { url: string };
    expect(url).toMatch(/\/v1\/cards\/post\.html\?.*&sig=[A-Za-z0-9_-]{43}$/);
    expect((await app.request(url)).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('share text', () => {
  it('a kind without share() gets its title and description from its alt text', () => {
    const payload = parsed('score');
    const alt = 'Ligue Europa, Demi-finale aller. Olympique de Marseille 1, Atalanta 1, mi-temps. 3’ Lookman (ATA)';
    expect(shareText({ share: undefined }, payload, alt, { emoji, emojiNames })).toEqual({ title: 'Ligue Europa, Demi-finale aller.', description: alt });
    expect(shareText(TEMPLATES.score, payload, alt, { emoji, emojiNames }).title).toBe('Olympique de Marseille 1-1 Atalanta');
  });

  it('truncate never splits an emoji or a combined letter, and leaves short text alone', () => {
    expect(truncate('court', 10)).toBe('court');
    expect(truncate('👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 2)).toBe('👨‍👩‍👧‍👦…');
    expect(truncate('ça ça ça ça', 6)).toBe('ça ça…');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
  });
});
