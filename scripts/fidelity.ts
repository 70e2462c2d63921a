/**
 * Text fidelity, end to end, as a user runs the service: `npm run build`, `node dist/server.js` on a free
 * loopback port (scripts/lib/service.ts), then the shared OCR reader (`fidelity.py`, tesseract) on both
 * corpora, rendered as `post` cards through the HTTP API. Prints each corpus's per-case table, the world
 * corpus against Chromium's reference case by case, and whether the targets of issue 12 hold:
 *  - world corpus: overall recall at least Chromium's, no case more than 0.05 below Chromium's;
 *  - styled corpus: at least 0.952 (what the service scored before the world scripts).
 * Exits 1 when a target is missed.
 *
 *   npm run fidelity [-- --shared DIR] [--out DIR]
 *
 * DIR is the folder holding corpus/ and tools/ (default: ../shared or ../../shared from the project). Needs
 * tesseract with the corpora's language packs and python3-pil (see corpus/README.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { processMemoryMB, ROOT, startService } from './lib/service.ts';

/** The targets of issue 12: the styled corpus as the service scored it before the world scripts. */
const STYLED_TARGET = 0.952;
/** No world case more than this below Chromium's score for it. */
const WORLD_CASE_MARGIN = 0.05;

const { values } = parseArgs({ options: { shared: { type: 'string' }, out: { type: 'string', default: '/tmp/card-fidelity' } } });
const shared = values.shared ?? [join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')].find((d) => existsSync(join(d, 'tools', 'fidelity.py')));
if (!shared) throw new Error('fidelity.py not found: pass --shared DIR (the folder with corpus/ and tools/)');
const tool = join(shared, 'tools', 'fidelity.py');
/** The tool's own interpreter (its #! line: Debian's python3, which has python3-pil), not whatever python3 is first on PATH. */
const PYTHON = /^#!\s*(\S+)/.exec(readFileSync(tool, 'utf8'))?.[1] ?? 'python3';

interface Case {
  id: string;
  recall: number;
  order?: number;
  line: string;
}
interface Score {
  cases: Case[];
  recall: number;
  order?: number;
}

/** fidelity.py's output: "<id> <recall> [order X] …" per case, last "word recall X over N cases[; order Y]". */
function parse(text: string): Score {
  const cases: Case[] = [];
  let recall = NaN;
  let order: number | undefined;
  for (const line of text.split('\n')) {
    const sum = /^word recall ([\d.]+) over \d+ cases(?:; order ([\d.]+))?/.exec(line);
    if (sum) {
      recall = Number(sum[1]);
      if (sum[2]) order = Number(sum[2]);
      continue;
    }
    const m = /^(\S+)\s+([\d.]+)(?:\s+order ([\d.]+))?/.exec(line);
    if (m) cases.push({ id: m[1]!, recall: Number(m[2]), ...(m[3] ? { order: Number(m[3]) } : {}), line });
  }
  return { cases, recall, ...(order !== undefined ? { order } : {}) };
}

function run(corpus: string, base: string): Score {
  const out = resolve(values.out!, corpus.replace(/\.jsonl$/, ''));
  mkdirSync(out, { recursive: true });
  const text = execFileSync(PYTHON, [tool, '--corpus', join(shared!, 'corpus', corpus), '--base', base, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const mem = processMemoryMB(service.child.pid!);
  console.log(`\n${corpus} (cards and OCR text in ${out}; service RSS after it ${mem.rss.toFixed(0)} MB, peak ${mem.peak.toFixed(0)} MB)\n${text.trim()}`);
  return parse(text);
}

const service = await startService({}, () => {});
let ok = true;
try {
  const world = run('world-posts.jsonl', service.base);
  const styled = run('styled-posts.jsonl', service.base);
  const chromium = parse(readFileSync(join(shared, 'corpus', 'chromium-world.txt'), 'utf8'));
  console.log('\nworld corpus, ours against Chromium (word recall, order)');
  console.log('| case | ours | Chromium | Δ | ours order | Chromium order |');
  console.log('|---|---|---|---|---|---|');
  for (const c of world.cases) {
    const ref = chromium.cases.find((r) => r.id === c.id);
    const delta = ref ? c.recall - ref.recall : NaN;
    if (ref && delta < -WORLD_CASE_MARGIN) ok = false;
    console.log(`| ${c.id} | ${c.recall.toFixed(2)} | ${ref?.recall.toFixed(2) ?? '–'} | ${delta >= 0 ? '+' : ''}${delta.toFixed(2)} | ${c.order?.toFixed(2) ?? '–'} | ${ref?.order?.toFixed(2) ?? '–'} |`);
  }
  console.log(`| **overall** | **${world.recall.toFixed(3)}** | **${chromium.recall.toFixed(3)}** | ${(world.recall - chromium.recall).toFixed(3)} | ${world.order?.toFixed(3) ?? '–'} | ${chromium.order?.toFixed(3) ?? '–'} |`);
  const worldOk = world.recall >= chromium.recall;
  const styledOk = styled.recall >= STYLED_TARGET;
  ok &&= worldOk && styledOk;
  console.log(`\nworld: ${world.recall.toFixed(3)} vs Chromium ${chromium.recall.toFixed(3)} ${worldOk ? 'ok' : 'BELOW'}; every case within ${WORLD_CASE_MARGIN} of Chromium's: ${world.cases.every((c) => (chromium.cases.find((r) => r.id === c.id)?.recall ?? 0) - c.recall <= WORLD_CASE_MARGIN) ? 'yes' : 'NO'}`);
  console.log(`styled: ${styled.recall.toFixed(3)} (target ${STYLED_TARGET}) ${styledOk ? 'ok' : 'BELOW'}`);
} finally {
  service.stop();
}
process.exitCode = ok ? 0 : 1;
