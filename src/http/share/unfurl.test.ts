/**
 * Share pages as a platform's crawler sees them: the app served on a loopback port by @hono/node-server (the
 * Node adapter the service runs on), unfurled by open-graph-scraper, a real unfurler that fetches the page over
 * HTTP and reads its Open Graph and Twitter tags; then the og:image it found is fetched like a crawler would.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import ogs from 'open-graph-scraper';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, type CardKind } from '../../../templates/index.ts';
import { example, testApp } from '../../../tests/helpers.ts';
import { createSigner } from '../signature/signature.ts';
import { MAX_TWITTER_ALT_CHARS, truncate } from './text.ts';

const KEY = 'unfurl-key-0123456789abcdefghijklmnopqrstu';
const TOKEN = 'unfurl-token-0123456789';
const servers: ServerType[] = [];

async function start(app: Awaited<ReturnType<typeof testApp>>): Promise<string> {
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  servers.push(s);
  await new Promise<void>((resolve, reject) => {
    s.once('listening', () => resolve());
    s.once('error', reject);
  });
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

afterAll(async () => {
  for (const s of servers) {
    if ('closeAllConnections' in s) s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
});

interface Described {
  alt: string;
  width: number;
  height: number;
  url: string;
  shareUrl: string;
}

async function describeCard(base: string, kind: CardKind, payload: unknown, headers: Record<string, string> = {}): Promise<Described> {
  const res = await fetch(`${base}/v1/cards/${kind}.json`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
  expect(res.status).toBe(200);
  return (await res.json()) as Described;
}

/**
 * open-graph-scraper with its default URL rules, except the public-TLD requirement (the service is on
 * 127.0.0.1 here) and the 2,083-character length cap (an old IE limit; card URLs may be longer).
 */
const URL_RULES = {
  allow_fragments: true,
  allow_protocol_relative_urls: false,
  allow_query_components: true,
  allow_trailing_dot: false,
  allow_underscores: false,
  protocols: ['http', 'https'],
  require_host: true,
  require_port: false,
  require_protocol: false,
  require_tld: false,
  require_valid_protocol: true,
  validate_length: false,
};

async function unfurl(url: string) {
  const { error, result } = await ogs({ url, urlValidatorSettings: URL_RULES });
  expect(error).toBe(false);
  return result;
}

/** The PNG's pixel size, from its decoded header. */
async function pngSize(url: string): Promise<{ width: number; height: number; type: string | null }> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
  return { width: png.width, height: png.height, type: res.headers.get('content-type') };
}

describe('share pages unfurled by open-graph-scraper over HTTP', () => {
  let base = '';
  beforeAll(async () => {
    base = await start(await testApp());
  });

  it.each(KINDS)('%s: og:image resolves to a PNG of the declared size, and the alt text comes through', async (kind) => {
    const card = await describeCard(base, kind, example(kind));
    const result = await unfurl(card.shareUrl);
    expect(result.ogTitle).toBeTruthy();
    expect(result.ogDescription).toBeTruthy();
    expect(result.ogUrl).toBe(card.shareUrl);
    expect(result.twitterCard).toBe('summary_large_image');
    expect(result.ogImage).toHaveLength(1);
    const image = result.ogImage![0]!;
    expect(image).toMatchObject({ url: card.url, type: 'image/png', width: String(card.width), height: String(card.height), alt: card.alt });
    // X takes at most 420 characters of alt text; og:image:alt keeps all of it (a line-up's alt is longer).
    expect(result.twitterImage?.[0]).toMatchObject({ url: card.url, alt: truncate(card.alt, MAX_TWITTER_ALT_CHARS) });

    // The crawler's next step: fetch og:image. It is the PNG, at the size the page declared.
    const fetched = await pngSize(image.url);
    expect(fetched).toEqual({ width: Number(image.width), height: Number(image.height), type: 'image/png' });
    const short = (url: string) => `${url.replace(base, '').slice(0, 60)}…`;
    console.log(
      [
        `unfurled ${short(card.shareUrl)}`,
        `  og:title        ${result.ogTitle}`,
        `  og:description  ${result.ogDescription}`,
        `  og:image        ${short(image.url)} (${image.width}×${image.height}, ${image.type})`,
        `  fetched         ${fetched.type}, ${fetched.width}×${fetched.height} px`,
        `  og:image:alt    ${image.alt}`,
        `  twitter:card    ${result.twitterCard}; twitter:image:alt ${result.twitterImage?.[0]?.alt === card.alt ? 'the same' : 'differs'}`,
      ].join('\n'),
    );
  });

  it('a story card at scale 2 declares, and is, 2160×3840', async () => {
    const card = await describeCard(base, 'quote', example('quote', { size: 'story', scale: 2 }));
    const image = (await unfurl(card.shareUrl)).ogImage![0]!;
    expect([image.width, image.height]).toEqual(['2160', '3840']);
    expect(await pngSize(image.url)).toEqual({ width: 2160, height: 3840, type: 'image/png' });
  });

  it('with signing on, the signed share URL unfurls to a signed og:image that renders', async () => {
    const signed = await start(await testApp({ signer: await createSigner([KEY]), apiTokens: [TOKEN] }));
    const card = await describeCard(signed, 'score', example('score'), { authorization: `Bearer ${TOKEN}` });
    const result = await unfurl(card.shareUrl);
    const image = result.ogImage![0]!;
    expect(image.url).toMatch(/[?&]sig=[A-Za-z0-9_-]{43}$/);
    expect(image.alt).toBe(card.alt);
    expect(await pngSize(image.url)).toEqual({ width: card.width, height: card.height, type: 'image/png' });
    // An unsigned page is not unfurled: the crawler gets the 403.
    const unsigned = await fetch(card.shareUrl.replace(/&sig=.*$/, ''));
    expect(unsigned.status).toBe(403);
  });
});
