/**
 * The article-extraction-benchmark's own metric (upstream evaluate.py),
 * reimplemented so our figures are comparable with its published table:
 * - tokens are `\w+` runs (Python's Unicode \w: letters, digits, underscore), case kept;
 * - shingles are 4 consecutive tokens, counted as a multiset; a text shorter
 *   than 4 tokens is one shingle of what it has, an empty text none;
 * - per page tp/fp/fn are normalised by their sum so long pages weigh no more;
 * - precision and recall are averaged over pages (pages with tp+fp = 0 are
 *   left out of precision, tp+fn = 0 out of recall); F1 comes from the two means.
 */

export type Counts = [tp: number, fp: number, fn: number];

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n: number): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Normalised tp/fp/fn of one page. */
export function shingleMatch(truth: string, predicted: string, n = 4): Counts {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

export function precisionOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function scoresOf(pages: Counts[]): Scores {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
