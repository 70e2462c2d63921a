import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/adapter/node/config.ts';
import { EDGE_MAX_IMAGE_PIXELS, EDGE_MAX_IMAGE_SIDE, EDGE_MAX_PIXELS, loadEdgeConfig, misconfigured } from '../src/adapter/workers/config.ts';
import { ConfigError } from '../src/settings.ts';

/** The ConfigError a configuration is refused with (a loaded configuration is a test failure). */
function refused(load: () => unknown): ConfigError {
  try {
    load();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('the configuration was accepted');
}

const KEY = 'k'.repeat(40);
const TOKEN = 'bot-token_2024.abcdef';

describe("the Worker's settings (vars and secrets)", () => {
  it("follow the Node service's rules, with the same one-line messages, for every setting both read", () => {
    const bad = {
      CARD_MAX_BODY_BYTES: ' ',
      CARD_MAX_URL_LENGTH: '1e4',
      CARD_MAX_PIXELS: '0x10',
      CARD_PUBLIC_URL: 'https://cards.example.com/v1',
      CARD_SIGNING_KEYS: `${KEY},`,
      CARD_API_TOKENS: `${TOKEN},s3cret!token@2024#long`,
    };
    const edge = refused(() => loadEdgeConfig(bad)).lines;
    expect(edge).toEqual([
      'CARD_MAX_BODY_BYTES is set but empty; give it a value, or unset it to use the default',
      'CARD_MAX_PIXELS="0x10": not a whole number; must be a whole number from 100000 to 4000000',
      'CARD_MAX_URL_LENGTH="1e4": not a whole number; must be a whole number from 256 to 65536',
      'CARD_PUBLIC_URL="https://cards.example.com/v1": must be an origin only, without a path, query or fragment (got "https://cards.example.com/v1"; use https://cards.example.com)',
      'CARD_SIGNING_KEYS (value not shown): signing key 2 of 2 is empty; give comma-separated signing keys, or unset the variable',
      `CARD_API_TOKENS (value not shown): API token 2 of 2 has characters outside RFC 6750's token68 ("!" "@" "#"): a Bearer token may hold only letters, digits, - . _ ~ + / and a trailing =`,
    ]);
    // Node reads the same settings the same way; only the pixel ceiling is its own.
    expect(refused(() => loadConfig(bad)).lines.filter((l) => !l.startsWith('CARD_MAX_PIXELS'))).toEqual(edge.filter((l) => !l.startsWith('CARD_MAX_PIXELS')));
  });

  it('honour CARD_PUBLIC_URL and the image limits, under the isolate’s own ceilings', () => {
    expect(loadEdgeConfig({})).toMatchObject({
      CARD_MAX_PIXELS: EDGE_MAX_PIXELS,
      CARD_MAX_IMAGE_PIXELS: EDGE_MAX_IMAGE_PIXELS,
      CARD_MAX_IMAGE_SIDE: EDGE_MAX_IMAGE_SIDE,
      CARD_SIGNING_KEYS: [],
      CARD_API_TOKENS: [],
    });
    expect(loadEdgeConfig({ CARD_PUBLIC_URL: 'https://Cards.Example.com/', CARD_MAX_IMAGE_PIXELS: '500000', CARD_MAX_IMAGE_SIDE: '1000' })).toMatchObject({
      CARD_PUBLIC_URL: 'https://cards.example.com',
      CARD_MAX_IMAGE_PIXELS: 500_000,
      CARD_MAX_IMAGE_SIDE: 1000,
    });
    expect(refused(() => loadEdgeConfig({ CARD_MAX_IMAGE_PIXELS: String(4096 * 4096), CARD_MAX_IMAGE_SIDE: '8192' })).lines).toEqual([
      `CARD_MAX_IMAGE_PIXELS="16777216": too large; must be a whole number from 1 to ${EDGE_MAX_IMAGE_PIXELS}`,
      `CARD_MAX_IMAGE_SIDE="8192": too large; must be a whole number from 1 to ${EDGE_MAX_IMAGE_SIDE}`,
    ]);
  });

  it('read a var that wrangler.toml gives as a number as its decimal text, and refuse other bindings under a setting’s name', () => {
    expect(loadEdgeConfig({ CARD_MAX_PIXELS: 2_000_000, ASSETS: { fetch() {} } }).CARD_MAX_PIXELS).toBe(2_000_000);
    expect(refused(() => loadEdgeConfig({ CARD_MAX_PIXELS: 2.5, CARD_MAX_URL_LENGTH: { fetch() {} } })).lines).toEqual([
      'CARD_MAX_URL_LENGTH is a binding, not text; give it as a var or secret',
      'CARD_MAX_PIXELS="2.5": not a whole number; must be a whole number from 100000 to 4000000',
    ]);
  });

  it('refuse remote image hosts, which stay off at the edge', () => {
    expect(refused(() => loadEdgeConfig({ CARD_REMOTE_IMAGE_HOSTS: 'cdn.club.fr' })).lines).toEqual([
      'CARD_REMOTE_IMAGE_HOSTS="cdn.club.fr": remote images are not available on the Worker; unset it and send avatars and crests as data: URIs',
    ]);
  });

  it('a bad setting becomes a 500 misconfigured error naming each setting, secrets never shown', () => {
    const err = misconfigured(refused(() => loadEdgeConfig({ CARD_SIGNING_KEYS: 'short-secret', CARD_MAX_URL_LENGTH: '99' })));
    expect(err.status).toBe(500);
    expect(err.toJSON()).toEqual({
      error: {
        code: 'misconfigured',
        message:
          "this Worker's settings are invalid; fix them in its vars or secrets: CARD_MAX_URL_LENGTH=\"99\": too small; must be a whole number from 256 to 65536; CARD_SIGNING_KEYS (value not shown): the signing key is 12 characters; each signing key must be at least 32",
        issues: [
          { path: 'CARD_MAX_URL_LENGTH', message: 'CARD_MAX_URL_LENGTH="99": too small; must be a whole number from 256 to 65536' },
          { path: 'CARD_SIGNING_KEYS', message: 'CARD_SIGNING_KEYS (value not shown): the signing key is 12 characters; each signing key must be at least 32' },
        ],
      },
    });
    expect(JSON.stringify(err.toJSON())).not.toContain('short-secret');
  });
});
