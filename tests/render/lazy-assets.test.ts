import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS_DIR } from '../../src/adapter/node/assets.ts';
import { resvgRasterizer } from '../../src/adapter/node/resvg.ts';
import { lazyFonts, lazyTwemoji } from '../../src/adapter/workers/assets.ts';
import { createRenderer } from '../../src/render/pipeline.ts';
import { emojiKeys } from '../../src/text/emoji.ts';
import { parsed, renderer } from '../helpers.ts';

/**
 * The Worker's assets (src/adapter/workers/assets.ts) fetched on first use, here from disk through the same
 * reader interface the ASSETS binding serves: a card reads only the faces and emoji it draws, and the
 * pictures are the same as with everything loaded up front.
 */
const twemojiDir = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));

function countingReader() {
  const reads: string[] = [];
  return {
    reads,
    read: async (path: string) => {
      reads.push(path);
      const [folder, file] = path.split('/') as [string, string];
      return new Uint8Array(readFileSync(join(folder === 'fonts' ? FONTS_DIR : twemojiDir, file)));
    },
  };
}

describe('fonts and emoji loaded on first use (the Worker)', () => {
  it('draws the seed post as the eager Node assets do, reading only the faces and emoji it uses', async () => {
    const { reads, read } = countingReader();
    const keys = readdirSync(twemojiDir).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)).join(' ');
    const lazy = await createRenderer({ fonts: lazyFonts(read), emoji: lazyTwemoji(read, keys), rasterizer: resvgRasterizer });
    const payload = parsed('post');
    const svg = (await lazy.render({ kind: 'post', payload, format: 'svg' })).body;
    const eager = (await (await renderer()).render({ kind: 'post', payload, format: 'svg' })).body;
    expect(Buffer.from(svg).equals(Buffer.from(eager))).toBe(true);
    const fonts = reads.filter((r) => r.startsWith('fonts/'));
    expect(fonts).toContain('fonts/NotoSans-Bold.ttf');
    expect(fonts.length).toBeLessThan(6); // of 13 faces
    expect(new Set(fonts).size).toBe(fonts.length); // each read once
    expect(reads.filter((r) => r.startsWith('emoji/'))).toEqual(expect.arrayContaining(['emoji/1f525.svg', 'emoji/1f44a.svg', 'emoji/1f499.svg']));
    // A second card with the same faces and emoji reads nothing more.
    const before = reads.length;
    await lazy.render({ kind: 'post', payload, format: 'svg' });
    expect(reads.length).toBe(before);
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
