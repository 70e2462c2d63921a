import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Golden-image comparison against committed PNGs. Rendering is deterministic for the committed fonts and
 * the pinned satori/resvg versions; the tolerance only absorbs anti-aliasing differences between CPUs.
 * Set UPDATE_GOLDEN=1 to rewrite the goldens. On a mismatch, the actual image and a diff (changed pixels
 * in red) are written next to the test under tests/__diff__/ and their paths are in the failure message.
 */
export const GOLDEN_DIR = join(import.meta.dirname, 'golden');
export const DIFF_DIR = join(import.meta.dirname, '__diff__');

/** Share of pixels allowed to differ beyond pixelmatch's per-pixel threshold: ~380 pixels on a 1200×630 card, less than one changed glyph. */
export const MAX_DIFF_RATIO = 0.0005;

export function decode(png: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(png));
}

export function compareToGolden(name: string, actual: Uint8Array): { ok: boolean; message: string } {
  const goldenPath = join(GOLDEN_DIR, `${name}.png`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
    if (process.env.CI && !existsSync(goldenPath)) return { ok: false, message: `missing golden ${goldenPath}` };
    mkdirSync(dirname(goldenPath), { recursive: true });
    writeFileSync(goldenPath, actual);
    return { ok: true, message: `wrote ${goldenPath}` };
  }
  const a = decode(actual);
  const g = decode(readFileSync(goldenPath));
  if (a.width !== g.width || a.height !== g.height) {
    return { ok: false, message: `${name}: size ${a.width}×${a.height}, golden ${g.width}×${g.height}` };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const changed = pixelmatch(a.data, g.data, diff.data, a.width, a.height, { threshold: 0.1 });
  const ratio = changed / (a.width * a.height);
  // GOLDEN_REPORT=1 prints every comparison: how a rendering change moved each golden, even within tolerance.
  if (process.env.GOLDEN_REPORT === '1') console.log(`golden ${name}: ${changed} pixels differ`);
  if (ratio <= MAX_DIFF_RATIO) return { ok: true, message: `${name}: ${changed} pixels differ` };
  mkdirSync(DIFF_DIR, { recursive: true });
  const actualPath = join(DIFF_DIR, `${name}.actual.png`);
  const diffPath = join(DIFF_DIR, `${name}.diff.png`);
  writeFileSync(actualPath, actual);
  writeFileSync(diffPath, PNG.sync.write(diff));
  return { ok: false, message: `${name}: ${changed} pixels (${(ratio * 100).toFixed(2)}%) differ from ${goldenPath}; see ${actualPath} and ${diffPath}` };
}
