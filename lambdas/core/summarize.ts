import type { CleanArticle, Summary } from './article';

export interface SummarizeOptions {
  sentences?: number;
  maxWords?: number;
}

/** Lead-N summary: the first sentences of the story. */
export function summarize(article: CleanArticle, options: SummarizeOptions = {}): Summary {
  const n = options.sentences ?? 3;
  const picked = article.sentences.slice(0, n).map(({ text, start, end }) => ({ text, start, end }));
  return {
    headline: article.title ?? picked[0]?.text ?? '',
    sentences: picked,
    tldr: picked[0]?.text ?? '',
  };
}
