import https from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CardError } from '../../src/errors.ts';
import {
  fetchRemoteImage,
  hostAllowed,
  normaliseHostPattern,
  parseAllowHosts,
  RemoteImageError,
  type RemoteImageErrorCode,
  type RemoteImageOptions,
  type ResolvedAddress,
} from '../../src/adapter/node/remote/fetch-image.ts';
import { GIF, JPEG, PNG, startImageServer, startSilentServer, testCertificate, WEBP, type ImageServer, type TestCert } from './local-servers.ts';

const LOCAL: ResolvedAddress[] = [{ address: '127.0.0.1', family: 4 }];

/** Fake DNS: a fixed table, every call recorded. Unknown names fail like NXDOMAIN. */
function fakeDns(table: Record<string, ResolvedAddress[] | (() => ResolvedAddress[])>) {
  const calls: string[] = [];
  const resolve = async (host: string): Promise<ResolvedAddress[]> => {
    calls.push(host);
    const entry = table[host];
    if (!entry) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return typeof entry === 'function' ? entry() : entry;
  };
  return { resolve, calls };
}

/** Awaits the rejection and returns it as a RemoteImageError (fails the test otherwise). */
async function refusal(p: Promise<unknown>): Promise<RemoteImageError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(RemoteImageError);
    expect(e).toBeInstanceOf(CardError);
    return e as RemoteImageError;
  }
  throw new Error('expected the fetch to be refused, but it succeeded');
}

function expectError(e: RemoteImageError, code: RemoteImageErrorCode, status: number, message?: RegExp) {
  expect({ code: e.code, status: e.status, remoteCode: e.remoteCode }).toEqual({ code, status, remoteCode: code });
  if (message) expect(e.message).toMatch(message);
}

describe('allow-list parsing and matching', () => {
  it('parseAllowHosts splits on commas, trims, lower-cases, strips the trailing dot, punycodes IDN, dedupes', () => {
    expect(parseAllowHosts(undefined)).toEqual([]);
    expect(parseAllowHosts('')).toEqual([]);
    expect(parseAllowHosts(' Img.Example.COM. , *.CDN.example.net,, bücher.example ,img.example.com')).toEqual([
      'img.example.com',
      '*.cdn.example.net',
      'xn--bcher-kva.example',
    ]);
    expect(parseAllowHosts('203.0.113.7, [2001:DB8::1], ::FFFF:127.0.0.1, 0x7f.1')).toEqual(['203.0.113.7', '2001:db8::1', '::ffff:7f00:1', '127.0.0.1']);
  });

  it.each(['*', '*.', '*.com', 'https://img.example.com', 'img.example.com:443', 'img.example.com/x', 'user@img.example.com', 'a.*.example.com', '*.127.0.0.1', 'exa mple.com'])(
    'refuses the configuration entry %j',
    (entry) => {
      expect(() => parseAllowHosts(entry)).toThrow(/invalid image host/);
    },
  );

  it('"*.example.com" matches subdomains at any depth, never the apex, look-alikes or IPs', () => {
    const patterns = ['*.example.com', 'exact.test'];
    for (const host of ['a.example.com', 'a.b.example.com']) expect(hostAllowed(host, patterns)).toBe(true);
    for (const host of ['example.com', 'badexample.com', 'example.com.evil.test', 'a.example.co', 'sub.exact.test', 'exact.test.evil']) {
      expect(hostAllowed(host, patterns)).toBe(false);
    }
    expect(hostAllowed('exact.test', patterns)).toBe(true);
    expect(normaliseHostPattern('*.BÜCHER.example.')).toBe('*.xn--bcher-kva.example');
  });
});

describe('SSRF table: refused before any connection', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const dnsTable = fakeDns({
    'allowed.test': LOCAL, // would be loopback anyway; never connected in this block
    'private.example.test': [{ address: '10.0.0.5', family: 4 }],
    'mixed.example.test': [
      { address: '8.8.8.8', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ],
    'mixed-v6.example.test': [
      { address: '2606:4700:4700::1111', family: 6 },
      { address: 'fd12:3456::1', family: 6 },
    ],
    'metadata.example.test': [{ address: '169.254.169.254', family: 4 }],
    'mapped.example.test': [{ address: '::ffff:127.0.0.1', family: 6 }],
    'nat64.example.test': [{ address: '64:ff9b::a00:1', family: 6 }],
    'sixtofour.example.test': [{ address: '2002:c0a8:101::1', family: 6 }],
    'loopback6.example.test': [{ address: '::1', family: 6 }],
    'localhost': [
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ],
  });

  const strict: RemoteImageOptions = {
    allowHosts: ['allowed.test', '*.example.test'],
    maxBytes: 1_000_000,
    timeoutMs: 2000,
    maxRedirects: 3,
    resolve: dnsTable.resolve,
  };
  // The same, with every literal IP (and localhost) allow-listed: what refuses them then is the address check.
  const listed: RemoteImageOptions = {
    ...strict,
    allowHosts: [
      ...strict.allowHosts,
      'localhost',
      '127.0.0.1',
      '::1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '::ffff:127.0.0.1',
      '0.0.0.0',
      'fe80::1',
      'fc00::1',
      '100.64.0.1',
    ],
  };

  const rows: Array<{ url: string; strict: RegExp; listed: RegExp }> = [
    { url: 'https://127.0.0.1/x.png', strict: /127\.0\.0\.1 is a literal IP address/, listed: /127\.0\.0\.1 .*loopback/ },
    { url: 'https://localhost/', strict: /localhost is not in the allow-list/, listed: /localhost resolves to 127\.0\.0\.1.*loopback/ },
    { url: 'https://[::1]/', strict: /::1 is a literal IP/, listed: /loopback, ::1/ },
    { url: 'https://10.0.0.1/', strict: /literal IP/, listed: /private, 10\.0\.0\.0\/8/ },
    { url: 'https://172.16.5.4/', strict: /literal IP/, listed: /private, 172\.16\.0\.0\/12/ },
    { url: 'https://192.168.1.1/', strict: /literal IP/, listed: /private, 192\.168\.0\.0\/16/ },
    { url: 'https://169.254.169.254/latest/meta-data', strict: /literal IP/, listed: /link-local/ },
    { url: 'https://[::ffff:127.0.0.1]/', strict: /::ffff:7f00:1 is a literal IP/, listed: /IPv4-mapped IPv6 of 127\.0\.0\.1/ },
    { url: 'https://[::ffff:7f00:1]/', strict: /literal IP/, listed: /IPv4-mapped IPv6 of 127\.0\.0\.1/ },
    { url: 'https://2130706433/', strict: /127\.0\.0\.1 is a literal IP/, listed: /loopback/ },
    { url: 'https://0177.0.0.1/', strict: /127\.0\.0\.1 is a literal IP/, listed: /loopback/ },
    { url: 'https://0x7f.0.0.1/', strict: /127\.0\.0\.1 is a literal IP/, listed: /loopback/ },
    { url: 'https://0x7f.1/', strict: /127\.0\.0\.1 is a literal IP/, listed: /loopback/ },
    { url: 'https://0/', strict: /0\.0\.0\.0 is a literal IP/, listed: /unspecified/ },
    { url: 'https://[fe80::1]/', strict: /literal IP/, listed: /link-local, fe80::\/10/ },
    { url: 'https://[fc00::1]/', strict: /literal IP/, listed: /unique local/ },
    { url: 'https://100.64.0.1/', strict: /literal IP/, listed: /carrier-grade NAT/ },
    { url: 'https://user:pass@allowed.test@127.0.0.1/', strict: /user name or password/, listed: /user name or password/ },
    { url: 'https://user@allowed.test/', strict: /user name or password/, listed: /user name or password/ },
    { url: 'http://allowed.test/', strict: /only https: URLs are fetched, not http:/, listed: /only https:/ },
    { url: 'file:///etc/passwd', strict: /only https: URLs are fetched, not file:/, listed: /not file:/ },
    { url: 'ftp://allowed.test/a.png', strict: /not ftp:/, listed: /not ftp:/ },
    { url: 'javascript:alert(1)', strict: /not javascript:/, listed: /not javascript:/ },
    { url: 'data:image/png;base64,iVBORw0KGgo=', strict: /not data:/, listed: /not data:/ },
    { url: 'https://allowed.test:8443/a.png', strict: /port 8443 is not allowed/, listed: /port 8443/ },
    { url: 'https://evil.test/', strict: /evil\.test is not in the allow-list/, listed: /evil\.test is not in the allow-list/ },
    { url: 'https://ALLOWED.test.evil.test/', strict: /not in the allow-list/, listed: /not in the allow-list/ },
    { url: 'https://private.example.test/a.png', strict: /private\.example\.test resolves to 10\.0\.0\.5/, listed: /resolves to 10\.0\.0\.5/ },
    { url: 'https://mixed.example.test/a.png', strict: /resolves to 10\.0\.0\.5/, listed: /resolves to 10\.0\.0\.5/ },
    { url: 'https://mixed-v6.example.test/a.png', strict: /resolves to fd12:3456::1.*unique local/, listed: /fd12:3456::1/ },
    { url: 'https://metadata.example.test/latest/meta-data', strict: /169\.254\.169\.254.*link-local/, listed: /link-local/ },
    { url: 'https://mapped.example.test/', strict: /IPv4-mapped IPv6 of 127\.0\.0\.1/, listed: /IPv4-mapped/ },
    { url: 'https://nat64.example.test/', strict: /NAT64 64:ff9b::\/96 embedding 10\.0\.0\.1/, listed: /NAT64/ },
    { url: 'https://sixtofour.example.test/', strict: /6to4 2002::\/16 embedding 192\.168\.1\.1/, listed: /6to4/ },
    { url: 'https://loopback6.example.test/', strict: /resolves to ::1/, listed: /loopback/ },
  ];

  for (const [name, opts] of [
    ['strict allow-list', strict],
    ['IPs allow-listed', listed],
  ] as const) {
    it.each(rows)(`${name}: $url`, async (row) => {
      const connect = vi.spyOn(https, 'request').mockImplementation(() => {
        throw new Error('a connection was attempted');
      });
      const e = await refusal(fetchRemoteImage(row.url, opts));
      expectError(e, 'remote_image_forbidden', 400, name === 'strict allow-list' ? row.strict : row.listed);
      expect(connect).not.toHaveBeenCalled();
    });
  }

  it('the allow-list does not consult DNS for refused names', async () => {
    vi.spyOn(https, 'request').mockImplementation(() => {
      throw new Error('a connection was attempted');
    });
    const before = dnsTable.calls.length;
    await refusal(fetchRemoteImage('https://evil.test/', strict));
    await refusal(fetchRemoteImage('http://allowed.test/', strict));
    expect(dnsTable.calls.length).toBe(before);
  });

  it('an empty allow-list disables the feature', async () => {
    const e = await refusal(fetchRemoteImage('https://img.example.com/a.png', { ...strict, allowHosts: [] }));
    expectError(e, 'remote_image_forbidden', 400, /img\.example\.com: remote images are disabled/);
  });

  it('the default resolver (system lookup) sees localhost as loopback', async () => {
    vi.spyOn(https, 'request').mockImplementation(() => {
      throw new Error('a connection was attempted');
    });
    const { resolve: _unused, ...withoutResolve } = strict;
    const e = await refusal(fetchRemoteImage('https://localhost/', { ...withoutResolve, allowHosts: ['localhost'] }));
    expectError(e, 'remote_image_forbidden', 400, /localhost resolves to (127\.0\.0\.1|::1), which is not a public address \(loopback/);
  });

  it('a URL that does not parse is remote_image_invalid_url', async () => {
    const e = await refusal(fetchRemoteImage('not a url', strict));
    expectError(e, 'remote_image_invalid_url', 400);
  });

  it('bad numeric options are programming errors (TypeError), not CardErrors', async () => {
    await expect(fetchRemoteImage('https://allowed.test/', { ...strict, timeoutMs: 0 })).rejects.toThrow(TypeError);
    await expect(fetchRemoteImage('https://allowed.test/', { ...strict, maxBytes: Number.NaN })).rejects.toThrow(TypeError);
  });
});

describe('network path against a local https server', () => {
  let cert: TestCert;
  let server: ImageServer;
  let base: (host: string) => string;

  beforeAll(async () => {
    cert = testCertificate();
    server = await startImageServer(cert);
    base = (host) => `https://${host}:${server.port}`;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** img/cdn.example.test are local and exempted from the address check; everything else is strict. */
  function options(extra: Partial<RemoteImageOptions> = {}, table: Parameters<typeof fakeDns>[0] = {}) {
    const dnsTable = fakeDns({
      'img.example.test': LOCAL,
      'cdn.example.test': LOCAL,
      'img.mismatch.test': LOCAL,
      'private.example.test': [{ address: '10.0.0.5', family: 4 }],
      ...table,
    });
    const exempt = new Set(['img.example.test', 'cdn.example.test', 'img.mismatch.test', 'rebind.example.test']);
    const opts: RemoteImageOptions = {
      allowHosts: ['*.example.test', 'img.mismatch.test'],
      allowPorts: [server.port],
      maxBytes: 4096,
      timeoutMs: 3000,
      maxRedirects: 3,
      resolve: dnsTable.resolve,
      allowPrivateForTests: (host) => exempt.has(host),
      tls: { ca: cert.cert },
      ...extra,
    };
    return { opts, calls: dnsTable.calls };
  }

  it('returns a PNG as a data URI, connected to the pinned address with SNI and Host of the original name', async () => {
    const { opts, calls } = options();
    const before = server.seen.length;
    const img = await fetchRemoteImage(`${base('IMG.Example.TEST.')}/ok.png?v=1`, opts);
    expect(img).toEqual({
      dataUri: `data:image/png;base64,${PNG.toString('base64')}`,
      mime: 'image/png',
      bytes: PNG.length,
      finalUrl: `${base('img.example.test.')}/ok.png?v=1`,
    });
    expect(calls).toEqual(['img.example.test']);
    expect(server.seen.slice(before)).toEqual([
      { path: '/ok.png?v=1', host: `img.example.test:${server.port}`, servername: 'img.example.test', localAddress: '127.0.0.1' },
    ]);
  });

  it.each([
    ['/photo.jpg', 'image/jpeg', JPEG],
    ['/anim.gif', 'image/gif', GIF],
    ['/pic.webp', 'image/webp', WEBP],
  ] as const)('sniffs %s as %s whatever its Content-Type', async (path, mime, bytes) => {
    const img = await fetchRemoteImage(`${base('img.example.test')}${path}`, options().opts);
    expect(img.mime).toBe(mime);
    expect(img.dataUri).toBe(`data:${mime};base64,${bytes.toString('base64')}`);
  });

  it('follows a redirect to another allow-listed host, checking and resolving each hop', async () => {
    const { opts, calls } = options();
    const to = `${base('cdn.example.test')}/ok.png`;
    const img = await fetchRemoteImage(`${base('img.example.test')}/redirect?to=${encodeURIComponent(to)}`, opts);
    expect(img.finalUrl).toBe(to);
    expect(img.mime).toBe('image/png');
    expect(calls).toEqual(['img.example.test', 'cdn.example.test']);
    expect(server.seen.at(-1)).toMatchObject({ path: '/ok.png', servername: 'cdn.example.test', host: `cdn.example.test:${server.port}` });
  });

  it('refuses a redirect to a host that is not allow-listed, without resolving or connecting to it', async () => {
    const { opts, calls } = options();
    const before = server.seen.length;
    const to = `${base('evil.test')}/ok.png`;
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/redirect?to=${encodeURIComponent(to)}`, opts));
    expectError(e, 'remote_image_forbidden', 400, /redirect from img\.example\.test: image host evil\.test is not in the allow-list/);
    expect(calls).toEqual(['img.example.test']);
    expect(server.seen.length).toBe(before + 1);
  });

  it('refuses a redirect to an allow-listed host that resolves to a private address (strict check on the second hop)', async () => {
    const { opts, calls } = options();
    const before = server.seen.length;
    const to = `${base('private.example.test')}/ok.png`;
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/redirect?status=307&to=${encodeURIComponent(to)}`, opts));
    expectError(e, 'remote_image_forbidden', 400, /redirect from img\.example\.test: image host private\.example\.test resolves to 10\.0\.0\.5.*private/);
    expect(calls).toEqual(['img.example.test', 'private.example.test']);
    expect(server.seen.length).toBe(before + 1);
  });

  it.each([
    ['a downgrade to http:', (port: number) => `http://cdn.example.test:${port}/ok.png`, /only https: URLs are fetched, not http:/],
    ['a literal loopback IP', (port: number) => `https://127.0.0.1:${port}/ok.png`, /127\.0\.0\.1 is a literal IP address/],
    ['credentials', (port: number) => `https://u:p@cdn.example.test:${port}/ok.png`, /user name or password/],
    ['another port', () => 'https://cdn.example.test:8443/ok.png', /port 8443 is not allowed/],
  ])('refuses a redirect to %s', async (_what, to, message) => {
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/redirect?to=${encodeURIComponent(to(server.port))}`, options().opts));
    expectError(e, 'remote_image_forbidden', 400, message);
  });

  it('follows at most maxRedirects redirects', async () => {
    const { opts } = options({ maxRedirects: 2 });
    const ok = await fetchRemoteImage(`${base('img.example.test')}/chain?n=2`, opts);
    expect(ok.finalUrl).toBe(`${base('img.example.test')}/chain?n=0`);
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/chain?n=3`, opts));
    expectError(e, 'remote_image_failed', 502, /img\.example\.test redirected more than 2 times/);
    const none = await refusal(fetchRemoteImage(`${base('img.example.test')}/chain?n=1`, { ...opts, maxRedirects: 0 }));
    expectError(none, 'remote_image_failed', 502, /more than 0 times/);
  });

  it('refuses a body over maxBytes announced by Content-Length, and accepts exactly maxBytes', async () => {
    const { opts } = options({ maxBytes: 4096 });
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/sized?n=4097`, opts));
    expectError(e, 'remote_image_too_large', 400, /img\.example\.test is 4097 bytes \(Content-Length\); the limit is 4096/);
    const img = await fetchRemoteImage(`${base('img.example.test')}/sized?n=4096`, opts);
    expect(img.bytes).toBe(4096);
  });

  it('refuses a streamed body (no Content-Length) once it passes maxBytes', async () => {
    const { opts } = options({ maxBytes: 4096 });
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/streamed?n=200000`, opts));
    expectError(e, 'remote_image_too_large', 400, /img\.example\.test is larger than the limit of 4096 bytes/);
    const img = await fetchRemoteImage(`${base('img.example.test')}/streamed?n=4096`, opts);
    expect(img.bytes).toBe(4096);
  });

  it.each([
    ['a server that never answers', '/stall'],
    ['a body that stops half-way', '/stall-body'],
  ])('%s gets remote_image_timeout within ~timeoutMs', async (_what, path) => {
    const { opts } = options({ timeoutMs: 300 });
    const started = performance.now();
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}${path}`, opts));
    const elapsed = performance.now() - started;
    expectError(e, 'remote_image_timeout', 504, /from img\.example\.test took longer than 300 ms/);
    expect(elapsed).toBeGreaterThanOrEqual(280);
    expect(elapsed).toBeLessThan(2000);
  });

  it('a TLS handshake that never completes gets remote_image_timeout', async () => {
    const silent = await startSilentServer();
    try {
      const { opts } = options({ timeoutMs: 300, allowPorts: [silent.port] });
      const started = performance.now();
      const e = await refusal(fetchRemoteImage(`https://img.example.test:${silent.port}/a.png`, opts));
      expectError(e, 'remote_image_timeout', 504);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(silent.accepted()).toBe(1);
    } finally {
      await silent.close();
    }
  });

  it('a DNS lookup that never answers gets remote_image_timeout', async () => {
    const { opts } = options({ timeoutMs: 300, resolve: () => new Promise<ResolvedAddress[]>(() => {}) });
    const started = performance.now();
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/ok.png`, opts));
    expectError(e, 'remote_image_timeout', 504, /img\.example\.test/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('HTML served as image/png is remote_image_bad_type', async () => {
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/html`, options().opts));
    expectError(e, 'remote_image_bad_type', 400, /img\.example\.test is not a PNG, JPEG, GIF, WebP image \(checked from its bytes/);
  });

  it('`accept` narrows the types (resvg-js cannot draw WebP)', async () => {
    const { opts } = options({ accept: ['image/png', 'image/jpeg', 'image/gif'] });
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/pic.webp`, opts));
    expectError(e, 'remote_image_bad_type', 400, /img\.example\.test is image\/webp, which is not accepted here \(accepted: PNG, JPEG, GIF\)/);
    expect((await fetchRemoteImage(`${base('img.example.test')}/anim.gif`, opts)).mime).toBe('image/gif');
  });

  it.each(['/svg', '/svg-as-png'])('SVG (%s) is refused and the message says so', async (path) => {
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}${path}`, options().opts));
    expectError(e, 'remote_image_bad_type', 400, /img\.example\.test is SVG, which is refused: sanitizing SVG is not implemented/);
  });

  it('an empty body is remote_image_bad_type', async () => {
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/empty`, options().opts));
    expectError(e, 'remote_image_bad_type', 400);
  });

  it('a compressed body is refused (identity was asked for)', async () => {
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/gzip`, options().opts));
    expectError(e, 'remote_image_failed', 502, /gzip-encoded/);
  });

  it('a status other than 200 is remote_image_failed (502)', async () => {
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/missing.png`, options().opts));
    expectError(e, 'remote_image_failed', 502, /img\.example\.test answered HTTP 404/);
  });

  it('a name that does not resolve is remote_image_failed (502)', async () => {
    const e = await refusal(fetchRemoteImage(`${base('nowhere.example.test')}/ok.png`, options().opts));
    expectError(e, 'remote_image_failed', 502, /nowhere\.example\.test could not be resolved \(ENOTFOUND/);
  });

  it('verifies the certificate against the original host name', async () => {
    // Not in the certificate's names (localhost, *.example.test), although it reaches the same server.
    const mismatch = await refusal(fetchRemoteImage(`${base('img.mismatch.test')}/ok.png`, options().opts));
    expectError(mismatch, 'remote_image_failed', 502, /img\.mismatch\.test could not be fetched \(ERR_TLS_CERT_ALTNAME_INVALID/);
    // Without the test CA, the self-signed certificate is not trusted.
    const untrusted = await refusal(fetchRemoteImage(`${base('img.example.test')}/ok.png`, options({ tls: {} }).opts));
    expectError(untrusted, 'remote_image_failed', 502, /SELF_SIGNED|self[- ]signed/i);
  });

  it('DNS rebinding: the connection uses the checked (pinned) address, never a second lookup', async () => {
    let lookups = 0;
    const rebinding = () => (lookups++ === 0 ? LOCAL : [{ address: '10.0.0.1', family: 4 as const }]);
    const { opts, calls } = options({}, { 'rebind.example.test': rebinding });
    const before = server.seen.length;
    // If anything resolved the name again for the connection, it would get 10.0.0.1 (unreachable: the fetch
    // would time out) or, through the system resolver, nothing at all (.test names do not exist).
    const img = await fetchRemoteImage(`${base('rebind.example.test')}/ok.png`, opts);
    expect(img.mime).toBe('image/png');
    expect(calls).toEqual(['rebind.example.test']);
    expect(lookups).toBe(1);
    expect(server.seen.slice(before)).toEqual([
      { path: '/ok.png', host: `rebind.example.test:${server.port}`, servername: 'rebind.example.test', localAddress: '127.0.0.1' },
    ]);
    // The next fetch resolves again, gets the rebound answer, and is checked again: with the strict
    // check (no exemption) it is refused before connecting.
    const e = await refusal(fetchRemoteImage(`${base('rebind.example.test')}/ok.png`, { ...opts, allowPrivateForTests: false }));
    expectError(e, 'remote_image_forbidden', 400, /rebind\.example\.test resolves to 10\.0\.0\.1/);
    expect(server.seen.length).toBe(before + 1);
  });

  it('allowPrivateForTests exempts only the hosts its predicate names; the default is strict', async () => {
    const { opts } = options({ allowPrivateForTests: undefined });
    const e = await refusal(fetchRemoteImage(`${base('img.example.test')}/ok.png`, opts));
    expectError(e, 'remote_image_forbidden', 400, /img\.example\.test resolves to 127\.0\.0\.1, which is not a public address \(loopback/);
    const all = await fetchRemoteImage(`${base('img.example.test')}/ok.png`, { ...opts, allowPrivateForTests: true });
    expect(all.mime).toBe('image/png');
  });
});
