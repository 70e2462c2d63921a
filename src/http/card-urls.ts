import type { Context } from 'hono';
import type { CardKind } from '../../templates/index.ts';
import { CardError } from '../errors.ts';
import type { Format } from '../render/pipeline.ts';
import { toQuery } from './query.ts';
import type { Signer } from './signature/signature.ts';

/**
 * The URLs the service hands out: `url` and `svgUrl` of `.json`, `exampleUrl` of /v1/templates, and
 * /v1/sign's signed URL.
 *
 * Their origin is CARD_PUBLIC_URL when it is set. Without it, it is the origin the request was made to,
 * which the client chose (Host header, or an absolute-form request target): such an answer is marked
 * `Cache-Control: private, no-store`, so that no shared cache can keep one client's origin and hand it to
 * the next (cache poisoning). `Vary: Host` would not do: an absolute-form target names another origin under
 * the same Host, and several CDNs ignore Vary on anything but Accept-Encoding.
 */
export const REQUEST_ORIGIN_CACHE_CONTROL = 'private, no-store';

export interface CardUrlOptions {
  /** CARD_PUBLIC_URL's origin (`https://cards.example.com`), or undefined to use the request's. */
  publicOrigin?: string | undefined;
  signer?: Signer | undefined;
  /** CARD_MAX_URL_LENGTH: a URL this service would refuse with 414 is never handed out. */
  maxUrlLength: number;
}

export interface UrlTooLong {
  code: 'url_too_long';
  length: number;
  limit: number;
  message: string;
}

export function cardUrls(opts: CardUrlOptions) {
  return {
    /** The origin of handed-out URLs for this request; marks the answer private when it comes from the request. */
    origin(c: Context): string {
      if (opts.publicOrigin !== undefined) return opts.publicOrigin;
      c.header('Cache-Control', REQUEST_ORIGIN_CACHE_CONTROL);
      return new URL(c.req.url).origin;
    },

    /** The GET URL of a card, signed when asked to and this service has keys. */
    async build(origin: string, kind: CardKind, format: Format | 'html', input: unknown, sign: boolean): Promise<string> {
      const url = new URL(`${origin}/v1/cards/${kind}.${format}?${toQuery(input)}`);
      return sign && opts.signer ? (await opts.signer.signUrl(url)).toString() : url.toString();
    },

    /** Why `url` cannot be handed out, when it is longer than this service (or a CDN in front of it) accepts. */
    tooLong(url: string, kind: CardKind): UrlTooLong | undefined {
      if (url.length <= opts.maxUrlLength) return undefined;
      return {
        code: 'url_too_long',
        length: url.length,
        limit: opts.maxUrlLength,
        message: `the card's GET URL would be ${url.length} characters; this service accepts at most ${opts.maxUrlLength} (CARD_MAX_URL_LENGTH), as do many CDNs and proxies. Inline images make long URLs: render this card with POST /v1/cards/${kind}.png`,
      };
    },

    refuseTooLong(url: string, kind: CardKind): void {
      const over = this.tooLong(url, kind);
      if (over) throw new CardError(400, 'url_too_long', over.message);
    },
  };
}
