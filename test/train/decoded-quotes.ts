import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import type { Decoded } from '../../scripts/train/quotes-decode';

/** A feature row with the named features on (1) and every other off: `row(cue)`. */
export const featureRow = (...on: number[]) => FEATURE_NAMES.map((_, k) => (on.includes(k) ? 1 : 0));

/** An invented decoded quote of `outlet`: the wrong candidate with `wrongX`, the right one with `rightX`. */
export function decodedQuote(outlet: string, article: number, wrongX: number[], rightX: number[]): Decoded {
  return {
    article,
    outlet,
    gold: 'Ann Ode',
    partial: false,
    labelled: true,
    candidates: [
      { name: 'Ravi Sandhu', x: wrongX, p: 0.5, right: false },
      { name: 'Ann Ode', x: rightX, p: 0.5, right: true },
    ],
  };
}
