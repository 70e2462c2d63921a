#!/usr/bin/python3
"""Builds the CJK font slices under fonts/cjk/ and their table src/render/cjk-slices.ts.

Input: Debian's fonts-noto-cjk (1:20220127+repack1-1), /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,
and the bundled base and script faces under fonts/ (their characters are left out of the slices).
Needs Debian's python3-fonttools (4.38). Run it from the repository root:

    apt-get install fonts-noto-cjk python3-fonttools && /usr/bin/python3 scripts/fonts/build-cjk.py

Why: satori refuses .ttc collections and parses a whole face on first use (one language is 16 MB, 65,535
glyphs); four faces in one process reached ~590 MB. So each language face (JP, KR, SC, TC) is taken out of the
collection, cut down to the characters of its national standard sets, and split into slices of at most
SLICE characters, grouped by how common the characters are (kana and punctuation, then the first level of
ideographs or the 2,350 common hangul, then the rest), so a post loads a few slices of common characters.

Coverage per language (from Python's own codecs, so the sets are reproducible):
  jp  JIS X 0213:2004 (euc_jis_2004) and Windows-31J (cp932)
  kr  KS X 1001 (euc_kr), every precomposed Hangul syllable, Hangul Jamo
  sc  GB 2312
  tc  Big5 (cp950)
Characters outside these sets that no bundled face has are refused with a 400, as before.
The output is deterministic for a given input font and fontTools version.
"""
import io, os, sys
from fontTools.ttLib import TTFont
from fontTools import subset

SRC = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
FACE = {'jp': 0, 'kr': 1, 'sc': 2, 'tc': 3}
NAME = {'jp': 'JP', 'kr': 'KR', 'sc': 'SC', 'tc': 'TC'}
SLICE = 400  # characters per slice: ~150-250 KB of outlines, parsed in a few ms when first used
OUT_DIR = 'fonts/cjk'
TABLE = 'src/render/cjk-slices.ts'


def decode_set(enc, leads, trails):
    out = []
    for a in leads:
        for b in trails:
            try:
                s = bytes([a, b]).decode(enc)
            except UnicodeDecodeError:
                continue
            if len(s) == 1:
                out.append(ord(s))
    return out


def is_han(cp):
    return 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x3FFFF


def groups_for(lang):
    """Ordered groups of code points: most common first."""
    if lang == 'jp':
        jis = decode_set('euc_jis_2004', range(0xA1, 0xFF), range(0xA1, 0xFF))
        l1 = decode_set('euc_jis_2004', range(0xB0, 0xD0), range(0xA1, 0xFF))
        l2 = decode_set('euc_jis_2004', range(0xD0, 0xF5), range(0xA1, 0xFF))
        cp932 = decode_set('cp932', list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD)), list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)))
        kana = list(range(0x3040, 0x3100)) + list(range(0x31F0, 0x3200))
        every = jis + cp932 + kana
        rest = [c for c in every if is_han(c)]
        return [[c for c in every if not is_han(c)], [c for c in l1 if is_han(c)], [c for c in l2 if is_han(c)], rest]
    if lang == 'kr':
        ks = decode_set('euc_kr', range(0xA1, 0xFF), range(0xA1, 0xFF))
        common = [c for c in ks if 0xAC00 <= c <= 0xD7A3]
        syllables = list(range(0xAC00, 0xD7A4))
        jamo = list(range(0x1100, 0x1200)) + list(range(0x3130, 0x3190))
        return [[c for c in ks + jamo if not is_han(c) and not 0xAC00 <= c <= 0xD7A3] + common, syllables, [c for c in ks if is_han(c)]]
    if lang == 'sc':
        gb = decode_set('gb2312', range(0xA1, 0xF8), range(0xA1, 0xFF))
        l1 = decode_set('gb2312', range(0xB0, 0xD8), range(0xA1, 0xFF))
        return [[c for c in gb if not is_han(c)], l1, gb]
    if lang == 'tc':
        trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
        big5 = decode_set('cp950', range(0xA1, 0xFA), trails)
        common = decode_set('cp950', range(0xA4, 0xC7), trails)
        return [[c for c in big5 if not is_han(c)], [c for c in common if is_han(c)], [c for c in big5 if is_han(c)]]
    raise ValueError(lang)


def bundled_cmap():
    """Characters the bundled base and script faces already draw: left out of the slices."""
    out = set()
    for f in sorted(os.listdir('fonts')):
        if f.endswith('.ttf') and not f.startswith(('NotoSerif', 'NotoSansMono')):
            out |= set(TTFont(os.path.join('fonts', f), lazy=True).getBestCmap())
    return out


def options():
    o = subset.Options()
    o.hinting = False  # outlines are drawn as paths by satori: hints are never used
    o.name_IDs = ['*']
    o.notdef_outline = True
    o.layout_features = ['ccmp', 'locl', 'kern', 'palt', 'vert', 'liga']
    o.recalc_timestamp = False  # deterministic output
    return o


def encode(cps):
    """Code points as base-36 deltas, comma-separated (compact and easy to decode)."""
    out, prev = [], 0
    for c in cps:
        out.append(_b36(c - prev))
        prev = c
    return ','.join(out)


def _b36(n):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    s = ''
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    skip = bundled_cmap()
    table = {}
    for lang in ['jp', 'kr', 'sc', 'tc']:
        font = TTFont(SRC, fontNumber=FACE[lang], lazy=False)
        cmap = font.getBestCmap()
        seen, slices = set(), []
        for group in groups_for(lang):
            keep = []
            for c in group:
                if c in cmap and c not in skip and c not in seen:
                    seen.add(c)
                    keep.append(c)
            keep.sort()
            for i in range(0, len(keep), SLICE):
                slices.append(keep[i:i + SLICE])
        # One pass to the whole coverage first: slicing the 65,535-glyph face each time would take hours.
        s = subset.Subsetter(options())
        s.populate(unicodes=seen)
        s.subset(font)
        whole = io.BytesIO()
        font.save(whole)
        total = 0
        for i, cps in enumerate(slices):
            part = TTFont(io.BytesIO(whole.getvalue()))
            s = subset.Subsetter(options())
            s.populate(unicodes=cps)
            s.subset(part)
            path = os.path.join(OUT_DIR, f'NotoSansCJK{NAME[lang]}-Regular.{i}.otf')
            part.save(path)
            total += os.path.getsize(path)
        table[lang] = [encode(cps) for cps in slices]
        print(f'{lang}: {len(seen)} characters in {len(slices)} slices, {total / 1e6:.1f} MB', flush=True)
    with open(TABLE, 'w') as f:
        f.write('// Generated by scripts/fonts/build-cjk.py: do not edit. The characters of each CJK font slice\n')
        f.write('// (fonts/cjk/NotoSansCJK<LANG>-Regular.<i>.otf), as base-36 deltas between sorted code points.\n')
        f.write("export type CjkLang = 'jp' | 'kr' | 'sc' | 'tc';\n\n")
        f.write('export const CJK_SLICES: Record<CjkLang, readonly string[]> = {\n')
        for lang in ['jp', 'kr', 'sc', 'tc']:
            f.write(f'  {lang}: [\n')
            for enc in table[lang]:
                f.write(f"    '{enc}',\n")
            f.write('  ],\n')
        f.write('};\n\n')
        counts = ', '.join(f'{lang}: {len(table[lang])}' for lang in ['jp', 'kr', 'sc', 'tc'])
        f.write(f'export const CJK_SLICE_COUNTS: Record<CjkLang, number> = {{ {counts} }};\n')


if __name__ == '__main__':
    sys.exit(main())
