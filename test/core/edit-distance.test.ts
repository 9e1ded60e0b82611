import { describe, expect, it } from 'vitest';
import { editDistance } from '../../lambdas/core/edit-distance';

describe('Function: editDistance', () => {
  it.each([
    ['', '', 0],
    ['summary', 'summary', 0],
    ['sumary', 'summary', 1],
    ['kery', 'kerry', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['quote', 'latest', 5],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});
