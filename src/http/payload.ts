import { z } from 'zod';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { IMAGE_FIELDS, type CommonOptions } from '../../templates/shared/schema.ts';
import { CardError, type FieldIssue } from '../errors.ts';
import { dataImageProblem } from '../image/data-uri.ts';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from '../image/limits.ts';
import { uncoveredMessage, type Coverage } from '../text/coverage.ts';
import { readQuery } from './query.ts';

/** Validation of payloads against a kind's zod schema, with one issue per bad field. */

const jsonSchemas = new Map<CardKind, Record<string, unknown>>();

/** The kind's JSON Schema, derived from its zod schema (input side: what a client sends). */
export function jsonSchemaOf(kind: CardKind): Record<string, unknown> {
  let s = jsonSchemas.get(kind);
  if (!s) {
    s = z.toJSONSchema(TEMPLATES[kind].schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    jsonSchemas.set(kind, s);
  }
  return s;
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys') {
      return { path: i.keys.map((k) => (path ? `${path}.${k}` : k)).join(', '), message: 'is not a field of this card' };
    }
    if (i.code === 'invalid_type') {
      return { path, message: /received undefined/.test(i.message) ? 'is required' : `must be ${i.expected === 'int' ? 'a whole number' : `a ${i.expected}`}` };
    }
    return { path, message: i.message };
  });
}

/** Every string of a validated payload with its dotted path. */
function strings(value: unknown, path: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, path ? `${path}.${i}` : String(i), out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

/**
 * Image fields over the service's own image limits (CARD_MAX_IMAGE_*). The schema holds every image to the
 * built-in ceiling (src/image/limits.ts); a service configured lower is checked here.
 */
function imageIssues(payload: unknown, limits: ImageLimits): FieldIssue[] {
  if (limits.maxPixels >= DEFAULT_IMAGE_LIMITS.maxPixels && limits.maxSide >= DEFAULT_IMAGE_LIMITS.maxSide) return [];
  return strings(payload, '')
    .filter(([path, value]) => IMAGE_FIELDS.has(path.slice(path.lastIndexOf('.') + 1)) && value.startsWith('data:'))
    .flatMap(([path, value]) => {
      const problem = dataImageProblem(value, limits);
      return problem ? [{ path, message: problem }] : [];
    });
}

export function validate(
  kind: CardKind,
  input: unknown,
  code: 'invalid_payload' | 'invalid_query' = 'invalid_payload',
  coverage?: Coverage,
  imageLimits?: ImageLimits,
): CommonOptions {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new CardError(400, code, 'the payload must be a JSON object', [{ path: '', message: 'must be an object' }]);
  }
  const parsed = TEMPLATES[kind].schema.safeParse(input);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    const list = issues.map((i) => `${i.path || '(payload)'} ${i.message}`).join('; ');
    throw new CardError(400, code, `invalid ${kind} card: ${list}`, issues);
  }
  if (coverage) {
    // A character no bundled font has would be an empty box on the card: refuse it, naming field and characters.
    const issues = strings(parsed.data, '')
      .map(([path, text]) => ({ path, chars: coverage.uncovered(text) }))
      .filter((f) => f.chars.length > 0)
      .map((f) => ({ path: f.path, message: uncoveredMessage(f.chars) }));
    if (issues.length) {
      throw new CardError(400, code, `invalid ${kind} card: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
    }
  }
  const images = imageLimits ? imageIssues(parsed.data, imageLimits) : [];
  if (images.length) throw new CardError(400, code, `invalid ${kind} card: ${images.map((i) => `${i.path} ${i.message}`).join('; ')}`, images);
  return parsed.data;
}

/** The payload a GET query string describes, typed by the kind's JSON Schema. */
export function payloadFromQuery(kind: CardKind, pairs: Iterable<[string, string]>): unknown {
  return readQuery(pairs, jsonSchemaOf(kind));
}
