/**
 * The command line, for bots and scripts:
 *
 *   card render <kind> [payload.json|-] [-o out.png] [--svg]     one card, in-process
 *   card render <kind> --jsonl payloads.jsonl --out-dir dir/     many cards, on all cores (one per line)
 *   card sign <kind> [payload.json|-] [--base URL] [--svg]       the signed GET URL (keys from CARD_SIGNING_KEYS)
 *   card url <kind> [payload.json|-] [--base URL]                the unsigned GET URL
 *
 * Payloads are validated exactly as the HTTP API does; errors print the field and the rule and exit 2. Images
 * go the service's way too (src/adapter/node/card-images.ts): remote ones only from CARD_REMOTE_IMAGE_HOSTS,
 * within its size and time caps, and every image shrunk by libvips to the box it is drawn in before the render
 * decodes it. `url` and `sign` refuse a URL longer than CARD_MAX_URL_LENGTH, which the service would refuse.
 *
 * Exit status: 0 done; 1 a bulk run where some lines failed (each reported by line number); 2 the command
 * cannot work as given, and nothing was rendered: a usage error, an unreadable input, an invalid payload, an
 * output directory or file that cannot be written, a bad configuration. Errors are one line, no stack trace.
 */
import { accessSync, constants, createReadStream, mkdirSync, openSync, closeSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isKind, KINDS, type CardKind } from '../templates/index.ts';
import { ConfigError, loadConfig, type Config } from './adapter/node/config.ts';
import { renderLines } from './bulk.ts';
import { CardError } from './errors.ts';
import { validate } from './http/payload.ts';
import { toQuery } from './http/query.ts';
import { createSigner } from './http/signature/signature.ts';
import { loadFonts, loadTwemoji, nodeFonts } from './adapter/node/assets.ts';
import { nodeCardImages } from './adapter/node/card-images.ts';
import { createRenderer, type Format } from './render/pipeline.ts';
import { createWorkerPool } from './adapter/node/pool.ts';
import { resvgRasterizer } from './adapter/node/resvg.ts';
import { coverageFrom } from './text/coverage.ts';
import { drawableCodePoints } from './text/measure.ts';

const USAGE = `usage:
  card render <kind> [payload.json|-] [-o out.png] [--svg]
  card render <kind> --jsonl payloads.jsonl --out-dir DIR [--svg]
  card sign <kind> [payload.json|-] [--base URL] [--svg]
  card url <kind> [payload.json|-] [--base URL] [--svg]
kinds: ${KINDS.join(', ')}`;

/** A failure of the command as given: printed as one line, exit 2 unless said otherwise. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** What an fs error means for the person at the terminal, without errno numbers or a stack. */
function fsReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EEXIST: 'it exists and is not a directory',
    ENOSPC: 'no space left on the device',
  };
  return (e.code && reasons[e.code]) ?? e.message;
}

/** A UTF-8 byte order mark is not part of the JSON (editors on Windows write one); the API accepts it too. */
const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function readPayload(file: string | undefined): unknown {
  const name = !file || file === '-' ? 'stdin' : file;
  let text: string;
  try {
    text = readFileSync(name === 'stdin' ? 0 : name, 'utf8');
  } catch (err) {
    throw new CliError(`card: cannot read ${name}: ${fsReason(err)}`);
  }
  try {
    return JSON.parse(stripBom(text));
  } catch (err) {
    throw new CliError(`card: ${name} is not valid JSON: ${(err as Error).message}`);
  }
}

/**
 * `--base`: where the service is published, as an absolute http(s) URL (a path prefix is kept). Anything
 * else (`javascript:`, `file:`, a bare host) would give a URL no page can use as an og:image, signed or not.
 */
function parseBase(raw: string): string {
  const problem = `card: --base must be an absolute http(s) URL such as https://cards.example.com (got ${JSON.stringify(raw)})`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(problem);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) throw new CliError(problem);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * `mkdir -p` that cannot spin: Node's recursive mkdir loops forever on a path whose parent exists but cannot
 * hold children (`/proc/x`: mkdir answers ENOENT, the parent EEXIST, and it retries), so each level is made
 * in turn and any error other than "already a directory" ends it. Then the directory must be writable.
 */
function makeOutputDir(dir: string): void {
  const parts = resolve(dir).split(sep);
  for (let i = 2; i <= parts.length; i++) {
    const path = parts.slice(0, i).join(sep) || sep;
    try {
      mkdirSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const isDir = code === 'EEXIST' && statSync(path, { throwIfNoEntry: false })?.isDirectory();
      if (!isDir) throw new CliError(`card: cannot create --out-dir ${dir}: ${fsReason(err)}${path === resolve(dir) ? '' : ` (at ${path})`}`);
    }
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new CliError(`card: cannot write to --out-dir ${dir}: ${fsReason(err)}`);
  }
}

function config(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message);
    throw err;
  }
}

async function main(argv: string[]): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    // parseArgs explains in a paragraph; its first sentence is the point ("Unknown option '--foo'").
    const first = (err as Error).message.split(/\.(?:\s|$)/)[0];
    throw new CliError(`card: ${first}; card --help lists the options`);
  }
  const { values, positionals } = args;
  const [command, kindArg, file] = positionals;
  if (values.help) return void console.log(USAGE);
  if (!command || !kindArg) throw new CliError(USAGE);
  if (!['render', 'url', 'sign'].includes(command)) throw new CliError(`card: unknown command "${command}"; commands are render, url, sign`);
  if (!isKind(kindArg)) throw new CliError(`card: unknown kind "${kindArg}"; kinds are ${KINDS.join(', ')}`);
  const kind: CardKind = kindArg;
  const format: Format = values.svg ? 'svg' : 'png';
  const base = parseBase(values.base);

  if (values.jsonl) {
    if (command !== 'render') throw new CliError('card: --jsonl works with render only');
    const outDir = values['out-dir'] ?? (() => { throw new CliError('card: card render --jsonl needs --out-dir'); })();
    return bulk(kind, format, values.jsonl, outDir);
  }
  const input = readPayload(file);
  const settings = config();
  const emoji = loadTwemoji();
  const cardImages = nodeCardImages(settings, emoji);
  const coverage = coverageFrom(await drawableCodePoints(loadFonts()));
  const payload = validate(kind, input, 'invalid_payload', coverage, cardImages.imageLimits);

  if (command === 'url' || command === 'sign') {
    const unsigned = new URL(`${base}/v1/cards/${kind}.${format}?${toQuery(input)}`);
    let url = unsigned;
    if (command === 'sign') {
      const keys = settings.CARD_SIGNING_KEYS;
      if (keys.length === 0) throw new CliError('card sign: set CARD_SIGNING_KEYS (the same keys as the service, newest first)');
      url = await (await createSigner(keys)).signUrl(unsigned);
    }
    return void console.log(withinUrlLimit(url.toString(), kind, settings.CARD_MAX_URL_LENGTH));
  }

  const renderer = await createRenderer({ fonts: nodeFonts(), emoji, rasterizer: resvgRasterizer });
  const drawable = await cardImages.images.prepare(kind, await cardImages.remoteImages(payload), format, 'invalid_payload');
  const out = await renderer.render({ kind, payload: drawable, format });
  const target = values.out ?? `${kind}.${format}`;
  try {
    writeFileSync(target, out.body);
  } catch (err) {
    throw new CliError(`card: cannot write ${target}: ${fsReason(err)}`);
  }
  console.log(`${target} ${out.width}×${out.height} ${(out.body.byteLength / 1024).toFixed(0)} KB (view ${out.timings.view.toFixed(0)} ms, layout ${out.timings.layout.toFixed(0)} ms, raster ${out.timings.raster.toFixed(0)} ms, encode ${out.timings.encode.toFixed(0)} ms)`);
}

/**
 * The URL, if the service would take it: one longer than CARD_MAX_URL_LENGTH gets its 414 (and many CDNs and
 * proxies refuse it before that), so printing it would hand out a link that never works.
 */
function withinUrlLimit(url: string, kind: CardKind, maxUrlLength: number): string {
  if (url.length <= maxUrlLength) return url;
  throw new CliError(
    `card: the URL would be ${url.length} characters; the service accepts at most ${maxUrlLength} (CARD_MAX_URL_LENGTH). Inline images make long URLs: render this card with POST /v1/cards/${kind}.png, or card render`,
  );
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      jsonl: { type: 'string' },
      base: { type: 'string', default: 'http://localhost:3000' },
      svg: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/**
 * Cards in flight per worker in bulk mode: one rendering, one validated and waiting (or being written), so a
 * worker never idles between cards. The pool's queue is sized to hold the waiting ones (see src/bulk.ts).
 */
const IN_FLIGHT_PER_WORKER = 2;

async function bulk(kind: CardKind, format: Format, jsonl: string, outDir: string): Promise<void> {
  try {
    closeSync(openSync(jsonl, 'r'));
  } catch (err) {
    throw new CliError(`card: cannot read ${jsonl}: ${fsReason(err)}`);
  }
  makeOutputDir(outDir);
  const settings = config();
  const { CARD_WORKERS: workers, CARD_RENDER_TIMEOUT_MS: timeoutMs } = settings;
  const cardImages = nodeCardImages(settings, loadTwemoji());
  const coverage = coverageFrom(await drawableCodePoints(loadFonts()));
  const maxInFlight = workers * IN_FLIGHT_PER_WORKER;
  const pool = createWorkerPool({
    workers,
    maxQueue: maxInFlight - workers,
    // A waiting card is behind at most one running render per worker, each over within timeoutMs.
    queueTimeoutMs: 2 * timeoutMs,
    timeoutMs,
  });
  const started = performance.now();
  const lines = createInterface({ input: createReadStream(jsonl, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  let result: { done: number; failed: number };
  try {
    result = await renderLines({
      kind,
      format,
      lines,
      // Remote images fetched and every image sized to its box on this thread first, as the service does.
      render: async (req) => pool.render({ ...req, payload: await cardImages.images.prepare(req.kind, await cardImages.remoteImages(req.payload), req.format, 'invalid_payload') }),
      maxInFlight,
      coverage,
      imageLimits: cardImages.imageLimits,
      // Named by line number, as errors are: line 7 → 00007.png.
      write: (lineNo, body) => writeFile(join(outDir, `${String(lineNo).padStart(5, '0')}.${format}`), body),
      failed: (lineNo, message) => console.error(`line ${lineNo}: ${message}`),
    });
  } finally {
    lines.close();
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${result.done} cards in ${seconds.toFixed(1)} s (${(result.done / seconds).toFixed(1)} cards/s), ${result.failed} failed, in ${outDir}`);
  if (result.failed) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  // Expected failures are one line; anything else is a bug in this program, and its stack is what a report needs.
  const [message, code] =
    err instanceof CliError ? [err.message, err.exitCode] : err instanceof CardError ? [`${err.code}: ${err.message}`, 2] : [`card: ${(err as Error).stack ?? String(err)}`, 1];
  console.error(message);
  process.exit(code);
});
