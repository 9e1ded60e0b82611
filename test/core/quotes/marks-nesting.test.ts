import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../lambdas/core/quotes/marks';
import { layoutBody } from '../../../lambdas/core/sentences';

/** The quoted words of each span found in these invented paragraphs. */
function quoted(...paragraphs: string[]): string[] {
  const article = layoutBody(paragraphs);
  return findQuoteSpans(article).map((s) => article.body.slice(s.start, s.end));
}

describe('curly marks inside a curly quote, and closing marks typed for opening ones', () => {
  it('a quote quoted inside a quote stays inside it', () => {
    expect(quoted('“Her claim that the plan “will pay for itself” shows she has not read it,” wrote Okafor.')).toEqual([
      'Her claim that the plan “will pay for itself” shows she has not read it,',
    ]);
  });

  it('two inner quotes in one quote', () => {
    expect(quoted('Varga said that “the “fair deal” and the “new start” are the same promise.”')).toEqual([
      'the “fair deal” and the “new start” are the same promise.',
    ]);
  });

  it('an opening mark whose quote was never closed still starts a new quote', () => {
    expect(quoted('“We are ready “to govern,” she said.')).toEqual(['We are ready', 'to govern,']);
  });

  it('a closing mark typed where an opening one belongs opens the quote', () => {
    expect(quoted('Aides would not let staff ”get close to the candidate” on policy.')).toEqual([
      'get close to the candidate',
    ]);
  });

  it('a closing mark after a word still closes', () => {
    expect(quoted('“It is over” she said, and left.')).toEqual(['It is over']);
  });
});
