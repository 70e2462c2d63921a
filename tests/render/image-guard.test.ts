import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../templates/index.ts';
import type { CommonOptions } from '../../templates/shared/schema.ts';
import { example, renderer } from '../helpers.ts';
import { dataUri, greyPng, realImage } from '../fixtures/images.ts';

/** A payload in the schema's output form that skipped validation (as a caller that bypasses it would send). */
const unchecked = (avatar: string) => ({ ...(TEMPLATES.quote.schema.parse(example('quote')) as object), avatar }) as unknown as CommonOptions;

describe('the render core checks every image it is about to draw', () => {
  it('refuses an image over the built-in limits or broken, even when validation was skipped', async () => {
    const r = await renderer();
    // 8193×1: over the side limit, yet tiny to decode: without the check, the card would simply render
    await expect(r.render({ kind: 'quote', payload: unchecked(dataUri('image/png', greyPng(8193, 1))), format: 'png' })).rejects.toThrow(
      /not drawn: an image of the card is 8193×1 pixels/,
    );
    await expect(r.render({ kind: 'quote', payload: unchecked('data:image/png;base64,!!!!'), format: 'svg' })).rejects.toThrow(/must be valid base64/);
    const ok = await r.render({ kind: 'quote', payload: unchecked(dataUri('image/png', await realImage('png', 64, 64))), format: 'png' });
    expect(ok.width).toBe(1200);
  });
});
