/**
 * How far a figure could move with other articles of the same kind: a
 * percentile bootstrap over articles (resample the articles with
 * replacement, recompute the figure). An 84-article set where one article
 * holds a third of the errors has a wide interval, and a gap between train
 * and dev is read against it. Seeded, so every run prints the same interval.
 */
import { prf } from './quotes-polnear';

export interface ArticleCounts {
  hits: number;
  pred: number;
  gold: number;
}

/** A small deterministic generator (mulberry32): the interval must not change between runs. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function f1Of({ hits, pred, gold }: ArticleCounts): number {
  return prf(hits, pred, gold).f;
}

/** The 2.5th and 97.5th percentiles of F1 over `rounds` resamples of the articles. */
export function bootstrapF1(articles: readonly ArticleCounts[], rounds = 1000, seed = 1): [number, number] {
  if (articles.length === 0) return [0, 0];
  const random = seededRandom(seed);
  const figures: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const sum = { hits: 0, pred: 0, gold: 0 };
    for (let k = 0; k < articles.length; k++) {
      const a = articles[Math.floor(random() * articles.length)]!;
      sum.hits += a.hits;
      sum.pred += a.pred;
      sum.gold += a.gold;
    }
    figures.push(f1Of(sum));
  }
  figures.sort((x, y) => x - y);
  return [figures[Math.floor(rounds * 0.025)]!, figures[Math.ceil(rounds * 0.975) - 1]!];
}
