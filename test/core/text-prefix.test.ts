import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayTitle } from '../../lambdas/core/display-title';
import { textPrefix } from '../../lambdas/core/text-prefix';

/** A UTF-16 unit of a surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('Function: textPrefix', () => {
  it.each([
    ['text that fits stays whole', 'abc', 5, 'abc'],
    ['plain text is cut at the limit', 'abcdef', 4, 'abcd'],
    ['an emoji whose second half is past the limit is left out', 'a😀😀', 4, 'a😀'],
    ['a joined emoji is kept whole or left out', 'x👩‍💻', 4, 'x'],
    ['a letter keeps its combining accent', 'cafe\u0301s', 4, 'caf'],
    ['a flag is not split into its two letters', 'go 🇳🇱', 5, 'go '],
  ])('%s', (_name, text, max, expected) => {
    expect(textPrefix(text, max)).toBe(expected);
  });

  it('cuts between code points when not even the first character fits', () => {
    const zalgo = `Z${'\u0301'.repeat(50)}`;
    expect(textPrefix(zalgo, 10)).toBe(zalgo.slice(0, 10));
    expect(textPrefix(`😀${'\u0301'.repeat(20)}`, 1)).toBe('');
  });
});

/** The same cut made the slow way: every cluster boundary of the whole text. */
function prefixByWholeText(text: string, max: number): string {
  let end = 0;
  for (const { index, segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

describe('Property: textPrefix', () => {
  const piece = fc.constantFrom(
    'a',
    'b ',
    'é',
    'e\u0301',
    '😀',
    '👩‍💻',
    '🇳🇱',
    '🏴‍☠️',
    '한',
    '\u1100\u1161',
    'क्ष',
    'ส',
    'ำ',
    '\r\n',
    '\u0600',
    'ｶﾞ',
    '北京',
  );
  it('cuts where cutting the whole text into clusters would', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.nat({ max: 300 }), (pieces, max) => {
        const text = pieces.join('');
        if (prefixByWholeText(text, max) === '' && text.length > max) return;
        expect(textPrefix(text, max)).toBe(prefixByWholeText(text, max));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('A long title cut for display', () => {
  it('never ends in half an emoji', () => {
    for (const lead of ['', 'a', 'ab']) {
      const title = displayTitle({ title: `${lead}${'😀'.repeat(60)}` });
      expect(title).not.toMatch(LONE_SURROGATE);
      expect(title.endsWith('😀…')).toBe(true);
    }
  });
});
