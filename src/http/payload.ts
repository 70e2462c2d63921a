import { z } from 'zod';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { MAX_STYLE_CHANGES } from '../../templates/shared/limits.ts';
import { IMAGE_FIELDS, type CommonOptions } from '../../templates/shared/schema.ts';
import { CardError, type FieldIssue } from '../errors.ts';
import { dataImageProblem } from '../image/data-uri.ts';
import { DEFAULT_IMAGE_LIMITS, type ImageLimits } from '../image/limits.ts';
import { uncoveredMessage, type Coverage } from '../text/coverage.ts';
import { styleChanges } from '../text/style-changes.ts';
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

/** "a string", "an object": the names a message gives JSON types, with their article. */
const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/**
 * Messages for the rules a schema states without a message of its own (types, enums, lengths), in the
 * words of the rest of the API ("must be one of live, half-time"), instead of zod's defaults ("Invalid
 * option: expected one of \"live\"|\"half-time\""). A schema's own message always wins over these.
 */
const wording: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${String(issue.values[0])}` : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_big':
    case 'too_small': {
      const bound = `${issue.code === 'too_big' ? 'at most' : 'at least'} ${issue.code === 'too_big' ? issue.maximum : issue.minimum}`;
      if (issue.origin === 'string') return issue.code === 'too_small' && issue.minimum === 1 ? 'must not be empty' : `must be ${bound} characters`;
      if (issue.origin === 'array') return `must have ${bound} items`;
      return `must be ${bound}`;
    }
    case 'invalid_union':
      return 'matches none of the forms this field accepts';
    default:
      return undefined;
  }
};

/** The value a client sent at `path`, to tell a missing field from a mistyped one. */
function sentAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) v = v !== null && typeof v === 'object' && Object.hasOwn(v, key) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function issuesOf(error: z.ZodError, input: unknown): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const i of error.issues) {
    const path = i.path.map(String).join('.');
    const issue =
      i.code === 'unrecognized_keys'
        ? { path: i.keys.map((k) => (path ? `${path}.${k}` : k)).join(', '), message: 'is not a field of this card' }
        : i.code === 'invalid_type' && sentAt(input, i.path) === undefined
          ? { path, message: 'is required' }
          : { path, message: i.message };
    // Two rules can say the same thing about one field (a length cap checked by a field and by its inner
    // schema): the client needs to read it once.
    if (!out.some((o) => o.path === issue.path && o.message === issue.message)) out.push(issue);
  }
  return out;
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
  const parsed = TEMPLATES[kind].schema.safeParse(input, { error: wording });
  if (!parsed.success) {
    const issues = issuesOf(parsed.error, input);
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
  // Alternating styles are paid for per run, not per letter: bound them per card (MAX_STYLE_CHANGES).
  const styled = strings(parsed.data, '')
    .map(([path, text]) => ({ path, changes: styleChanges(text) }))
    .filter((f) => f.changes > 0);
  const total = styled.reduce((n, f) => n + f.changes, 0);
  if (total > MAX_STYLE_CHANGES) {
    const issues = styled.map((f) => ({
      path: f.path,
      message: `changes style ${f.changes} times (${total} in the whole card); a card may change style at most ${MAX_STYLE_CHANGES} times`,
    }));
    throw new CardError(400, code, `invalid ${kind} card: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`, issues);
  }
  const images = imageLimits ? imageIssues(parsed.data, imageLimits) : [];
  if (images.length) throw new CardError(400, code, `invalid ${kind} card: ${images.map((i) => `${i.path} ${i.message}`).join('; ')}`, images);
  return parsed.data;
}

/** The payload a GET query string describes, typed by the kind's JSON Schema. */
export function payloadFromQuery(kind: CardKind, pairs: Iterable<[string, string]>): unknown {
  return readQuery(pairs, jsonSchemaOf(kind));
}
