import { describe, expect, it } from 'vitest';
import { SCRIPTS } from '../../src/render/fonts.ts';
import { createFontPlan, SHARED_IN_BASE } from '../../src/text/font-plan.ts';
import { harfbuzz, residentCodePoints } from '../../src/text/measure.ts';
import { fonts } from '../helpers.ts';

/** Code points a group of the bundled faces draws. */
async function drawnBy(families: string[]): Promise<Set<number>> {
  const hb = await harfbuzz();
  const out = new Set<number>();
  for (const f of fonts.filter((x) => families.includes(x.family))) {
    const blob = hb.createBlob(f.data);
    const face = hb.createFace(blob, 0);
    for (const cp of face.collectUnicodes()) out.add(cp);
    face.destroy();
    blob.destroy();
  }
  return out;
}

describe('font plan: which faces a span is drawn with', () => {
  it('the characters scripts share that count for no script face are exactly those the base faces draw', async () => {
    const base = await drawnBy(['sans', 'math', 'symbols', 'symbols2']);
    const expected: number[] = [];
    for (const { test } of SCRIPTS) {
      const own = new RegExp(test.source.replace('Script_Extensions', 'Script'), 'u');
      for (let cp = 0; cp < 0x30000; cp++) {
        const ch = String.fromCodePoint(cp);
        if (test.test(ch) && !own.test(ch) && base.has(cp)) expected.push(cp);
      }
    }
    const listed = Array.from({ length: 0x30000 }, (_, cp) => cp).filter((cp) => new RegExp(SHARED_IN_BASE.source, 'u').test(String.fromCodePoint(cp)));
    expect(listed).toEqual([...new Set(expected)].sort((a, b) => a - b));
  });

  it('Latin text with a middle dot or a diaeresis keeps the base faces; shared marks the base lacks bring their script', async () => {
    const plan = createFontPlan(await residentCodePoints(fonts));
    const sans = { family: 'sans', weight: 400, italic: false } as const;
    expect(plan.chain('Ligue 1 · Journée 34', sans)).toEqual(['sans', 'math', 'symbols', 'symbols2']);
    expect(plan.chain('Zoë · Noël', sans)).toEqual(['sans', 'math', 'symbols', 'symbols2']);
    expect(plan.chain('الهلال، النصر', sans)).toContain('arabic');
    expect(plan.chain('Score ، 2', sans)).toContain('arabic'); // the Arabic comma alone: Noto Sans lacks it
    expect(plan.chain('দল। জয়', sans)).toEqual(expect.arrayContaining(['bengali', 'devanagari'])); // the danda is shared
  });
});
