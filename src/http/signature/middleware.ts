import type { MiddlewareHandler } from 'hono';
import { CardError } from '../../errors.ts';
import { SIGNATURE_PARAM, type Signer } from './signature.ts';

/**
 * Refuses GET requests whose `sig` does not match their path and query. Runs before anything reads the
 * query, so an unsigned or tampered URL costs one HMAC and nothing else.
 */
export function requireSignature(signer: Signer): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const signature = url.searchParams.get(SIGNATURE_PARAM);
    if (signature === null) {
      throw new CardError(403, 'signature_required', `this service only renders signed URLs: add the "${SIGNATURE_PARAM}" parameter (POST /v1/sign/:kind.png or npm run sign)`);
    }
    if (url.searchParams.getAll(SIGNATURE_PARAM).length > 1 || !(await signer.verify(url.pathname, url.searchParams.entries(), signature))) {
      throw new CardError(403, 'signature_invalid', 'the URL signature does not match its path and query (tampered, truncated or signed with an unknown key)');
    }
    await next();
  };
}
