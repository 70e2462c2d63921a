/**
 * `npm run dev:edge`: builds the Worker (scripts/build-edge.ts) and serves it in workerd, Cloudflare's runtime,
 * offline, on PORT (default 8787, wrangler's). Settings come from the environment as they would from the
 * Worker's vars and secrets (CARD_SIGNING_KEYS, CARD_API_TOKENS, CARD_MAX_PIXELS, …). Ctrl-C stops it.
 */
import { buildEdge } from './build-edge.ts';
import { startWorkerd } from './edge/workerd.ts';
import { edgeConfigSchema } from '../src/adapter/workers/config.ts';

const port = Number(process.env.PORT ?? 8787);
const built = await buildEdge();
const bindings = Object.fromEntries(Object.keys(edgeConfigSchema.shape).flatMap((k) => (process.env[k] !== undefined ? [[k, process.env[k]!]] : [])));
const worker = await startWorkerd(built.outdir, { port, bindings, inherit: true });
console.log(`card renderer (Worker build, workerd) listening on ${worker.url.replace('127.0.0.1', 'localhost')}`);
// A bad setting does not stop a Worker: it answers every request with a 500 naming the setting. Said here too.
if (worker.health.status !== 200) console.error(`but it does not work: /healthz answers ${worker.health.status} ${worker.health.body}`);
const stop = () => void worker.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
