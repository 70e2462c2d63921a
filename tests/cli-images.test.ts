import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', 'src', 'cli.ts');

describe('the card CLI and bad images (validated as the API does)', () => {
  it('a non-base64 data: URI exits 2 with the field and the rule, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-cli-images-'));
    for (const [name, avatar, rule] of [
      ['bang', 'data:image/png;base64,!!!!!!!!!!!!!!!!', /avatar must be valid base64/],
      ['base64url', 'data:image/png;base64,________________', /avatar must be valid base64/],
    ] as const) {
      const payload = join(dir, `${name}.json`);
      writeFileSync(payload, JSON.stringify({ text: 'Allez', author: 'Ana', avatar }));
      const err = await run(process.execPath, ['--import', 'tsx', CLI, 'render', 'quote', payload, '-o', join(dir, `${name}.png`)], { timeout: 60_000 }).catch(
        (e: { code: number; stderr: string }) => e,
      );
      expect(err).toMatchObject({ code: 2 });
      const stderr = (err as { stderr: string }).stderr;
      expect(stderr).toMatch(rule);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
