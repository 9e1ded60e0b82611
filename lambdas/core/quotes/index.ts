import type { CleanArticle, Quote, Speaker } from '../article';

export interface QuoteResult {
  quotes: Quote[];
  speakers: Speaker[];
}

/** Direct quotations and their speakers. Not built yet: issue 5 delivers it. */
export function findQuotes(_article: CleanArticle): QuoteResult {
  return { quotes: [], speakers: [] };
}
