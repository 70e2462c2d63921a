/**
 * The Worker build under workerd, for `npm run bench`: bundle sizes, the first card after starting workerd,
 * and warm per-card times over HTTP (the Cache API left empty, so every request renders), to print beside
 * the Node render core's figures of the same run.
 *
 * workerd's clocks advance only across I/O (Spectre mitigation, as on Cloudflare), so the Worker's own
 * Server-Timing phases are coarse; the times here are wall times measured by this process around each
 * request, which include ~1 ms of loopback HTTP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEdge, type EdgeBuild } from '../build-edge.ts';
import { loopbackFetch, startWorkerd } from '../edge/workerd.ts';
import { TEMPLATES, type CardKind } from '../../templates/index.ts';
import { summarize, type Summary } from './stats.ts';

export interface EdgeBench {
  build: EdgeBuild;
  /** ms from spawning workerd: answering /healthz (the isolate started, renderer made), then the first quote PNG. */
  first: { ready: number; done: number };
  perCard: Map<string, Summary>;
}

export async function benchEdge(cards: Array<{ label: string; kind: CardKind; extra?: object }>, warmup: number, rounds: number): Promise<EdgeBench> {
  const dir = mkdtempSync(join(tmpdir(), 'card-edge-bench-'));
  try {
    const build = await buildEdge(dir, { quiet: true });
    const body = (kind: CardKind, extra?: object) => JSON.stringify({ ...(TEMPLATES[kind].example as object), ...extra });
    const t0 = performance.now();
    const worker = await startWorkerd(dir, { cache: false });
    const ready = performance.now() - t0;
    const render = async (kind: CardKind, extra?: object) => {
      const res = await loopbackFetch(`${worker.url}/v1/cards/${kind}.png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(kind, extra) });
      if (res.status !== 200) throw new Error(`Worker answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    };
    try {
      await render('quote');
      const done = performance.now() - t0;
      const samples = new Map<string, number[]>(cards.map((c) => [c.label, []]));
      for (let round = 0; round < warmup + rounds; round++) {
        for (const card of round % 2 ? [...cards].reverse() : cards) {
          const s = performance.now();
          await render(card.kind, card.extra);
          if (round >= warmup) samples.get(card.label)!.push(performance.now() - s);
        }
      }
      return { build, first: { ready, done }, perCard: new Map([...samples].map(([k, v]) => [k, summarize(v)])) };
    } finally {
      await worker.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
