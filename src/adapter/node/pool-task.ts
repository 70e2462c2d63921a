import type { MessagePort } from 'node:worker_threads';
import type { RenderRequest } from '../../render/pipeline.ts';

/**
 * What a worker is handed per render: the request, and a port on which it says `started` once it has begun
 * the render itself, its start-up (fonts, warm-up card) behind it. The render timeout counts from that
 * message, not from when the render was handed to the pool: a replacement worker still loading (1-3 s on a
 * loaded machine) would otherwise eat the timeout of the render queued for it.
 */
export interface PoolTask {
  request: RenderRequest;
  started: MessagePort;
  /** A PNG row buffer handed back for reuse, so a worker does not allocate one per card (deferred-png.ts). */
  spare?: ArrayBuffer;
}

/** In a worker: the render of `task` has begun (see PoolTask). */
export function renderStarted(task: PoolTask): void {
  task.started.postMessage('started');
  task.started.close();
}
