import { afterEach, describe, expect, it, vi } from 'vitest';
import { example, testApp } from '../../../tests/helpers.ts';

const encode = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Array<string | number[]>): Uint8Array<ArrayBuffer> => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...encode(p)] : p)));

/** A request body that breaks off after its first bytes, as a client that aborts its upload. */
const abortedBody = () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encode('{"text": "Les matchs se jouent'));
      controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    },
  });

afterEach(() => vi.restoreAllMocks());

describe('POST bodies', () => {
  it('an aborted upload is counted as client_closed (499), not as a 500, and logs nothing', async () => {
    const app = await testApp();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const chunked = await app.request('/v1/cards/quote.png', { method: 'POST', body: abortedBody(), headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    const sized = await app.request('/v1/cards/quote.png', { method: 'POST', body: abortedBody(), headers: { 'content-type': 'application/json', 'content-length': '400' }, duplex: 'half' } as RequestInit);
    for (const res of [chunked, sized]) {
      expect(res.status).toBe(499);
      expect(await res.json()).toMatchObject({ error: { code: 'client_closed' } });
    }
    const metrics = await (await app.request('/metrics')).text();
    expect(metrics).toContain('card_errors_total{code="client_closed",status="499"} 2');
    expect(metrics).not.toMatch(/status="500"|invalid_json/);
    expect(logged).not.toHaveBeenCalled();
  });

  it('bytes that are not UTF-8 get 400 naming the field, instead of a card drawn with "�"', async () => {
    const app = await testApp();
    const post = (body: Uint8Array<ArrayBuffer>, type = 'application/json') => app.request('/v1/cards/quote.png', { method: 'POST', body, headers: { 'content-type': type } });
    for (const bad of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe9]]) {
      const res = await post(concat('{"author":"Jean-Louis Gasset","text":"Caf', bad, ' au lait"}'));
      expect(res.status, String(bad)).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; issues: Array<{ path: string; message: string }> } };
      expect(error.code).toBe('invalid_payload');
      expect(error.issues).toEqual([{ path: 'text', message: expect.stringMatching(/not valid UTF-8 \(byte 0x[0-9A-F]{2} at offset 41\)/) }]);
    }
    const nested = await app.request('/v1/cards/score.png', { method: 'POST', body: concat('{"home":{"name":"O', [0xff], 'M"},"away":{"name":"PSG"}}'), headers: { 'content-type': 'application/json' } });
    expect(await nested.json()).toMatchObject({ error: { issues: [{ path: 'home.name' }] } });
    const outside = await post(concat('{"author":"A","text":"B"}', [0xff]));
    expect(outside.status).toBe(400);
    expect(await outside.json()).toMatchObject({ error: { code: 'invalid_json', message: expect.stringMatching(/UTF-8/) } });
  });

  it('a charset other than UTF-8 gets 415 naming the rule; charset=utf-8 and a BOM are fine', async () => {
    const app = await testApp();
    const body = JSON.stringify(example('quote'));
    for (const type of ['application/json; charset=iso-8859-1', 'application/json;charset="windows-1252"', 'application/json; charset=utf-16']) {
      const res = await app.request('/v1/cards/quote.json', { method: 'POST', body, headers: { 'content-type': type } });
      expect(res.status, type).toBe(415);
      expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type', message: expect.stringMatching(/UTF-8 \(RFC 8259\)/) } });
    }
    for (const type of ['application/json; charset=utf-8', 'application/json; charset="UTF-8"', 'application/json;charset=utf8']) {
      expect((await app.request('/v1/cards/quote.json', { method: 'POST', body, headers: { 'content-type': type } })).status, type).toBe(200);
    }
    const withBom = await app.request('/v1/cards/quote.json', { method: 'POST', body: concat([0xef, 0xbb, 0xbf], body), headers: { 'content-type': 'application/json' } });
    expect(withBom.status).toBe(200);
  });
});
