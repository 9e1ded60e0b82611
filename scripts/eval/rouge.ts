import { porterStem } from './porter-stemmer';

/**
 * ROUGE-N and ROUGE-Lsum F1 (C.-Y. Lin, "ROUGE: A Package for Automatic
 * Evaluation of Summaries", 2004), computed the way Google's rouge-score
 * package does, so figures compare with published ones:
 * - tokens are lower-cased runs of [a-z0-9]; everything else separates them;
 * - with stemming, tokens longer than three letters go through Porter
 *   (as ROUGE-1.5.5's "-m" does);
 * - ROUGE-N counts clipped n-gram matches over the whole text;
 * - ROUGE-Lsum is summary-level: for every reference sentence, the union of
 *   its LCS with each candidate sentence, each token counted at most as often
 *   as it occurs on both sides.
 */

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeLsum: RougeScore;
}

export function tokenize(text: string, stem = true): string[] {
  const tokens = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return stem ? tokens.map((t) => (t.length > 3 ? porterStem(t) : t)) : tokens;
}

function score(hits: number, candidateTotal: number, referenceTotal: number): RougeScore {
  const precision = candidateTotal > 0 ? hits / candidateTotal : 0;
  const recall = referenceTotal > 0 ? hits / referenceTotal : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N between token lists: clipped n-gram overlap. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, c] of cand) hits += Math.min(c, ref.get(gram) ?? 0);
  return score(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Indices into `ref` of one longest common subsequence with `cand` (rouge-score's backtracking order). */
export function lcsIndices(ref: readonly string[], cand: readonly string[]): number[] {
  const rows = ref.length + 1;
  const cols = cand.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (table[i * cols + j - 1]! > table[(i - 1) * cols + j]!) j--;
    else i--;
  }
  return out.reverse();
}

/** Summary-level ROUGE-L over sentence token lists (rougeLsum). */
export function rougeLsum(candidate: readonly string[][], reference: readonly string[][]): RougeScore {
  const m = reference.reduce((s, r) => s + r.length, 0);
  const n = candidate.reduce((s, c) => s + c.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f1: 0 };
  const refCounts = new Map<string, number>();
  const candCounts = new Map<string, number>();
  for (const r of reference) for (const t of r) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  for (const c of candidate) for (const t of c) candCounts.set(t, (candCounts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of reference) {
    const union = new Set<number>();
    for (const c of candidate) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i]!;
      const inCand = candCounts.get(t) ?? 0;
      const inRef = refCounts.get(t) ?? 0;
      if (inCand > 0 && inRef > 0) {
        hits++;
        candCounts.set(t, inCand - 1);
        refCounts.set(t, inRef - 1);
      }
    }
  }
  return score(hits, n, m);
}

/** All three scores for a candidate and a reference, each given as its sentences. */
export function rouge(candidateSentences: readonly string[], referenceSentences: readonly string[]): RougeScores {
  const cand = candidateSentences.map((s) => tokenize(s));
  const ref = referenceSentences.map((s) => tokenize(s));
  const candFlat = cand.flat();
  const refFlat = ref.flat();
  return {
    rouge1: rougeN(candFlat, refFlat, 1),
    rouge2: rougeN(candFlat, refFlat, 2),
    rougeLsum: rougeLsum(
      cand.filter((s) => s.length > 0),
      ref.filter((s) => s.length > 0),
    ),
  };
}
