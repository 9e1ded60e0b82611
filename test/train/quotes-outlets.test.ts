import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import { type Chosen, cardsAt, chosenOf, type Decoded } from '../../scripts/train/quotes-decode';
import { decodedQuote, featureRow } from './decoded-quotes';
import { fitSetting, heldOutByOutlet, logLossOf, outletRows } from '../../scripts/train/quotes-outlets';

/**
 * Invented decoded quotes: two candidates each, the wrong one first (a tie credits the first). In
 * outlets "a" and "b" the right candidate is the cue's subject; in "c" the right one carries a
 * feature no other outlet has, so only a fit that saw "c" can know it.
 */
const cue = FEATURE_NAMES.indexOf('subject of the cue after the quote');
const onlyInC = FEATURE_NAMES.indexOf('cue subject of a colon-ended sentence leading the paragraph');
const row = featureRow;

const quote = (outlet: string, article: number, rightX: number[]): Decoded =>
  decodedQuote(outlet, article, row(), rightX);

const decoded: Decoded[] = [
  ...[0, 1, 2].map((i) => quote('a', i, row(cue))),
  ...[3, 4, 5].map((i) => quote('b', i, row(cue))),
  ...[6, 7, 8].map((i) => quote('c', i, row(onlyInC))),
];
const rightIn = (ds: readonly Decoded[], outlet: string) =>
  chosenOf(ds).filter((c) => c.outlet === outlet && c.right).length;

describe('leave one outlet out', () => {
  it('scores an outlet with weights that never saw it', () => {
    const inSample = fitSetting(decoded, { l2: 1, dropped: [] });
    expect(inSample[onlyInC]).toBeGreaterThan(0);
    const heldOut = heldOutByOutlet(decoded, { l2: 1, dropped: [] });
    // Held out, "c"'s evidence has no weight: its two candidates tie and the first (wrong) one wins.
    expect(rightIn(heldOut, 'c')).toBe(0);
    expect(rightIn(heldOut, 'a')).toBe(3);
    expect(rightIn(heldOut, 'b')).toBe(3);
  });

  it('gives a dropped feature no weight', () => {
    const weights = fitSetting(decoded, { l2: 1, dropped: [FEATURE_NAMES[onlyInC]!] });
    expect(weights[onlyInC]).toBe(0);
    expect(weights[cue]).toBeGreaterThan(0);
  });

  it('rows per outlet and overall compare in-sample and held-out counts', () => {
    const c = (outlet: string, right: boolean | null): Chosen => ({ article: 0, outlet, partial: false, p: 1, right });
    const rows = outletRows(
      [c('x', true), c('x', true), c('y', true), c('y', null)],
      [c('x', true), c('x', false), c('y', false), c('y', null)],
    );
    expect(rows).toEqual([
      { outlet: 'x', scored: 2, inSample: 2, heldOut: 1 },
      { outlet: 'y', scored: 1, inSample: 1, heldOut: 0 },
      { outlet: 'all', scored: 3, inSample: 3, heldOut: 1 },
    ]);
  });
});

describe('logLossOf', () => {
  it('is −log of the right candidates’ probability, or of "nobody here" when none is right', () => {
    const named = quote('a', 0, row(cue));
    named.candidates = [
      { ...named.candidates[0]!, p: 0.3 },
      { ...named.candidates[1]!, p: 0.5 },
    ];
    const nobody: Decoded = { ...named, candidates: named.candidates.map((c) => ({ ...c, right: false })) };
    const unlabelled: Decoded = { ...named, labelled: false };
    expect(logLossOf([named])).toBeCloseTo(-Math.log(0.5), 9);
    expect(logLossOf([nobody])).toBeCloseTo(-Math.log(0.2), 9);
    expect(logLossOf([named, nobody, unlabelled])).toBeCloseTo((-Math.log(0.5) - Math.log(0.2)) / 2, 9);
  });
});

describe('cardsAt', () => {
  it('takes the first sure whole quote of each article, else its first sure fragment', () => {
    const c = (article: number, p: number, partial: boolean, right: boolean | null): Chosen => ({
      article,
      outlet: 'a',
      partial,
      p,
      right,
    });
    const chosen = [c(0, 0.95, true, true), c(0, 0.95, false, false), c(1, 0.95, true, false), c(2, 0.5, false, false)];
    expect(cardsAt(chosen, 0.9)).toEqual({ cards: 2, wrong: 2 });
    expect(cardsAt(chosen, 0.4)).toEqual({ cards: 3, wrong: 3 });
    expect(cardsAt(chosen, 0.99)).toEqual({ cards: 0, wrong: 0 });
  });
});
