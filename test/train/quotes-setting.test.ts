import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import type { Chosen } from '../../scripts/train/quotes-decode';
import { decodedQuote, featureRow } from './decoded-quotes';
import {
  chooseDrops,
  chooseL2,
  clearlyBetter,
  pairedChange,
  signTestP,
  trialLine,
} from '../../scripts/train/quotes-setting';

describe('signTestP', () => {
  it.each([
    [7, 0, 2 / 128],
    [0, 7, 2 / 128],
    [5, 1, (2 * 7) / 64],
    [3, 3, 1],
    [0, 0, 1],
  ])('gained %s, lost %s: p = %s', (gained, lost, p) => {
    expect(signTestP(gained, lost)).toBeCloseTo(p, 12);
  });
});

describe('clearlyBetter', () => {
  it('needs more gained than lost, beyond chance, and more so over many comparisons', () => {
    expect(clearlyBetter({ gained: 7, lost: 0 })).toBe(true);
    expect(clearlyBetter({ gained: 0, lost: 7 })).toBe(false);
    expect(clearlyBetter({ gained: 7, lost: 2 })).toBe(false);
    expect(clearlyBetter({ gained: 7, lost: 0 }, 36)).toBe(false);
    expect(clearlyBetter({ gained: 12, lost: 0 }, 36)).toBe(true);
  });
});

describe('pairedChange', () => {
  it('counts quotes that turn right and turn wrong, not those without a gold name', () => {
    const c = (right: boolean | null): Chosen => ({ article: 0, outlet: 'a', partial: false, p: 1, right });
    expect(pairedChange([c(true), c(false), c(false), c(null)], [c(false), c(true), c(false), c(null)])).toEqual({
      gained: 1,
      lost: 1,
    });
  });
});

const row = featureRow;
const cue = FEATURE_NAMES.indexOf('subject of the cue after the quote');
const other = FEATURE_NAMES.indexOf('mentioned in the quote sentence');

/** Invented decoded quotes (decoded-quotes.ts): the wrong candidate first, the right one carrying `rightX`. */
const quote = decodedQuote;
const outlets = ['a', 'b', 'c'];

describe('chooseL2', () => {
  it('takes the weakest penalty when every outlet agrees and a weaker one is clearly surer', () => {
    const decoded = outlets.flatMap((o, i) => [0, 1, 2].map((k) => quote(o, i * 3 + k, row(), row(cue))));
    expect(chooseL2(decoded).l2).toBe(0.1);
  });

  it('takes the strongest penalty when the evidence is split and no strength is better', () => {
    // In every outlet the feature marks the right candidate as often as the wrong one.
    const decoded = outlets.flatMap((o, i) => [
      quote(o, i * 2, row(), row(other)),
      quote(o, i * 2 + 1, row(other), row()),
    ]);
    const { l2, trials } = chooseL2(decoded);
    expect(l2).toBe(10);
    expect(trials.map((t) => t.setting.l2)).toEqual([0.1, 0.3, 1, 3, 10]);
    expect(trialLine('L2 10', trials[4]!)).toMatch(/held out 0\.\d{3} \(\d+\/6\), log loss \d\.\d{4}, \+\d+ −\d+/);
  });
});

describe('chooseDrops', () => {
  it('leaves every feature in when no drop is clearly better held out', () => {
    const decoded = outlets.flatMap((o, i) =>
      [0, 1, 2, 3].map((k) => quote(o, i * 4 + k, row(other), k === 0 ? row(cue) : row(cue, other))),
    );
    const { dropped, trials } = chooseDrops(decoded, 1);
    expect(dropped).toEqual([]);
    expect(trials).toHaveLength(FEATURE_NAMES.length - 1);
  });
});
