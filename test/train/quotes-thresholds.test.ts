import { describe, expect, it } from 'vitest';
import type { Chosen } from '../../scripts/train/quotes-decode';
import { cardThreshold, reliability, storeThreshold } from '../../scripts/train/quotes-thresholds';

/** One whole quote per article, with its probability and whether it is right. */
const quotes = (rows: [number, boolean][]): Chosen[] =>
  rows.map(([p, right], article) => ({ article, outlet: 'a', partial: false, p, right }));

describe('storeThreshold', () => {
  it('is the highest step that keeps the share of right attributions asked for', () => {
    const chosen = quotes([
      ...Array.from({ length: 99 }, (): [number, boolean] => [0.9, true]),
      [0.4, true],
      [0.2, false],
    ]);
    expect(storeThreshold(chosen, 0.99)).toBe(0.9);
    expect(storeThreshold(chosen, 0.999)).toBe(0.4);
  });
});

describe('cardThreshold', () => {
  it('goes down from 0.99 until the cards shown are wrong too often, never under the floor', () => {
    // Six articles: sure right ones at 0.95, a wrong one at 0.8, right ones at 0.7.
    const chosen = quotes([
      [0.95, true],
      [0.95, true],
      [0.95, true],
      [0.8, false],
      [0.7, true],
      [0.7, true],
    ]);
    expect(cardThreshold(chosen, 0.3, 1 / 75)).toBe(0.81);
    expect(cardThreshold(chosen, 0.3, 1 / 3)).toBe(0.3);
    expect(cardThreshold(chosen, 0.9, 1 / 75)).toBe(0.9);
  });
});

describe('reliability', () => {
  it('bins attributions with a gold name by probability, with their mean probability and share right', () => {
    const chosen = quotes([
      [0.2, false],
      [0.4, true],
      [0.6, true],
      [0.6, false],
      [1, true],
    ]);
    chosen.push({ article: 9, outlet: 'a', partial: false, p: 0.6, right: null });
    const bins = reliability(chosen);
    expect(bins.map((b) => b.n)).toEqual([1, 1, 2, 0, 0, 0, 1]);
    expect(bins[2]).toEqual({ from: 0.5, to: 0.7, n: 2, meanP: 0.6, right: 0.5 });
    expect(bins[6]!.right).toBe(1);
  });
});
