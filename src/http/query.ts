import { CardError } from '../errors.ts';
import { coerce, nestPairs, toQuery, type JsonSchema, type QueryIssue } from './query-form.ts';

/** The server's reading of the dotted GET form (src/http/query-form.ts): any issue is a 400 invalid_query. */
export { toQuery };

function refuse(issues: QueryIssue[]): void {
  if (issues.length) throw new CardError(400, 'invalid_query', 'the query string does not describe a payload', issues);
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
