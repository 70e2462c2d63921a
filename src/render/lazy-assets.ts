/**
 * Emoji pictures that arrive when a card first needs them. On Node every picture is read from disk when
 * asked for; at the edge the Worker fetches each Twemoji SVG from its static assets on first use (it fetches
 * the payload's emoji before the first pass; labels and keycaps may still ask for others).
 *
 * Templates and the emoji lookups read pictures synchronously. A picture read before its bytes have arrived
 * throws AssetPending; the renderer (withAssets) awaits its `load()` and runs that pure step again. The Node
 * adapter never throws it. Fonts have their own port (render/font-store.ts): the measurer reports the faces
 * it lacked rather than throwing, so one pass asks for all of them at once.
 */
export class AssetPending extends Error {
  override readonly name = 'AssetPending';
  constructor(
    readonly what: string,
    readonly load: () => Promise<void>,
  ) {
    super(`${what} is not loaded yet`);
  }
}

/**
 * Passes allowed per step: each loads at least one picture, and a card draws at most a few dozen distinct
 * emoji; past this an asset that never settles is a bug, reported rather than looped on.
 */
const MAX_PASSES = 256;

/** Runs `step` until it reads no pending asset, loading each one it stumbled on. */
export async function withAssets<T>(step: () => T | Promise<T>): Promise<T> {
  for (let pass = 1; ; pass++) {
    try {
      return await step();
    } catch (err) {
      if (!(err instanceof AssetPending) || pass >= MAX_PASSES) throw err;
      await err.load();
    }
  }
}
