import type { Candidate } from './candidates';
import { overlap } from './terms';

/**
 * Greedy selection with maximal marginal relevance (Carbonell & Goldstein
 * 1998): each step takes the sentence whose score, less a penalty for what
 * the summary already says, is highest. Near-duplicates are never taken,
 * a sentence that leans on its predecessor only after that predecessor,
 * and the word budget is kept.
 */
export interface SelectOptions {
  count: number;
  maxWords?: number;
  /** Weight of the redundancy penalty (similarity to the closest picked sentence). */
  redundancy: number;
  /** Terms already shown elsewhere (the headline): a sentence that only repeats them is a duplicate. */
  shown: ReadonlySet<string>;
}

/** This much containment (shared terms over the smaller set) makes a sentence a near-duplicate of another. */
const DUPLICATE = 0.7;
/** A sentence this much inside the headline, and not much longer, only repeats it. */
const REPEATS_HEADLINE = 0.8;

/** Indices into `candidates` of the picked sentences, best first. */
export function selectSentences(
  candidates: readonly Candidate[],
  scores: readonly number[],
  options: SelectOptions,
): number[] {
  const picked: number[] = [];
  const pickedSets: Set<string>[] = [];
  const isPicked = new Set<number>();
  let words = 0;
  const shownSize = options.shown.size;
  while (picked.length < options.count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      const score = scores[i]!;
      if (!c.usable || isPicked.has(i) || score === -Infinity) continue;
      if (c.leaning && !isPicked.has(i - 1)) continue;
      if (options.maxWords !== undefined && words + c.words > options.maxWords) continue;
      // The penalty only lowers a score: one that can't beat the best so far needs no look.
      if (score <= bestValue) continue;
      const n = c.terms.length;
      if (n === 0) continue;
      if (
        shownSize > 0 &&
        overlap(c.terms, options.shown) / Math.min(n, shownSize) >= REPEATS_HEADLINE &&
        n <= shownSize + 3
      ) {
        continue;
      }
      let closest = 0;
      let duplicate = false;
      for (let k = 0; k < picked.length; k++) {
        const other = pickedSets[k]!;
        const shared = overlap(c.terms, other);
        if (shared / Math.min(n, other.size) >= DUPLICATE) {
          duplicate = true;
          break;
        }
        closest = Math.max(closest, shared / Math.sqrt(n * other.size));
      }
      if (duplicate) continue;
      const value = score - options.redundancy * closest;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    picked.push(best);
    pickedSets.push(new Set(candidates[best]!.terms));
    isPicked.add(best);
    words += candidates[best]!.words;
  }
  return picked;
}
