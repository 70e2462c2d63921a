import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { SatoriElement } from '../../src/jsx.ts';
import { familyName } from '../../src/render/fonts.ts';
import { childList, cssText, displayOf, emojiBox, emojiRuns, inherited, markup } from './tree.ts';
import type { PeerAssets, PeerCard, PeerRenderer } from './types.ts';

/**
 * Warm headless Chromium (Debian's /usr/bin/chromium through playwright-core) on an equivalent of our tree.
 *
 * Launched once, one page, the bundled faces loaded once as @font-face rules (the TTF bytes served to the
 * page by `page.route` from this process: 9 MB of data: URLs in the page took seconds longer to parse) and
 * `document.fonts.load`ed before the first card, so no render waits for a font; then per card: set the
 * card's HTML into the page, wait for its images to decode, screenshot the card's rectangle as PNG. That
 * is the render measured; launch (and font loading) is reported apart, as `launchMs`.
 *
 * Offline: everything comes inline (fonts, emoji, SVG), the launch flags turn off Chromium's own background
 * traffic, and every request the page would make is aborted. Fonts: only the bundled faces are named in
 * the trees' `font-family` lists; Chromium would fall back to a system font only for a glyph none of them
 * has (none of the bench cards has one).
 *
 * The tree becomes HTML element for element, styles as CSS with numbers as px. Adapted where satori's
 * defaults differ from a browser's:
 * - `display`: satori's default is flex; spans in a `display: block` text box flow inline (as in
 *   `displayOf`), so the display is written out on every element;
 * - `position: relative` on every element, Yoga's default (an absolute child is placed in its parent);
 * - `margin: 0` on body so the card sits at (0, 0);
 * - emoji: each grapheme satori draws from `graphemeImages` becomes an <img> of the same data: URL in the
 *   box satori draws it in (see `emojiBox`); Chromium's colour-emoji font is never used;
 * - <svg> is inlined as SVG markup, as the HTML parser takes it.
 */
export interface ChromiumRenderer extends PeerRenderer {
  /** The browser's version string. */
  version: string;
  /** ms from launch to a page ready to render (fonts loaded). */
  launchMs: number;
  /** Memory of the whole Chromium process tree now (bytes, from /proc; see `treeMemory`). */
  memory(): { rss: number; pss: number };
}

/** For the bench notes: what differs from handing satori the tree. */
export const CHROMIUM_ADAPTATIONS =
  'the tree as HTML with inline styles (numbers as px); display written out (satori: flex by default, inline in a block text box); position: relative written out (Yoga\'s default); body margin 0; ' +
  'emoji as <img> of the same data: URLs in the box satori draws them in; fonts as @font-face served to the page by page.route; PNG from page.screenshot (clip = card)';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Served by `page.route` from this process (never resolved or reached over the network). */
const ORIGIN = 'http://card-bench.invalid';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function createChromiumRenderer(assets: PeerAssets, opts: { executablePath?: string } = {}): Promise<ChromiumRenderer | undefined> {
  const executablePath = opts.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) return undefined;
  const t0 = performance.now();
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1920 }, deviceScaleFactor: 1 });
    // A made-up origin answered here in-process: the page and the font files. Any other request is aborted.
    await page.route(/^(?!data:)/, (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>' });
      const font = assets.fonts[Number(url.pathname.slice('/font/'.length))];
      return font ? route.fulfill({ contentType: 'font/ttf', body: Buffer.from(font.data) }) : route.abort();
    });
    await page.goto(`${ORIGIN}/`);
    const css = assets.fonts.map(
      (f, i) => `@font-face{font-family:'${familyName(f.family)}';font-weight:${f.weight};font-style:${f.italic ? 'italic' : 'normal'};src:url(${ORIGIN}/font/${i}) format('truetype')}`,
    );
    await page.evaluate((text) => {
      const style = document.createElement('style');
      style.textContent = text;
      document.head.append(style);
    }, `${css.join('\n')}\nhtml,body{margin:0;padding:0}`);
    const loaded = await page.evaluate(async () => {
      const all: FontFace[] = [];
      document.fonts.forEach((f) => all.push(f));
      await Promise.all(all.map((f) => f.load()));
      return all.filter((f) => f.status === 'loaded').length;
    });
    if (loaded !== assets.fonts.length) throw new Error(`Chromium loaded ${loaded} of ${assets.fonts.length} font faces`);
    const launchMs = performance.now() - t0;
    let viewport = { width: 1200, height: 1920 };

    return {
      name: 'Chromium',
      version: browser.version(),
      launchMs,
      memory: () => treeMemory(process.pid, (comm) => comm.startsWith('chrom')),
      async render(card: PeerCard): Promise<Uint8Array> {
        if (card.width > viewport.width || card.height > viewport.height) {
          viewport = { width: Math.max(card.width, viewport.width), height: Math.max(card.height, viewport.height) };
          await page.setViewportSize(viewport);
        }
        const html = toHtml(card.tree, { display: undefined, lineHeight: undefined, images: assets.emojiImages(card.tree) });
        await page.evaluate(async (h) => {
          document.body.innerHTML = h;
          await Promise.all(Array.from(document.images, (i) => i.decode()));
        }, html);
        return page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: card.width, height: card.height }, caret: 'initial' });
      },
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

interface Ctx {
  display: string | undefined;
  lineHeight: unknown;
  images: Record<string, string>;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An element of our tree as HTML, styles inline. */
function toHtml(el: SatoriElement, parent: Ctx): string {
  // Replaced elements keep the browser's display: blockified as flex items, inline in a text box, as in satori.
  if (el.type === 'svg' || el.type === 'img') return markup(el);
  const display = displayOf(el, parent.display);
  const ctx: Ctx = { display, lineHeight: inherited(el, 'lineHeight', parent.lineHeight), images: parent.images };
  const inner = childList(el.props.children)
    .map((k) =>
      typeof k !== 'string'
        ? toHtml(k, ctx)
        : emojiRuns(k, ctx.images)
            .map((r) => ('text' in r ? escapeHtml(r.text) : `<img src="${r.src}" alt="${escapeHtml(r.emoji)}" style="${cssText(emojiBox(ctx.lineHeight))}">`))
            .join(''),
    )
    .join('');
  return `<${el.type} style="${escapeHtml(cssText({ position: 'relative', ...el.props.style, display }))}">${inner}</${el.type}>`;
}

/**
 * Memory of the descendants of `root` whose command name passes `match`, from /proc, in bytes: `rss` sums
 * each process's resident set (pages shared between the processes, e.g. the browser binary, counted once per
 * process), `pss` sums proportional set sizes (each shared page split between its sharers: no double count).
 */
export function treeMemory(root: number, match: (comm: string) => boolean): { rss: number; pss: number } {
  const children = new Map<number, number[]>();
  const comms = new Map<number, string>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces or parentheses, so split at the last ')'.
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      comms.set(Number(d), stat.slice(stat.indexOf('(') + 1, close));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // the process ended while we looked
    }
  }
  const kb = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  const total = { rss: 0, pss: 0 };
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    stack.push(...(children.get(pid) ?? []));
    if (!match(comms.get(pid) ?? '')) continue;
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      total.rss += kb(rollup, 'Rss');
      total.pss += kb(rollup, 'Pss');
    } catch {
      // ended meanwhile
    }
  }
  return total;
}
