import { describe, expect, it } from 'vitest';
import { matchesIfNoneMatch } from './etag.ts';

describe('If-None-Match (RFC 9110 §13.1.2)', () => {
  const etag = '"abc"';
  it('matches the tag among a list, weakly, with or without spaces and empty elements', () => {
    expect(matchesIfNoneMatch('"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x",W/"abc" ,', etag)).toBe(true);
    expect(matchesIfNoneMatch(', ,"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('  *  ', etag)).toBe(true);
  });

  it('does not match other tags, a tag split by a comma inside quotes, or a malformed field', () => {
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
    expect(matchesIfNoneMatch('', etag)).toBe(false);
    expect(matchesIfNoneMatch('"abcd"', etag)).toBe(false);
    expect(matchesIfNoneMatch('abc', etag)).toBe(false); // unquoted
    // one tag `"x,"` followed by garbage: the naive split on commas read `"abc"` out of it
    expect(matchesIfNoneMatch('"x,"abc"', etag)).toBe(false);
    expect(matchesIfNoneMatch('*, "abc"', etag)).toBe(false);
    expect(matchesIfNoneMatch('w/"abc"', etag)).toBe(false); // the weak prefix is case-sensitive
  });
});
