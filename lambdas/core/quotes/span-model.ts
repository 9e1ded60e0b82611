import { PASSIVE_MARKERS } from './lexicon/cue-verbs';
import { NAMING_VERBS } from './lexicon/term-markers';
import { handRulesKeep } from './scare-quotes';
import { linearScore } from './scorer';
import { type SpanEvidence, spanFeatures, wordsOf } from './span-features';
import weights from './span-weights.json';

/**
 * Whether a pair of quote marks quotes someone: a logistic model over the
 * general evidence of span-features.ts (length, the speech cue of the
 * sentence, the word before the mark, capitals, verbs and first-person
 * words inside…), fitted on PolNeAR train by `npm run train:spans`
 * (scripts/train/spans.ts), deterministically, and stored in
 * span-weights.json. It overrules the hand rules' drops only (isQuotation).
 */
export interface SpanModel {
  features: readonly string[];
  weights: readonly number[];
  /** A span the hand rules drop is a quotation at or above this probability. */
  threshold: number;
}

export const SPAN_MODEL: SpanModel = weights;

/** The model's probability that the marks quote someone. */
export function quotationProbability(e: SpanEvidence, model: SpanModel = SPAN_MODEL): number {
  return 1 / (1 + Math.exp(-linearScore(model.weights, spanFeatures(e))));
}

/**
 * A quotation, or marks around a term. Marks around no word quote nobody. What the hand rules
 * keep (scare-quotes.ts) is kept; of what they drop, the model keeps what it is sure of: on
 * PolNeAR train, the spans it keeps there are at least as often quotations as those the rules keep.
 */
export function isQuotation(e: SpanEvidence, model: SpanModel = SPAN_MODEL): boolean {
  if (wordsOf(e.text).length === 0) return false;
  if (handRulesKeep(e)) return true;
  if (namedInPassive(e.wordsBefore) && !AGENT_AFTER.test(e.textAfter)) return false;
  return quotationProbability(e, model) >= model.threshold;
}

/** "has been called "strategic ambiguity" by Joshua Hendrick": the passive's agent did say it. */
const AGENT_AFTER = /^[\s"”'’,]*by\b/;

/**
 * "It has been called "open source news"": a naming verb in the passive, with no "by" after it, names
 * a thing; no one is quoted, so the model does not get to keep it (in the active voice, "Ruiz called
 * it "a sham"", it may).
 */
function namedInPassive(wordsBefore: readonly string[]): boolean {
  const verb = wordsBefore[wordsBefore.length - 1];
  const be = wordsBefore[wordsBefore.length - 2];
  return verb !== undefined && be !== undefined && NAMING_VERBS.has(verb) && PASSIVE_MARKERS.has(be);
}
