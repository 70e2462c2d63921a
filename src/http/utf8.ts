/**
 * Strict UTF-8 for what clients send. The platform decoders replace invalid bytes with U+FFFD, so `\xff`
 * in a body or `%FF`, an overlong `%C0%AF` or a surrogate `%ED%A0%80` in a query would be drawn as "�" on a
 * card with a 200. Here they are found and refused instead (the caller answers 400 naming the field).
 * Web-standard APIs only (TextDecoder with `fatal`), so this runs on edge runtimes too.
 */
const lossy = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** The text of `bytes`, or undefined when they are not well-formed UTF-8. A leading BOM is dropped unless `keepBOM`. */
export function decodeUtf8(bytes: Uint8Array, keepBOM = false): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepBOM }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Offset of the first byte of the first sequence that is not UTF-8, found by bisection with the platform
 * decoder: a prefix that decodes in streaming mode (an unfinished last sequence is allowed) stays valid
 * when shortened. Only called on bodies already known to be invalid.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const decodes = (n: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length + 1;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (decodes(mid, true)) good = mid;
    else bad = mid;
  }
  // The first `good` bytes end inside a sequence (`caf\xE9"`: the lead byte E9 announces two more bytes and
  // the quote breaks it): the bad sequence starts at that lead byte, not at the byte that broke it.
  if (good > 0 && !decodes(good, false)) {
    let start = good - 1;
    while (start > 0 && good - start < 4 && (bytes[start]! & 0xc0) === 0x80) start--;
    return start;
  }
  return Math.min(good, bytes.length);
}

/** Where in a JSON document an offset falls: the dotted path of the string (value or key) around it, if any. */
export function jsonPathAt(bytes: Uint8Array, offset: number): string | undefined {
  // A marker made of noncharacters, spliced in at the offset; the document is then parsed as a lossy decoder sees it.
  const MARK = '\uFDD0\uFDEF';
  const before = lossy.decode(bytes.subarray(0, offset));
  const after = lossy.decode(bytes.subarray(offset));
  if (before.includes(MARK) || after.includes(MARK)) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(before + MARK + after);
  } catch {
    return undefined; // the bad bytes are outside any string: the body is simply not JSON
  }
  const find = (value: unknown, path: string): string | undefined => {
    if (typeof value === 'string') return value.includes(MARK) ? path : undefined;
    if (value === null || typeof value !== 'object') return undefined;
    for (const [k, v] of Object.entries(value)) {
      const child = path ? `${path}.${k}` : k;
      if (k.includes(MARK)) return child.replaceAll(MARK, '');
      const found = find(v, child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return find(doc, '');
}

const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/**
 * application/x-www-form-urlencoded decoding of one name or value, as URLSearchParams does it (`+` is a
 * space, a `%` not followed by two hex digits stays as it is), except that the bytes must be UTF-8:
 * undefined when they are not.
 */
export function formDecode(raw: string): string | undefined {
  const s = raw.includes('+') ? raw.replaceAll('+', ' ') : raw;
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s); // the common case: valid escapes of valid UTF-8 (it rejects overlongs and surrogates too)
  } catch {
    // a stray `%` kept literally, or bytes that are not UTF-8: decide byte by byte
  }
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const pair = s.slice(i + 1, i + 3);
    if (s[i] === '%' && HEX_PAIR.test(pair)) {
      bytes.push(parseInt(pair, 16));
      i += 2;
    } else {
      const cp = s.codePointAt(i)!;
      bytes.push(...encoder.encode(String.fromCodePoint(cp)));
      if (cp > 0xffff) i++;
    }
  }
  return decodeUtf8(Uint8Array.from(bytes), true);
}
