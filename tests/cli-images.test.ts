import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { example, testApp } from './helpers.ts';
import { realImage } from './fixtures/images.ts';

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

describe('the card CLI resolves and prepares images as the service does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-cli-prepare-'));
  const card = (args: string[], env: Record<string, string> = {}) =>
    run(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env }, timeout: 90_000 });
  const failing = (args: string[], env: Record<string, string> = {}) =>
    card(args, env).then(
      (ok) => {
        throw new Error(`expected the CLI to fail, it printed: ${ok.stdout}`);
      },
      (e: { code: number; stderr: string }) => e,
    );

  it('draws a large photo shrunk to its box by the service’s preparer (never decoded whole): the same PNG as the service', async () => {
    // 1600×2000, several times the box a player card draws its photo in
    const payload = example('player', { photo: `data:image/jpeg;base64,${(await realImage('jpeg', 1600, 2000)).toString('base64')}` });
    const file = join(dir, 'player.json');
    writeFileSync(file, JSON.stringify(payload));
    await card(['render', 'player', file, '-o', join(dir, 'player.png')]);
    const png = async (app: Awaited<ReturnType<typeof testApp>>) =>
      Buffer.from(await (await app.request('/v1/cards/player.png', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) })).arrayBuffer());
    const service = await png(await testApp());
    expect(Buffer.from(readFileSync(join(dir, 'player.png'))).equals(service)).toBe(true);
    // Drawn as sent (no preparer), the photo comes out otherwise: the comparison above sees the difference.
    expect((await png(await testApp({ images: null }))).equals(service)).toBe(false);
  }, 120_000);

  it('refuses a remote avatar whose host is not in CARD_REMOTE_IMAGE_HOSTS, as the service does (exit 2)', async () => {
    const file = join(dir, 'remote.json');
    writeFileSync(file, JSON.stringify({ text: 'Allez', author: 'Ana', avatar: 'https://img.example.test/a.png' }));
    const err = await failing(['render', 'quote', file, '-o', join(dir, 'remote.png')], { CARD_REMOTE_IMAGE_HOSTS: 'cdn.club.example' });
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/^remote_image_forbidden: .*img\.example\.test/);
  });

  it('holds images to CARD_MAX_IMAGE_PIXELS, in one card and in bulk (exit 2, and the line named)', async () => {
    const avatar = `data:image/png;base64,${(await realImage('png', 64, 48)).toString('base64')}`;
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify({ text: 'Allez', author: 'Ana', avatar }));
    const env = { CARD_MAX_IMAGE_PIXELS: '1000' };
    const err = await failing(['render', 'quote', file, '-o', join(dir, 'big.png')], env);
    expect(err.code).toBe(2);
    expect(err.stderr).toMatch(/avatar.*64×48 pixels; images may have at most 1,000 pixels/);
    const jsonl = join(dir, 'big.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ text: 'Allez', author: 'Ana', avatar })}\n${JSON.stringify({ text: 'Allez', author: 'Ana' })}\n`);
    const bulk = await failing(['render', 'quote', '--jsonl', jsonl, '--out-dir', join(dir, 'bulk')], env);
    expect(bulk.code).toBe(1);
    expect(bulk.stderr).toMatch(/line 1: .*64×48 pixels; images may have at most 1,000 pixels/);
  }, 120_000);
});
