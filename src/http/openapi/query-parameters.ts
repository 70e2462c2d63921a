/**
 * The GET form of a payload (src/http/query-form.ts) as OpenAPI query parameters, generated from the kind's
 * JSON Schema:
 *
 * - every field at a fixed path is one parameter named by its dotted path (`home.name`, `theme.background`),
 *   with the field's own schema; it is required when it and every object above it are required;
 * - the fields inside a list have no fixed names (`events.0.minute`, `events.1.minute`…), so each list is one
 *   `style: form, explode: true` object parameter whose property names are those keys, matched by
 *   `patternProperties` (OpenAPI's way to say "each property of this object is its own query parameter").
 *
 * `sig` is not listed: it is the signedUrl security scheme.
 */
/** The parts of a JSON Schema this walk reads; the rest is carried along as it is. */
export interface Schema {
  type?: string | string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  maxItems?: number;
  description?: string;
  [keyword: string]: unknown;
}
export interface Parameter {
  name: string;
  in: 'query';
  required: boolean;
  description?: string;
  style?: 'form';
  explode?: boolean;
  schema: Schema;
  example?: unknown;
}

/** A list index in a key, as the server reads it (KEY_SEGMENT in src/http/query-form.ts: 0 to 9999, no leading zeros). */
const INDEX_PATTERN = '(0|[1-9][0-9]{0,3})';
const INDEX = Symbol('index');
type Segment = string | typeof INDEX;

interface Leaf {
  segments: Segment[];
  schema: Schema;
  /** Required from the payload's root, or, for a field of a list item, within its item. */
  required: boolean;
  /** The outermost list this field sits in, with its item limit. */
  list?: { name: string; maxItems?: number };
}

const isObject = (s: Schema) => s.type === 'object' || s.properties !== undefined;
const isArray = (s: Schema) => s.type === 'array';

function leaves(node: Schema, segments: Segment[], required: boolean, out: Leaf[], list?: Leaf['list']): Leaf[] {
  const branches = node.anyOf ?? node.oneOf;
  if (branches) {
    // `theme`: `light`, `dark` (a value at this key) or brand colours (keys below it): both forms are listed,
    // neither as required on its own.
    const scalars = branches.filter((b) => !isObject(b) && !isArray(b));
    const alone = scalars.length === branches.length;
    if (scalars.length) {
      const { anyOf: _a, oneOf: _o, ...annotations } = node;
      const schema: Schema = scalars.length === 1 ? { ...scalars[0]!, ...annotations } : { ...annotations, anyOf: scalars };
      out.push({ segments, schema, required: required && alone, ...(list ? { list } : {}) });
    }
    for (const b of branches.filter((b) => isObject(b) || isArray(b))) leaves(b, segments, false, out, list);
    return out;
  }
  if (isObject(node) && node.properties) {
    const needed = new Set(node.required ?? []);
    for (const [name, child] of Object.entries(node.properties)) leaves(child, [...segments, name], required && needed.has(name), out, list);
    return out;
  }
  if (isArray(node) && node.items) {
    const inner = list ?? { name: segments.filter((s) => s !== INDEX).join('.'), ...(node.maxItems !== undefined ? { maxItems: node.maxItems } : {}) };
    // The list itself may be left out or empty; the fields of each item are required (within their item) as its
    // schema says, also in a list inside a list item.
    // (A list of plain values has no fields: its items are not "needed".)
    return leaves(node.items, [...segments, INDEX], isObject(node.items), out, inner);
  }
  out.push({ segments, schema: node, required, ...(list ? { list } : {}) });
  return out;
}

const keyOf = (segments: Segment[]) => segments.map((s) => (s === INDEX ? '{n}' : s)).join('.');
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patternOf = (segments: Segment[]) => `^${segments.map((s) => (s === INDEX ? INDEX_PATTERN : escapeRegex(s))).join('\\.')}$`;

/** The value at a dotted path of an example payload, or undefined. */
function valueAt(example: unknown, segments: string[]): unknown {
  let node = example;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[s];
  }
  return node;
}

/** Every scalar of an example under a list, keyed as in the query (`events.0.minute`). */
function flatten(value: unknown, path: string, out: Record<string, unknown> = {}): Record<string, unknown> {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${path}.${i}`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, `${path}.${k}`, out);
  else if (value !== undefined) out[path] = value;
  return out;
}

export function queryParameters(schema: Schema, example?: unknown): Parameter[] {
  const all = leaves(schema, [], true, []);
  const params: Parameter[] = [];
  for (const leaf of all.filter((l) => !l.list)) {
    const name = keyOf(leaf.segments);
    const { description, ...rest } = leaf.schema;
    const value = valueAt(example, leaf.segments as string[]);
    params.push({
      name,
      in: 'query',
      required: leaf.required,
      ...(description ? { description } : {}),
      schema: rest,
      ...(value !== undefined && typeof value !== 'object' ? { example: value } : {}),
    });
  }
  const lists = new Map<string, Leaf[]>();
  for (const leaf of all.filter((l) => l.list)) lists.set(leaf.list!.name, [...(lists.get(leaf.list!.name) ?? []), leaf]);
  for (const [name, fields] of lists) {
    const max = fields[0]!.list!.maxItems;
    const keys = fields.map((f) => `\`${keyOf(f.segments)}\``).join(', ');
    const needed = fields.filter((f) => f.required).map((f) => `\`${keyOf(f.segments)}\``);
    const sample = flatten(valueAt(example, name.split('.')), name);
    params.push({
      name,
      in: 'query',
      required: false,
      style: 'form',
      explode: true,
      description:
        `The items of the list \`${name}\`, one query parameter per field: ${keys}, with {n} = 0, 1, 2… without gaps` +
        `${max !== undefined ? ` (at most ${max} items)` : ''}.${needed.length ? ` Each item needs ${needed.join(', ')}.` : ''}`,
      schema: {
        type: 'object',
        patternProperties: Object.fromEntries(fields.map((f) => [patternOf(f.segments), f.schema])),
        additionalProperties: false,
      },
      ...(Object.keys(sample).length ? { example: sample } : {}),
    });
  }
  return params;
}
