/**
 * `npm run load`: autocannon against the real service on loopback, 200 connections for 30 s, half the
 * requests for a few popular cards (cache hits after their first render, as a CDN-fronted og:image sees)
 * and half for distinct cards (every one a render). Prints throughput, latency percentiles, status counts
 * and the service's peak RSS. 503 + Retry-After is the service's intended answer when its render queue is
 * full; anything else that is not 200 is an unintended error and fails the run.
 *
 *   npm run load [-- --connections 200 --duration 30 --popular 0.5]
 */
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { toQuery } from '../src/http/query.ts';
import { TEMPLATES, type CardKind } from '../templates/index.ts';
import { processMemoryMB, startService } from './lib/service.ts';

const { values } = parseArgs({ options: { connections: { type: 'string', default: '200' }, duration: { type: 'string', default: '30' }, popular: { type: 'string', default: '0.5' } } });
const CONNECTIONS = Number(values.connections);
const DURATION_S = Number(values.duration);
const POPULAR_SHARE = Number(values.popular);
/** Distinct popular cards: a match day's handful of og:images. */
const POPULAR_CARDS = 12;
const KINDS: CardKind[] = ['quote', 'score', 'post'];

function cardPath(kind: CardKind, n: number): string {
  const ex = structuredClone(TEMPLATES[kind].example) as Record<string, unknown>;
  if (kind === 'quote') ex.text = `${String(ex.text)} (${n})`;
  if (kind === 'post') ex.text = `${String(ex.text)} #${n}`;
  if (kind === 'score') ex.home = { ...(ex.home as object), score: n % 10 };
  if (kind === 'score') ex.venue = `Orange Vélodrome ${n}`;
  return `/v1/cards/${kind}.png?${toQuery(ex)}`;
}

const service = await startService({}, () => {});
const popular = Array.from({ length: POPULAR_CARDS }, (_, i) => cardPath(KINDS[i % 3]!, i));
let unique = 1_000_000;
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, processMemoryMB(service.child.pid!).rss)), 250);

console.log(`load: ${CONNECTIONS} connections for ${DURATION_S} s against ${service.base}, ${Math.round(POPULAR_SHARE * 100)}% of requests for ${POPULAR_CARDS} popular cards, the rest distinct`);
const result = await autocannon({
  url: service.base,
  connections: CONNECTIONS,
  duration: DURATION_S,
  timeout: 30,
  requests: [
    {
      setupRequest: (req) => ({
        ...req,
        path: Math.random() < POPULAR_SHARE ? popular[Math.floor(Math.random() * POPULAR_CARDS)]! : cardPath(KINDS[unique % 3]!, unique++),
      }),
    },
  ],
});
clearInterval(sampler);
const health = (await (await fetch(`${service.base}/healthz`)).json()) as { cache: { entries: number; bytes: number } };
// the service's own count of error answers by machine code (overloaded, render_timeout, …)
const metricsText = await (await fetch(`${service.base}/metrics`)).text();
const errorsByCode = [...metricsText.matchAll(/^card_errors_total\{code="([^"]+)",status="(\d+)"\} (\d+)/gm)].map((m) => `${m[2]} ${m[1]}×${m[3]}`);
const hits = /card_cache_total\{kind="\w+",result="hit"\} \d+/g;
const cacheHits = [...metricsText.matchAll(hits)].reduce((n, m) => n + Number(m[0].split(' ')[1]), 0);
const memory = processMemoryMB(service.child.pid!);
service.stop();

const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [Number(code), (s as { count: number }).count] as const);
const count = (pred: (c: number) => boolean) => codes.filter(([c]) => pred(c)).reduce((n, [, k]) => n + k, 0);
const ok = count((c) => c === 200);
const shed = count((c) => c === 503);
const unintended = count((c) => c !== 200 && c !== 503) + result.errors + result.timeouts;

console.log(`
| metric | value |
|---|---|
| requests | ${result.requests.total} (${ok} × 200, ${shed} × 503 shed with Retry-After) |
| throughput | ${result.requests.average.toFixed(0)} req/s average, ${(ok / DURATION_S).toFixed(0)} images/s |
| latency p50 / p90 / p99 | ${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} ms |
| status codes | ${codes.map(([c, n]) => `${c}×${n}`).join(', ')} |
| errors by code | ${errorsByCode.join(', ') || 'none'} |
| memory-cache hits | ${cacheHits} |
| connection errors / timeouts | ${result.errors} / ${result.timeouts} |
| unintended errors | ${unintended} |
| service RSS peak / at end | ${Math.max(peakRss, memory.peak).toFixed(0)} MB / ${memory.rss.toFixed(0)} MB |
| image cache at end | ${health.cache.entries} images, ${(health.cache.bytes / 1024 / 1024).toFixed(1)} MB |
`);
process.exit(unintended === 0 ? 0 : 1);
