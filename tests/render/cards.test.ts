import { describe, expect, it } from 'vitest';
import { KINDS, TEMPLATES } from '../../templates/index.ts';
import { VIEWS } from '../../templates/views.ts';
import { SIZES, type SizeName } from '../../templates/shared/schema.ts';
import { compareToGolden, decode } from '../image.ts';
import { parsed, renderer } from '../helpers.ts';

const SIZE_NAMES = Object.keys(SIZES) as SizeName[];

it('the render core draws each kind with that kind’s view (templates/views.ts, the schemas left out)', () => {
  expect(Object.keys(VIEWS).sort()).toEqual([...KINDS].sort());
  for (const kind of KINDS) expect(VIEWS[kind]).toBe(TEMPLATES[kind].view);
});

describe('every kind renders at every size, as its golden image', () => {
  for (const kind of KINDS) {
    for (const size of SIZE_NAMES) {
      it(`${kind} ${size}`, async () => {
        const r = await renderer();
        const out = await r.render({ kind, payload: parsed(kind, { size }), format: 'png' });
        const png = decode(out.body);
        expect([png.width, png.height]).toEqual([SIZES[size].width, SIZES[size].height]);
        const cmp = compareToGolden(`${kind}-${size}`, out.body);
        expect(cmp.ok, cmp.message).toBe(true);
      });
    }
  }
});

describe('themes, locales and scale', () => {
  it('dark theme draws a dark background', async () => {
    const r = await renderer();
    const out = await r.render({ kind: 'quote', payload: parsed('quote', { theme: 'dark' }), format: 'png' });
    const png = decode(out.body);
    // top-right corner pixel is the background
    const i = (10 * png.width + (png.width - 10)) * 4;
    expect(png.data[i]! + png.data[i + 1]! + png.data[i + 2]!).toBeLessThan(3 * 40);
    expect(compareToGolden('quote-og-dark', out.body).ok).toBe(true);
  });

  it('brand theme uses the given background', async () => {
    const r = await renderer();
    const out = await r.render({ kind: 'score', payload: parsed('score', { theme: { background: '#2faee0', accent: 'ffffff' } }), format: 'png' });
    const png = decode(out.body);
    const i = (10 * png.width + 10) * 4;
    expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([0x2f, 0xae, 0xe0]);
    const cmp = compareToGolden('score-og-brand', out.body);
    expect(cmp.ok, cmp.message).toBe(true);
  });

  it('scale multiplies the pixel size and keeps the drawing', async () => {
    const r = await renderer();
    const out = await r.render({ kind: 'post', payload: parsed('post', { scale: 2 }), format: 'png' });
    const png = decode(out.body);
    expect([png.width, png.height]).toEqual([2400, 1260]);
  });

  it('the English score card says Half-time, the French one Mi-temps', async () => {
    const r = await renderer();
    const en = new TextDecoder().decode((await r.render({ kind: 'score', payload: parsed('score', { locale: 'en' }), format: 'svg' })).body);
    const fr = new TextDecoder().decode((await r.render({ kind: 'score', payload: parsed('score', { locale: 'fr' }), format: 'svg' })).body);
    // Text is drawn as paths, so compare the rendered SVGs: the status pill differs and nothing else does.
    expect(en).not.toEqual(fr);
    const cmp = compareToGolden('score-og-en', (await r.render({ kind: 'score', payload: parsed('score', { locale: 'en' }), format: 'png' })).body);
    expect(cmp.ok, cmp.message).toBe(true);
  });

  it('the same payload gives the same bytes', async () => {
    const r = await renderer();
    const a = await r.render({ kind: 'post', payload: parsed('post'), format: 'png' });
    const b = await r.render({ kind: 'post', payload: parsed('post'), format: 'png' });
    expect(Buffer.from(a.body).equals(Buffer.from(b.body))).toBe(true);
  });
});
