import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatoriElement } from '../../src/jsx.ts';
import { FAMILY_NAME, FONT_FILES } from '../../src/render/fonts.ts';
import { FONTS_DIR } from '../../src/render/node-assets.ts';

/** "First card after process start", each measured in a fresh child process. */

export interface FirstCard {
  /** ms from the child's start to: static imports done, assets ready, first PNG done. */
  imported: number;
  ready: number;
  done?: number;
  bytes?: number;
  error?: string;
  /** ms from spawn to exit, seen by the parent (adds node boot and teardown). */
  wall: number;
}

const here = (file: string) => fileURLToPath(new URL(`./${file}`, import.meta.url));

function runChild(args: string[]): FirstCard {
  const t0 = performance.now();
  const stdout = execFileSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] });
  const wall = performance.now() - t0;
  const last = stdout.trim().split('\n').at(-1) ?? '{}';
  return { ...(JSON.parse(last) as Omit<FirstCard, 'wall'>), wall };
}

export function firstCardOurs(): FirstCard {
  return runChild(['--import', 'tsx', here('first-card-ours.ts')]);
}

/** og's first card, rendering `tree` (pre-built here and handed over as JSON) with the bundled font files. */
export function firstCardOg(tree: SatoriElement, width: number, height: number): FirstCard {
  const dir = mkdtempSync(join(tmpdir(), 'card-bench-'));
  try {
    const spec = join(dir, 'spec.json');
    const fonts = FONT_FILES.map((f) => ({
      name: FAMILY_NAME[f.family],
      weight: f.weight,
      style: f.italic ? 'italic' : 'normal',
      path: join(FONTS_DIR, f.file),
    }));
    writeFileSync(spec, JSON.stringify({ tree, width, height, fonts }));
    return runChild([here('first-card-og.mjs'), spec]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
