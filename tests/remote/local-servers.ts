/**
 * Local-only servers for the remote-image tests: an https server with a self-signed certificate for
 * `*.example.test` / localhost, and a TCP server that accepts and never speaks (stalled TLS handshake).
 * Nothing here reaches the internet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';

export interface TestCert {
  key: string;
  cert: string;
  source: 'openssl' | 'fixture';
}

/** A fresh self-signed cert from openssl when available, else the committed test-only fixture. */
export function testCertificate(): TestCert {
  const probe = spawnSync('openssl', ['version'], { encoding: 'utf8' });
  if (probe.status === 0) {
    const dir = mkdtempSync(join(tmpdir(), 'remote-image-cert-'));
    try {
      const made = spawnSync(
        'openssl',
        [
          'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
          '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2',
          '-subj', '/CN=card-renderer remote-image tests',
          '-addext', 'subjectAltName=DNS:localhost,DNS:*.example.test,IP:127.0.0.1,IP:::1',
        ],
        { encoding: 'utf8' },
      );
      if (made.status === 0) {
        return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), source: 'openssl' };
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const fixtures = new URL('./fixtures/', import.meta.url);
  return {
    key: readFileSync(new URL('test-key.pem', fixtures), 'utf8'),
    cert: readFileSync(new URL('test-cert.pem', fixtures), 'utf8'),
    source: 'fixture',
  };
}

/** A real 1×1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0 test jpeg body')]);
export const GIF = Buffer.from('GIF89a\x01\x00\x01\x00 test gif body', 'latin1');
export const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8 test webp body')]);
export const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(1)</script></svg>';

export interface SeenRequest {
  path: string;
  host: string | undefined;
  servername: string | false | null | undefined;
  /** The server-side address the client connected to. */
  localAddress: string | undefined;
}

export interface ImageServer {
  port: number;
  seen: SeenRequest[];
  close(): Promise<void>;
}

function pngOfSize(size: number): Buffer {
  const body = Buffer.alloc(size, 0);
  PNG.copy(body, 0, 0, Math.min(8, size));
  return body;
}

/** https on 127.0.0.1 with one route per behaviour under test, plus `files` (path → body, served as 200). */
export async function startImageServer(cert: TestCert, files: Record<string, Uint8Array> = {}): Promise<ImageServer> {
  const seen: SeenRequest[] = [];
  const server = https.createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://local.invalid');
    const socket = req.socket as TLSSocket;
    seen.push({ path: url.pathname + url.search, host: req.headers.host, servername: socket.servername, localAddress: socket.localAddress });
    res.on('error', () => {});
    const n = Number(url.searchParams.get('n') ?? '0');
    const file = files[url.pathname];
    if (file) {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': file.length });
      res.end(file);
      return;
    }
    switch (url.pathname) {
      case '/ok.png':
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.length });
        res.end(PNG);
        return;
      case '/photo.jpg':
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(JPEG);
        return;
      case '/anim.gif':
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(GIF);
        return;
      case '/pic.webp':
        res.writeHead(200);
        res.end(WEBP);
        return;
      case '/redirect':
        res.writeHead(Number(url.searchParams.get('status') ?? '302'), { location: url.searchParams.get('to') ?? '/ok.png' });
        res.end();
        return;
      case '/chain':
        if (n > 0) res.writeHead(301, { location: `/chain?n=${n - 1}` }).end();
        else res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
        return;
      case '/sized': {
        // ?n=bytes, with Content-Length
        const body = pngOfSize(n);
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': body.length });
        res.end(body);
        return;
      }
      case '/streamed': {
        // ?n=bytes, chunked (no Content-Length), written in 1 KiB pieces
        res.writeHead(200, { 'content-type': 'image/png' });
        const body = pngOfSize(n);
        for (let at = 0; at < body.length; at += 1024) res.write(body.subarray(at, at + 1024));
        res.end();
        return;
      }
      case '/stall':
        return; // never answers
      case '/stall-body':
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': 4096 });
        res.write(pngOfSize(64)); // then nothing, ever
        return;
      case '/html':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end('<!doctype html><html><body>not an image</body></html>');
        return;
      case '/svg':
        res.writeHead(200, { 'content-type': 'image/svg+xml' });
        res.end(SVG);
        return;
      case '/svg-as-png':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(SVG.slice(SVG.indexOf('<svg')));
        return;
      case '/empty':
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': 0 });
        res.end();
        return;
      case '/gzip':
        res.writeHead(200, { 'content-type': 'image/png', 'content-encoding': 'gzip' });
        res.end(PNG);
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
    }
  });
  server.on('tlsClientError', () => {});
  server.on('clientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A TCP server on 127.0.0.1 that accepts connections and never sends a byte (TLS handshake never completes). */
export async function startSilentServer(): Promise<{ port: number; accepted: () => number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
