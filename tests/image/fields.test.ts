import { describe, expect, it } from 'vitest';
import { jsonSchemaOf } from '../../src/http/payload.ts';
import { KINDS } from '../../templates/index.ts';
import { MAX_IMAGE_DATA_URI_CHARS } from '../../templates/shared/limits.ts';
import { IMAGE_FIELDS } from '../../templates/shared/schema.ts';

/** Keys of every property, at any depth, whose JSON Schema is an image reference (a string of the image length cap). */
function imageKeys(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => imageKeys(s, out));
  else if (schema !== null && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'properties' && v && typeof v === 'object') {
        for (const [name, prop] of Object.entries(v)) if ((prop as { maxLength?: number }).maxLength === MAX_IMAGE_DATA_URI_CHARS) out.add(name);
      }
      imageKeys(v, out);
    }
  }
  return out;
}

describe('image fields', () => {
  it('every field of every kind that takes an image is named in IMAGE_FIELDS (remote fetch, limits and resizing go by these names)', () => {
    const found = new Set(KINDS.flatMap((k) => [...imageKeys(jsonSchemaOf(k))]));
    expect(found.size).toBeGreaterThan(0);
    for (const key of found) expect(IMAGE_FIELDS.has(key), `${key} takes an image but is not in IMAGE_FIELDS`).toBe(true);
  });
});
