import { describe, expect, it } from 'vitest';
import { letterClasses, shapeBetween, spanMissShape } from '../../scripts/eval/quote-shapes';

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

  it('draws a missed quote by its marks, the breaks it crosses and how the spans found and kept meet it', () => {
    const body = 'Ode said: “It is over.”\n\n“We will build it.”';
    const gold = { start: body.indexOf('We'), end: body.indexOf('it.”') + 3 };
    const covering = { start: body.indexOf('It'), end: gold.end };
    expect(spanMissShape(body, gold, [covering], [])).toBe('[¶¶“]Q[”] ¶0 covers from ¶-1 to ¶+0, not kept');
    expect(spanMissShape(body, gold, [], [])).toBe('[¶¶“]Q[”] ¶0 none, not kept');
    expect(spanMissShape(body, gold, [covering], [covering])).toBe('[¶¶“]Q[”] ¶0 covers from ¶-1 to ¶+0, kept 1');
  });
});
