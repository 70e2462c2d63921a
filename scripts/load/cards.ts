/**
 * What the peer servers of `npm run load -- --only compare` draw (og-server.ts, chromium-server.ts): the
 * very GET URLs our service answers (`/v1/cards/:kind.png?<dotted query>`), read and validated by our own
 * query code, turned into the element tree exactly as scripts/bench.ts `makeCards` builds it (template.view
 * with createRenderer's measurer and the Twemoji set). Same content, same fonts; only the drawing differs.
 */
import { payloadFromQuery, validate } from '../../src/http/payload.ts';
import type { LoadedFont } from '../../src/render/fonts.ts';
import { loadFonts, loadTwemoji, nodeFonts } from '../../src/adapter/node/assets.ts';
import { createRenderer, emojiImages } from '../../src/render/pipeline.ts';
import { resvgRasterizer } from '../../src/adapter/node/resvg.ts';
import { TEMPLATES, isKind } from '../../templates/index.ts';
import { makeContext } from '../../templates/shared/context.ts';
import { SIZES } from '../../templates/shared/schema.ts';
import { palette } from '../../templates/shared/theme.ts';
import type { PeerAssets, PeerCard } from '../peers/types.ts';

export interface CardReader {
  fonts: LoadedFont[];
  /** Fonts and emoji pictures for scripts/peers renderers, as our renderer draws them. */
  assets: PeerAssets;
  /** The card a request URL describes; throws (our CardError, with a status) on a bad URL or payload. */
  read(url: string): PeerCard;
}

export async function createCardReader(): Promise<CardReader> {
  const fonts = loadFonts();
  const emoji = loadTwemoji();
  // As bench.ts builds it; only its measurer and emoji set are used here (peers rasterize themselves).
  const renderer = await createRenderer({ fonts: nodeFonts({ preloaded: fonts }), emoji, rasterizer: resvgRasterizer });
  const { measurer } = renderer;
  return {
    fonts,
    assets: { fonts, emojiImages: (tree) => emojiImages(tree, renderer.emoji) },
    read(url) {
      const { pathname, searchParams } = new URL(url);
      const kind = /^\/v1\/cards\/(\w+)\.png$/.exec(pathname)?.[1] ?? '';
      if (!isKind(kind)) throw Object.assign(new Error(`no card at ${pathname}`), { status: 404 });
      const payload = validate(kind, payloadFromQuery(kind, searchParams.entries()), 'invalid_query');
      const { width, height } = SIZES[payload.size];
      const ctx = makeContext({ width, height, size: payload.size, locale: payload.locale, palette: palette(payload.theme), measurer, emoji });
      // Layout size (scale 1): what the load test asks for, and what og and Chromium draw at.
      return { label: kind, tree: TEMPLATES[kind].view(payload, ctx), width, height };
    },
  };
}

/** Hono's onError for the peers: our CardError (and the 404 above) carry a status; anything else is a 500. */
export function peerError(err: Error): Response {
  const status = (err as { status?: number }).status ?? 500;
  return new Response(err.message, { status });
}
