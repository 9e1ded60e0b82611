import type { Entity } from './entities';
import weights from './scorer-weights.json';

/**
 * A conditional logit over the candidates of a quote and "nobody here": each
 * candidate's share of the probability, from a linear score of the general
 * evidence of features.ts. The
 * finder credits the quote to the most probable candidate, and to nobody
 * when even that one is under `threshold`. Weights and thresholds are
 * fitted on PolNeAR train by `npm run train:quotes` (scripts/train/quotes.ts),
 * deterministically, and stored in scorer-weights.json.
 */
export interface ScorerModel {
  features: readonly string[];
  weights: readonly number[];
  /** Below this the quote is stored without a speaker. */
  threshold: number;
  /** A card shows a key quote only at or above this. */
  cardThreshold: number;
}

export const MODEL: ScorerModel = weights;

/** The weighted sum of one row of features (a weight missing from an older weights file counts as 0). */
export function linearScore(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += (w[k] ?? 0) * x[k]!;
  return s;
}

/**
 * The probability of each candidate being the speaker: a softmax of the linear scores next to
 * "nobody here", whose score is 0 (a conditional logit with a null option). So a lone candidate
 * with weak evidence stays unlikely instead of taking the whole probability.
 */
export function choiceProbabilities(w: readonly number[], xs: readonly (readonly number[])[]): number[] {
  const z = xs.map((x) => linearScore(w, x));
  const top = Math.max(0, ...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((s, v) => s + v, Math.exp(-top));
  return e.map((v) => v / sum);
}

export interface Scored {
  entity: Entity;
  x: number[];
  p: number;
}

/** The most probable candidate (the first one on a tie: candidates come in reading order). */
export function best<T extends { p: number }>(scored: readonly T[]): T | undefined {
  let top: T | undefined;
  for (const s of scored) if (!top || s.p > top.p) top = s;
  return top;
}
