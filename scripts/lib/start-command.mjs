import { readFileSync } from 'node:fs';

/**
 * `npm start` as package.json writes it, `K=V … node <flags> dist/server.js`, taken apart: the one place its
 * environment and node flags are written. The build makes the worker's code cache under these flags (V8 refuses
 * a cache made under others) and the scripts that start the service start it with them.
 */
const start = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).scripts.start;
const words = start.trim().split(/\s+/);
const node = words.indexOf('node');
if (node < 0 || words.slice(0, node).some((w) => !/^\w+=\S*$/.test(w))) throw new Error(`package.json scripts.start is not "K=V … node <flags> <file>": ${start}`);

/** The environment variables `npm start` sets. */
export const START_ENV = Object.freeze(Object.fromEntries(words.slice(0, node).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)])));
/** The node flags `npm start` passes. */
export const START_NODE_FLAGS = Object.freeze(words.slice(node + 1).filter((w) => w.startsWith('--')));
