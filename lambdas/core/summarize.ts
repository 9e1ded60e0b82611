import type { CleanArticle, Summary, SummarySentence } from './article';
import { buildCandidates, type Candidate } from './summary/candidates';
import { headline } from './summary/headline';
import { DEFAULT_WEIGHTS, scoreCandidates, type ScoreWeights } from './summary/score';
import { selectSentences } from './summary/select';
import { termSet } from './summary/terms';

export interface SummarizeOptions {
  /** How many sentences (default 3). */
  sentences?: number;
  /** Most words the summary sentences may hold together; the best sentence is kept even if it alone is longer. */
  maxWords?: number;
}

/** Tuning knobs, for the evaluation; the product uses the defaults. */
export interface SummarizerTuning {
  weights?: ScoreWeights;
  /** Weight of the MMR redundancy penalty. */
  redundancy?: number;
}

const DEFAULT_REDUNDANCY = 0.8;

/**
 * Extractive summary of a news article: the headline, the best `N`
 * sentences in article order (offsets into the body; datelines left out),
 * and a one-sentence TL;DR. Unsupervised and deterministic: position,
 * centrality, title overlap, names and numbers, with an MMR redundancy
 * penalty (see `summary/`).
 */
export function summarize(
  article: CleanArticle,
  options: SummarizeOptions = {},
  tuning: SummarizerTuning = {},
): Summary {
  // Options arrive from Slack commands and the CLI: anything but a finite number means the default.
  const count = Number.isFinite(options.sentences) ? Math.max(0, Math.floor(options.sentences!)) : 3;
  const maxWords = Number.isFinite(options.maxWords) ? options.maxWords : undefined;
  const candidates = buildCandidates(article);
  const titleTerms = article.title ? termSet(article.title) : new Set<string>();
  const scores = scoreCandidates(candidates, titleTerms, tuning.weights ?? DEFAULT_WEIGHTS);
  const select = (maxWords: number | undefined) =>
    selectSentences(candidates, scores, {
      count,
      maxWords,
      redundancy: tuning.redundancy ?? DEFAULT_REDUNDANCY,
      shown: titleTerms,
    });
  let picked = select(maxWords);
  // A budget smaller than every sentence: one sentence over budget beats an empty summary.
  if (picked.length === 0 && count > 0 && maxWords !== undefined) picked = select(undefined).slice(0, 1);

  const inOrder = [...picked].sort((a, b) => a - b).map((i) => candidates[i]!);
  // The TL;DR is the best picked sentence that stands on its own.
  const lead = picked.map((i) => candidates[i]!).find((c) => !c.leaning) ?? candidates[picked[0] ?? -1];
  return {
    headline: headline(article.title, lead?.text, article.site),
    sentences: inOrder.map(toSummarySentence),
    tldr: lead?.text ?? '',
  };
}

function toSummarySentence(c: Candidate): SummarySentence {
  return { text: c.text, start: c.start, end: c.end };
}
