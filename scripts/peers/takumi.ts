import { Renderer, type ContainerNode, type ImageNode, type Node, type TextNode } from '@takumi-rs/core';
import type { SatoriElement } from '../../src/jsx.ts';
import { familyName } from '../../src/render/fonts.ts';
import { childList, displayOf, emojiBox, emojiRuns, inherited, svgDocument } from './tree.ts';
import type { PeerAssets, PeerCard, PeerRenderer } from './types.ts';

/**
 * Takumi (`@takumi-rs/core`, Rust, native N-API) on an equivalent of our element tree.
 *
 * Warm: one `Renderer` for the process, every bundled face registered once (bytes, under the family names
 * our trees' `font-family` lists use), so a render is layout + raster + PNG encode only. Nothing is fetched:
 * the native core loads no resources itself (fetching lives in the `takumi-js` wrapper, not used here);
 * emoji and SVG images are handed over inline.
 *
 * The tree is converted node by node (our own small converter rather than `@takumi-rs/helpers`' fromJsx,
 * to control the two places where satori's defaults differ from CSS's):
 * - `display`: satori makes every element a flex container unless told otherwise; spans inside a
 *   `display: block` text box flow inline. Takumi follows CSS, so the satori default is written out.
 * - `position`: satori (Yoga) makes every element `relative`, so an absolute child is placed in its parent;
 *   written out on every container.
 * - `box-sizing`: satori sizes boxes as CSS does (content-box unless said), Takumi defaults to border-box,
 *   so content-box is written on every node that does not say.
 * - an element whose only child is plain text becomes a Takumi text node carrying that element's style
 *   (as fromJsx does); mixed children become a container of text and image nodes.
 * - emoji: each grapheme satori draws from `graphemeImages` becomes an inline image node with the same
 *   data: URL, in the box satori draws it in (see `emojiBox`).
 * - <svg>: an image node whose source is the serialized SVG document (as fromJsx does).
 */
/** For the bench notes: what differs from handing satori the tree. */
export const TAKUMI_ADAPTATIONS =
  'element tree converted to Takumi nodes (container / text / image); display written out (satori: flex by default, inline in a block text box); position: relative written out (Yoga\'s default); ' +
  'box-sizing content-box written out (Takumi defaults to border-box); emoji as inline image nodes of the same data: URLs in the box satori draws them in; <svg> as an SVG-document image';

export async function createTakumiRenderer(assets: PeerAssets): Promise<PeerRenderer> {
  const renderer = new Renderer();
  for (const f of assets.fonts) {
    await renderer.registerFont({ name: familyName(f.family), data: f.data, weight: f.weight, style: f.italic ? 'italic' : 'normal' });
  }
  return {
    name: 'Takumi',
    async render(card: PeerCard): Promise<Uint8Array> {
      return renderer.render(toTakumiTree(card.tree, assets.emojiImages(card.tree)), { width: card.width, height: card.height, format: 'png' });
    },
    async close() {},
  };
}

/** Style keys as-is (Takumi takes React-style camelCase objects, numbers as px). */
type Style = NonNullable<ContainerNode['style']>;

/** What a node's conversion needs from its ancestors. */
interface Ctx {
  display: string | undefined;
  lineHeight: unknown;
  images: Record<string, string>;
}

const inFlow = (display: string | undefined) => display === 'block' || display === 'inline';

function imageNode(el: SatoriElement, src: string, parent: Ctx): ImageNode {
  const { width, height } = el.props as { width?: number | string; height?: number | string };
  const style = { boxSizing: 'content-box', ...(inFlow(parent.display) ? { display: 'inline-block' } : {}), ...el.props.style } as Style;
  const node: ImageNode = { type: 'image', src, style };
  if (width !== undefined) node.width = Number(width);
  if (height !== undefined) node.height = Number(height);
  return node;
}

/** Our element tree as a Takumi node tree; `images`: grapheme → picture URL, as satori's `graphemeImages`. */
export function toTakumiTree(tree: SatoriElement, images: Record<string, string>): Node {
  return toTakumi(tree, { display: undefined, lineHeight: undefined, images });
}

function toTakumi(el: SatoriElement, parent: Ctx): Node {
  if (el.type === 'svg') return imageNode(el, svgDocument(el), parent);
  if (el.type === 'img') return imageNode(el, String(el.props.src), parent);
  const display = displayOf(el, parent.display);
  const style = { position: 'relative', boxSizing: 'content-box', ...el.props.style, display } as Style;
  const ctx: Ctx = { display, lineHeight: inherited(el, 'lineHeight', parent.lineHeight), images: parent.images };
  const kids = childList(el.props.children);
  const only = kids.length === 1 ? kids[0] : undefined;
  if (typeof only === 'string') {
    const runs = emojiRuns(only, ctx.images);
    if (runs.length === 1 && 'text' in runs[0]!) return { type: 'text', text: only, style } satisfies TextNode;
  }
  const children: Node[] = kids.flatMap((k): Node[] =>
    typeof k !== 'string'
      ? [toTakumi(k, ctx)]
      : emojiRuns(k, ctx.images).map((r) =>
          'text' in r ? ({ type: 'text', text: r.text } satisfies TextNode) : ({ type: 'image', src: r.src, style: emojiBox(ctx.lineHeight) as Style } satisfies ImageNode),
        ),
  );
  return { type: 'container', style, children } satisfies ContainerNode;
}
