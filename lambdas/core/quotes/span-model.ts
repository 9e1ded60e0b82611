import { type SpanEvidence, spanFeatures, wordsOf } from './span-features';
import weights from './span-weights.json';

/**
 * Whether a pair of quote marks quotes someone: a logistic model over the
 * general evidence of span-features.ts (length, the speech cue of the
 * sentence, the word before the mark, capitals, verbs and first-person
 * words inside…), fitted on PolNeAR train by `npm run train:spans`
 * (scripts/train/spans.ts), deterministically, and stored in
 * span-weights.json. Hard rules stand only where the answer is certain.
 */
export interface SpanModel {
  features: readonly string[];
  weights: readonly number[];
  /** A span is a quotation at or above this probability. */
  threshold: number;
}

export const SPAN_MODEL: SpanModel = weights;

/** The model's probability that the marks quote someone. */
export function quotationProbability(e: SpanEvidence, model: SpanModel = SPAN_MODEL): number {
  const x = spanFeatures(e);
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (model.weights[k] ?? 0) * x[k]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The answer when it is certain, else undefined: marks around no word quote nobody; a whole
 * sentence in marks with a speech cue of its own is a quotation ("'We will win,' she said."), and
 * so is the next full sentence of a single-marked quotation just kept (British copy: PolNeAR,
 * American, has too few of them to teach the model).
 */
export function certainAnswer(e: SpanEvidence): boolean | undefined {
  if (wordsOf(e.text).length === 0) return false;
  if (!e.partial && e.cue !== 'none') return true;
  if (e.continuesQuotation) return true;
  return undefined;
}

/** A quotation, or marks around a term: the certain answer, else the model's. */
export function isQuotation(e: SpanEvidence, model: SpanModel = SPAN_MODEL): boolean {
  return certainAnswer(e) ?? quotationProbability(e, model) >= model.threshold;
}
