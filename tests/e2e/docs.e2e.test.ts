/**
 * The API reference (GET /docs) in Debian's Chromium, driven by playwright-core against the real app on a
 * loopback port: it renders the document's operations, logs no error, breaks no CSP rule and asks no other
 * origin for anything. No sleeps: every wait is on a page condition.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS } from '../../templates/index.ts';
import { testApp } from '../helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: ServerType | undefined;
let browser: Browser | undefined;
let base = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install chromium\` (as root).`);
  const s = serve({ fetch: (await testApp()).fetch, port: 0, hostname: '127.0.0.1' });
  server = s;
  await new Promise<void>((resolve, reject) => {
    s.once('listening', () => resolve());
    s.once('error', reject);
  });
  base = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});

afterAll(async () => {
  await browser?.close();
  const s = server;
  if (s) {
    if ('closeAllConnections' in s) s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
});

interface Watched {
  page: Page;
  errors: string[];
  violations: string[];
  requests: string[];
}

/** A page that records console errors, uncaught exceptions, CSP violations and every request it makes. */
async function watch(): Promise<Watched> {
  const context = await browser!.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  // Scalar parses ~4 MB of script and the whole document before it draws: slow on a loaded 2-core machine.
  page.setDefaultTimeout(90_000);
  const w: Watched = { page, errors: [], violations: [], requests: [] };
  page.on('console', (m) => m.type() === 'error' && w.errors.push(m.text()));
  page.on('pageerror', (e) => w.errors.push(e.message));
  context.on('request', (r) => w.requests.push(r.url()));
  await page.exposeFunction('reportViolation', (v: string) => w.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return w;
}

describe('API reference (Chromium)', () => {
  it('renders every kind’s operations from /openapi.json, offline: no error, no CSP violation, no other origin', async () => {
    const w = await watch();
    await w.page.goto(`${base}/docs`);
    await w.page.getByText('card-renderer', { exact: true }).first().waitFor();
    // One section per kind, from the template registry.
    for (const kind of KINDS) await w.page.locator('aside').getByText(kind, { exact: true }).first().waitFor();
    await w.page.locator('aside').getByText('score', { exact: true }).first().click();
    await w.page.locator('aside').getByText('Score card as PNG: the URL for og:image').first().click();
    // The operation with its generated query parameters.
    await w.page.getByText('home.name', { exact: true }).first().waitFor();
    await w.page.getByText('away.name', { exact: true }).first().waitFor();

    expect(w.errors).toEqual([]);
    expect(w.violations).toEqual([]);
    const origins = new Set(w.requests.map((u) => new URL(u).origin));
    expect([...origins]).toEqual([base]);
    expect(w.requests.map((u) => new URL(u).pathname)).toEqual(expect.arrayContaining(['/docs', '/docs/docs.js', '/docs/scalar.js', '/openapi.json']));
    await w.page.context().close();
  }, 180_000);
});
