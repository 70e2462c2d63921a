import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawnImages } from '../../src/image/prepare.ts';
import { KINDS, TEMPLATES, type CardKind } from '../../templates/index.ts';
import type { CommonOptions } from '../../templates/shared/schema.ts';
import { contextFor } from '../helpers.ts';
import { body, IMAGE_PATHS } from '../fuzz/arbitraries.ts';
import { dataUri, realImage } from '../fixtures/images.ts';

const image = dataUri('image/png', await realImage('png', 40, 30));

function withImages(kind: CardKind, input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const copy = structuredClone(input) as Record<string, unknown>;
  for (const path of IMAGE_PATHS[kind]) {
    let node = copy;
    for (const k of path.slice(0, -1)) {
      if (node[k] === null || typeof node[k] !== 'object') node[k] = {};
      node = node[k] as Record<string, unknown>;
    }
    node[path.at(-1)!] = image;
  }
  return copy;
}

async function boxes(kind: CardKind, payload: CommonOptions) {
  return drawnImages(TEMPLATES[kind].view(payload, await contextFor(payload))).map(({ width, height, fit }) => ({ width, height, fit }));
}

/**
 * src/image/prepare.ts reads image boxes once per card shape (kind, size, image fields): this is the rule it
 * relies on, for every kind, present or future.
 */
describe('image boxes depend on the kind, the size and the field, never on the text', () => {
  it('property: any valid payload draws its images in the boxes the example draws them in, at the same size', async () => {
    const reference = new Map<string, Awaited<ReturnType<typeof boxes>>>();
    for (const kind of KINDS) {
      for (const size of ['og', 'x', 'square', 'story'] as const) {
        reference.set(`${kind}|${size}`, await boxes(kind, TEMPLATES[kind].schema.parse(withImages(kind, { ...(TEMPLATES[kind].example as object), size }))));
      }
    }
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...KINDS).chain((k) => body(k).map((b) => [k, b] as const)), async ([kind, input]) => {
        const parsed = TEMPLATES[kind].schema.safeParse(withImages(kind, input));
        if (!parsed.success) return;
        valid++;
        expect(await boxes(kind, parsed.data)).toEqual(reference.get(`${kind}|${parsed.data.size}`));
      }),
      { numRuns: 400, seed: 10 },
    );
    expect(valid).toBeGreaterThan(60); // enough generated payloads were valid cards for the property to mean something
  });
});
