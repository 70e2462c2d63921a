import type { Duplex } from 'node:stream';
import { RequestError } from '@hono/node-server';
import { CardError } from '../../errors.ts';

/**
 * Requests refused before they reach the app, answered in the service's JSON error shape instead of Node's
 * bare `400 Bad Request` / `431` (Node-only: it works on the raw socket and on @hono/node-server's errors).
 *
 * - Node's HTTP parser (`clientError`): a malformed request line or header, a request line and headers over
 *   the server's maxHeaderSize, a request that took too long to arrive.
 * - @hono/node-server (`errorHandler`): a request Node parsed but that names no valid URL (a Host header
 *   with a space, an absolute-form target that is not a URL, a backslash in the path).
 */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Content Too Large',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
};

export interface HeaderLimits {
  /** The server's maxHeaderSize: request line plus header fields, in bytes. */
  maxHeaderBytes: number;
  /** CARD_MAX_URL_LENGTH, named in the 431 message. */
  maxUrlLength: number;
}

/** The error for a Node parser failure, as Node's own default handler classifies them. */
export function clientErrorOf(err: Error & { code?: string }, limits: HeaderLimits): CardError {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new CardError(
        431,
        'headers_too_large',
        `the request line and headers are over ${limits.maxHeaderBytes} bytes: this service reads URLs of up to ${limits.maxUrlLength} characters (CARD_MAX_URL_LENGTH) and ${limits.maxHeaderBytes - limits.maxUrlLength} bytes of header fields. Send large payloads with POST`,
      );
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new CardError(413, 'payload_too_large', 'the chunk extensions of the body are too large');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new CardError(408, 'request_timeout', 'the request was not received in time');
    default:
      return new CardError(400, 'bad_request', `the request is not valid HTTP/1.1 (${err.code ?? 'parse error'}: ${String(err.message).slice(0, 80)})`);
  }
}

function body(err: CardError): string {
  return JSON.stringify(err.toJSON());
}

const ERROR_HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/** A complete HTTP/1.1 answer to write on a socket whose request could not be parsed, closing the connection. */
export function rawErrorResponse(err: CardError): string {
  const json = body(err);
  const headers = { ...ERROR_HEADERS, 'Content-Length': String(Buffer.byteLength(json)), Connection: 'close' };
  return [`HTTP/1.1 ${err.status} ${REASONS[err.status] ?? 'Error'}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', json].join('\r\n');
}

/** The http.Server `clientError` listener. */
export function onClientError(limits: HeaderLimits) {
  return (err: Error & { code?: string }, socket: Duplex): void => {
    // As Node's default handler: answer only if the socket is still writable and no answer has begun on it.
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(rawErrorResponse(clientErrorOf(err, limits)), () => socket.destroy());
  };
}

/** @hono/node-server's errorHandler: a request whose URL cannot be built. */
export function onRequestError(err: unknown): Response {
  const e =
    err instanceof RequestError
      ? new CardError(400, 'bad_request', `the request names no valid URL: ${err.message}`)
      : new CardError(500, 'render_failed', 'the request could not be handled');
  if (!(err instanceof RequestError)) console.error('unexpected error', err);
  return new Response(body(e), { status: e.status, headers: ERROR_HEADERS });
}
