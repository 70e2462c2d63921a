import type { Hono } from 'hono';
import { createApp, type AppDeps } from '../../http/app.ts';
import { docsFilesFromDisk } from './docs-files.ts';
import { editorFilesFromDisk } from './editor-files.ts';
import { createMetrics } from './metrics/metrics.ts';

/**
 * The Node service's app: the core Hono app with the editor and the API reference read from disk and Prometheus metrics, which
 * stay Node-only (GET /metrics: one process, one registry; at the edge every isolate would count apart).
 */
export function createNodeApp(deps: Omit<AppDeps, 'metrics' | 'editor' | 'docs'>): Hono {
  const metrics = createMetrics(deps.renderer);
  const app = createApp({ ...deps, metrics, editor: editorFilesFromDisk(), docs: docsFilesFromDisk() });
  app.get('/metrics', async (c) => c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType }));
  return app;
}
