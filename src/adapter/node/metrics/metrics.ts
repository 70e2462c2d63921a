import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AppMetrics } from '../../../http/app.ts';
import type { RenderService } from '../../../render/inline.ts';

/**
 * Prometheus metrics for GET /metrics: render durations by phase, cache outcomes, queue depth and errors
 * by code. One registry per app, so tests and several apps in one process do not share counters.
 */
export interface Metrics extends AppMetrics {
  registry: Registry;
}

export function createMetrics(renderer: Pick<RenderService, 'stats'>): Metrics {
  const registry = new Registry();
  const duration = new Histogram({
    name: 'card_render_duration_seconds',
    help: 'Time spent rendering a card, by phase (view = view model and text fitting, layout = satori, raster = resvg, encode = PNG, queue = waiting for a worker)',
    labelNames: ['kind', 'format', 'phase'] as const,
    // 5 ms to 5 s: a warm card takes tens of ms, a story at scale 3 about one second
    buckets: [0.005, 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12],
    registers: [registry],
  });
  const cache = new Counter({
    name: 'card_cache_total',
    help: 'Card requests by cache outcome: hit (memory), miss (rendered), not_modified (304 from ETag)',
    labelNames: ['kind', 'result'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'card_errors_total',
    help: 'Error responses by machine code and status',
    labelNames: ['code', 'status'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'card_render_queue_depth',
    help: 'Renders waiting for a worker',
    registers: [registry],
    collect() {
      this.set(renderer.stats().queued);
    },
  });
  new Gauge({
    name: 'card_renders_running',
    help: 'Renders running on a worker',
    registers: [registry],
    collect() {
      this.set(renderer.stats().running);
    },
  });
  return {
    registry,
    render(kind, format, t) {
      duration.observe({ kind, format, phase: 'view' }, t.view / 1000);
      duration.observe({ kind, format, phase: 'layout' }, t.layout / 1000);
      if (format === 'png') {
        duration.observe({ kind, format, phase: 'raster' }, t.raster / 1000);
        duration.observe({ kind, format, phase: 'encode' }, t.encode / 1000);
      }
      duration.observe({ kind, format, phase: 'queue' }, t.queue / 1000);
    },
    cache: (kind, result) => cache.inc({ kind, result }),
    error: (code, status) => errors.inc({ code, status: String(status) }),
  };
}
