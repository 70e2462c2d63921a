/**
 * Screenshot of the card editor for the README (docs/editor.png): the seed post loaded, desktop width.
 * Drives Debian's Chromium through playwright-core (`apt-get install chromium`).
 *
 *   npx tsx scripts/editor-screenshot.ts [out.png] [width] [height]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { testApp } from '../tests/helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const out = process.argv[2] ?? join(import.meta.dirname, '..', 'docs', 'editor.png');
const width = Number(process.argv[3] ?? 1440);
const height = Number(process.argv[4] ?? 980);

if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: run apt-get install chromium (or set CHROMIUM_PATH)`);
  process.exit(1);
}

const app = await testApp();
/** Port 3000 when free, so the URLs in the picture read like `npm start`'s; any free port otherwise. */
async function listen(port: number): Promise<ReturnType<typeof serve>> {
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  const ok = await new Promise<boolean>((resolve) => {
    server.once('listening', () => resolve(true));
    server.once('error', () => resolve(false));
  });
  return ok ? server : listen(0);
}
const server = await listen(3000);
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: width < 700 ? 2 : 1 });
  // No hash: the page starts from the kind's example, which for post is the seed post.
  await page.goto(`http://localhost:${port}/editor?kind=post`);
  await page.waitForFunction(() => document.getElementById('frame')?.dataset.state === 'ready');
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`${out}  ${width}×${height}`);
} finally {
  await browser.close();
  server.close();
}
