import { describe, expect, it } from 'vitest';
import { bootstrapF1, f1Of } from '../../scripts/eval/bootstrap';

describe('article bootstrap of an F1 figure (scripts/eval/bootstrap.ts)', () => {
  const even = Array.from({ length: 80 }, () => ({ hits: 9, pred: 10, gold: 10 }));
  const oneBad = [...even.slice(1), { hits: 0, pred: 10, gold: 10 }];

  it('gives one point when every article scores the same, and the same interval on every run', () => {
    expect(bootstrapF1(even)).toEqual([0.9, 0.9]);
    expect(bootstrapF1(oneBad)).toEqual(bootstrapF1(oneBad));
  });

  it('widens when one article holds the errors, around the pooled figure', () => {
    const [low, high] = bootstrapF1(oneBad);
    const pooled = f1Of({ hits: 79 * 9, pred: 800, gold: 800 });
    expect(low).toBeLessThan(pooled);
    expect(high).toBeGreaterThan(pooled);
    expect(high).toBeLessThanOrEqual(0.9);
  });
});
