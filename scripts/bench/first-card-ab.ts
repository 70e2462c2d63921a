/**
 * A/B of the service's first card after a start: `npx tsx scripts/bench/first-card-ab.ts RUNS A/server.js B/server.js [...]`
 * spawns each built server in turn (interleaved, RUNS rounds), times its first quote PNG over HTTP as `npm run bench`
 * does (firstCardServer), and prints each build's medians. Build the servers first (`node scripts/build.mjs DIR`,
 * or a checkout of another branch built in place). The load average is printed: the machine is shared.
 */
import { loadavg } from 'node:os';
import { toQuery } from '../../src/http/query.ts';
import { TEMPLATES } from '../../templates/index.ts';
import { firstCardServer } from './first-card.ts';

const [runsArg, ...servers] = process.argv.slice(2);
const runs = Number(runsArg);
if (!(runs > 0) || servers.length === 0) {
  console.error('usage: tsx scripts/bench/first-card-ab.ts RUNS SERVER.js [SERVER.js ...]');
  process.exit(2);
}
const path = `/v1/cards/quote.png?${toQuery(TEMPLATES.quote.example)}`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`load average at start: ${load()}`);
const results = servers.map(() => ({ done: [] as number[], listening: [] as number[], cpu: [] as number[] }));
for (let round = 0; round < runs; round++) {
  for (const [i, server] of servers.entries()) {
    const r = await firstCardServer(path, server);
    if (r.error !== undefined) throw new Error(`${server}: ${r.error}`);
    results[i]!.done.push(r.done);
    results[i]!.listening.push(r.listening);
    results[i]!.cpu.push(r.cpu ?? Number.NaN);
    console.log(`round ${round + 1} ${server}: first card ${r.done.toFixed(0)} ms, CPU ${r.cpu} ms, listening ${r.listening.toFixed(0)} ms (${r.serverTiming})`);
  }
}
console.log(`load average at end: ${load()}`);
for (const [i, server] of servers.entries()) {
  const { done, listening, cpu } = results[i]!;
  console.log(`${server}: first card median ${median(done).toFixed(0)} ms [${done.map((d) => d.toFixed(0)).join(' ')}], listening median ${median(listening).toFixed(0)} ms, process CPU until the card median ${median(cpu).toFixed(0)} ms [${cpu.join(' ')}]`);
}
