export type CjkLang = 'jp' | 'kr' | 'sc' | 'tc';
export const CJK_SLICES: Record<CjkLang, readonly string[]> = { jp: [], kr: [], sc: [], tc: [] };
export const CJK_SLICE_COUNTS: Record<CjkLang, number> = { jp: 0, kr: 0, sc: 0, tc: 0 };
