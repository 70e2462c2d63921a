import { FONT_FILES, familyName, type FontFile, type LoadedFont } from './fonts.ts';

/**
 * The one way fonts reach the render core: a port each adapter implements, and a store of the faces read.
 *
 * `FontSource` says where a file of FONT_FILES comes from: the Node adapter reads fonts/ (and has read every
 * resident face before its first card), the Worker fetches fonts/<file> from its static assets (the ASSETS
 * binding, not the network) the first time a card names the face. The store keeps what was read:
 *  - resident faces (the base families and one face per script) for the renderer's life;
 *  - CJK slices within a byte budget: past it, the least recently used slices that no render in flight holds
 *    are dropped (their HarfBuzz copy freed by `onDrop`, satori's parse going with the last font list that
 *    held it: satori keeps 8 lists, by the identity of the font bytes).
 * A render holds every face it loads until it is done (`lease`), so two renders at once never drop a slice
 * the other is drawing with.
 */
export interface FontSource {
  /** The bytes of `file` (a FONT_FILES entry's path under fonts/). */
  load(file: string): Promise<Uint8Array>;
}

/**
 * Bytes of CJK slices a renderer keeps loaded on Node (one per render worker). Each byte is held about three
 * times (the file, the measurer's HarfBuzz copy, satori's parse and HarfBuzz copy): 24 MB of slices is ~75 MB
 * of a worker's RSS, room for the common slices of all four CJK faces at once (a Japanese post needs ~1.5 MB
 * of them). The Worker sets its own, lower (src/adapter/workers/config.ts).
 */
export const CJK_FONT_BUDGET_BYTES = 24 * 1024 * 1024;

export interface FontOptions {
  source: FontSource;
  /** Faces the adapter has read already (Node: every resident face, read at start). */
  preloaded?: readonly LoadedFont[];
  /**
   * Code points the resident faces draw, but serif and mono (see residentCodePoints): the font plan needs them
   * before any face is read. Computed from `preloaded` when not given; the Worker's build computes them.
   */
  coverage?: ReadonlySet<number>;
  /** Bytes of CJK slices kept loaded (CJK_FONT_BUDGET_BYTES when not given). */
  cjkBudgetBytes?: number;
}

/** satori's font option entry for a loaded face. */
export interface SatoriFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

/** Faces a render has loaded and uses until it ends: the store drops none of them before `release`. */
export interface FontLease {
  release(): void;
}

export interface FontStore {
  /** The face of a FONT_FILES entry, if it is loaded now. */
  get(file: FontFile): LoadedFont | undefined;
  /** Loads the faces not loaded yet, held by `lease` when given; then keeps the CJK slices within budget. */
  load(files: Iterable<FontFile>, lease?: FontLease): Promise<void>;
  lease(): FontLease;
  /** satori's entry for a loaded face (the same object while it stays loaded). */
  satoriFont(file: FontFile): SatoriFont;
  /** Every loaded face, in FONT_FILES order. */
  loaded(): FontFile[];
  /** Files read from the source so far, in order (tests: a card reads only the faces it uses). */
  reads(): readonly string[];
  /** Bytes of CJK slices held now. */
  sliceBytes(): number;
  /** Called when a CJK slice is dropped (the measurer frees its HarfBuzz copy). */
  onDrop(listener: (file: FontFile) => void): void;
}

/** The font's own buffer when it is the whole of one (as files are read), else a copy of its bytes. */
const ownBuffer = (data: Uint8Array) => (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data.buffer : data.slice().buffer) as ArrayBuffer;

export function createFontStore(opts: FontOptions, files: readonly FontFile[] = FONT_FILES): FontStore {
  const budget = opts.cjkBudgetBytes ?? CJK_FONT_BUDGET_BYTES;
  const entryOf = new Map(files.map((f) => [`${f.family}|${f.weight}|${f.italic}`, f]));
  const faces = new Map<FontFile, { font: LoadedFont; satori: SatoriFont }>();
  // CJK slices held, least recently used first (a Map keeps insertion order; a slice used again moves last).
  const slices = new Map<FontFile, number>();
  const pending = new Map<FontFile, Promise<void>>();
  const leases = new Set<Set<FontFile>>();
  const leaseFiles = new WeakMap<FontLease, Set<FontFile>>();
  const dropListeners: Array<(file: FontFile) => void> = [];
  const readLog: string[] = [];
  let sliceTotal = 0;

  const add = (file: FontFile, data: Uint8Array) => {
    const font: LoadedFont = { family: file.family, weight: file.weight, italic: file.italic, ...(file.slice ? { slice: true as const } : {}), data };
    faces.set(file, { font, satori: { name: familyName(file.family), data: ownBuffer(data), weight: file.weight, style: file.italic ? 'italic' : 'normal' } });
    if (file.slice) {
      slices.set(file, data.byteLength);
      sliceTotal += data.byteLength;
    }
  };
  for (const f of opts.preloaded ?? []) {
    const file = entryOf.get(`${f.family}|${f.weight}|${f.italic}`);
    if (file) add(file, f.data);
  }

  const fetchFace = (file: FontFile): Promise<void> => {
    let p = pending.get(file);
    if (!p) {
      readLog.push(file.file);
      p = opts.source.load(file.file).then((data) => {
        if (!faces.has(file)) add(file, data);
      });
      pending.set(file, p);
      // a failed read is forgotten, so a later card tries again
      p.finally(() => pending.delete(file)).catch(() => {});
    }
    return p;
  };

  const held = (file: FontFile) => [...leases].some((l) => l.has(file));
  const trim = () => {
    for (const [file, bytes] of slices) {
      if (sliceTotal <= budget) break;
      if (held(file)) continue;
      slices.delete(file);
      faces.delete(file);
      sliceTotal -= bytes;
      for (const listener of dropListeners) listener(file);
    }
  };

  return {
    get: (file) => faces.get(file)?.font,
    async load(list, lease) {
      const wanted = [...new Set(list)];
      const holds = lease && leaseFiles.get(lease);
      for (const f of wanted) {
        holds?.add(f);
        const bytes = slices.get(f);
        if (bytes !== undefined) {
          slices.delete(f);
          slices.set(f, bytes);
        }
      }
      await Promise.all(wanted.filter((f) => !faces.has(f)).map(fetchFace));
      trim();
    },
    lease() {
      const files = new Set<FontFile>();
      leases.add(files);
      const lease: FontLease = {
        release() {
          leases.delete(files);
          trim();
        },
      };
      leaseFiles.set(lease, files);
      return lease;
    },
    satoriFont(file) {
      const face = faces.get(file);
      if (!face) throw new Error(`font ${file.file} is not loaded`);
      return face.satori;
    },
    loaded: () => files.filter((f) => faces.has(f)),
    reads: () => readLog,
    sliceBytes: () => sliceTotal,
    onDrop: (listener) => void dropListeners.push(listener),
  };
}
