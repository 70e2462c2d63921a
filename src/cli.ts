/**
 * The command line, for bots and scripts:
 *
 *   card render <kind> [payload.json|-] [-o out.png] [--svg]     one card, in-process
 *   card render <kind> --jsonl payloads.jsonl --out-dir dir/     many cards, on all cores (one per line)
 *   card sign <kind> [payload.json|-] [--base URL] [--svg]       the signed GET URL (keys from CARD_SIGNING_KEYS)
 *   card url <kind> [payload.json|-] [--base URL]                the unsigned GET URL
 *
 * Payloads are validated exactly as the HTTP API does; errors print the field and the rule and exit 2.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isKind, KINDS, type CardKind } from '../templates/index.ts';
import { loadConfig } from './config.ts';
import { CardError } from './errors.ts';
import { validate } from './http/payload.ts';
import { toQuery } from './http/query.ts';
import { createSigner } from './http/signature/signature.ts';
import { loadFonts, loadTwemoji, nodeFontSource } from './render/node-assets.ts';
import { createRenderer } from './render/pipeline.ts';
import { createWorkerPool } from './render/pool.ts';
import { resvgRasterizer } from './render/resvg.ts';
import { coverageFrom } from './text/coverage.ts';
import { drawableCodePoints } from './text/measure.ts';

const USAGE = `usage:
  card render <kind> [payload.json|-] [-o out.png] [--svg]
  card render <kind> --jsonl payloads.jsonl --out-dir DIR [--svg]
  card sign <kind> [payload.json|-] [--base URL] [--svg]
  card url <kind> [payload.json|-] [--base URL] [--svg]
kinds: ${KINDS.join(', ')}`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function readPayload(file: string | undefined): unknown {
  const text = !file || file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    return fail(`${file ?? 'stdin'}: not valid JSON: ${(err as Error).message}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      jsonl: { type: 'string' },
      base: { type: 'string', default: 'http://localhost:3000' },
      svg: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, kindArg, file] = positionals;
  if (values.help || !command || !kindArg) fail(USAGE, values.help ? 0 : 2);
  if (!isKind(kindArg)) fail(`unknown kind "${kindArg}"; kinds are ${KINDS.join(', ')}`);
  const kind: CardKind = kindArg;
  const format = values.svg ? 'svg' : 'png';
  const coverage = coverageFrom(await drawableCodePoints(loadFonts()));

  if (command === 'url' || command === 'sign') {
    const input = readPayload(file);
    validate(kind, input, 'invalid_payload', coverage);
    const url = new URL(`${values.base.replace(/\/$/, '')}/v1/cards/${kind}.${format}?${toQuery(input)}`);
    if (command === 'url') return void console.log(url.toString());
    const keys = loadConfig().CARD_SIGNING_KEYS;
    if (keys.length === 0) fail('card sign: set CARD_SIGNING_KEYS (the same keys as the service, newest first)');
    return void console.log((await (await createSigner(keys)).signUrl(url)).toString());
  }

  if (command !== 'render') fail(USAGE);
  if (values.jsonl) {
    const outDir = values['out-dir'] ?? fail('card render --jsonl needs --out-dir');
    mkdirSync(outDir, { recursive: true });
    const lines = readFileSync(values.jsonl, 'utf8').split('\n').filter((l) => l.trim());
    const pool = createWorkerPool({ workers: loadConfig().CARD_WORKERS, maxQueue: lines.length, timeoutMs: loadConfig().CARD_RENDER_TIMEOUT_MS });
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      lines.map(async (line, i) => {
        try {
          const payload = validate(kind, JSON.parse(line), 'invalid_payload', coverage);
          const out = await pool.render({ kind, payload, format });
          writeFileSync(join(outDir, `${String(i + 1).padStart(5, '0')}.${format}`), out.body);
        } catch (err) {
          failed++;
          console.error(`line ${i + 1}: ${err instanceof CardError ? err.message : (err as Error).message}`);
        }
      }),
    );
    await pool.close();
    const seconds = (performance.now() - started) / 1000;
    console.log(`${lines.length - failed} cards in ${seconds.toFixed(1)} s (${((lines.length - failed) / seconds).toFixed(1)} cards/s), ${failed} failed, in ${outDir}`);
    if (failed) process.exit(1);
    return;
  }
  const payload = validate(kind, readPayload(file), 'invalid_payload', coverage);
  const renderer = await createRenderer({ fonts: loadFonts(), fontSource: nodeFontSource(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
  const out = await renderer.render({ kind, payload, format });
  const target = values.out ?? `${kind}.${format}`;
  writeFileSync(target, out.body);
  console.log(`${target} ${out.width}×${out.height} ${(out.body.byteLength / 1024).toFixed(0)} KB (view ${out.timings.view.toFixed(0)} ms, layout ${out.timings.layout.toFixed(0)} ms, raster ${out.timings.raster.toFixed(0)} ms, encode ${out.timings.encode.toFixed(0)} ms)`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof CardError) fail(`${err.code}: ${err.message}`);
  fail(`card: ${(err as Error).stack ?? String(err)}`, 1);
});
