/**
 * The GET form of a payload: nested fields as dotted keys (`home.name=OM`) and list items by index
 * (`events.0.player=Mbemba`). `toQuery` and `nestPairs` + `coerce` are inverses; types are restored from
 * the kind's JSON Schema (numbers, booleans, lists), so every payload POST accepts has one readable GET URL.
 *
 * No imports and no Node APIs: the server reads queries with it (src/http/query.ts turns the issues into
 * a 400), and the editor page imports the same code, transpiled, as /editor/query-form.js.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
}
export interface QueryIssue {
  path: string;
  message: string;
}

/** Query keys are dotted paths of at most this depth: the deepest payload field is `events.0.player` (3). */
const MAX_KEY_DEPTH = 4;
const KEY_SEGMENT = /^(?:[A-Za-z][A-Za-z0-9_]*|0|[1-9][0-9]{0,3})$/;

export function toQuery(value: unknown): string {
  const pairs: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${path}.${i}`));
    else if (typeof v === 'object') for (const [k, child] of Object.entries(v)) walk(child, path ? `${path}.${k}` : k);
    else pairs.push(`${encodeURIComponent(path)}=${encodeURIComponent(String(v))}`);
  };
  walk(value, '');
  return pairs.join('&');
}

/** Nested object of strings from query pairs. Bad keys, duplicates and clashes are reported and skipped. */
export function nestPairs(pairs: Iterable<[string, string]>, issues: QueryIssue[]): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null);
  for (const [key, value] of pairs) {
    const segments = key.split('.');
    if (segments.length > MAX_KEY_DEPTH || !segments.every((s) => KEY_SEGMENT.test(s))) {
      issues.push({ path: key, message: 'is not a valid field key (use dotted names such as home.name or events.0.player)' });
      continue;
    }
    let node = root;
    for (let i = 0; i < segments.length - 1; i++) {
      const seg = segments[i]!;
      const next = node[seg];
      if (next === undefined) node = node[seg] = Object.create(null) as Record<string, unknown>;
      else if (typeof next === 'object') node = next as Record<string, unknown>;
      else {
        issues.push({ path: key, message: `conflicts with ${segments.slice(0, i + 1).join('.')}, which is a single value` });
        node = Object.create(null);
      }
    }
    const last = segments[segments.length - 1]!;
    if (last in node) issues.push({ path: key, message: typeof node[last] === 'object' ? 'conflicts with nested fields of the same name' : 'is given more than once' });
    else node[last] = value;
  }
  return root;
}

function types(schema: JsonSchema): string[] {
  const own = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap(types);
  return [...own, ...branches];
}

/**
 * Restores JSON types in a nested string object, guided by the JSON Schema; leaves anything else to the
 * validator. List items numbered with gaps are reported, and kept in order.
 */
export function coerce(value: unknown, schema: JsonSchema | undefined, issues: QueryIssue[], path = ''): Json {
  if (schema === undefined) return value as Json;
  const branches = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  const t = types(schema);
  if (typeof value === 'string') {
    if ((t.includes('number') || t.includes('integer')) && /^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
    if (t.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
    if (t.includes('boolean') && (value === '1' || value === '0')) return value === '1';
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const arrayBranch = branches.find((b) => b.type === 'array');
    if (arrayBranch) {
      const keys = Object.keys(obj);
      const indexes = keys.map(Number).sort((a, b) => a - b);
      if (!indexes.every((n, i) => n === i)) {
        issues.push({ path, message: `list items must be numbered 0, 1, 2… without gaps (got ${keys.join(', ')})` });
      }
      return indexes.map((i) => coerce(obj[String(i)], arrayBranch.items, issues, `${path}.${i}`.replace(/^\./, '')));
    }
    const objectBranch = branches.find((b) => b.properties !== undefined);
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = coerce(v, objectBranch?.properties?.[k], issues, path ? `${path}.${k}` : k);
    return out;
  }
  return value as Json;
}
