/**
 * `npm run openapi:types`: rewrites docs/openapi/card-api.d.ts, the TypeScript types of the API generated from
 * its OpenAPI document (see scripts/lib/openapi-types.ts). Run it after changing a route, a kind or a schema.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateTypes, TYPES_FILE } from './lib/openapi-types.ts';

const text = await generateTypes();
writeFileSync(TYPES_FILE, text);
console.log(`wrote ${relative(process.cwd(), TYPES_FILE)} (${Math.round(text.length / 1024)} KB)`);
