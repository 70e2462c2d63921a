import { existsSync, readFileSync } from 'node:fs';
import { residentCodePoints } from '../../text/measure.ts';
import { loadFonts } from './assets.ts';

/** The file `npm run build` (scripts/build.mjs) writes beside the bundle: the resident faces' code points. */
export const COVERAGE_FILE = 'resident-coverage.json';

/** Code points as [first, last] ranges: ~2 KB of JSON instead of ~10,000 numbers. */
export function toRanges(points: Iterable<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of [...points].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else out.push([p, p]);
  }
  return out;
}

function fromRanges(ranges: Array<[number, number]>): Set<number> {
  const out = new Set<number>();
  for (const [a, b] of ranges) for (let p = a; p <= b; p++) out.add(p);
  return out;
}

/**
 * The code points the resident faces draw, which the coverage check (main thread) and the font plan (each render
 * worker) need before any card. The built server reads them from the file the build wrote beside it: computing
 * them reads every resident face into HarfBuzz, which cost the main thread ~60 ms of its start and +15 MB of RSS
 * it kept (HarfBuzz's wasm memory never shrinks, and the 10 MB of font files waited for a GC), and each worker
 * the same work before its first card. Run from source (tsx, tests), there is no such file: they are computed.
 */
export async function residentCoverage(): Promise<ReadonlySet<number>> {
  const built = new URL(`./${COVERAGE_FILE}`, import.meta.url);
  if (existsSync(built)) return fromRanges(JSON.parse(readFileSync(built, 'utf8')) as Array<[number, number]>);
  return residentCodePoints(loadFonts());
}
