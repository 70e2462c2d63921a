import type { SatoriElement } from '../jsx.ts';

/**
 * The fonts one card needs, so satori parses and keeps only those (and the Worker fetches only those).
 *
 * satori parses every font it is given the first time it sees it: 30–100 ms for each of the Noto Sans,
 * Serif and Mono faces (measured 2026-11-24), ~600 ms for all 13 bundled faces, which was most of the first
 * card's time after a start. A quote in plain sans needs 3 or 4 of them. This walks the element tree with
 * CSS inheritance of `fontFamily`, `fontWeight` and `fontStyle`, and keeps, for every family named where
 * there is text, the face satori would pick: the one of exactly that weight and style, or all faces of the
 * family when it has no exact one (satori then picks the nearest, among the same candidates as before).
 * Faces keep their order in the full list, so satori's choices do not change; its per-font parse cache
 * (keyed by the font bytes) makes a second card with the same faces free.
 */

/** What choosing needs of a face (satori's font entry, or the catalogue entry it will be made from). */
export interface NamedFace {
  name: string;
  weight: number;
  style: 'normal' | 'italic';
}

interface Inherited {
  families: string;
  weight: number;
  italic: boolean;
}

const weightOf = (w: unknown, inherited: number): number => (w === 'bold' ? 700 : w === 'normal' ? 400 : typeof w === 'number' ? w : typeof w === 'string' && /^\d+$/.test(w) ? Number(w) : inherited);
const familyNames = (list: string) => list.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, '')).filter(Boolean);

export function createFontSubsets<F extends NamedFace>(all: readonly F[]) {
  if (all.length === 0) throw new Error('createFontSubsets: no fonts');
  const memo = new Map<string, F[]>();

  return function fontsFor(tree: SatoriElement): F[] {
    const used = new Map<string, Inherited>(); // the styles text is drawn in, once each
    const visit = (node: unknown, inh: Inherited): void => {
      if (typeof node === 'string' || typeof node === 'number') used.set(`${inh.families}|${inh.weight}|${inh.italic}`, inh);
      else if (Array.isArray(node)) for (const child of node) visit(child, inh);
      else if (node && typeof node === 'object' && 'props' in node) {
        const { style, children } = (node as SatoriElement).props as { style?: Record<string, unknown>; children?: unknown };
        if (children === undefined || children === null) return;
        visit(children, {
          families: typeof style?.fontFamily === 'string' ? style.fontFamily : inh.families,
          weight: weightOf(style?.fontWeight, inh.weight),
          italic: style?.fontStyle === undefined ? inh.italic : style.fontStyle === 'italic',
        });
      }
    };
    visit(tree, { families: `'${all[0]!.name}'`, weight: 400, italic: false });

    const keep = new Set<number>();
    for (const { families, weight, italic } of used.values()) {
      for (const name of familyNames(families)) {
        const faces = all.flatMap((f, i) => (f.name === name ? [i] : []));
        const exact = faces.find((i) => all[i]!.weight === weight && (all[i]!.style === 'italic') === italic);
        for (const i of exact === undefined ? faces : [exact]) keep.add(i);
      }
    }
    if (keep.size === 0) keep.add(0);
    const id = [...keep].sort((a, b) => a - b).join(',');
    let fonts = memo.get(id);
    if (!fonts) {
      fonts = all.filter((_, i) => keep.has(i));
      memo.set(id, fonts);
    }
    return fonts;
  };
}
