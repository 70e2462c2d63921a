import { CardError } from '../errors.ts';
import { coerce, nestPairs, toQuery, type JsonSchema, type QueryIssue } from './query-form.ts';
import { formDecode } from './utf8.ts';

/** The server's reading of the dotted GET form (src/http/query-form.ts): any issue is a 400 invalid_query. */
export { toQuery };

function refuse(issues: QueryIssue[], message = 'the query string does not describe a payload'): void {
  if (issues.length) throw new CardError(400, 'invalid_query', message, issues);
}

/** At most this many characters of a raw parameter name are echoed back in an error. */
const ECHO_CHARS = 60;

/**
 * The name/value pairs of a URL's query (`url.search`), decoded as URLSearchParams does but refusing
 * percent-escapes that are not UTF-8 (`%FF`, overlong `%C0%AF`, surrogate `%ED%A0%80`) with a 400 naming
 * the parameter, where URLSearchParams would silently turn them into "�".
 */
export function queryPairs(search: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const issues: QueryIssue[] = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const key = formDecode(rawKey);
    const value = formDecode(eq < 0 ? '' : part.slice(eq + 1));
    if (key === undefined) issues.push({ path: rawKey.slice(0, ECHO_CHARS), message: 'is not a valid parameter name: its percent-escapes are not UTF-8' });
    else if (value === undefined) issues.push({ path: key, message: 'is not valid UTF-8: percent-encode the UTF-8 bytes of the text' });
    else pairs.push([key, value]);
  }
  refuse(issues, `the query string is not valid UTF-8 (${issues.map((i) => i.path).join(', ')})`);
  return pairs;
}

/** The query's payload as a typed JSON value, or a 400 naming every malformed key. */
export function readQuery(pairs: Iterable<[string, string]>, schema: JsonSchema): unknown {
  const issues: QueryIssue[] = [];
  const nested = nestPairs(pairs, issues);
  refuse(issues);
  const typed = coerce(nested, schema, issues);
  refuse(issues);
  return typed;
}
