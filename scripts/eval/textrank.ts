import { STOPWORDS } from '../../lambdas/core/summary/stopwords';
import { porterStem } from './porter-stemmer';

/**
 * TextRank sentence extraction (Mihalcea & Tarau, 2004), the classic
 * unsupervised baseline: sentences are nodes, edges weigh shared words
 * normalised by the log of both lengths, and weighted PageRank (d = 0.85)
 * ranks them. Words: lower-cased, stop words out, Porter-stemmed.
 */

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOPWORDS.has(w)).map(porterStem);
}

/** Indices of the `count` top-ranked sentences, in document order. */
export function textRank(sentences: readonly string[], count: number): number[] {
  const n = sentences.length;
  if (n <= count) return sentences.map((_, i) => i);
  const sets = sentences.map((s) => new Set(words(s)));
  const weight: number[][] = sets.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      const denominator = Math.log(a.size) + Math.log(b.size);
      if (denominator <= 0) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      const w = shared / denominator;
      weight[i]![j] = w;
      weight[j]![i] = w;
    }
  }
  const outSum = weight.map((row) => row.reduce((s, w) => s + w, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      if (outSum[j] === 0) continue;
      const share = (DAMPING * rank[j]!) / outSum[j]!;
      const row = weight[j]!;
      for (let i = 0; i < n; i++) if (row[i]! > 0) next[i]! += row[i]! * share;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    rank = next;
    if (delta < TOLERANCE) break;
  }
  return rank
    .map((r, i) => [r, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, count)
    .map(([, i]) => i)
    .sort((a, b) => a - b);
}
