import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS_DIR } from '../../src/adapter/node/assets.ts';
import { resvgRasterizer } from '../../src/adapter/node/resvg.ts';
import { assetFontSource, lazyTwemoji } from '../../src/adapter/workers/assets.ts';
import { EDGE_CJK_FONT_BUDGET_BYTES } from '../../src/adapter/workers/config.ts';
import { createFontStore } from '../../src/render/font-store.ts';
import { FONT_FILES, type FontFile } from '../../src/render/fonts.ts';
import { createRenderer, type Renderer } from '../../src/render/pipeline.ts';
import { emojiKeys } from '../../src/text/emoji.ts';
import { residentCodePoints } from '../../src/text/measure.ts';
import { TEMPLATES } from '../../templates/index.ts';
import { WORLD_SPECIMENS } from '../world-specimens.ts';
import { fonts, parsed, renderer } from '../helpers.ts';

/**
 * Fonts and emoji as the Worker has them (src/adapter/workers/assets.ts): fetched on first use, here from
 * disk through the same reader interface the ASSETS binding serves, with the resident faces' code points
 * computed as the edge build computes them. A card reads only the faces and emoji it draws, and the pictures
 * are the same as with every resident face read up front (the Node service).
 */
const twemojiDir = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
const twemojiKeys = readdirSync(twemojiDir).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)).join(' ');
const resident = await residentCodePoints(fonts);

function countingReader() {
  const reads: string[] = [];
  return {
    reads,
    read: async (path: string) => {
      reads.push(path);
      const [folder, ...rest] = path.split('/');
      return new Uint8Array(readFileSync(join(folder === 'fonts' ? FONTS_DIR : twemojiDir, ...rest)));
    },
  };
}

async function edgeRenderer(cjkBudgetBytes = EDGE_CJK_FONT_BUDGET_BYTES): Promise<{ lazy: Renderer; reads: string[] }> {
  const { reads, read } = countingReader();
  const lazy = await createRenderer({ fonts: { source: assetFontSource(read), coverage: resident, cjkBudgetBytes }, emoji: lazyTwemoji(read, twemojiKeys), rasterizer: resvgRasterizer });
  return { lazy, reads };
}

const fontReads = (reads: string[]) => reads.filter((r) => r.startsWith('fonts/')).map((r) => r.slice('fonts/'.length));
const post = (id: string) => {
  const s = WORLD_SPECIMENS.find((w) => w.id === id)!;
  return TEMPLATES.post.schema.parse({ ...(TEMPLATES.post.example as object), text: s.text, ...(s.locale ? { locale: s.locale } : {}) });
};

describe('fonts and emoji loaded on first use (the Worker)', () => {
  it('draws the seed post as the Node service does, reading only the faces and emoji it uses', async () => {
    const { lazy, reads } = await edgeRenderer();
    const payload = parsed('post');
    const svg = (await lazy.render({ kind: 'post', payload, format: 'svg' })).body;
    const eager = (await (await renderer()).render({ kind: 'post', payload, format: 'svg' })).body;
    expect(Buffer.from(svg).equals(Buffer.from(eager))).toBe(true);
    const faces = fontReads(reads);
    expect(faces).toContain('NotoSans-Bold.ttf');
    expect(faces.length).toBeLessThan(6); // of 35 resident faces and 123 CJK slices
    expect(new Set(faces).size).toBe(faces.length); // each read once
    expect(reads.filter((r) => r.startsWith('emoji/'))).toEqual(expect.arrayContaining(['emoji/1f525.svg', 'emoji/1f44a.svg', 'emoji/1f499.svg']));
    // A second card with the same faces and emoji reads nothing more.
    const before = reads.length;
    await lazy.render({ kind: 'post', payload, format: 'svg' });
    expect(reads.length).toBe(before);
  });

  it('a right-to-left card reads its script’s faces and no other script’s, and matches the Node service', async () => {
    const { lazy, reads } = await edgeRenderer();
    const payload = post('arabic');
    const svg = (await lazy.render({ kind: 'post', payload, format: 'svg' })).body;
    expect(Buffer.from(svg).equals(Buffer.from((await (await renderer()).render({ kind: 'post', payload, format: 'svg' })).body))).toBe(true);
    const faces = fontReads(reads);
    expect(faces).toEqual(expect.arrayContaining(['NotoSansArabic-Regular.ttf']));
    expect(faces.filter((f) => /Hebrew|Thai|Devanagari|Bengali|Serif|Mono|cjk\//.test(f))).toEqual([]);
    expect(faces.length).toBeLessThan(9);
  });

  it('a Japanese card reads only the Japanese slices its text needs, and matches the Node service', async () => {
    const { lazy, reads } = await edgeRenderer();
    const payload = post('japanese');
    const svg = (await lazy.render({ kind: 'post', payload, format: 'svg' })).body;
    expect(Buffer.from(svg).equals(Buffer.from((await (await renderer()).render({ kind: 'post', payload, format: 'svg' })).body))).toBe(true);
    const slices = fontReads(reads).filter((f) => f.startsWith('cjk/'));
    expect(slices.length).toBeGreaterThan(0);
    expect(slices.every((f) => f.startsWith('cjk/NotoSansCJKJP-'))).toBe(true);
    expect(slices.length).toBeLessThan(FONT_FILES.filter((f) => f.file.startsWith('cjk/NotoSansCJKJP-')).length / 2);
  });

  it('draws the emoji satori itself asks for (🀄 beside 🅰 🅱), fetching their pictures first, as the eager assets do', async () => {
    const { lazy, reads } = await edgeRenderer();
    const payload = parsed('post', { text: 'Allez 🀄 🅰 🅱', locale: 'en' });
    const svg = (await lazy.render({ kind: 'post', payload, format: 'svg' })).body;
    const eager = (await (await renderer()).render({ kind: 'post', payload, format: 'svg' })).body;
    expect(Buffer.from(svg).equals(Buffer.from(eager))).toBe(true);
    expect(reads).toEqual(expect.arrayContaining(['emoji/1f004.svg']));
  });

  it('an emoji set answers which pictures exist before any is fetched', () => {
    const { reads, read } = countingReader();
    const set = lazyTwemoji(read, '1f525 1f44a');
    expect([set.has('1f525'), set.has('1f600')]).toEqual([true, false]);
    expect(set.get('1f600')).toBeUndefined();
    expect(() => set.get(emojiKeys('🔥')[0]!)).toThrow('emoji 1f525 is not loaded yet');
    expect(reads).toEqual([]);
  });
});

describe('the font store keeps CJK slices within its budget', () => {
  const slices = FONT_FILES.filter((f) => f.slice).slice(0, 4);
  const source = () => {
    const reads: string[] = [];
    return { reads, load: async (file: string) => (reads.push(file), new Uint8Array(1000)) };
  };

  it('drops the least recently used slices past the budget, and reads a dropped one again when asked', async () => {
    const src = source();
    const dropped: FontFile[] = [];
    const store = createFontStore({ source: src, cjkBudgetBytes: 2500 });
    store.onDrop((f) => dropped.push(f));
    await store.load([slices[0]!, slices[1]!]);
    await store.load([slices[0]!]); // used again: now the most recent
    await store.load([slices[2]!]);
    expect(dropped).toEqual([slices[1]]);
    expect(store.sliceBytes()).toBeLessThanOrEqual(2500);
    expect(store.get(slices[1]!)).toBeUndefined();
    await store.load([slices[1]!]);
    expect(src.reads.filter((f) => f === slices[1]!.file)).toHaveLength(2);
  });

  it('never drops a slice a render in flight holds, and keeps to the budget once it is done', async () => {
    const store = createFontStore({ source: source(), cjkBudgetBytes: 1500 });
    const first = store.lease();
    await store.load([slices[0]!, slices[1]!], first);
    const second = store.lease();
    await store.load([slices[2]!], second);
    // over budget, but every slice is held by a render drawing with it
    for (const f of slices.slice(0, 3)) expect(store.get(f)).toBeDefined();
    first.release();
    expect(store.get(slices[0]!)).toBeUndefined();
    expect(store.get(slices[2]!)).toBeDefined();
    second.release();
    expect(store.sliceBytes()).toBeLessThanOrEqual(1500);
  });

  it('keeps resident faces whatever the budget', async () => {
    const store = createFontStore({ source: source(), cjkBudgetBytes: 0 });
    const sans = FONT_FILES.find((f) => f.family === 'sans')!;
    await store.load([sans, slices[0]!]);
    expect(store.get(sans)).toBeDefined();
    expect(store.get(slices[0]!)).toBeUndefined();
  });
});
