import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * Graceful drain of a Node http.Server (Node-only). On shutdown the server stops accepting connections, but
 * kept-alive ones stay open until the requests in flight have been answered, so that a client reusing one
 * gets the app's `503 shutting_down` (with `Connection: close`: it then retries elsewhere) instead of a reset.
 *
 * http.Server#close() cannot be used for this: since Node 19 it also closes every idle kept-alive
 * connection at once, and a client that had just sent a request on one sees the connection drop.
 */
export function trackRequests(server: Server) {
  const open = new Set<ServerResponse>();
  let onIdle: (() => void) | undefined;
  server.on('request', (_req, res: ServerResponse) => {
    open.add(res);
    res.once('close', () => {
      open.delete(res);
      if (open.size === 0) onIdle?.();
    });
  });
  return {
    /** Stops listening and resolves once no request is in flight; the answers still to come close their connection. */
    drain(): Promise<void> {
      NetServer.prototype.close.call(server); // stop accepting; unlike http.Server#close, leave kept-alive connections open
      for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close');
      return new Promise((resolve) => {
        onIdle = resolve;
        if (open.size === 0) resolve();
      });
    },
  };
}
