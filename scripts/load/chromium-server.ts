/**
 * The Chromium peer for `npm run load -- --only compare`: a small Hono server answering our card URLs with
 * screenshots from a warm headless Chromium (scripts/peers/chromium.ts: launched once, fonts loaded once,
 * then per card: HTML of our element tree into the page, screenshot). Same trees as og-server.ts.
 *
 * The peer renders on one page, so renders must not overlap: each page takes one card at a time here, and
 * requests queue for a free page. CHROMIUM_PAGES (default 1) runs that many renderers side by side, to see
 * whether Chromium gains from the second core. Exits 3 when Chromium is not installed.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createChromiumRenderer } from '../peers/chromium.ts';
import type { PeerCard, PeerRenderer } from '../peers/types.ts';
import { createCardReader, peerError } from './cards.ts';

const cards = await createCardReader();
const renderers: PeerRenderer[] = [];
for (let i = 0; i < Number(process.env.CHROMIUM_PAGES ?? 1); i++) {
  const r = await createChromiumRenderer(cards.assets);
  if (!r) {
    console.error('no Chromium at /usr/bin/chromium');
    process.exit(3);
  }
  renderers.push(r);
}
const idle = [...renderers];
const waiting: Array<(r: PeerRenderer) => void> = [];
async function render(card: PeerCard): Promise<Uint8Array> {
  const r = idle.pop() ?? (await new Promise<PeerRenderer>((resolve) => waiting.push(resolve)));
  try {
    return await r.render(card);
  } finally {
    const next = waiting.shift();
    if (next) next(r);
    else idle.push(r);
  }
}

const app = new Hono();
app.onError(peerError);
app.get('/healthz', (c) => c.text('ok'));
app.get('/v1/cards/:file', async (c) => c.body((await render(cards.read(c.req.url))) as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'image/png' }));
const server = serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });

// Close the browsers on SIGTERM (scripts/load.ts stops peers that way), so no Chromium outlives the run.
process.on('SIGTERM', () => {
  server.close();
  void Promise.all(renderers.map((r) => r.close())).finally(() => process.exit(0));
});
