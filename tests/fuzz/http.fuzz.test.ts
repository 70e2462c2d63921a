import fc from 'fast-check';
import { describe, it } from 'vitest';
import { testApp } from '../helpers.ts';
import { imageRequest, request } from './arbitraries.ts';
import { checkRequest } from './check.ts';

/** A few hundred inputs here (npm test); `npm run fuzz` runs 10,000. */
describe('fuzzing the HTTP API: never a 5xx, always a JSON error or an image', () => {
  it('random GET queries and POST bodies for every kind', async () => {
    const app = await testApp();
    await fc.assert(fc.asyncProperty(request, async (r) => void (await checkRequest(app, r))), { numRuns: 300, seed: 5 });
  }, 180_000);

  it('hostile image bytes in avatar and crest fields: declared sizes up to bombs, truncations, wrong types, mangled base64', async () => {
    const app = await testApp();
    await fc.assert(fc.asyncProperty(imageRequest, async (r) => void (await checkRequest(app, r))), { numRuns: 200, seed: 10 });
  }, 180_000);
});
