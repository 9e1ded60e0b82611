import { describe, expect, it } from 'vitest';
import { groupsOf, outletOf, outOfFold } from '../../scripts/train/grouped-folds';
import { type Choice, fitChoices } from '../../scripts/train/logistic';

describe('outletOf', () => {
  it.each([
    ['train/nyt_2016-10-03_some-story.txt', 'nyt'],
    ['train/huff-post_2016-01-12_a-b-c.txt', 'huff-post'],
    ['west-journal_2015-12-01_x.txt', 'west-journal'],
  ])('reads the outlet of %s', (id, outlet) => {
    expect(outletOf(id)).toBe(outlet);
  });

  it('refuses a file name without an outlet', () => {
    expect(() => outletOf('train/story.txt')).toThrow(/outlet/);
    expect(() => outletOf('train/_2016_story.txt')).toThrow(/outlet/);
  });
});

describe('outOfFold', () => {
  const items = [
    { id: 1, g: 'b' },
    { id: 2, g: 'a' },
    { id: 3, g: 'c' },
    { id: 4, g: 'a' },
    { id: 5, g: 'b' },
  ];

  it('gives each item a result from a fold that did not see its group, in the items’ order', () => {
    const results = outOfFold(
      items,
      (i) => i.g,
      (rest, held, group) => held.map((h) => ({ id: h.id, group, seen: rest.map((r) => r.g) })),
    );
    expect(results.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    for (const [k, r] of results.entries()) {
      expect(r.group).toBe(items[k]!.g);
      expect(r.seen).not.toContain(items[k]!.g);
      expect(r.seen).toHaveLength(items.filter((i) => i.g !== items[k]!.g).length);
    }
  });

  it('lists the groups sorted', () => {
    expect(groupsOf(items, (i) => i.g)).toEqual(['a', 'b', 'c']);
  });

  it('needs two groups and one result per held-out item', () => {
    expect(() =>
      outOfFold(
        [{ g: 'a' }],
        (i) => i.g,
        (_r, held) => held,
      ),
    ).toThrow(/two groups/);
    expect(() =>
      outOfFold(
        items,
        (i) => i.g,
        () => [],
      ),
    ).toThrow(/results for/);
  });
});

describe('fitChoices with a chosen L2', () => {
  // One feature, "the candidate" against "nobody here": the candidate is right in `a` of `n` choices.
  const choices = (a: number, n: number): Choice[] =>
    Array.from({ length: n }, (_, i) => ({ xs: [[1], [0]], right: [i < a, i >= a] }));
  const sigmoid = (w: number) => 1 / (1 + Math.exp(-w));

  it.each([0.1, 1, 10])('stops at the penalised optimum (n·σ(w) − a + l2·w = 0) at L2 %s', (l2) => {
    const [w] = fitChoices(choices(18, 20), 1, { l2 }).weights;
    expect(Math.abs(20 * sigmoid(w!) - 18 + l2 * w!)).toBeLessThan(1e-3);
  });

  it('shrinks the weights more under a stronger penalty, and defaults to L2 1', () => {
    const weight = (l2?: number) => fitChoices(choices(18, 20), 1, l2 === undefined ? {} : { l2 }).weights[0]!;
    expect(weight(0.1)).toBeGreaterThan(weight(1));
    expect(weight(1)).toBeGreaterThan(weight(10));
    expect(weight()).toBe(weight(1));
  });
});
