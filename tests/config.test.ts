import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/adapter/node/config.ts';

/** The lines a configuration is refused with, or [] when it loads. */
function refusal(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.lines;
    throw err;
  }
}

const KEY = 'k'.repeat(40);
const TOKEN = 'bot-token_2024.abcdef';

describe('configuration from the environment', () => {
  it('unset variables take their defaults; explicit values, 0 included, are read', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, CARD_MAX_QUEUE: 64, CARD_CACHE_BYTES: 64 * 1024 ** 2, CARD_SIGNING_KEYS: [], CARD_API_TOKENS: [] });
    expect(loadConfig({ PORT: '0', CARD_MAX_QUEUE: '0', CARD_CACHE_BYTES: '0' })).toMatchObject({ PORT: 0, CARD_MAX_QUEUE: 0, CARD_CACHE_BYTES: 0 });
  });

  it('an empty value is refused, never read as 0 (a random port, no cache, no queue)', () => {
    expect(refusal({ PORT: '', CARD_CACHE_BYTES: ' ', CARD_MAX_QUEUE: '' })).toEqual([
      'PORT is set but empty; give it a value, or unset it to use the default',
      'CARD_MAX_QUEUE is set but empty; give it a value, or unset it to use the default',
      'CARD_CACHE_BYTES is set but empty; give it a value, or unset it to use the default',
    ]);
  });

  it('numbers are plain decimal whole numbers within their range, one line per variable', () => {
    expect(refusal({ PORT: '0x50', CARD_MAX_QUEUE: '-3', CARD_WORKERS: '2.5', CARD_MAX_PIXELS: '1e9', CARD_RENDER_TIMEOUT_MS: '99' })).toEqual([
      'PORT="0x50": not a whole number; must be a whole number from 0 to 65535',
      'CARD_WORKERS="2.5": not a whole number; must be a whole number from 1 to 64',
      'CARD_MAX_QUEUE="-3": not a whole number; must be a whole number from 0 to 10000',
      'CARD_RENDER_TIMEOUT_MS="99": too small; must be a whole number from 100 to 120000',
      'CARD_MAX_PIXELS="1e9": not a whole number; must be a whole number from 100000 to 40000000',
    ]);
    expect(refusal({ PORT: '65536' })).toEqual(['PORT="65536": too large; must be a whole number from 0 to 65535']);
  });

  it('signing keys: a value that is set must give keys, each long enough; the keys are never printed', () => {
    expect(refusal({ CARD_SIGNING_KEYS: ',' })).toEqual(['CARD_SIGNING_KEYS (value not shown): signing key 1 of 2 is empty; give comma-separated signing keys, or unset the variable']);
    expect(refusal({ CARD_SIGNING_KEYS: `${KEY},` })).toEqual(['CARD_SIGNING_KEYS (value not shown): signing key 2 of 2 is empty; give comma-separated signing keys, or unset the variable']);
    expect(refusal({ CARD_SIGNING_KEYS: 'short-secret' })).toEqual(['CARD_SIGNING_KEYS (value not shown): the signing key is 12 characters; each signing key must be at least 32']);
    expect(loadConfig({ CARD_SIGNING_KEYS: ` ${KEY} , ${'j'.repeat(32)}` }).CARD_SIGNING_KEYS).toEqual([KEY, 'j'.repeat(32)]);
  });

  it("API tokens outside RFC 6750's token68 characters are refused at boot (they could never authenticate)", () => {
    expect(refusal({ CARD_API_TOKENS: `${TOKEN},s3cret!token@2024#long` })).toEqual([
      `CARD_API_TOKENS (value not shown): API token 2 of 2 has characters outside RFC 6750's token68 ("!" "@" "#"): a Bearer token may hold only letters, digits, - . _ ~ + / and a trailing =`,
    ]);
    expect(refusal({ CARD_API_TOKENS: 'abcdefgh=ijklmnopq' })).toEqual([
      `CARD_API_TOKENS (value not shown): the API token has characters outside RFC 6750's token68 ("=" before the end): a Bearer token may hold only letters, digits, - . _ ~ + / and a trailing =`,
    ]);
    expect(refusal({ CARD_API_TOKENS: ',' })).toHaveLength(1);
    expect(loadConfig({ CARD_API_TOKENS: `${TOKEN},Ab0-._~+/Ab0-._~+/==` }).CARD_API_TOKENS).toEqual([TOKEN, 'Ab0-._~+/Ab0-._~+/==']);
  });

  it('remote image hosts: a value that is set must list a host', () => {
    expect(refusal({ CARD_REMOTE_IMAGE_HOSTS: ' , ' })).toEqual([
      'CARD_REMOTE_IMAGE_HOSTS=" , ": lists no host; give comma-separated hosts (cdn.club.fr,*.example.com), or unset the variable',
    ]);
    expect(loadConfig({ CARD_REMOTE_IMAGE_HOSTS: 'cdn.club.fr,' }).CARD_REMOTE_IMAGE_HOSTS).toEqual(['cdn.club.fr']);
  });
});
