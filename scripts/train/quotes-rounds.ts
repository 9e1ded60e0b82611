/**
 * The quote scorer's fit in rounds, for train:quotes and train:quotes-cv: the
 * feature "speaker of the previous quote" depends on the scorer's own earlier
 * choices, so the articles are decoded with the current weights and the
 * weights refitted, three times, from hand-set weights that only trust the
 * cue of the quote's sentence.
 */
import { FEATURE_NAMES } from '../../lambdas/core/quotes/features';
import type { ScorerModel } from '../../lambdas/core/quotes/scorer';
import type { PolnearArticle } from '../eval/quotes-polnear';
import { fitChoices } from './logistic';
import { choicesOf, chosenOf, decode, speakerAccuracy } from './quotes-decode';
import type { Setting } from './quotes-outlets';

const ROUNDS = 3;

/** Hand-set start: the subject of the sentence's own cue, else whoever spoke last. */
const START: Record<string, number> = {
  bias: -3,
  'subject of the cue after the quote': 6,
  'subject of the cue before the quote': 5,
  'introduces the quote': 5,
  'speaker of the previous quote': 2,
  'latest cue subject before the quote': 1.5,
};

/** Fits the weights in decode/refit rounds at a setting, from the hand-set start. */
export function fitInRounds(
  articles: readonly PolnearArticle[],
  setting: Setting,
  log: (line: string) => void = console.log,
): ScorerModel {
  let model: ScorerModel = {
    features: FEATURE_NAMES,
    weights: FEATURE_NAMES.map((n) => START[n] ?? 0),
    threshold: 0,
    cardThreshold: 1,
  };
  const keep = FEATURE_NAMES.map((n) => !setting.dropped.includes(n));
  for (let round = 0; round < ROUNDS; round++) {
    const decoded = decode(articles, model);
    const fit = fitChoices(choicesOf(decoded, keep), FEATURE_NAMES.length, { l2: setting.l2 });
    const { right, scored } = speakerAccuracy(chosenOf(decoded));
    log(
      `  round ${round + 1}: decoded with the previous weights, speaker right ${right}/${scored} (${(right / scored).toFixed(3)}); fit on ${fit.choices} quotes, objective ${fit.logLoss.toFixed(4)}`,
    );
    model = { ...model, weights: fit.weights };
  }
  return model;
}
