import { describe, expect, it } from 'vitest';
import { decodeUtf8, formDecode, invalidUtf8Offset, jsonPathAt } from './utf8.ts';

const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('strict UTF-8', () => {
  it('decodes UTF-8, drops a leading BOM, and refuses invalid bytes, overlongs and surrogates', () => {
    expect(decodeUtf8(bytes('Quel match ! 🔥'))).toBe('Quel match ! 🔥');
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '{}'))).toBe('{}');
    expect(decodeUtf8(bytes('a', [0xff]))).toBeUndefined();
    expect(decodeUtf8(bytes([0xc0, 0xaf]))).toBeUndefined();
    expect(decodeUtf8(bytes([0xed, 0xa0, 0x80]))).toBeUndefined();
    expect(decodeUtf8(bytes('é', [0xe2, 0x82]))).toBeUndefined(); // cut short
  });

  it('finds the offset of the first invalid byte, and the JSON field it is in', () => {
    const body = bytes('{"author":"OM","text":"caf', [0xff], '","x":1}');
    expect(invalidUtf8Offset(body)).toBe(26);
    expect(jsonPathAt(body, invalidUtf8Offset(body))).toBe('text');
    const nested = bytes('{"home":{"name":"O', [0xc0, 0xaf], 'M"},"events":[{"player":"a"}]}');
    expect(jsonPathAt(nested, invalidUtf8Offset(nested))).toBe('home.name');
    const inList = bytes('{"events":[{"player":"ok"},{"player":"', [0xed, 0xa0, 0x80], '"}]}');
    expect(jsonPathAt(inList, invalidUtf8Offset(inList))).toBe('events.1.player');
    const key = bytes('{"te', [0xff], 'xt":"a"}');
    expect(jsonPathAt(key, invalidUtf8Offset(key))).toMatch(/^te.*xt$/);
    // a lead byte cut short by the closing quote: the offset is the lead byte's
    const latin1 = bytes('{"text":"caf', [0xe9], '"}');
    expect(invalidUtf8Offset(latin1)).toBe(12);
    expect(jsonPathAt(latin1, 12)).toBe('text');
    const cut = bytes('{"a":"', [0xf0, 0x9f, 0x94], 'x"}');
    expect(invalidUtf8Offset(cut)).toBe(6);
    expect(invalidUtf8Offset(bytes('ok', [0xe2, 0x82]))).toBe(2); // cut short at the very end
    const outside = bytes('{"text":"a"', [0xff], '}');
    expect(jsonPathAt(outside, invalidUtf8Offset(outside))).toBeUndefined();
  });

  it('decodes form-encoded names and values as URLSearchParams does, but refuses bytes that are not UTF-8', () => {
    for (const raw of ['caf%C3%A9', 'a+b', '100%25', '%zz', '50%', 'x%2', '%F0%9F%94%A5', 'plain', '%EF%BB%BFbom']) {
      expect(formDecode(raw), raw).toBe(new URLSearchParams(`k=${raw}`).get('k'));
    }
    for (const raw of ['%FF', '%C0%AF', '%ED%A0%80', 'caf%C3', '%zz%FF']) expect(formDecode(raw), raw).toBeUndefined();
  });
});
