import { CardError, type ErrorCode, type FieldIssue } from '../errors.ts';

/**
 * Machine codes of remote-image failures, and the HTTP status each one carries.
 *
 * - 400: the client's URL is at fault and another URL would work: not a URL, refused by policy (scheme,
 *   credentials, port, allow-list, literal IP, private/reserved address, redirect to any of those), too large,
 *   or not a PNG/JPEG/GIF/WebP image.
 * - 502: the upstream failed: DNS failure, connection or TLS error, a status other than 200, a redirect
 *   without Location, more redirects than allowed, a compressed or truncated body.
 * - 504: the whole fetch (DNS, connects, redirects, body) took longer than `timeoutMs`.
 *
 * CardError's `status` and `code` unions do not list these yet (502 and the six codes must be added to
 * src/errors.ts); until then RemoteImageError passes them through a cast, and the values are right at runtime.
 */
export const REMOTE_IMAGE_STATUS = {
  remote_image_invalid_url: 400,
  remote_image_forbidden: 400,
  remote_image_too_large: 400,
  remote_image_bad_type: 400,
  remote_image_failed: 502,
  remote_image_timeout: 504,
} as const;

export type RemoteImageErrorCode = keyof typeof REMOTE_IMAGE_STATUS;
export type RemoteImageStatus = (typeof REMOTE_IMAGE_STATUS)[RemoteImageErrorCode];

type CardStatus = ConstructorParameters<typeof CardError>[0];

/** A CardError (same `name`, `toJSON` and error handling) whose code is one of the remote-image codes. */
export class RemoteImageError extends CardError {
  /** The same value as `code`, typed with the remote-image codes (CardError's `code` type does not list them yet). */
  readonly remoteCode: RemoteImageErrorCode;

  constructor(code: RemoteImageErrorCode, message: string, issues: FieldIssue[] = []) {
    super(REMOTE_IMAGE_STATUS[code] as unknown as CardStatus, code as unknown as ErrorCode, message, issues);
    this.remoteCode = code;
  }
}
