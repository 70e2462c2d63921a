import type { Measurer } from '../text/measure.ts';
import { FONT_FILES, familyName, satoriFonts, type FontFamily, type FontFile, type LoadedFont } from './fonts.ts';

/**
 * Faces loaded on demand (the CJK slices), within a memory budget per render worker.
 *
 * The adapter says where the bytes come from (`FontSource`: Node reads fonts/, an edge build fetches the same
 * files from its static assets). Before a card is laid out, the pipeline asks for the slices its text needs;
 * they are read, handed to the measurer and kept for satori. When the slices kept pass the budget, the least
 * recently used ones not needed by the card at hand are dropped: the measurer frees its HarfBuzz copy, and
 * satori's parsed copy goes with the last font list that held it (satori keeps 8 font lists, by identity).
 */
export interface FontSource {
  load(file: string): Promise<Uint8Array>;
}

/**
 * Bytes of CJK slices a render worker keeps loaded. Each byte is held about three times (the file, the
 * measurer's HarfBuzz copy, satori's parse and HarfBuzz copy): 24 MB of slices is ~75 MB of a worker's RSS,
 * room for the common slices of all four CJK faces at once (a Japanese post needs ~1.5 MB of them).
 */
export const CJK_FONT_BUDGET_BYTES = 24 * 1024 * 1024;

type SatoriFont = ReturnType<typeof satoriFonts>[number];

export interface FontStore {
  /** Loads the given on-demand families that are not loaded yet. */
  ensure(families: Iterable<FontFamily>): Promise<void>;
  /** The loaded on-demand faces, by the name satori knows them by. */
  loaded(): ReadonlyMap<string, SatoriFont>;
  /** Bytes of on-demand faces held now. */
  bytes(): number;
}

export function createFontStore(source: FontSource | undefined, measurer: Measurer, budget = CJK_FONT_BUDGET_BYTES): FontStore {
  const files = new Map<FontFamily, FontFile>(FONT_FILES.filter((f) => f.lazy).map((f) => [f.family, f]));
  // Insertion order is recency: a family used again is moved to the end.
  const held = new Map<FontFamily, { bytes: number; satori: SatoriFont }>();
  const byName = new Map<string, SatoriFont>();
  const pending = new Map<FontFamily, Promise<void>>();
  let total = 0;

  const load = (family: FontFamily): Promise<void> => {
    let p = pending.get(family);
    if (!p) {
      const file = files.get(family);
      if (!file || !source) return Promise.resolve();
      p = source.load(file.file).then((data) => {
        const font: LoadedFont = { family, weight: file.weight, italic: file.italic, lazy: true, data };
        measurer.addFonts([font]);
        const entry = satoriFonts([font])[0]!;
        held.set(family, { bytes: data.byteLength, satori: entry });
        byName.set(familyName(family), entry);
        total += data.byteLength;
      });
      pending.set(family, p);
      p.finally(() => pending.delete(family)).catch(() => {});
    }
    return p;
  };

  return {
    async ensure(families) {
      const wanted = new Set([...families].filter((f) => files.has(f)));
      for (const f of wanted) {
        const h = held.get(f);
        if (h) {
          held.delete(f);
          held.set(f, h);
        }
      }
      await Promise.all([...wanted].filter((f) => !held.has(f)).map(load));
      for (const [family, h] of held) {
        if (total <= budget) break;
        if (wanted.has(family)) continue;
        held.delete(family);
        byName.delete(familyName(family));
        measurer.dropFont(family);
        total -= h.bytes;
      }
    },
    loaded: () => byName,
    bytes: () => total,
  };
}
