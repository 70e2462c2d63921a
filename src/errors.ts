/**
 * The one error type of the service: every failure a client can cause is a CardError with an HTTP status,
 * a stable machine code and a message; schema failures also carry one issue per bad field.
 */
export interface FieldIssue {
  /** Dotted path of the field, as in the GET query form: `home.name`, `events.0.minute`. */
  path: string;
  message: string;
}

/**
 * Every machine code the service answers with, its HTTP status and when it is sent: the one list that
 * the `ErrorCode` type, the OpenAPI document's error schema (GET /openapi.json) and its responses come from.
 */
export const ERROR_CODES = {
  invalid_payload: { status: 400, when: 'a field of the JSON payload breaks its rule (path and rule in issues)' },
  invalid_query: { status: 400, when: 'a field of the GET query breaks its rule, or a key is malformed (path and rule in issues)' },
  invalid_json: { status: 400, when: 'the POST body is not JSON' },
  bad_request: { status: 400, when: 'the request itself is malformed (request line, Host, absolute-form target, percent-escapes that are not UTF-8)' },
  unknown_kind: { status: 404, when: 'no such card kind' },
  unknown_format: { status: 404, when: 'no such extension' },
  not_found: { status: 404, when: 'no such route' },
  payload_too_large: { status: 413, when: 'the body is over CARD_MAX_BODY_BYTES' },
  uri_too_long: { status: 414, when: 'the URL is over CARD_MAX_URL_LENGTH (use POST for inline images)' },
  url_too_long: { status: 400, when: 'a URL to sign would be over CARD_MAX_URL_LENGTH, so it could never be fetched (render with POST)' },
  headers_too_large: { status: 431, when: 'the request line and headers are over CARD_MAX_URL_LENGTH + 8 KiB' },
  request_timeout: { status: 408, when: 'the request headers or body did not arrive in time' },
  precondition_failed: { status: 412, when: 'a POST whose If-None-Match matches the card (RFC 9110); revalidate with GET' },
  client_closed: { status: 499, when: 'the client closed the connection before the answer (counted in /metrics, never sent)' },
  unsupported_media_type: { status: 415, when: 'a POST without Content-Type: application/json' },
  method_not_allowed: { status: 405, when: 'a card requested with another method than GET or POST, or a share page with POST' },
  unauthorized: { status: 401, when: 'a POST without a valid bearer token, when CARD_API_TOKENS is set' },
  signature_required: { status: 403, when: 'a GET card URL without sig, when CARD_SIGNING_KEYS is set' },
  signature_invalid: { status: 403, when: 'a GET card URL whose sig does not match its path and query' },
  signing_unavailable: { status: 409, when: '/v1/sign without signing keys or API tokens configured' },
  shutting_down: { status: 503, when: 'the service is draining; retry on another instance' },
  overloaded: { status: 503, when: 'the render queue is full; retry after Retry-After' },
  render_timeout: { status: 503, when: 'the render took longer than CARD_RENDER_TIMEOUT_MS' },
  render_failed: { status: 500, when: 'a render worker died mid-render (it is replaced; only that request fails)' },
  misconfigured: { status: 500, when: "the service's settings are invalid: a Worker answers every request so until its vars or secrets are fixed (one issue per setting, naming it)" },
  remote_image_invalid_url: { status: 400, when: 'an avatar or crest URL is not a valid absolute URL' },
  remote_image_forbidden: { status: 400, when: 'an avatar or crest URL is refused by policy (scheme, host allow-list, address)' },
  remote_image_too_large: { status: 400, when: 'a remote image is over CARD_REMOTE_IMAGE_MAX_BYTES' },
  remote_image_bad_type: { status: 400, when: 'a remote image is not a PNG, JPEG or GIF' },
  remote_image_failed: { status: 502, when: 'the image host failed (DNS, connection, status, redirects)' },
  remote_image_timeout: { status: 504, when: 'fetching a remote image took longer than CARD_REMOTE_IMAGE_TIMEOUT_MS' },
} as const satisfies Record<string, { status: number; when: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class CardError extends Error {
  override readonly name = 'CardError';
  constructor(
    // 499: the client closed the connection before the answer (nginx's convention); only ever logged and counted.
    readonly status: 400 | 401 | 403 | 404 | 405 | 408 | 409 | 412 | 413 | 414 | 415 | 422 | 429 | 431 | 499 | 500 | 502 | 503 | 504,
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }

  toJSON(): { error: { code: ErrorCode; message: string; issues: FieldIssue[] } } {
    return { error: { code: this.code, message: this.message, issues: this.issues } };
  }
}
