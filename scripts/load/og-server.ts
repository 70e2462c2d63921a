/**
 * The @vercel/og peer for `npm run load -- --only compare`: a minimal Hono server answering our card URLs
 * with @vercel/og 0.11.1's `ImageResponse`, as an og user would write it. No cache: every request renders.
 * The tree is adapted for og's satori 0.25 (scripts/bench/og.ts) and og's emoji fetches are answered from
 * the local Twemoji files, so it runs offline. Started by scripts/load.ts with PORT set.
 */
import { serve } from '@hono/node-server';
import { ImageResponse } from '@vercel/og';
import { Hono } from 'hono';
import { satoriFonts } from '../../src/render/fonts.ts';
import { adaptForSatori025, installOfflineFetch } from '../bench/og.ts';
import { createCardReader, peerError } from './cards.ts';

installOfflineFetch().serveEmoji = true;
const cards = await createCardReader();
// One font array for the process: og's satori caches parsed fonts by the identity of the array.
const fonts = satoriFonts(cards.fonts);

const app = new Hono();
app.onError(peerError);
app.get('/healthz', (c) => c.text('ok'));
app.get('/v1/cards/:file', (c) => {
  const card = cards.read(c.req.url);
  return new ImageResponse(adaptForSatori025(card.tree) as unknown as ConstructorParameters<typeof ImageResponse>[0], { width: card.width, height: card.height, fonts });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
