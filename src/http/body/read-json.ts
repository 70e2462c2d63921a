import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CardError } from '../../errors.ts';
import { decodeUtf8, invalidUtf8Offset, jsonPathAt } from '../utf8.ts';

/**
 * POST bodies: size limit, media type, strict UTF-8, JSON. A body that cannot be read to its end is a client
 * that went away (an aborted upload), not a server error: it is answered `499 client_closed`, which nobody
 * receives but /metrics counts apart from the 5xx, and nothing is logged.
 */
const clientClosed = () => new CardError(499, 'client_closed', 'the client closed the connection before its request was read');

/** Hono's bodyLimit (413 past `maxBytes`); a chunked body it reads and that breaks off is `client_closed`. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new CardError(413, 'payload_too_large', `the body is larger than ${maxBytes} bytes`);
    },
  });
  return async (c, next) => {
    let reading = true;
    try {
      await limit(c, () => ((reading = false), next()));
    } catch (err) {
      if (reading && !(err instanceof CardError)) throw clientClosed();
      throw err;
    }
  };
}

const JSON_TYPE = /^application\/json\b/i;
const CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i;

/** The JSON payload of a POST, or a 4xx naming what is wrong with it. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('Content-Type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new CardError(415, 'unsupported_media_type', `send the payload as application/json (got "${type.slice(0, 60) || 'no Content-Type'}")`);
  }
  const charset = CHARSET.exec(type);
  const name = charset ? (charset[1] ?? charset[2] ?? '') : 'utf-8';
  if (!/^utf-?8$/i.test(name)) {
    // RFC 8259 §8.1: JSON exchanged between systems is UTF-8; a Latin-1 body would be read as the wrong letters.
    throw new CardError(415, 'unsupported_media_type', `JSON payloads are UTF-8 (RFC 8259): send charset=utf-8 or no charset (got charset=${name.slice(0, 40)})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await c.req.arrayBuffer());
  } catch (err) {
    if (err instanceof CardError) throw err;
    throw clientClosed();
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    const offset = invalidUtf8Offset(bytes);
    const path = jsonPathAt(bytes, offset);
    const where = `byte 0x${(bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0')} at offset ${offset}`;
    if (path === undefined) throw new CardError(400, 'invalid_json', `the body is not valid UTF-8 (${where}); JSON payloads are UTF-8 (RFC 8259)`);
    throw new CardError(400, 'invalid_payload', `${path || '(payload)'} is not valid UTF-8 (${where})`, [
      { path, message: `is not valid UTF-8 (${where}): send the text as UTF-8` },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CardError(400, 'invalid_json', `the body is not valid JSON: ${(err as Error).message}`);
  }
}
