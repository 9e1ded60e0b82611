import type { Summary } from '../core/article';
import { summarize } from '../core/summarize';
import type { StoredArticle } from '../store/index';

/** The card shows the stored 3-sentence summary; "Full summary" shows this many. */
export const FULL_SUMMARY_SENTENCES = 8;

/**
 * A longer summary of a stored article, computed from its stored body and
 * sentences (pure, no fetch): the same summarizer, asked for more sentences.
 */
export function fullSummary(article: StoredArticle): Summary {
  const longer = summarize(article, { sentences: FULL_SUMMARY_SENTENCES });
  // Never show less than the card did (a very short article may yield fewer).
  return longer.sentences.length >= article.summary.sentences.length ? longer : article.summary;
}
