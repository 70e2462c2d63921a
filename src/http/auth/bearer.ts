import type { Context, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { CardError } from '../../errors.ts';

/** The realm named in WWW-Authenticate challenges. */
const REALM = 'card-renderer';

/**
 * `Authorization: Bearer <token>` on POST, with Hono's bearerAuth (token68 syntax, constant-time compare).
 * Every refusal is `401 unauthorized` in the service's JSON error shape with a WWW-Authenticate challenge
 * (RFC 6750 §3): bearerAuth answers a malformed header with a bare 400, while the README promises 401 and
 * a client only needs to know that its credentials were not accepted. The `error` attribute tells the cases
 * apart: none (no header), `invalid_request` (not "Bearer <token68>"), `invalid_token`.
 */
export function requireBearer(tokens: readonly string[]): MiddlewareHandler {
  if (tokens.length === 0) return async (_c, next) => next();
  // bearerAuth awaits these "message" callbacks before building its own response: throwing our error from
  // them routes every refusal through the app's error handler (JSON, nosniff, no-store, /metrics).
  const refuse = (error: string | undefined, message: string) => (c: Context) => {
    c.header('WWW-Authenticate', `Bearer realm="${REALM}"${error ? `, error="${error}"` : ''}`);
    throw new CardError(401, 'unauthorized', message);
  };
  return bearerAuth({
    token: [...tokens],
    noAuthenticationHeader: { message: refuse(undefined, 'send Authorization: Bearer <token>') },
    invalidAuthenticationHeader: { message: refuse('invalid_request', 'the Authorization header must be "Bearer <token>", the token made of letters, digits and - . _ ~ + / (RFC 6750)') },
    invalidToken: { message: refuse('invalid_token', 'the bearer token is not valid') },
  });
}
