import type { CardKind } from '../templates/index.ts';
import { CardError } from './errors.ts';
import { validate } from './http/payload.ts';
import type { Format, RenderRequest, RenderResult } from './render/pipeline.ts';
import type { Coverage } from './text/coverage.ts';
import type { ImageLimits } from './image/limits.ts';

/**
 * Bulk rendering, one card per line of JSONL (the CLI's `--jsonl`), with backpressure: at most `maxInFlight`
 * cards are between "line read" and "file written", and the next line is taken only when one is done. The
 * source is consumed as it is needed (a stream of lines, not the whole file in memory), and a card waits
 * for a worker only behind the renders already running, never behind the whole file: sent all at once,
 * 300 lines used to outwait the pool's queue timeout, and half of them failed although every one was valid.
 * With `maxInFlight` ≤ workers + the pool's queue, the queue is never full and never waited on for long.
 */
export interface BulkOptions {
  kind: CardKind;
  format: Format;
  /** Lines of the file, first line first; blank lines are skipped (but counted for line numbers). */
  lines: AsyncIterable<string>;
  render(req: RenderRequest): Promise<RenderResult>;
  maxInFlight: number;
  coverage?: Coverage;
  /** Image header limits held to while a line is validated, as the service does (CARD_MAX_IMAGE_*). */
  imageLimits?: ImageLimits;
  /** Stores a rendered card; `lineNo` counts from 1, blank lines included. */
  write(lineNo: number, body: Uint8Array): Promise<void>;
  /** A line that did not become a card, and why. */
  failed(lineNo: number, message: string): void;
}

export async function renderLines(opts: BulkOptions): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  const card = async (text: string, lineNo: number): Promise<void> => {
    try {
      let input: unknown;
      try {
        input = JSON.parse(text);
      } catch (err) {
        throw new Error(`not valid JSON: ${(err as Error).message}`);
      }
      const payload = validate(opts.kind, input, 'invalid_payload', opts.coverage, opts.imageLimits);
      const out = await opts.render({ kind: opts.kind, payload, format: opts.format });
      await opts.write(lineNo, out.body);
      done++;
    } catch (err) {
      failed++;
      opts.failed(lineNo, err instanceof CardError ? `${err.code}: ${err.message}` : (err as Error).message);
    }
  };

  const inFlight = new Set<Promise<void>>();
  let lineNo = 0;
  for await (const raw of opts.lines) {
    lineNo++;
    // A UTF-8 byte order mark is not part of the first line's JSON (editors on Windows write one).
    const text = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (!text.trim()) continue;
    const task: Promise<void> = card(text, lineNo).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= opts.maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { done, failed };
}
