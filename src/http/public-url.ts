/**
 * CARD_PUBLIC_URL: the origin the service is reached at from outside (`https://cards.example.com`), used
 * for every URL it hands out instead of the request's Host (see card-urls.ts). An origin only: a scheme
 * (http or https), a host and maybe a port; a path, query, fragment or credentials are refused at boot,
 * since card paths are absolute (`/v1/cards/...`) and would silently drop them.
 */
export function parsePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`must be an absolute URL such as https://cards.example.com (got "${value.slice(0, 80)}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`must be an http:// or https:// URL (got ${url.protocol})`);
  if (url.username || url.password) throw new Error('must not carry credentials');
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(value)) {
    throw new Error(`must be an origin only, without a path, query or fragment (got "${value.slice(0, 80)}"; use ${url.origin})`);
  }
  return url.origin;
}
