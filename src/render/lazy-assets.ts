/**
 * Assets that arrive when a card first needs them. On Node every font and emoji is read up front; at the edge
 * the Worker fetches each font face and Twemoji picture from its static assets on first use, so a card loads
 * only what it draws (a fresh isolate parses 3–6 of the faces, not all of them) and the bundle carries none.
 *
 * Templates, the measurer and the emoji lookups read assets synchronously. A lazy asset read before its bytes
 * have arrived throws AssetPending; the renderer (withAssets) awaits its `load()` and runs that pure step again,
 * so a first card with three faces and two emoji costs a few extra passes of the view model, and every later
 * card none. The Node adapter never throws it.
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
 * Passes allowed per step: each loads at least one asset, and a card draws with at most a few faces and a
 * few dozen distinct emoji; past this an asset that never settles is a bug, reported rather than looped on.
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

const loaders = new WeakMap<object, () => Promise<void>>();

/** Registers how a lazy asset object gets its bytes, so `loadAll` can fetch several at once before a step. */
export function registerLoader(asset: object, load: () => Promise<void>): void {
  loaders.set(asset, load);
}

/** Loads the lazy ones among `assets` in parallel (objects no adapter registered are already there). */
export async function loadAll(assets: Iterable<object>): Promise<void> {
  const pending: Array<Promise<void>> = [];
  for (const a of assets) {
    const load = loaders.get(a);
    if (load) pending.push(load());
  }
  await Promise.all(pending);
}
