import { describe, expect, it } from 'vitest';
import { letterClasses, shapeBetween } from '../../scripts/eval/quote-shapes';

describe('the shape of the text between a Source and its quote (eval:quotes-errors --shapes)', () => {
  it('keeps punctuation and writes words as letter classes, so no name or word of the article is printed', () => {
    expect(letterClasses('said Ana Lenz, the mayor of Eastport, on 12 May: ')).toBe('x X+, x+ X, x 9 X: ');
  });

  it('tells a Source before the quote from one after it', () => {
    const body = '“We will win.” ― Ana Lenz';
    const quote = { start: 1, end: 13 };
    const source = { start: body.indexOf('Ana'), end: body.length };
    expect(shapeBetween(body, source, quote)).toBe('Q..S [” ― ]');
    const before = 'Ana Lenz said: “We will win.”';
    expect(shapeBetween(before, { start: 0, end: 8 }, { start: 16, end: 28 })).toBe('S..Q [ x: “]');
  });
});
