import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeRemoteImages } from '../../src/adapter/node/remote/resolver.ts';
import { startImageServer, testCertificate, type ImageServer, type TestCert } from '../remote/local-servers.ts';
import { example, testApp } from '../helpers.ts';

/** Remote avatars through the HTTP API, against a local https server only. */
let cert: TestCert;
let server: ImageServer;
beforeAll(async () => {
  cert = testCertificate();
  server = await startImageServer(cert);
});
afterAll(() => server.close());

const post = (app: Awaited<ReturnType<typeof testApp>>, body: unknown) =>
  app.request('/v1/cards/quote.png', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe('remote avatars and crests', () => {
  it('are refused when the service allows no remote hosts (the default)', async () => {
    const app = await testApp();
    const res = await post(app, example('quote', { avatar: 'https://img.example.test/ok.png' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'remote_image_forbidden', message: expect.stringContaining('disabled') } });
  });

  it('must be https URLs', async () => {
    const app = await testApp();
    const res = await post(app, example('quote', { avatar: 'http://img.example.test/ok.png' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { issues: [{ path: 'avatar', message: expect.stringContaining('https:// URL') }] } });
  });

  it('from an allow-listed host are fetched, pinned and drawn', async () => {
    const remoteImages = nodeRemoteImages({
      allowHosts: ['img.example.test'],
      allowPorts: [server.port],
      maxBytes: 220_000,
      timeoutMs: 3000,
      maxRedirects: 3,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
      allowPrivateForTests: (host) => host === 'img.example.test',
      tls: { ca: cert.cert },
    });
    const app = await testApp({ remoteImages });
    const url = `https://img.example.test:${server.port}/ok.png`;
    const withAvatar = await post(app, example('quote', { avatar: url }));
    expect(withAvatar.status).toBe(200);
    const monogram = await post(app, example('quote'));
    expect(Buffer.from(await withAvatar.arrayBuffer()).equals(Buffer.from(await monogram.arrayBuffer()))).toBe(false);
    expect(server.seen.some((r) => r.path === '/ok.png' && r.localAddress?.endsWith('127.0.0.1'))).toBe(true);
    // not on the list: refused before any connection
    const before = server.seen.length;
    const other = await post(app, example('quote', { avatar: `https://evil.example.test:${server.port}/ok.png` }));
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ error: { code: 'remote_image_forbidden' } });
    expect(server.seen.length).toBe(before);
  });
});
