import type { Theme } from './schema.ts';

/** Resolved colours a template draws with. */
export interface Palette {
  background: string;
  surface: string;
  foreground: string;
  muted: string;
  accent: string;
  border: string;
  dark: boolean;
}

const LIGHT: Palette = {
  background: '#ffffff',
  surface: '#f1f5f9',
  foreground: '#0f172a',
  muted: '#475569',
  accent: '#0369a1',
  border: '#e2e8f0',
  dark: false,
};

const DARK: Palette = {
  background: '#0b1220',
  surface: '#1e293b',
  foreground: '#f8fafc',
  muted: '#94a3b8',
  accent: '#38bdf8',
  border: '#334155',
  dark: true,
};

function rgb(hex: string): [number, number, number] {
  const h = hex.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const n = Number.parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Mixes two hex colours, `t` of the way from `a` to `b`. */
export function mix(a: string, b: string, t: number): string {
  const ca = rgb(a);
  const cb = rgb(b);
  const out = ca.map((v, i) => Math.round(v + ((cb[i] ?? 0) - v) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Black or white text, whichever reads better on `background`. */
export function readableOn(background: string): string {
  return luminance(background) > 0.35 ? '#0f172a' : '#ffffff';
}

export function palette(theme: Theme): Palette {
  if (theme === 'light') return LIGHT;
  if (theme === 'dark') return DARK;
  const base = theme.base === 'light' ? LIGHT : DARK;
  const foreground = theme.foreground ?? readableOn(theme.background);
  const dark = luminance(theme.background) < 0.35;
  return {
    background: theme.background,
    surface: mix(theme.background, foreground, 0.1),
    foreground,
    muted: mix(foreground, theme.background, 0.35),
    accent: theme.accent ?? base.accent,
    border: mix(theme.background, foreground, 0.2),
    dark,
  };
}
