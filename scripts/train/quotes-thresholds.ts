/**
 * The quote scorer's two thresholds, read off chosen attributions (train:quotes
 * gives them the held-out-outlet probabilities: a fit is surer of the quotes
 * it was fitted on than of news it has not seen).
 */
import { type Chosen, cardsAt } from './quotes-decode';

/** Steps of 0.01 from 0.01 to 0.99 (each the double nearest its decimal, as a literal 0.3 is). */
const STEPS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/**
 * The highest probability (in steps of 0.01) that still keeps `keepRight` of the right
 * attributions; below it a quote is stored unattributed. 0 when even 0.01 keeps too few.
 */
export function storeThreshold(chosen: readonly Chosen[], keepRight: number): number {
  const right = chosen.filter((c) => c.right === true);
  const rightAt = (t: number) => right.filter((c) => c.p >= t).length;
  let threshold = 0;
  for (const t of STEPS) if (rightAt(t) >= keepRight * right.length) threshold = t;
  return threshold;
}

/**
 * The lowest probability, from 0.99 down to `floor`, at which a card's key quote (as keyQuote
 * picks it) credits the wrong person on under `wrongShare` of the cards, stopping at the first
 * step that fails. 0.99 when even that fails.
 */
export function cardThreshold(chosen: readonly Chosen[], floor: number, wrongShare: number): number {
  let threshold = 0.99;
  for (const t of [...STEPS].reverse()) {
    if (t < floor) break;
    const { cards, wrong } = cardsAt(chosen, t);
    if (cards > 0 && wrong / cards >= wrongShare) break;
    threshold = t;
  }
  return threshold;
}

/** Probability bins of the reliability table: the store threshold's region, then ever surer. */
export const BINS: readonly (readonly [number, number])[] = [
  [0, 0.3],
  [0.3, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 0.95],
  [0.95, 0.99],
  [0.99, 1],
];

/**
 * For each bin of probability (the last one includes 1): how many attributions with a gold name
 * fall in it, their mean probability and the share of them that is right. Where the two agree,
 * a threshold read off these probabilities means what it says.
 */
export function reliability(
  chosen: readonly Chosen[],
): { from: number; to: number; n: number; meanP: number; right: number }[] {
  const scored = chosen.filter((c) => c.right !== null);
  return BINS.map(([from, to]) => {
    const bin = scored.filter((c) => c.p >= from && (c.p < to || (to === 1 && c.p <= 1)));
    const n = bin.length;
    return {
      from,
      to,
      n,
      meanP: bin.reduce((s, c) => s + c.p, 0) / Math.max(1, n),
      right: bin.filter((c) => c.right).length / Math.max(1, n),
    };
  });
}
