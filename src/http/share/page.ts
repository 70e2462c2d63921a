import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import { matchesIfNoneMatch } from '../etag.ts';
import { MAX_TWITTER_ALT_CHARS, truncate } from './text.ts';

/**
 * The share page of a card (`GET /v1/cards/:kind.html?…`): what a platform's crawler unfurls when a bot
 * posts a link rather than an image. Its <head> carries the Open Graph and Twitter card tags (og:image is the
 * card's PNG URL, with its size, type and alt text); its body shows the card and its alt text to a person
 * who opens the link.
 *
 * Every value goes through hono/html's `html` template, which escapes & < > " ' in text and attributes, so
 * a card's text ("quotes", </script>, <meta …>) stays text. The page runs no script and loads nothing but
 * its image; its one <style> is allowed by its hash.
 */
export interface SharePage {
  /** BCP 47 language of the card's text (the payload's `locale`). */
  lang: string;
  title: string;
  description: string;
  alt: string;
  /** Pixel size of the PNG (after `scale`). */
  width: number;
  height: number;
  /** Absolute URL of the card's PNG, signed when the service signs. */
  imageUrl: string;
  /** Absolute canonical URL of this page. */
  pageUrl: string;
}

const CSS = [
  ':root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f4f6;color:#16181d}',
  '@media (prefers-color-scheme:dark){:root{background:#131417;color:#e6e7ea}}',
  'body{margin:0;padding:24px;display:flex;justify-content:center}',
  'main{max-width:1200px;width:100%}',
  'h1{font-size:1.25rem;line-height:1.35;margin:0 0 16px}',
  'figure{margin:0}',
  'img{display:block;max-width:100%;max-height:85vh;width:auto;height:auto;border-radius:12px;box-shadow:0 4px 24px rgb(0 0 0/.18)}',
  'figcaption{margin-top:16px;max-width:70ch;line-height:1.5}',
  'a{color:inherit}',
].join('\n');

const encoder = new TextEncoder();
const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const sha256 = (text: string) => crypto.subtle.digest('SHA-256', encoder.encode(text));

let styleHash: Promise<string> | undefined;

/** The page's Content-Security-Policy: its hashed <style>, its image's origin (and an empty icon), nothing else. */
export async function sharePageCsp(imageUrl: string): Promise<string> {
  styleHash ??= sha256(CSS).then((d) => `'sha256-${base64(d)}'`);
  // data: for the empty icon (`<link rel="icon" href="data:,">`), which spares browsers a /favicon.ico 404.
  return `default-src 'none'; img-src ${new URL(imageUrl).origin} data:; style-src ${await styleHash}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

export async function sharePageHtml(p: SharePage): Promise<string> {
  const twitterAlt = truncate(p.alt, MAX_TWITTER_ALT_CHARS);
  const page = await html`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
<link rel="icon" href="data:,">
<meta name="description" content="${p.description}">
<link rel="canonical" href="${p.pageUrl}">
<meta property="og:type" content="website">
<meta property="og:url" content="${p.pageUrl}">
<meta property="og:title" content="${p.title}">
<meta property="og:description" content="${p.description}">
<meta property="og:image" content="${p.imageUrl}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${p.width}">
<meta property="og:image:height" content="${p.height}">
<meta property="og:image:alt" content="${p.alt}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${p.title}">
<meta name="twitter:description" content="${p.description}">
<meta name="twitter:image" content="${p.imageUrl}">
<meta name="twitter:image:alt" content="${twitterAlt}">
<style>${raw(CSS)}</style>
</head>
<body>
<main>
<h1>${p.title}</h1>
<figure>
<img src="${p.imageUrl}" alt="${p.alt}" width="${p.width}" height="${p.height}">
<figcaption>${p.alt}</figcaption>
</figure>
<p><a href="${p.imageUrl}">Open the image</a> (PNG, ${p.width} × ${p.height})</p>
</main>
</body>
</html>
`;
  return page.toString();
}

/** A strong ETag of the page's bytes: they depend on the card, the page's origin and the signing key. */
async function pageETag(body: string): Promise<string> {
  return `"${base64(await sha256(body)).replace(/\+/g, '-').replace(/\//g, '_').slice(0, 32)}"`;
}

/** The page with the same caching as its image (a URL fully determines both), and a 304 on revalidation. */
export async function sendSharePage(c: Context, page: SharePage, cacheControl: string): Promise<Response> {
  const body = await sharePageHtml(page);
  const etag = await pageETag(body);
  c.header('ETag', etag);
  c.header('Cache-Control', cacheControl);
  c.header('Content-Security-Policy', await sharePageCsp(page.imageUrl));
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', 'text/html; charset=utf-8');
  return c.body(body, 200);
}
