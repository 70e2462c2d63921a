/**
 * Reads the match-day example cards back with OCR: each kind's example rendered at story size, read by
 * tesseract (`-l eng+fra`, block and sparse-text segmentation, installed separately: `apt-get install tesseract-ocr tesseract-ocr-fra`), and
 * compared with the names and numbers its payload says the card shows. Prints, per kind, the words
 * expected, the share found and the ones missing. Run with `npx tsx scripts/ocr-check.ts [out-dir]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTwemoji, nodeFonts } from '../src/adapter/node/assets.ts';
import { createRenderer } from '../src/render/pipeline.ts';
import { resvgRasterizer } from '../src/adapter/node/resvg.ts';
import { TEMPLATES, type CardKind } from '../templates/index.ts';

/**
 * Fields whose value the card does not print as written: colours, options and flags, the kick-off (printed
 * in the card's language, listed apart), form letters (drawn in coloured squares) and short names (the
 * letters of a crest's monogram, drawn as a picture of a badge rather than as a line of text).
 */
const NOT_PRINTED = new Set(['color', 'size', 'scale', 'theme', 'locale', 'captain', 'highlight', 'form', 'kickoff', 'grid', 'crest', 'photo', 'shortName']);
/** Top-level preset words, printed translated (`matchday` → « Jour de match »). */
const PRESETS = new Set(['label', 'headline']);

/** The words and numbers a payload puts on its card, each once. */
function expected(value: unknown, key = '', out = new Set<string>(), top = true): Set<string> {
  if (NOT_PRINTED.has(key) || (top && PRESETS.has(key))) return out;
  if (typeof value === 'number') out.add(String(value).replace('.', ','));
  else if (typeof value === 'string') for (const w of value.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []) out.add(w);
  else if (Array.isArray(value)) value.forEach((v) => expected(v, key, out, false));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) expected(v, k, out, key === '');
  return out;
}

const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase('fr').replace(/[’']/g, "'");

const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'ocr-'));
mkdirSync(out, { recursive: true });
const renderer = await createRenderer({ fonts: nodeFonts(), emoji: loadTwemoji(), rasterizer: resvgRasterizer });
const extra: Partial<Record<CardKind, string[]>> = {
  // printed, though not written as such in the payload: the kick-off in the card's language
  fixture: ['sam', '4', 'mai', '21:00'],
};
let found = 0;
let total = 0;
for (const kind of ['fixture', 'lineup', 'player', 'standings'] as const) {
  const example = TEMPLATES[kind].example as Record<string, unknown>;
  const payload = TEMPLATES[kind].schema.parse({ ...example, size: 'story' });
  const png = await renderer.render({ kind, payload, format: 'png' });
  const file = join(out, `${kind}-story.png`);
  writeFileSync(file, png.body);
  // Two readings: tesseract's default page segmentation (blocks of text) and its sparse-text mode, which
  // reads the cells of a table (line-up grid, standings columns) that block segmentation merges or drops.
  const text = ['3', '11']
    .map((psm) => execFileSync('tesseract', [file, '-', '-l', 'eng+fra', '--psm', psm], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
    .join('\n');
  writeFileSync(join(out, `${kind}-story.txt`), text);
  const read = new Set((fold(text).match(/[\p{L}\p{N}]+(?:[-'’:,][\p{L}\p{N}]+)*/gu) ?? []).flatMap((w) => [w, ...w.split(/[-'’:]/u)]));
  const words = [...expected(example), ...(extra[kind] ?? [])];
  // a hyphenated name broken across lines at its hyphen is read as its parts
  const missing = words.filter((w) => !read.has(fold(w)) && !fold(w).split('-').every((part) => read.has(part)));
  found += words.length - missing.length;
  total += words.length;
  console.log(`${kind}: ${words.length - missing.length}/${words.length} words and numbers found (${file})`);
  console.log(`  expected: ${words.join(' ')}`);
  console.log(`  missing:  ${missing.length ? missing.join(' ') : '(none)'}`);
}
console.log(`all: ${found}/${total} (${((100 * found) / total).toFixed(1)}%)`);
