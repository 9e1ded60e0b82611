import { describe, expect, it } from 'vitest';
import { precisionOf, recallOf, scoresOf, shingleMatch } from '../../scripts/eval/extract-metric';

describe('Function: shingleMatch (the article-extraction-benchmark metric)', () => {
  it('scores identical texts as perfect, whatever the punctuation and spacing', () => {
    const counts = shingleMatch('One two three four five.', 'One, two; three\n\nfour  five');
    expect(counts).toEqual([1, 0, 0]);
  });

  it('normalises tp/fp/fn by their sum so long pages weigh no more than short ones', () => {
    // truth shingles: (a b c d), (b c d e); predicted: (a b c d), (b c d x)
    const [tp, fp, fn] = shingleMatch('a b c d e', 'a b c d x');
    expect(tp).toBeCloseTo(1 / 3);
    expect(fp).toBeCloseTo(1 / 3);
    expect(fn).toBeCloseTo(1 / 3);
  });

  it('treats a text shorter than four tokens as one shingle, and an empty one as none', () => {
    expect(shingleMatch('Hello world', 'Hello world')).toEqual([1, 0, 0]);
    expect(shingleMatch('Hello world', '')).toEqual([0, 0, 1]);
    expect(shingleMatch('', '')).toEqual([0, 0, 0]);
  });

  it('keeps case and counts repeated shingles as a multiset', () => {
    expect(shingleMatch('A b c d', 'a b c d')).toEqual([0, 0.5, 0.5]);
    const [tp, fp] = shingleMatch('w x y z', 'w x y z w x y z');
    expect(tp).toBeGreaterThan(0);
    expect(fp).toBeGreaterThan(0);
  });

  it('tokenises letters of any script and digits as words', () => {
    expect(shingleMatch('Привет мир 2019 года', 'Привет, мир — 2019 года!')).toEqual([1, 0, 0]);
  });
});

describe('Function: scoresOf', () => {
  it('averages precision and recall over pages and takes F1 from the averages', () => {
    const pages = [shingleMatch('a b c d e', 'a b c d e'), shingleMatch('a b c d e', 'a b c d x')];
    const { precision, recall, f1 } = scoresOf(pages);
    expect(precision).toBeCloseTo((1 + 0.5) / 2);
    expect(recall).toBeCloseTo((1 + 0.5) / 2);
    expect(f1).toBeCloseTo(0.75);
    expect(precisionOf([0, 0, 0])).toBe(1);
    expect(recallOf([0, 0, 1])).toBe(0);
  });
});
