import { describe, expect, it } from 'vitest';
import { configSchema } from '../src/adapter/node/config.ts';

describe('image limit settings', () => {
  it('default to the built-in limits and may lower them, never raise them; validated at boot', () => {
    expect(configSchema.parse({})).toMatchObject({ CARD_MAX_IMAGE_PIXELS: 16_777_216, CARD_MAX_IMAGE_SIDE: 8192 });
    expect(configSchema.parse({ CARD_MAX_IMAGE_PIXELS: '1000000', CARD_MAX_IMAGE_SIDE: '2048' })).toMatchObject({ CARD_MAX_IMAGE_PIXELS: 1_000_000, CARD_MAX_IMAGE_SIDE: 2048 });
    for (const env of [{ CARD_MAX_IMAGE_PIXELS: '16777217' }, { CARD_MAX_IMAGE_SIDE: '8193' }, { CARD_MAX_IMAGE_PIXELS: 'lots' }, { CARD_MAX_IMAGE_SIDE: '0' }]) {
      const r = configSchema.safeParse(env);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(Object.keys(env));
    }
  });
});
