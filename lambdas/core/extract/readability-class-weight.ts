/**
 * Readability's `_getClassWeight` with the weight of each class list and id
 * worked out once per reading, on the instance we create: same weights.
 *
 * Readability weighs an element by testing its class list and its id against
 * two long patterns of words (`REGEXPS.negative`, `REGEXPS.positive`): for
 * every candidate it scores and every box its conditional clean-up judges,
 * reading `className` three times a call. Builder pages carry long class
 * lists, the same few on many elements, and the large pages are where these
 * calls add up. A list's weight depends on its text alone (the patterns keep
 * no state between tests: no `g` or `y` flag), so each text's weight is kept
 * by the text. An element whose `className` or `id` is not a string (an SVG
 * element's animated class name) is left to the original.
 */

/** The members of Readability's instance this override reads or replaces (not in its published types). */
export interface ClassWeightInternals {
  REGEXPS: { negative: RegExp; positive: RegExp };
  FLAG_WEIGHT_CLASSES: number;
  _flagIsActive(flag: number): boolean;
  _getClassWeight(e: Element): number;
}

/** Whether `pattern.test` answers the same for the same text every time. */
const keepsNoState = (pattern: RegExp) => !pattern.global && !pattern.sticky;

export function withClassWeightsRemembered(internals: ClassWeightInternals): void {
  const original = internals._getClassWeight;
  const { negative, positive } = internals.REGEXPS;
  if (!keepsNoState(negative) || !keepsNoState(positive)) return;
  const weights = new Map<string, number>();
  /** Readability's weight of one class list or id, as it adds it up (negative first). */
  const weightOf = (name: string): number => {
    let weight = weights.get(name);
    if (weight === undefined) {
      weight = 0;
      if (negative.test(name)) weight -= 25;
      if (positive.test(name)) weight += 25;
      weights.set(name, weight);
    }
    return weight;
  };
  internals._getClassWeight = function (e) {
    if (!this._flagIsActive(this.FLAG_WEIGHT_CLASSES)) return 0;
    const className: unknown = e.className;
    const id: unknown = e.id;
    if (typeof className !== 'string' || typeof id !== 'string') return original.call(this, e);
    return (className !== '' ? weightOf(className) : 0) + (id !== '' ? weightOf(id) : 0);
  };
}
