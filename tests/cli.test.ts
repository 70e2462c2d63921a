import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decode } from './image.ts';
import { example } from './helpers.ts';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', 'src', 'cli.ts');
const card = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });

describe('the card CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-cli-'));

  it('renders one card from a payload file', async () => {
    const payload = join(dir, 'score.json');
    writeFileSync(payload, JSON.stringify(example('score')));
    const out = join(dir, 'score.png');
    const { stdout } = await card(['render', 'score', payload, '-o', out]);
    expect(stdout).toContain('1200×630');
    expect(decode(readFileSync(out)).width).toBe(1200);
  });

  it('renders a JSONL file of cards in bulk and reports failures by line', async () => {
    const jsonl = join(dir, 'bulk.jsonl');
    const lines = [1, 2, 3].map((n) => JSON.stringify(example('score', { home: { name: 'OM', score: n } })));
    writeFileSync(jsonl, [...lines, JSON.stringify({ home: { name: 'OM' } })].join('\n'));
    const err = await card(['render', 'score', '--jsonl', jsonl, '--out-dir', join(dir, 'bulk')]).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stdout: string }).stdout).toMatch(/^3 cards in /);
    expect((err as { stderr: string }).stderr).toMatch(/line 4: .*away is required/);
    expect(decode(readFileSync(join(dir, 'bulk', '00003.png'))).height).toBe(630);
  });

  it('prints the GET URL and the signed URL of a payload', async () => {
    const payload = join(dir, 'quote.json');
    writeFileSync(payload, JSON.stringify({ text: 'Allez', author: 'Ana' }));
    const url = await card(['url', 'quote', payload, '--base', 'https://cards.example.com']);
    expect(url.stdout.trim()).toBe('https://cards.example.com/v1/cards/quote.png?text=Allez&author=Ana');
    const signed = await card(['sign', 'quote', payload, '--base', 'https://cards.example.com'], { CARD_SIGNING_KEYS: 'k'.repeat(40) });
    expect(signed.stdout.trim()).toMatch(/^https:\/\/cards\.example\.com\/v1\/cards\/quote\.png\?text=Allez&author=Ana&sig=[A-Za-z0-9_-]{43}$/);
  });

  it('an invalid payload exits 2 naming the field and the rule', async () => {
    const payload = join(dir, 'bad.json');
    writeFileSync(payload, JSON.stringify({ text: '', author: 'Ana', scale: 9 }));
    const err = await card(['render', 'quote', payload]).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toMatch(/text must not be empty; scale must be at most 3/);
  });
});
