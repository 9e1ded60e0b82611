import { findQuotes } from '../../lambdas/core/quotes/index';
import { findQuoteSpans } from '../../lambdas/core/quotes/marks';
import { findNameRuns } from '../../lambdas/core/quotes/name-runs';
import { type Token, tokenize } from '../../lambdas/core/quotes/tokens';
import { layoutBody } from '../../lambdas/core/sentences';

/**
 * What the quote finder reads in a short article written for a test, one paragraph per argument:
 * the quote tests of core/quotes share these instead of each keeping a copy.
 */

/** Who findQuotes credits each quote to, in order (null for a quote credited to nobody). */
export function speakers(...paragraphs: string[]): (string | null)[] {
  return findQuotes(layoutBody(paragraphs)).quotes.map((q) => q.speaker);
}

/** The article's tokens, with its quotes found. */
export function read(...paragraphs: string[]) {
  const article = layoutBody(paragraphs);
  const tokens = tokenize(article, findQuoteSpans(article));
  return { article, tokens };
}

/** The words of tokens `first` to `last`, joined by spaces. */
export const text = (tokens: readonly Token[], first: number, last: number) =>
  tokens
    .slice(first, last + 1)
    .map((t) => t.text)
    .join(' ');

/** Each run of capitalised words as "text:kind". */
export function runs(...paragraphs: string[]): string[] {
  const { tokens } = read(...paragraphs);
  return findNameRuns(tokens).runs.map((r) => `${text(tokens, r.first, r.last)}:${r.kind}`);
}
