import { afterAll, describe, expect, it } from 'vitest';
import { renderLines } from '../src/bulk.ts';
import { CardError } from '../src/errors.ts';
import { createWorkerPool } from '../src/adapter/node/pool.ts';
import { coverage, parsed } from './helpers.ts';

/**
 * Bulk mode against a real worker pool with one worker and a one-card queue, so any card sent beyond what
 * the pool can hold is refused at once (503 overloaded): what used to happen, after a 10 s wait, to half of
 * a 300-line file. Timeouts are generous: this is about backpressure, not speed.
 */
const pool = createWorkerPool({ workers: 1, maxQueue: 1, timeoutMs: 120_000, queueTimeoutMs: 120_000 });
afterAll(() => pool.close());

async function* linesOf(lines: string[]): AsyncIterable<string> {
  yield* lines;
}

describe('bulk rendering (card render --jsonl)', () => {
  const count = 40;
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ text: `Allez ${i + 1}`, author: 'Ana' }));

  it('the pool under test is tight: cards sent all at once are refused as overloaded', async () => {
    const all = await Promise.allSettled(lines.slice(0, 6).map((_, i) => pool.render({ kind: 'quote', payload: parsed('quote', { text: `at once ${i}` }), format: 'png' })));
    const refused = all.filter((r) => r.status === 'rejected' && r.reason instanceof CardError && r.reason.code === 'overloaded');
    expect(refused).toHaveLength(4);
  });

  it('every valid line becomes a card when at most workers + queue cards are in flight; bad lines are reported by line number', async () => {
    const written = new Map<number, number>();
    const failures: string[] = [];
    const file = ['\ufeff' + lines[0]!, '', ...lines.slice(1), '{"text": "Allez"}', 'not json'];
    const result = await renderLines({
      kind: 'quote',
      format: 'png',
      lines: linesOf(file),
      render: (req) => pool.render(req),
      maxInFlight: 2,
      coverage,
      write: async (lineNo, body) => void written.set(lineNo, body.byteLength),
      failed: (lineNo, message) => failures.push(`line ${lineNo}: ${message}`),
    });
    expect(result).toEqual({ done: count, failed: 2 });
    expect([...written.keys()].sort((a, b) => a - b)).toEqual([1, ...Array.from({ length: count - 1 }, (_, i) => i + 3)]);
    expect(failures).toEqual([
      `line ${count + 2}: invalid_payload: invalid quote card: author is required`,
      `line ${count + 3}: not valid JSON: Unexpected token 'o', "not json" is not valid JSON`,
    ]);
  });
});
