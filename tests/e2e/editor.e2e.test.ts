/**
 * The card editor in a real browser: Debian's Chromium driven by playwright-core, against the real app
 * (in-process renderer) on a loopback port. No sleeps: every wait is on a page condition or a response.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toQuery } from '../../src/http/query.ts';
import { KINDS, TEMPLATES } from '../../templates/index.ts';
import { noisyPngDataUri } from '../fixtures/noisy-png.ts';
import { testApp } from '../helpers.ts';
import { decode } from '../image.ts';
import { parseHtml } from '../html.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: ServerType | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page | undefined;
let base = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the editor's end-to-end tests drive Debian's Chromium. Install it with \`apt-get install chromium\` (as root).`);
  }
  const app = await testApp();
  const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  server = s;
  await new Promise<void>((resolve, reject) => {
    s.once('listening', () => resolve());
    s.once('error', reject);
  });
  base = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  // The renderer's first card of each kind loads fonts and shapers: do it while Chromium starts.
  const warm = Promise.all(
    KINDS.map((kind) =>
      app.request(`/v1/cards/${kind}.png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(TEMPLATES[kind].example) }),
    ),
  );
  [browser] = await Promise.all([chromium.launch({ executablePath: CHROMIUM, args: ARGS }), warm]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
});

afterEach(async () => {
  await page?.close();
  page = undefined;
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  const s = server;
  if (s) {
    if ('closeAllConnections' in s) s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
});

/** A new page (clipboard allowed) on the editor, its first preview shown. */
async function open(path: string): Promise<Page> {
  const p = await context!.newPage();
  page = p;
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => {
    if (m.type() === 'error' && !/status of 400/.test(m.text())) errors.push(m.text());
  });
  (p as Page & { errors: string[] }).errors = errors;
  await p.goto(`${base}${path}`);
  await ready(p, 0);
  return p;
}

const pageErrors = (page: Page) => (page as Page & { errors: string[] }).errors;

/** The number of previews the page has shown so far. */
const version = (page: Page) => page.$eval('#frame', (f) => Number((f as HTMLElement).dataset.version));

/** Waits until a preview newer than `after` is shown and nothing is pending. */
async function ready(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (v) => {
      const f = document.getElementById('frame')!;
      return Number(f.dataset.version) > v && f.dataset.state === 'ready';
    },
    after,
  );
}

/** The bytes of the image on screen, through the page's own Download link (the object URL of the preview). */
async function previewBytes(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const file = await download.path();
  return readFile(file);
}

const isPng = (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('card editor (Chromium)', () => {
  it('typing in the text field re-renders the preview, debounced, with a loading state', async () => {
    const page = await open('/editor?kind=quote');
    const before = await previewBytes(page);
    expect(isPng(before)).toBe(true);
    let v = await version(page);

    await page.click('[data-path="text"]');
    await page.keyboard.press('End');
    await page.keyboard.type(' Allez !');
    await ready(page, v);
    const after = await previewBytes(page);
    expect(isPng(after)).toBe(true);
    expect(after.equals(before)).toBe(false);
    expect(await page.inputValue('[data-path="text"]')).toMatch(/détails\. Allez !$/);
    expect(await page.isVisible('#frame .busy')).toBe(false);
    expect(await page.textContent('#status')).toBe('Up to date');

    // A burst of input events (one task, well inside the 250 ms debounce) is one request, and the
    // loading state shows at once.
    v = await version(page);
    let describes = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/v1/cards/quote.json')) describes++;
    });
    const during = await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-path="text"]')!;
      for (const c of ' Go OM') {
        area.value += c;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }
      const frame = document.getElementById('frame')!;
      return { state: frame.dataset.state, busy: getComputedStyle(frame.querySelector('.busy')!).display !== 'none', status: document.getElementById('status')!.textContent };
    });
    expect(during).toEqual({ state: 'loading', busy: true, status: 'Rendering…' });
    await ready(page, v);
    expect(describes).toBe(1);
    expect(await page.getAttribute('#preview-image', 'alt')).toContain('Allez ! Go OM');
    expect(pageErrors(page)).toEqual([]);
  });

  it('text fields take their direction from what is typed: Arabic reads right to left (dir=auto)', async () => {
    const page = await open('/editor?kind=quote');
    expect(await page.getAttribute('[data-path="text"]', 'dir')).toBe('auto');
    expect(await page.getAttribute('[data-path="author"]', 'dir')).toBe('auto');
    await page.fill('[data-path="text"]', 'الهلال يتأهل إلى النهائي');
    const direction = await page.evaluate(() => getComputedStyle(document.querySelector('[data-path="text"]')!).direction);
    expect(direction).toBe('rtl');
    await page.fill('[data-path="text"]', 'Allez OM');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-path="text"]')!).direction)).toBe('ltr');
  });

  it('an invalid value shows its API error next to the field, and the last good image stays', async () => {
    const page = await open('/editor?kind=score');
    const goodSrc = await page.getAttribute('#preview-image', 'src');

    await page.fill('[data-path="home.score"]', '100');
    const error = page.locator('[data-field="home.score"] > .error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toMatch(/at most 99/);
    expect(await page.getAttribute('[data-path="home.score"]', 'aria-invalid')).toBe('true');
    // Described by its error, for screen readers.
    const describedBy = (await page.getAttribute('[data-path="home.score"]', 'aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await error.getAttribute('id'));
    expect(await page.$eval('#frame', (f) => (f as HTMLElement).dataset.state)).toBe('error');
    expect(await page.isVisible('#banner')).toBe(true);
    // The last valid card is still on screen.
    expect(await page.isVisible('#preview-image')).toBe(true);
    expect(await page.getAttribute('#preview-image', 'src')).toBe(goodSrc);
    // No other field is flagged.
    expect(await page.locator('.error:visible').count()).toBe(1);

    // Fixing it clears the error and renders again.
    const v = await version(page);
    await page.fill('[data-path="home.score"]', '2');
    await ready(page, v);
    expect(await error.isVisible()).toBe(false);
    expect(await page.getAttribute('[data-path="home.score"]', 'aria-invalid')).toBeNull();
    expect(await page.getAttribute('#preview-image', 'src')).not.toBe(goodSrc);

    // A nested required text emptied: "must not be empty" under that field.
    await page.fill('[data-path="away.name"]', '');
    const nameError = page.locator('[data-field="away.name"] > .error');
    await nameError.waitFor({ state: 'visible' });
    expect(await nameError.textContent()).toMatch(/must not be empty/i);
  });

  it('the copied image URL serves exactly the PNG the preview shows, and the meta tags carry it', async () => {
    const page = await open('/editor?kind=post');
    const shown = await previewBytes(page);

    await page.click('#copy-url');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Copied the image URL');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url.startsWith(`${base}/v1/cards/post.png?`)).toBe(true);
    expect(url).toContain('author.handle=OM_Officiel');
    expect(await page.inputValue('#out-url')).toBe(url);

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const fetched = Buffer.from(await res.arrayBuffer());
    expect(fetched.equals(shown)).toBe(true);

    await page.click('#copy-meta');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Copied the meta tags');
    const meta = await page.evaluate(() => navigator.clipboard.readText());
    expect(meta).toContain(`<meta property="og:image" content="${url.replaceAll('&', '&amp;')}">`);
    expect(meta).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(meta).toContain(`<meta name="twitter:image" content="${url.replaceAll('&', '&amp;')}">`);
    expect(meta).toMatch(/<meta property="og:image:alt" content="[^"]*Continuez comme ça les gars/);

    await page.click('#copy-alt');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Copied the alt text');
    const alt = await page.evaluate(() => navigator.clipboard.readText());
    expect(alt).toBe(await page.getAttribute('#preview-image', 'alt'));
    expect(alt).toContain('Olympique de Marseille');
  });

  it('a card whose GET URL is too long (an inline image) is previewed through POST, its URL buttons off', async () => {
    const page = await open(`/editor?kind=quote#${toQuery({ ...(TEMPLATES.quote.example as object), avatar: noisyPngDataUri() })}`);
    expect(decode(await previewBytes(page)).width).toBe(1200);
    expect(await page.textContent('#banner')).toContain('too long for og:image');
    expect(await page.isDisabled('#copy-url')).toBe(true);
    expect(await page.isDisabled('#copy-meta')).toBe(true);
    expect(await page.isDisabled('#copy-alt')).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });

  it('"Copy share link" copies the card’s share page: it unfurls as this card, and shows it to a person', async () => {
    const page = await open('/editor?kind=score');
    const shown = await previewBytes(page);
    const alt = (await page.getAttribute('#preview-image', 'alt'))!;

    await page.click('#copy-share');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Copied the share link');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${base}/v1/cards/score.html?`)).toBe(true);
    expect(await page.inputValue('#out-share')).toBe(link);
    const imageUrl = await page.inputValue('#out-url');

    // What a crawler reads: og:image is the preview's own image URL, with its alt text.
    const res = await fetch(link);
    expect(res.status).toBe(200);
    const tags = parseHtml(await res.text());
    expect(tags.meta('og:image')).toEqual([imageUrl]);
    expect(tags.meta('og:image:alt')).toEqual([alt]);
    expect(tags.meta('og:title')).toEqual(['Olympique de Marseille 1-1 Atalanta']);
    expect(Buffer.from(await (await fetch(imageUrl)).arrayBuffer()).equals(shown)).toBe(true);

    // What a person sees: the card, drawn, with its alt text; the page's strict CSP blocks nothing it needs.
    await page.goto(link);
    await page.waitForFunction(() => {
      const img = document.querySelector('figure img') as HTMLImageElement | null;
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    expect(await page.$eval('figure img', (img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight])).toEqual([1200, 630]);
    expect(await page.getAttribute('figure img', 'alt')).toBe(alt);
    expect(await page.textContent('figcaption')).toBe(alt);
    expect(await page.textContent('h1')).toBe('Olympique de Marseille 1-1 Atalanta');
    expect(pageErrors(page)).toEqual([]);
  });

  it('adding a score event puts it on the card: in the alt text and in the image', async () => {
    const page = await open('/editor?kind=score');
    const before = await previewBytes(page);
    const v = await version(page);
    expect(await page.locator('[data-path="events"] .item').count()).toBe(2);

    await page.click('button:has-text("Add event")');
    expect(await page.locator('[data-path="events"] .item').count()).toBe(3);
    // The new event's first empty field has the focus.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe('events.2.minute');

    const described = page.waitForResponse(async (r) => {
      if (!r.url().endsWith('/v1/cards/score.json') || r.status() !== 200) return false;
      return ((await r.json()) as { alt: string }).alt.includes('Zinédine Zidane');
    });
    await page.keyboard.type('88');
    await page.selectOption('[data-path="events.2.team"]', 'away');
    await page.fill('[data-path="events.2.player"]', 'Zinédine Zidane');
    const body = (await (await described).json()) as { alt: string; url: string };
    expect(body.alt).toMatch(/88’ Zinédine Zidane/);
    expect(body.url).toContain('events.2.player=Zin%C3%A9dine%20Zidane');

    await ready(page, v);
    await page.waitForFunction(() => document.getElementById('preview-image')?.getAttribute('alt')?.includes('Zinédine Zidane'));
    const after = await previewBytes(page);
    expect(after.equals(before)).toBe(false);
    expect(await page.inputValue('#out-alt')).toContain('Zinédine Zidane');

    // Removing it takes it off again.
    const v2 = await version(page);
    await page.click('button[aria-label="Remove event 3"]');
    expect(await page.locator('[data-path="events"] .item').count()).toBe(2);
    await ready(page, v2);
    expect(await page.getAttribute('#preview-image', 'alt')).not.toContain('Zidane');
  });

  it('the state lives in the URL: a reload restores every field', async () => {
    const page = await open('/editor?kind=score');
    const v = await version(page);
    await page.fill('[data-path="home.name"]', 'Paris FC');
    await page.fill('[data-path="home.score"]', '3');
    await page.selectOption('[data-path="size"]', 'square');
    await page.selectOption('[data-path="locale"]', 'en');
    await page.selectOption('[data-path="theme"]', 'brand');
    await page.fill('[data-path="theme.background"]', '#112233');
    await page.click('button:has-text("Add event")');
    await page.fill('[data-path="events.2.minute"]', '90+3');
    await page.fill('[data-path="events.2.player"]', 'Kévin « K » Lopez');
    await ready(page, v);
    await page.waitForFunction(() => location.hash.includes('events.2.player=K%C3%A9vin'));
    expect(page.url()).toContain('/editor?kind=score#');
    expect(await page.getAttribute('#frame', 'style')).toMatch(/--ratio:\s*1\b/);

    const fields = () =>
      page.$$eval('[data-path]', (nodes) =>
        nodes
          .filter((n): n is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement => 'value' in n && !(n instanceof HTMLButtonElement))
          .map((n) => [n.dataset.path, n instanceof HTMLInputElement && n.type === 'checkbox' ? String(n.checked) : n.value]),
      );
    const saved = await fields();
    expect(saved).toContainEqual(['home.name', 'Paris FC']);
    expect(saved).toContainEqual(['theme.background', '#112233']);
    expect(saved).toContainEqual(['events.2.player', 'Kévin « K » Lopez']);
    const url = page.url();

    await page.reload();
    await ready(page, 0);
    expect(page.url()).toBe(url);
    expect(await fields()).toEqual(saved);
    expect(await page.isChecked('input[name="kind"][value="score"]')).toBe(true);
    expect(await page.getAttribute('#preview-image', 'alt')).toContain('Paris FC 3');
    expect(pageErrors(page)).toEqual([]);
  });
  it('a line-up is edited as one row per player: formation rules from the API, reordering by button and Alt+arrow', async () => {
    const page = await open('/editor?kind=lineup');
    const players = page.locator('[data-path="starting"] .item');
    expect(await players.count()).toBe(11);
    // exactly 11 players: the list can be reordered and edited, not grown or shrunk
    expect(await page.isDisabled('button:has-text("Add starting")')).toBe(true);
    expect(await page.isDisabled('button[aria-label="Remove starting 5"]')).toBe(true);
    // one compact row per player, the columns named once
    expect(await page.locator('[data-path="starting"] .item-head').innerText()).toMatch(/Number\s+Name\s+Position\s+Captain\s+Grid/);
    const before = await previewBytes(page);

    await page.fill('[data-path="formation"]', '4-4-3');
    const error = page.locator('[data-field="formation"] > .error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toBe('The lines must add up to 10 outfield players (4-4-3 makes 11)');

    let v = await version(page);
    await page.fill('[data-path="formation"]', '4-4-2');
    await ready(page, v);
    expect(await error.isVisible()).toBe(false);
    expect(await page.getAttribute('#preview-image', 'alt')).toContain('(4-4-2)');

    // the last forward moves up one place: in 4-4-2 the front two read Sarr, Aubameyang
    v = await version(page);
    await page.click('button[aria-label="Move starting 11 up"]');
    await ready(page, v);
    expect(await page.inputValue('[data-path="starting.9.name"]')).toBe('Ismaïla Sarr');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-starting-9-up');
    expect(await page.getAttribute('#preview-image', 'alt')).toMatch(/8 Azzedine Ounahi, 27 Jordan Veretout \(capitaine\), 19 Geoffrey Kondogbia, 29 Iliman Ndiaye; 23 Ismaïla Sarr, 10 Pierre-Emerick Aubameyang\./);
    await page.waitForFunction(() => location.hash.includes('starting.9.name=Isma%C3%AFla%20Sarr'));

    // Alt+↓ from a field of the row moves it back
    v = await version(page);
    await page.focus('[data-path="starting.9.name"]');
    await page.keyboard.press('Alt+ArrowDown');
    await ready(page, v);
    expect(await page.inputValue('[data-path="starting.10.name"]')).toBe('Ismaïla Sarr');
    expect(await page.inputValue('[data-path="starting.9.name"]')).toBe('Pierre-Emerick Aubameyang');

    v = await version(page);
    await page.fill('[data-path="substitutes.0.name"]', 'Geronimo Rulli');
    await ready(page, v);
    expect(await page.getAttribute('#preview-image', 'alt')).toContain('36 Geronimo Rulli');
    expect((await previewBytes(page)).equals(before)).toBe(false);
    expect(pageErrors(page)).toEqual([]);
  });

  it('standings rows fold to a summary line, and a new row counts on from the last one', async () => {
    const page = await open('/editor?kind=standings');
    const rows = page.locator('[data-path="rows"] > .items > .item');
    expect(await rows.count()).toBe(18);
    expect(await page.locator('details[data-path="rows.7"] > summary').innerText()).toMatch(/Row 8\s+8 · Marseille · OM/i);
    expect(await page.isVisible('[data-path="rows.7.points"]')).toBe(false);

    let v = await version(page);
    await page.selectOption('[data-path="size"]', 'story');
    await ready(page, v);
    v = await version(page);
    await page.click('button:has-text("Add row")');
    expect(await rows.count()).toBe(19);
    // opened, ranked after the last row, its figures at 0, the club's name to type
    expect(await page.getAttribute('details[data-path="rows.18"]', 'open')).not.toBeNull();
    expect(await page.inputValue('[data-path="rows.18.rank"]')).toBe('19');
    expect(await page.inputValue('[data-path="rows.18.played"]')).toBe('0');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe('rows.18.team.name');
    await page.keyboard.type('AC Ajaccio');
    await page.waitForFunction(() => document.getElementById('preview-image')?.getAttribute('alt')?.includes('19. AC Ajaccio 0 pts'));
    await ready(page, v);

    expect(pageErrors(page)).toEqual([]);
  });

  it('a standings row with a figure that breaks a rule opens by itself and says which rule', async () => {
    const bad = structuredClone(TEMPLATES.standings.example) as { rows: Array<{ played: number }> };
    bad.rows[2]!.played = 40;
    const page = await context!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/editor?kind=standings#${toQuery(bad)}`);
    const error = page.locator('[data-field="rows.2.played"] > .error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toBe('Must equal won + drawn + lost (17 + 10 + 7 = 34)');
    // only that row opened
    expect(await page.locator('details[open]').count()).toBe(1);
    expect(await page.getAttribute('details[data-path="rows.2"]', 'open')).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
