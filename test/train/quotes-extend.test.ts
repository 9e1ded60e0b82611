import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import type { ScorerModel } from '../../lambdas/core/quotes/scorer';
import { type Choice, fitChoices } from '../../scripts/train/logistic';
import { committedOnToday } from '../../scripts/train/quotes-extend';

/** Invented choices: the right option (second) carries the one feature; the first is wrong. */
const choices = (offsets?: number[]): Choice[] =>
  Array.from({ length: 20 }, () => ({ xs: [[0], [1]], right: [false, true], ...(offsets ? { offsets } : {}) }));

describe('a fit with a fixed offset per option (logistic.ts)', () => {
  it('leaves a feature less to explain when the offset already favours the right option', () => {
    const alone = fitChoices(choices(), 1).weights[0]!;
    const besideOffset = fitChoices(choices([0, 4]), 1).weights[0]!;
    expect(alone).toBeGreaterThan(1);
    expect(besideOffset).toBeGreaterThan(0);
    expect(besideOffset).toBeLessThan(alone / 2);
  });

  it('pushes the feature up against an offset that favours the wrong option', () => {
    expect(fitChoices(choices([2, 0]), 1).weights[0]!).toBeGreaterThan(fitChoices(choices(), 1).weights[0]!);
  });
});

describe('the committed weights on today’s features (quotes-extend.ts)', () => {
  const model = (features: string[], weights: number[]): ScorerModel => ({
    features,
    weights,
    threshold: 0.5,
    cardThreshold: 0.9,
  });

  it('keeps each committed weight under its name and adds the features the file lacks at 0', () => {
    const last = FEATURE_NAMES[FEATURE_NAMES.length - 1]!;
    const committed = model(
      FEATURE_NAMES.filter((n) => n !== last),
      FEATURE_NAMES.slice(0, -1).map((_, k) => k + 1),
    );
    const { weights, added } = committedOnToday(committed);
    expect(added).toEqual([FEATURE_NAMES.length - 1]);
    expect(weights.slice(0, 3)).toEqual([1, 2, 3]);
    expect(weights[FEATURE_NAMES.length - 1]).toBe(0);
  });

  it('refuses a file with a feature no longer computed', () => {
    expect(() => committedOnToday(model([...FEATURE_NAMES, 'a feature since removed'], []))).toThrow(
      /no longer computed/,
    );
  });
});
