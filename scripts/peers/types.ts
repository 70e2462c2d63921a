import type { SatoriElement } from '../../src/jsx.ts';
import type { LoadedFont } from '../../src/render/fonts.ts';

/** One card as the bench hands it to a peer renderer: the element tree our template gives satori. */
export interface PeerCard {
  label: string;
  tree: SatoriElement;
  /** Layout size in CSS px (what satori lays out at); the PNG is this size. */
  width: number;
  height: number;
}

export interface PeerRenderer {
  name: string;
  /** PNG bytes */
  render(card: PeerCard): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * What a peer draws with, the same as our renderer's: the bundled font faces (bytes, never system fonts)
 * and the emoji pictures per grapheme, as satori's `graphemeImages` gets them (see `emojiImages`).
 */
export interface PeerAssets {
  fonts: readonly LoadedFont[];
  /** grapheme → image URL (a data: URI); build it with `emojiImages(tree, renderer.emoji)` per card. */
  emojiImages(tree: SatoriElement): Record<string, string>;
}
