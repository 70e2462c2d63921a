import { createImageCache } from '../src/http/cache/image-cache.ts';
import { createNodeApp } from '../src/adapter/node/app.ts';
import { inlineService } from '../src/render/inline.ts';
import { loadEmojiNames, loadFonts, loadTwemoji, nodeFonts } from '../src/adapter/node/assets.ts';
import { coverageFrom } from '../src/text/coverage.ts';
import { drawableCodePoints } from '../src/text/measure.ts';
import { createRenderer, type Renderer } from '../src/render/pipeline.ts';
import { resvgRasterizer } from '../src/adapter/node/resvg.ts';
import { RENDERER_VERSION } from '../src/version.ts';
import type { Signer } from '../src/http/signature/signature.ts';
import type { RemoteImageResolver } from '../src/http/remote-images.ts';
import { nodeRemoteImages } from '../src/adapter/node/remote/resolver.ts';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from '../src/image/limits.ts';
import { createImagePreparer, type ImagePreparer } from '../src/image/prepare.ts';
import { createSharpResizer } from '../src/adapter/node/sharp-resizer.ts';
import { TEMPLATES, type CardKind } from '../templates/index.ts';
import { makeContext, type TemplateContext } from '../templates/shared/context.ts';
import { SIZES, type CommonOptions, type SizeName } from '../templates/shared/schema.ts';
import { palette } from '../templates/shared/theme.ts';

/** Shared fixtures: the real render core with the committed fonts and the npm emoji set, in-process. */
export const emoji = loadTwemoji();
export const fonts = loadFonts();
export const emojiNames = loadEmojiNames();
export const coverage = coverageFrom(await drawableCodePoints(fonts));
let rendererPromise: Promise<Renderer> | undefined;
export function renderer(): Promise<Renderer> {
  rendererPromise ??= createRenderer({ fonts: nodeFonts({ preloaded: fonts }), emoji, rasterizer: resvgRasterizer });
  return rendererPromise;
}

export async function testApp(
  overrides: {
    maxBodyBytes?: number;
    maxUrlLength?: number;
    maxPixels?: number;
    cacheBytes?: number;
    signer?: Signer;
    apiTokens?: string[];
    remoteImages?: RemoteImageResolver;
    publicOrigin?: string;
    imageLimits?: ImageLimits;
    /** The image preparer; by default the one the Node server uses (libvips), `null` for none (images drawn as sent). */
    images?: ImagePreparer | null;
  } = {},
) {
  const r = await renderer();
  const imageLimits = overrides.imageLimits ?? DEFAULT_IMAGE_LIMITS;
  return createNodeApp({
    renderer: inlineService(r),
    cache: createImageCache(overrides.cacheBytes ?? 16 * 1024 * 1024),
    emoji,
    emojiNames,
    coverage,
    measurer: r.measurer,
    rendererVersion: RENDERER_VERSION,
    maxBodyBytes: overrides.maxBodyBytes ?? 1024 * 1024,
    maxUrlLength: overrides.maxUrlLength ?? 8192,
    ...(overrides.maxPixels ? { maxPixels: overrides.maxPixels } : {}),
    ...(overrides.signer ? { signer: overrides.signer } : {}),
    ...(overrides.publicOrigin ? { publicOrigin: overrides.publicOrigin } : {}),
    apiTokens: overrides.apiTokens ?? [],
    remoteImages: overrides.remoteImages ?? nodeRemoteImages({ allowHosts: [], maxBytes: 220_000, timeoutMs: 3000, maxRedirects: 3, imageLimits }),
    imageLimits,
    ...(overrides.images === null ? {} : { images: overrides.images ?? createImagePreparer({ resizer: createSharpResizer(imageLimits), emoji }) }),
  });
}

export function example(kind: CardKind, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...(structuredClone(TEMPLATES[kind].example) as Record<string, unknown>), ...extra };
}

export function parsed(kind: CardKind, extra: Record<string, unknown> = {}): CommonOptions {
  return TEMPLATES[kind].schema.parse(example(kind, extra));
}

export async function contextFor(p: CommonOptions): Promise<TemplateContext> {
  const r = await renderer();
  const size: SizeName = p.size;
  return makeContext({ ...SIZES[size], size, locale: p.locale, palette: palette(p.theme), measurer: r.measurer, emoji });
}

export const SEED_POST_TEXT =
  '⏱️ 45+2’ | #OMAtalanta 1️⃣-1️⃣\nQuel match ! Dans un premier acte intense, l’OM a rapidement répondu à l’ouverture du score italienne et réalise une belle première période 🔥\n𝗖𝗼𝗻𝘁𝗶𝗻𝘂𝗲𝘇 𝗰𝗼𝗺𝗺𝗲 𝗰̧𝗮 𝗹𝗲𝘀 𝗴𝗮𝗿𝘀 👊💙';
