import { describe, expect, it } from 'vitest';
import { altHeader, MAX_ALT_HEADER_BYTES } from './alt-header.ts';

describe('X-Card-Alt value', () => {
  it('is the percent-encoded alt text when it fits', () => {
    expect(altHeader('Olympique de Marseille 1, Atalanta 1, half-time')).toBe('Olympique%20de%20Marseille%201%2C%20Atalanta%201%2C%20half-time');
  });

  it('cuts a long text before a space, with an ellipsis, within the byte budget', () => {
    const alt = 'Привет, как дела? '.repeat(60);
    const header = altHeader(alt);
    expect(header.length).toBeLessThanOrEqual(MAX_ALT_HEADER_BYTES);
    expect(header.length).toBeGreaterThan(MAX_ALT_HEADER_BYTES - 80);
    const text = decodeURIComponent(header);
    expect(text.endsWith('…')).toBe(true);
    const kept = text.slice(0, -1);
    expect(alt.startsWith(kept)).toBe(true);
    expect(alt[kept.length]).toBe(' '); // cut before a space, never inside a word
  });

  it('cuts a text without spaces at a word boundary, and a single long word between graphemes', () => {
    const named = '(feu)'.repeat(300);
    const text = decodeURIComponent(altHeader(named));
    expect(text.endsWith('…')).toBe(true);
    expect(named.startsWith(text.slice(0, -1))).toBe(true);
    expect(encodeURIComponent(text).length).toBeGreaterThan(MAX_ALT_HEADER_BYTES - 20); // cut near the budget, not given up
    // family emoji (ZWJ sequences) are never cut inside: the result decodes and keeps whole sequences
    const family = '👨‍👩‍👧‍👦'.repeat(100);
    const header = altHeader(family);
    expect(header.length).toBeLessThanOrEqual(MAX_ALT_HEADER_BYTES);
    const kept = decodeURIComponent(header).slice(0, -1);
    expect(kept.length % '👨‍👩‍👧‍👦'.length).toBe(0);
    expect(kept.length).toBeGreaterThan(0);
  });
});
