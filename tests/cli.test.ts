import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decode } from './image.ts';
import { example } from './helpers.ts';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', 'src', 'cli.ts');
const card = (args: string[], env: Record<string, string> = {}, timeout = 60_000) =>
  run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env }, timeout });
type Failure = { code: number | null; signal: string | null; stdout: string; stderr: string };
/** The CLI run that is expected to fail: its exit code and output (a resolved run is a test failure). */
const failing = (args: string[], env: Record<string, string> = {}, timeout = 60_000): Promise<Failure> =>
  card(args, env, timeout).then(
    (ok) => {
      throw new Error(`expected the CLI to fail, it printed: ${ok.stdout}`);
    },
    (e: Failure) => e,
  );

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

  it('url and sign refuse a URL longer than CARD_MAX_URL_LENGTH with exit 2, printing no URL', async () => {
    const payload = join(dir, 'long.json');
    writeFileSync(payload, JSON.stringify({ text: 'Allez l’OM, '.repeat(30), author: 'Ana' }));
    const env = { CARD_MAX_URL_LENGTH: '300', CARD_SIGNING_KEYS: 'k'.repeat(40) };
    for (const command of ['url', 'sign']) {
      const err = await failing([command, 'quote', payload, '--base', 'https://cards.example.com'], env);
      expect(err.code).toBe(2);
      expect(err.stdout).toBe('');
      expect(err.stderr).toMatch(/^card: the URL would be \d+ characters; the service accepts at most 300 \(CARD_MAX_URL_LENGTH\)\. .*POST \/v1\/cards\/quote\.png/);
    }
    // A URL within the limit is printed.
    expect((await card(['url', 'quote', payload], { CARD_MAX_URL_LENGTH: '8192' })).stdout).toMatch(/^http:\/\/localhost:3000\/v1\/cards\/quote\.png\?text=/);
  });

  it('bulk mode reads the file as a stream: BOM, CRLF and blank lines, cards named by line number', async () => {
    // backpressure itself is proven against a pool with a one-card queue in tests/bulk.test.ts
    const count = 12;
    const jsonl = join(dir, 'long.jsonl');
    const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ text: `Allez ${i + 1}`, author: 'Ana' }));
    writeFileSync(jsonl, `\ufeff${lines.slice(0, 2).join('\n')}\n\n${lines.slice(2).join('\r\n')}\n`);
    const out = join(dir, 'long');
    const { stdout, stderr } = await card(['render', 'quote', '--jsonl', jsonl, '--out-dir', out], { CARD_WORKERS: '1' }, 120_000);
    expect(stderr).toBe('');
    expect(stdout).toMatch(new RegExp(`^${count} cards in .*, 0 failed, in ${out}`));
    // line 3 is blank, so the third card is 00004.png and the last one is line count + 1
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(count);
    expect(files.slice(0, 3)).toEqual(['00001.png', '00002.png', '00004.png']);
    expect(decode(readFileSync(join(out, `${String(count + 1).padStart(5, '0')}.png`))).width).toBe(1200);
  }, 150_000);

  it('usage errors are one line and exit 2: unknown flag, missing file, bad --base', async () => {
    const payload = join(dir, 'ok.json');
    writeFileSync(payload, JSON.stringify({ text: 'Allez', author: 'Ana' }));
    const keys = { CARD_SIGNING_KEYS: 'k'.repeat(40) };
    const [unknown, missing, missingJsonl, notUrl, script, prefixed] = await Promise.all([
      failing(['url', 'quote', payload, '--frobnicate']),
      failing(['render', 'quote', join(dir, 'nope.json')]),
      failing(['render', 'quote', '--jsonl', join(dir, 'nope.jsonl'), '--out-dir', join(dir, 'x')]),
      failing(['url', 'quote', payload, '--base', 'cards.example.com']),
      failing(['sign', 'quote', payload, '--base', 'javascript:alert(1)//'], keys),
      card(['url', 'quote', payload, '--base', 'https://example.com/cards/']),
    ]);
    expect(unknown).toMatchObject({ code: 2, stderr: "card: Unknown option '--frobnicate'; card --help lists the options\n" });
    expect(missing).toMatchObject({ code: 2, stderr: `card: cannot read ${join(dir, 'nope.json')}: no such file or directory\n` });
    expect(missingJsonl).toMatchObject({ code: 2, stderr: `card: cannot read ${join(dir, 'nope.jsonl')}: no such file or directory\n` });
    expect(notUrl).toMatchObject({ code: 2, stderr: 'card: --base must be an absolute http(s) URL such as https://cards.example.com (got "cards.example.com")\n' });
    expect(script).toMatchObject({ code: 2, stdout: '', stderr: 'card: --base must be an absolute http(s) URL such as https://cards.example.com (got "javascript:alert(1)//")\n' });
    expect(prefixed.stdout.trim()).toBe('https://example.com/cards/v1/cards/quote.png?text=Allez&author=Ana');
  });

  it('reads a payload file that starts with a UTF-8 byte order mark, as the API does', async () => {
    const payload = join(dir, 'bom.json');
    writeFileSync(payload, `\ufeff${JSON.stringify({ text: 'Allez', author: 'Ana' })}`);
    const url = await card(['url', 'quote', payload, '--base', 'https://cards.example.com']);
    expect(url.stdout.trim()).toBe('https://cards.example.com/v1/cards/quote.png?text=Allez&author=Ana');
  });

  it('an --out-dir that cannot be created fails at once with exit 2, before anything is rendered', async () => {
    const jsonl = join(dir, 'one.jsonl');
    writeFileSync(jsonl, JSON.stringify({ text: 'Allez', author: 'Ana' }));
    // procfs answers ENOENT to mkdir under an existing directory: Node's recursive mkdir retried it forever
    const proc = await failing(['render', 'quote', '--jsonl', jsonl, '--out-dir', '/proc/x'], {}, 30_000);
    expect(proc).toMatchObject({ code: 2, stderr: 'card: cannot create --out-dir /proc/x: no such file or directory\n' });
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const underFile = await failing(['render', 'quote', '--jsonl', jsonl, '--out-dir', join(file, 'out')], {}, 30_000);
    expect(underFile).toMatchObject({ code: 2, stderr: `card: cannot create --out-dir ${join(file, 'out')}: it exists and is not a directory (at ${file})\n` });
    expect(existsSync(join(file, 'out'))).toBe(false);
  });

  it('an invalid payload exits 2 naming the field and the rule', async () => {
    const payload = join(dir, 'bad.json');
    writeFileSync(payload, JSON.stringify({ text: '', author: 'Ana', scale: 9 }));
    const err = await card(['render', 'quote', payload]).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toMatch(/text must not be empty; scale must be at most 3/);
  });
});
