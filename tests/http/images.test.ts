import pixelmatch from 'pixelmatch';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createImageCache } from '../../src/http/cache/image-cache.ts';
import { nodeRemoteImages } from '../../src/adapter/node/remote/resolver.ts';
import { readDataImage } from '../../src/image/data-uri.ts';
import { DEFAULT_IMAGE_LIMITS } from '../../src/image/limits.ts';
import { createImagePreparer, type ImageResizer } from '../../src/image/prepare.ts';
import { createSharpResizer } from '../../src/adapter/node/sharp-resizer.ts';
import { inlineService } from '../../src/render/inline.ts';
import type { RenderService } from '../../src/render/inline.ts';
import { RENDERER_VERSION } from '../../src/version.ts';
import { decode } from '../image.ts';
import { emoji, example, renderer, testApp } from '../helpers.ts';
import { brokenImages, dataUri, gif, greyBomb, ihdr, jpegBomb, PNG_SIGNATURE, pngChunk, pngDeclaring, realImage } from '../fixtures/images.ts';
import { startImageServer, testCertificate, type ImageServer, type TestCert } from '../remote/local-servers.ts';

type App = Awaited<ReturnType<typeof testApp>>;
const post = (app: App, path: string, body: unknown) => app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const get = (app: App, kind: string, query: Record<string, string>) => app.request(`/v1/cards/${kind}.png?${new URLSearchParams(query)}`);

async function expectFieldError(res: Response, code: string, paths: string[], message: RegExp) {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: { code: string; issues: Array<{ path: string; message: string }> } };
  expect(body.error.code).toBe(code);
  expect(body.error.issues.map((i) => i.path)).toEqual(paths);
  for (const issue of body.error.issues) expect(issue.message).toMatch(message);
}

const crests = (crest: string) => example('score', { home: { name: 'OM', crest }, away: { name: 'Atalanta', crest } });

describe('image bombs are refused from their headers (issue 10 §1)', () => {
  it('the 519-byte progressive JPEG declaring 65535×65535: 400 on avatar, GET and POST', async () => {
    const app = await testApp();
    const jpeg = dataUri('image/jpeg', await jpegBomb());
    await expectFieldError(await get(app, 'quote', { text: 'Allez', author: 'Ana', avatar: jpeg }), 'invalid_query', ['avatar'], /^is 65535×65535 pixels; images may have at most 16,777,216 pixels/);
    await expectFieldError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: jpeg })), 'invalid_payload', ['avatar'], /65535×65535/);
    await expectFieldError(await post(app, '/v1/cards/post.png', example('post', { author: { name: 'OM', handle: 'OM_Officiel', avatar: jpeg } })), 'invalid_payload', ['author.avatar'], /65535×65535/);
  });

  it('the 74-byte PNG declaring 100000×100000 as both crests of a score card: 400 on each', async () => {
    const app = await testApp();
    await expectFieldError(await post(app, '/v1/cards/score.png', crests(dataUri('image/png', pngDeclaring(100000, 100000)))), 'invalid_payload', ['home.crest', 'away.crest'], /100000×100000/);
  });

  it('the 187 KB grey 16000×12000 PNG: 400 on avatar', async () => {
    const app = await testApp();
    await expectFieldError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: dataUri('image/png', greyBomb()) })), 'invalid_payload', ['avatar'], /16000×12000/);
  });

  it('a GIF whose 1×1 screen hides a 65535×65535 frame: 400 on avatar', async () => {
    const app = await testApp();
    const bomb = gif(1, 1, [{ width: 1, height: 1 }, { width: 65535, height: 65535 }]);
    await expectFieldError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: dataUri('image/gif', bomb) })), 'invalid_payload', ['avatar'], /^has a frame larger than its 1×1 canvas; a GIF may have at most 1,048,576 pixels/);
  });

  it('the service’s own, lower limits (CARD_MAX_IMAGE_PIXELS, CARD_MAX_IMAGE_SIDE) apply to every image field', async () => {
    const app = await testApp({ imageLimits: { maxPixels: 10_000, maxSide: 500 } });
    const photo = dataUri('image/jpeg', await realImage('jpeg', 100, 100));
    expect((await post(app, '/v1/cards/quote.png', example('quote', { avatar: photo }))).status).toBe(200);
    await expectFieldError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: dataUri('image/jpeg', await realImage('jpeg', 101, 100)) })), 'invalid_payload', ['avatar'], /^is 101×100 pixels; images may have at most 10,000 pixels and 500 pixels a side/);
    await expectFieldError(await post(app, '/v1/cards/score.png', crests(dataUri('image/png', await realImage('png', 501, 10)))), 'invalid_payload', ['home.crest', 'away.crest'], /501×10/);
  });
});

describe('broken images and data: URIs are 400 on their field, never 500 (issue 10 §2)', () => {
  it('each file broken behind the right magic bytes', async () => {
    const app = await testApp();
    for (const [name, [mime, bytes]] of Object.entries(await brokenImages())) {
      const res = await post(app, '/v1/cards/quote.png', example('quote', { avatar: dataUri(mime, bytes) }));
      expect([name, res.status]).toEqual([name, 400]);
      expect(res.headers.get('etag')).toBeNull();
      expect(await res.json()).toMatchObject({ error: { code: 'invalid_payload', issues: [{ path: 'avatar' }] } });
    }
  });

  it('a data: URI that is not base64 (!, _ or -), GET and POST', async () => {
    const app = await testApp();
    for (const junk of ['!!!!!!!!!!!!!!!!', '________________', '----------------']) {
      const uri = `data:image/png;base64,${junk}`;
      await expectFieldError(await get(app, 'quote', { text: 'Allez', author: 'Ana', avatar: uri }), 'invalid_query', ['avatar'], /must be valid base64/);
      await expectFieldError(await post(app, '/v1/cards/score.png', crests(uri)), 'invalid_payload', ['home.crest', 'away.crest'], /must be valid base64/);
    }
  });

  it('compressed data damaged behind an intact structure (CRCs right): 400 on the field when it is decoded', async () => {
    const app = await testApp();
    const png = Buffer.concat([PNG_SIGNATURE, ihdr(64, 64), pngChunk('IDAT', Buffer.from('this is not a zlib stream at all')), pngChunk('IEND')]);
    await expectFieldError(await post(app, '/v1/cards/score.png', crests(dataUri('image/png', png))), 'invalid_payload', ['home.crest', 'away.crest'], /could not be decoded: its PNG data is damaged/);
  });
});

describe('fetched images are held to the same rules (remote_image_*)', () => {
  let cert: TestCert;
  let server: ImageServer;
  beforeAll(async () => {
    cert = testCertificate();
    server = await startImageServer(cert, {
      '/bomb.jpg': await jpegBomb(),
      '/bomb.png': pngDeclaring(100000, 100000),
      '/zeros.png': (await brokenImages())['PNG signature then zeros']![1],
      '/crest.png': await realImage('png', 300, 300),
    });
  });
  afterAll(() => server.close());

  const remoteApp = () =>
    testApp({
      remoteImages: nodeRemoteImages({
        allowHosts: ['img.example.test'],
        allowPorts: [server.port],
        maxBytes: 220_000,
        timeoutMs: 3000,
        maxRedirects: 3,
        resolve: async () => [{ address: '127.0.0.1', family: 4 }],
        allowPrivateForTests: (host) => host === 'img.example.test',
        tls: { ca: cert.cert },
        imageLimits: DEFAULT_IMAGE_LIMITS,
      }),
    });

  it('a bomb is remote_image_too_large and a broken file remote_image_bad_type, naming the field; a good crest is drawn', async () => {
    const app = await remoteApp();
    const url = (path: string) => `https://img.example.test:${server.port}${path}`;
    await expectFieldError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: url('/bomb.jpg') })), 'remote_image_too_large', ['avatar'], /65535×65535/);
    await expectFieldError(
      await post(app, '/v1/cards/score.png', example('score', { home: { name: 'OM', crest: url('/bomb.png') }, away: { name: 'ATA' } })),
      'remote_image_too_large',
      ['home.crest'],
      /100000×100000/,
    );
    await expectFieldError(await post(app, '/v1/cards/quote.png', example('quote', { avatar: url('/zeros.png') })), 'remote_image_bad_type', ['avatar'], /damaged PNG/);
    const ok = await post(app, '/v1/cards/score.png', example('score', { home: { name: 'OM', crest: url('/crest.png') }, away: { name: 'ATA' } }));
    expect(ok.status).toBe(200);
  });
});

describe('an image is decoded no larger than its box needs (issue 10 §1)', () => {
  /** An app whose renderer records the payloads it is given, and whose resizer counts its calls. */
  async function spyApp() {
    const seen: unknown[] = [];
    const inner = inlineService(await renderer());
    const spy: RenderService = { ...inner, render: (req) => (seen.push(req.payload), inner.render(req)) };
    const sharpResizer = createSharpResizer(DEFAULT_IMAGE_LIMITS);
    const calls: Array<[number, number]> = [];
    const resizer: ImageResizer = { resize: (bytes, mime, w, h) => (calls.push([w, h]), sharpResizer.resize(bytes, mime, w, h)) };
    const spied = createApp({
      renderer: spy,
      cache: createImageCache(0),
      emoji,
      rendererVersion: RENDERER_VERSION,
      maxBodyBytes: 1 << 20,
      maxUrlLength: 8192,
      images: createImagePreparer({ resizer, emoji }),
    });
    const sizeOf = (uri: unknown) => {
      const image = readDataImage(String(uri));
      if (!image.ok) throw new Error(image.problem);
      return `${image.mime} ${image.info.width}×${image.info.height}`;
    };
    return { app: spied, seen, calls, sizeOf };
  }

  it('the renderer gets each avatar and crest resized to its box × scale (× 3 for SVG), decoded once per size', async () => {
    const { app, seen, calls, sizeOf } = await spyApp();
    const photo = dataUri('image/jpeg', await realImage('jpeg', 800, 600));
    // quote avatar: a 96 px circle, cover: at scale 2 the 800×600 photo needs 256×192
    expect((await post(app, '/v1/cards/quote.png', example('quote', { avatar: photo, scale: 2 }))).status).toBe(200);
    expect(sizeOf((seen.at(-1) as { avatar: string }).avatar)).toBe('image/jpeg 256×192');
    // score crests: 132 px boxes, contain: a 300×500 PNG needs 80×132 at scale 1, 238×396 in an SVG
    const tall = dataUri('image/png', await realImage('png', 300, 500));
    expect((await post(app, '/v1/cards/score.png', crests(tall))).status).toBe(200);
    const score = seen.at(-1) as { home: { crest: string }; away: { crest: string } };
    expect([sizeOf(score.home.crest), sizeOf(score.away.crest)]).toEqual(['image/png 80×132', 'image/png 80×132']);
    expect((await post(app, '/v1/cards/score.svg', crests(tall))).status).toBe(200);
    expect(sizeOf((seen.at(-1) as { home: { crest: string } }).home.crest)).toBe('image/png 238×396');
    // the same crest on another card at the same size is not decoded again; a small image is never enlarged
    const before = calls.length;
    expect((await post(app, '/v1/cards/score.png', { ...crests(tall), venue: 'Vélodrome' })).status).toBe(200);
    expect(calls.length).toBe(before);
    expect((await post(app, '/v1/cards/quote.png', example('quote', { avatar: dataUri('image/gif', gif(40, 30)), scale: 3 }))).status).toBe(200);
    expect(sizeOf((seen.at(-1) as { avatar: string }).avatar)).toBe('image/png 40×30');
  });

  it('the card drawn from the resized image matches the card drawn from the full image', async () => {
    const resized = await testApp();
    const asSent = await testApp({ images: null });
    for (const [path, body] of [
      ['/v1/cards/quote.png', example('quote', { avatar: dataUri('image/jpeg', await realImage('jpeg', 1200, 900)), scale: 2 })],
      ['/v1/cards/score.png', crests(dataUri('image/png', await realImage('png', 640, 480)))],
    ] as const) {
      const a = decode(new Uint8Array(await (await post(resized, path, body)).arrayBuffer()));
      const b = decode(new Uint8Array(await (await post(asSent, path, body)).arrayBuffer()));
      // the golden-image tolerance (tests/image.ts): anti-aliasing, not a different picture
      expect(pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 }) / (a.width * a.height)).toBeLessThanOrEqual(0.0005);
    }
  });

  it('an animated GIF is drawn from its first frame', async () => {
    const app = await testApp();
    const frames = async (colours: Array<[number, number, number]>) => {
      const raw = Buffer.alloc(16 * 16 * 3 * colours.length);
      colours.forEach((c, f) => {
        for (let i = 0; i < 256; i++) raw.set(c, (f * 256 + i) * 3);
      });
      return dataUri('image/gif', await sharp(raw, { raw: { width: 16, height: 16 * colours.length, channels: 3, pageHeight: 16 } as never }).gif().toBuffer());
    };
    const card = async (avatar: string) => Buffer.from(await (await post(app, '/v1/cards/quote.png', example('quote', { avatar }))).arrayBuffer());
    const animated = await card(await frames([[255, 0, 0], [0, 0, 255]]));
    expect(animated.equals(await card(await frames([[255, 0, 0]])))).toBe(true);
    expect(animated.equals(await card(await frames([[0, 0, 255]])))).toBe(false);
  });
});
