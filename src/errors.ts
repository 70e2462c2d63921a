/**
 * The one error type of the service: every failure a client can cause is a CardError with an HTTP status,
 * a stable machine code and a message; schema failures also carry one issue per bad field.
 */
export interface FieldIssue {
  /** Dotted path of the field, as in the GET query form: `home.name`, `events.0.minute`. */
  path: string;
  message: string;
}

export type ErrorCode =
  | 'invalid_payload'
  | 'invalid_query'
  | 'invalid_json'
  | 'bad_request'
  | 'unknown_kind'
  | 'unknown_format'
  | 'not_found'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'url_too_long'
  | 'headers_too_large'
  | 'request_timeout'
  | 'precondition_failed'
  | 'client_closed'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'unauthorized'
  | 'signature_required'
  | 'signature_invalid'
  | 'signing_unavailable'
  | 'shutting_down'
  | 'overloaded'
  | 'render_timeout'
  | 'render_failed'
  | 'remote_image_invalid_url'
  | 'remote_image_forbidden'
  | 'remote_image_too_large'
  | 'remote_image_timeout'
  | 'remote_image_bad_type'
  | 'remote_image_failed';

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
