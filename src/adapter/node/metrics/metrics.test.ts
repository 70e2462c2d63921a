import { describe, expect, it } from 'vitest';
import { toQuery } from '../../../http/query.ts';
import { example, testApp } from '../../../../tests/helpers.ts';

describe('GET /metrics', () => {
  it('counts cache outcomes, render durations, errors by code and the queue depth in Prometheus format', async () => {
    const app = await testApp();
    const url = `/v1/cards/quote.png?${toQuery(example('quote'))}`;
    const miss = await app.request(url);
    await app.request(url);
    await app.request(url, { headers: { 'if-none-match': miss.headers.get('etag')! } });
    await app.request('/v1/cards/quote.png?text=&author=A');
    await app.request('/v1/cards/poll.png');

    const res = await app.request('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('card_cache_total{kind="quote",result="miss"} 1');
    expect(text).toContain('card_cache_total{kind="quote",result="hit"} 1');
    expect(text).toContain('card_cache_total{kind="quote",result="not_modified"} 1');
    expect(text).toContain('card_errors_total{code="invalid_query",status="400"} 1');
    expect(text).toContain('card_errors_total{code="unknown_kind",status="404"} 1');
    expect(text).toMatch(/card_render_duration_seconds_count\{kind="quote",format="png",phase="raster"\} 1/);
    expect(text).toMatch(/card_render_duration_seconds_bucket\{le="5.12",kind="quote",format="png",phase="layout"\} 1/);
    expect(text).toContain('card_render_queue_depth 0');
  });
});
