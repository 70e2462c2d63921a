import { describe, expect, it } from 'vitest';
import { degradeEmoji, isEmojiGrapheme, lookupEmoji } from '../../src/text/emoji.ts';
import { findEntities } from '../../src/text/entities.ts';
import { fitSpans } from '../../src/text/fit.ts';
import { joinEmojiRuns, richText } from '../../src/text/rich.ts';
import { sanitize } from '../../src/text/sanitize.ts';
import { STYLE_FACE } from '../../src/text/styled.ts';
import { applyTypography } from '../../src/text/typography.ts';
import { emoji, renderer } from '../helpers.ts';

describe('sanitize', () => {
  it('bidi overrides cannot reorder a score', () => {
    expect(sanitize('Score final \u202e1-3\u202c')).toBe('Score final 1-3');
    expect(sanitize('\u2066a\u2069 \u200fb\u200e')).toBe('a b');
  });
  it('zero-width characters go, ZWJ inside emoji sequences stays', () => {
    expect(sanitize('Mar\u200bseille\ufeff')).toBe('Marseille');
    expect(sanitize('a\u200db')).toBe('ab');
    expect(sanitize('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧');
  });
  it('tag characters survive only inside a flag tag sequence', () => {
    const england = '🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}';
    expect(sanitize(england)).toBe(england);
    expect(sanitize('hi\u{e0068}\u{e0069}')).toBe('hi');
  });
});

describe('typography', () => {
  it('French spacing: narrow no-break space before ; ! ? » and after «, no-break space before :', () => {
    expect(applyTypography('« Quel match ! » Vraiment? Oui; score : 1-1', 'fr')).toBe(
      '«\u202fQuel match\u202f!\u202f» Vraiment\u202f? Oui\u202f; score\u00a0: 1-1',
    );
  });
  it('times and URLs keep their colons', () => {
    expect(applyTypography('Coup d’envoi 21:00', 'fr')).toBe('Coup d’envoi 21:00');
  });
  it('under en, existing spaces before closing punctuation become no-break, nothing is inserted', () => {
    expect(applyTypography('What a match ! Really?', 'en')).toBe('What a match\u00a0! Really?');
  });
  it('keeps curly apostrophes as given', () => {
    expect(applyTypography('l’OM et l\'OM', 'fr')).toBe('l’OM et l\'OM');
  });
});

describe('entities', () => {
  it('finds hashtags, mentions and URLs by code point', () => {
    const text = 'Allez #OMAtalanta @OM_Officiel pic.twitter.com/yzLnObGj9C https://om.fr/a?b=1. #123 a#b mail@x.com #Équipe';
    const found = findEntities(text).map((e) => [e.kind, text.slice(e.start, e.end)]);
    expect(found).toEqual([
      ['hashtag', '#OMAtalanta'],
      ['mention', '@OM_Officiel'],
      ['url', 'pic.twitter.com/yzLnObGj9C'],
      ['url', 'https://om.fr/a?b=1'],
      ['hashtag', '#Équipe'],
    ]);
  });
  it('URLs get break opportunities and are not French-spaced', () => {
    const spans = richText('Voir https://example.com/path?query=1 !', { locale: 'fr', emoji });
    const url = spans.find((s) => s.kind === 'url')!;
    expect(url.text.replace(/\u200b/g, '')).toBe('https://example.com/path?query=1');
    expect(url.text).toContain('/\u200b');
  });
});

describe('emoji', () => {
  it('finds keycaps, flags, subdivision flags, ZWJ families, skin tones, VS16', () => {
    for (const e of ['1️⃣', '🇫🇷', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '👨‍👩‍👧', '👍🏽', '⏱️', '⏱']) expect(lookupEmoji(emoji, e), e).toBeDefined();
  });
  it('presentation follows Unicode: text-default symbols are text unless VS16 asks for emoji', () => {
    for (const text of ['©', '™', 'Ⓜ', '❤', '⏱', '☎', '⏱︎', '1', '#']) expect(isEmojiGrapheme(text), text).toBe(false);
    for (const emojiText of ['Ⓜ️', '❤️', '⏱️', '⚽', '🔥', '1️⃣', '🇫🇷', '👍🏽', '㊗']) expect(isEmojiGrapheme(emojiText), emojiText).toBe(true);
  });
  it('a keycap written without VS16 still becomes the keycap emoji', () => {
    expect(degradeEmoji('1\u20e3', emoji)).toBe('1️⃣');
  });
  it('a sequence the set lacks degrades to drawable components, never to a box', () => {
    // a made-up ZWJ sequence: fire + ZWJ + blue heart
    expect(degradeEmoji('🔥\u200d💙', emoji)).toBe('🔥💙');
    expect(degradeEmoji('plain text', emoji)).toBe('plain text');
  });
  it('text equal to "constructor" or "__proto__" is text (satori issue 746)', () => {
    expect(lookupEmoji(emoji, 'constructor')).toBeUndefined();
    expect(richText('constructor __proto__', { locale: 'en', emoji }).map((s) => s.text).join('')).toBe('constructor __proto__');
  });
});

describe('emoji in line breaking', () => {
  it('joins a run of emoji and keycap scores so no emoji starts a line alone', () => {
    expect(joinEmojiRuns('a 👊💙 b 1️⃣-1️⃣ c')).toBe('a 👊\u2060💙 b 1️⃣\u2060-\u20601️⃣ c');
  });
  it('keeps emoji that close a paragraph with the last word', () => {
    expect(joinEmojiRuns('les gars 👊💙\nsuite 🔥')).toBe('les gars\u00a0👊\u2060💙\nsuite\u00a0🔥');
  });
  it('ZWJ sequences stay one grapheme (satori issue 621)', () => {
    const spans = richText('famille 👨‍👩‍👧 ici', { locale: 'en', emoji });
    expect(spans.map((s) => s.text).join('')).toContain('👨‍👩‍👧');
  });
});

describe('fit', () => {
  const face = STYLE_FACE.plain;
  it('short text gets the maximum size; long text shrinks; too long text ends with an ellipsis', async () => {
    const { measurer } = await renderer();
    const box = { width: 600, height: 200, maxSize: 60, minSize: 20, lineHeight: 1.25 };
    expect(fitSpans([{ text: 'Allez', face }], box, measurer).fontSize).toBe(60);
    const medium = fitSpans([{ text: 'Allez l’OM '.repeat(8), face }], box, measurer);
    expect(medium.fontSize).toBeLessThan(60);
    expect(medium.truncated).toBe(false);
    const long = fitSpans([{ text: 'Allez l’OM '.repeat(80), face }], box, measurer);
    expect(long.fontSize).toBe(20);
    expect(long.truncated).toBe(true);
    expect(long.spans.at(-1)!.text.endsWith('…')).toBe(true);
  });
  it('does not break a word when a smaller size keeps it whole', async () => {
    const { measurer } = await renderer();
    const fit = fitSpans([{ text: 'Atalanta', face: STYLE_FACE['sans-bold'] }], { width: 200, height: 130, maxSize: 54, minSize: 20, maxLines: 2, lineHeight: 1.2 }, measurer);
    expect(fit.lines).toBe(1);
    expect(measurer.width('Atalanta', STYLE_FACE['sans-bold']) * fit.fontSize).toBeLessThanOrEqual(200);
  });
});
