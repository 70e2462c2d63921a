import fc from 'fast-check';
import { KINDS, TEMPLATES, type CardKind } from '../../templates/index.ts';
import { gif, greyPng, pngDeclaring, realImage, withJpegSize } from '../fixtures/images.ts';

/**
 * Hostile inputs for the HTTP API: arbitrary JSON, examples with one leaf replaced by anything, and query
 * strings of known and unknown keys with arbitrary (also badly percent-encoded) values.
 */
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u202e1-3\u202c', 'constructor', '__proto__', '𝗰̧', '1️⃣1️⃣', '\u0000', '\ud800', 'a'.repeat(5000), '#zzz', 'data:image/png;base64,AAAA', '45+2', '1e999', '-0', 'NaN'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...leafPaths(v, [...path, k])]);
  }
  return [];
}

function setAt(root: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: Record<string, unknown> = copy;
  for (const k of path.slice(0, -1)) {
    // an earlier mutation may have replaced a parent object by a scalar: rebuild it as an object
    if (node[k] === null || typeof node[k] !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return copy;
}

export const kind = fc.constantFrom<CardKind>(...KINDS);

/** A JSON body: anything, or a kind's example with one field (or a new one) set to anything. */
export const body = (k: CardKind) => {
  const ex = TEMPLATES[k].example as Record<string, unknown>;
  const paths = [...leafPaths(ex), ['size'], ['scale'], ['theme'], ['theme', 'background'], ['locale'], ['unknown']];
  const textPaths = leafPaths(ex).filter((p) => typeof p.reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], ex) === 'string');
  // plausible: the example with valid options and arbitrary (often valid) text, so the renderer is exercised
  const plausible = fc
    .record({
      size: fc.constantFrom('og', 'x', 'square', 'story'),
      theme: fc.oneof(fc.constantFrom('light', 'dark'), fc.record({ background: fc.constantFrom('#000', '2faee0', '#ffffff') })),
      locale: fc.constantFrom('en', 'fr'),
      path: fc.constantFrom(...textPaths),
      text: fc.oneof(
        fc.array(fc.constantFrom('Allez', 'l’OM', 'été', '𝗰̧𝗮', '🔥', '1️⃣', '#OM', '@om', '«', '!', 'Ξ', 'Щ', 'x.com/a', '\u202e', ' '), { minLength: 1, maxLength: 30 }).map((w) => w.join(' ')),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 60 }),
      ),
    })
    .map(({ path, text, ...opts }) => setAt({ ...ex, ...opts }, path, text));
  return fc.oneof(
    { weight: 3, arbitrary: plausible },
    fc.jsonValue({ maxDepth: 3 }),
    fc.tuple(fc.constantFrom(...paths), nasty).map(([p, v]) => setAt(ex, p, v)),
    fc.tuple(fc.constantFrom(...paths), nasty, fc.constantFrom(...paths), nasty).map(([p1, v1, p2, v2]) => setAt(setAt(ex, p1, v1), p2, v2)),
  );
};

const KEYS = ['text', 'author', 'role', 'home.name', 'home.score', 'away.name', 'away.score', 'events.0.player', 'events.0.minute', 'events.0.team', 'events.5.type', 'author.name', 'author.handle', 'author.verified', 'size', 'scale', 'theme', 'theme.background', 'locale', 'date', 'a.b.c.d.e', '__proto__', 'constructor.prototype', 'events.-1.x', 'home.', '.', ''];

const rawValue = fc.oneof(
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
  fc.constantFrom('%', '%E0%A4%A', '%FF', '%00', '%ZZ', '+', '%2B', '%F0%9F%94%A5', 'x'.repeat(3000)),
);

/** A raw query string (not necessarily well-formed). */
export const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }).map(encodeURIComponent)), rawValue), { maxLength: 12 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

const REAL = {
  png: await realImage('png', 24, 16),
  jpeg: await realImage('jpeg', 24, 16),
  progressive: await realImage('jpeg', 24, 16, { progressive: true }),
  gif: await realImage('gif', 24, 16),
};
/** Declared sides: small, anything a header can say, and the edges of the limits (8192 a side, 4096² pixels). */
const side = fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 65535 }), fc.constantFrom(4096, 4097, 8192, 8193, 65535));
const MIMES = ['image/png', 'image/jpeg', 'image/gif'] as const;

/**
 * Image files for avatar and crest fields: whole images of random sizes, headers declaring random sizes (1 px to
 * bombs) over too little data, real files cut short or with bytes changed, and any of them declared as another type.
 */
export const imageFile = fc.oneof(
  // whole images of any size up to 1500², so that resizing runs too
  fc.tuple(fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 1, max: 1500 })).map(([w, h]) => ({ mime: 'image/png', bytes: greyPng(w, h, 1) })),
  fc.tuple(side, side).map(([w, h]) => ({ mime: 'image/png', bytes: pngDeclaring(w, h) })),
  fc.tuple(side, side, fc.boolean()).map(([w, h, p]) => ({ mime: 'image/jpeg', bytes: withJpegSize(p ? REAL.progressive : REAL.jpeg, w, h) })),
  fc.tuple(side, side, fc.array(fc.record({ width: side, height: side }), { minLength: 1, maxLength: 3 })).map(([w, h, frames]) => ({ mime: 'image/gif', bytes: gif(w, h, frames) })),
  fc.tuple(fc.constantFrom(...Object.entries(REAL)), fc.nat()).map(([[f, b], n]) => ({ mime: f === 'progressive' ? 'image/jpeg' : `image/${f}`, bytes: b.subarray(0, n % (b.length + 1)) })),
  fc.tuple(fc.constantFrom(...Object.entries(REAL)), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 })).map(([[f, b], edits]) => {
    const out = Buffer.from(b);
    for (const [at, v] of edits) out[at % out.length] = v;
    return { mime: f === 'progressive' ? 'image/jpeg' : `image/${f}`, bytes: out };
  }),
);

/** A data: URI of an image file: declared as its type or another, and sometimes with its base64 mangled (!, _, -, no padding). */
export const imageUri = fc
  .tuple(
    imageFile,
    // usually declared as what it is; one in five as any type
    fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...MIMES) }),
    // usually clean base64; one in six mangled
    fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('!', '_', '-', 'unpad', ' ') }),
  )
  .map(([file, declared, mangle]) => {
    let b64 = Buffer.from(file.bytes).toString('base64');
    if (mangle === 'unpad') b64 = b64.replace(/=+$/, '');
    else if (mangle !== null) b64 = b64.replace(/[+/A]/g, mangle);
    return `data:${declared ?? file.mime};base64,${b64}`;
  });

/** Where each kind draws images. */
export const IMAGE_PATHS: Record<CardKind, string[][]> = {
  quote: [['avatar']],
  post: [['author', 'avatar']],
  score: [['home', 'crest'], ['away', 'crest']],
  fixture: [['home', 'crest'], ['away', 'crest']],
  lineup: [['team', 'crest']],
  player: [['photo'], ['team', 'crest']],
  standings: [['rows', '0', 'team', 'crest'], ['rows', '1', 'team', 'crest']],
};

/** A kind's example with hostile images in its image fields (both crests of a score card, sometimes the same). */
export const imageRequest = fc.tuple(kind, imageUri, imageUri, fc.boolean(), fc.constantFrom(1, 2, 3), fc.constantFrom('png', 'svg')).chain(([k, a, b, same, scale, format]) => {
  let payload: Record<string, unknown> = { ...(TEMPLATES[k].example as Record<string, unknown>), scale };
  IMAGE_PATHS[k].forEach((path, i) => (payload = setAt(payload, path, i === 0 || same ? a : b)));
  const post = { method: 'POST' as const, path: `/v1/cards/${k}.${format}`, body: JSON.stringify(payload) };
  // short ones also as a GET URL
  if (k === 'quote' && a.length < 2000) return fc.constantFrom(post, { method: 'GET' as const, path: `/v1/cards/quote.${format}?text=Allez&author=Ana&avatar=${encodeURIComponent(a)}` });
  return fc.constant(post);
});

/** A request for the API: GET with a raw query, or POST with a body (sometimes not JSON at all). */
export const request = fc.oneof(
  imageRequest,
  fc.tuple(kind, query).map(([k, q]) => ({ method: 'GET' as const, path: `/v1/cards/${k}.png?${q}` })),
  // Share pages: the same hostile queries, through the page's HTML template.
  fc.tuple(kind, query).map(([k, q]) => ({ method: 'GET' as const, path: `/v1/cards/${k}.html?${q}` })),
  fc.tuple(kind).chain(([k]) => body(k).map((b) => ({ method: 'POST' as const, path: `/v1/cards/${k}.png`, body: JSON.stringify(b) }))),
  fc.tuple(kind, fc.string({ maxLength: 50 })).map(([k, b]) => ({ method: 'POST' as const, path: `/v1/cards/${k}.json`, body: b })),
  fc.tuple(fc.string({ maxLength: 20 }).map(encodeURIComponent), fc.constantFrom('png', 'svg', 'json', 'html', 'gif', '')).map(([k, ext]) => ({ method: 'GET' as const, path: `/v1/cards/${k}.${ext}?x=1` })),
);
export type FuzzRequest = { method: 'GET' | 'POST'; path: string; body?: string };
