/** Small statistics and formatting helpers for the bench. */

export interface Summary {
  median: number;
  p90: number;
  n: number;
}

/** Nearest-rank percentile of an ascending-sorted array. */
function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: sorted.length ? median : Number.NaN, p90: percentile(sorted, 0.9), n: sorted.length };
}

export const ms = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const ratio = (a: number, b: number): string => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
