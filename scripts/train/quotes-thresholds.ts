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
