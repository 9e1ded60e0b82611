import type { Entity } from './entities';
import { PRONOUN_FEATURE_NAMES, type PronounCandidate } from './pronoun-features';
import weights from './pronoun-weights.json';
import { best, linearScore } from './scorer';

/**
 * Which of the entities in reach "he" or "she" refers to: a conditional logit over the candidates
 * (pronoun-features.ts), each candidate's share of the probability from a linear score of its
 * evidence. Weights are fitted on PolNeAR train's pronoun Sources against CoreNLP's silver names by
 * `npm run train:pronouns` (scripts/train/pronouns.ts), deterministically, into pronoun-weights.json.
 */
export interface PronounModel {
  features: readonly string[];
  weights: readonly number[];
  /**
   * What the linear scores are multiplied by before the softmax (1 when absent). Weights fitted to silver names,
   * about 79% right, learn silver's mistakes as doubt: the probabilities come out flatter than the ranker's
   * real accuracy. The scale (scripts/train/pronouns.ts) sharpens them without changing which candidate is first.
   */
  scale?: number;
}

export const PRONOUN_MODEL: PronounModel = weights;

/** A candidate with its probability of being the referent. */
export interface RankedAntecedent {
  entity: Entity;
  p: number;
}

/** Each candidate's probability (a softmax of linear scores), in the candidates' order. */
export function rankAntecedents(candidates: readonly PronounCandidate[], model: PronounModel): RankedAntecedent[] {
  if (model.features.length !== PRONOUN_FEATURE_NAMES.length)
    throw new Error('pronoun-weights.json was fitted on other features: run npm run train:pronouns');
  const scale = model.scale ?? 1;
  const z = candidates.map((c) => scale * linearScore(model.weights, c.x));
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return candidates.map((c, i) => ({ entity: c.entity, p: e[i]! / sum }));
}

/** The most probable candidate (the latest one on a tie: candidates come latest first). */
export function topAntecedent(ranked: readonly RankedAntecedent[]): RankedAntecedent | undefined {
  return best(ranked);
}
