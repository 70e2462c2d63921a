import { describe, expect, it } from 'vitest';
import { loadConfig } from '../adapter/node/config.ts';
import { parsePublicUrl } from './public-url.ts';

describe('CARD_PUBLIC_URL', () => {
  it('is an http(s) origin; a trailing slash is dropped and the host lower-cased', () => {
    expect(parsePublicUrl('https://cards.example.com')).toBe('https://cards.example.com');
    expect(parsePublicUrl('https://Cards.Example.com/')).toBe('https://cards.example.com');
    expect(parsePublicUrl('http://localhost:3000')).toBe('http://localhost:3000');
    expect(parsePublicUrl('https://cards.example.com:443')).toBe('https://cards.example.com');
  });

  it('refuses what is not an origin, saying why', () => {
    expect(() => parsePublicUrl('cards.example.com')).toThrow(/absolute URL/);
    expect(() => parsePublicUrl('')).toThrow(/absolute URL/);
    expect(() => parsePublicUrl('ftp://cards.example.com')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => parsePublicUrl('javascript:alert(1)')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => parsePublicUrl('https://user:pw@cards.example.com')).toThrow(/credentials/);
    expect(() => parsePublicUrl('https://cards.example.com/cards')).toThrow(/origin only.*use https:\/\/cards\.example\.com/);
    expect(() => parsePublicUrl('https://cards.example.com/?a=1')).toThrow(/origin only/);
    expect(() => parsePublicUrl('https://cards.example.com#x')).toThrow(/origin only/);
    expect(() => parsePublicUrl('https://cards.example.com?')).toThrow(/origin only/);
  });

  it('is read and validated with the rest of the configuration', () => {
    expect(loadConfig({ CARD_PUBLIC_URL: 'https://cards.example.com/' }).CARD_PUBLIC_URL).toBe('https://cards.example.com');
    expect(loadConfig({}).CARD_PUBLIC_URL).toBeUndefined();
    expect(() => loadConfig({ CARD_PUBLIC_URL: 'https://cards.example.com/v1' })).toThrow(/CARD_PUBLIC_URL="https:\/\/cards\.example\.com\/v1": must be an origin only/);
  });
});
