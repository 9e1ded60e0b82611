import type { ArticleRecord, CleanArticle } from './article';
import { extractText } from './extract/text';
import type { ExtractedArticle } from './extract/extracted';
import { findQuotes } from './quotes/index';
import { layoutBody } from './sentences';
import { summarize, type SummarizeOptions } from './summarize';

/**
 * The text half of the ingest pipeline, in a module of its own so that code
 * which only ever sees pasted text (the Slack handler's `/news add <text>`)
 * does not load the HTML parser. `pipeline.ts` builds `analyze` on these.
 */

export interface AnalyzeOptions {
  summary?: SummarizeOptions;
}

/** Lay out extracted paragraphs as a body with offsets. */
export function toCleanArticle(extracted: ExtractedArticle): CleanArticle {
  const { paragraphs, ...meta } = extracted;
  return { ...meta, ...layoutBody(paragraphs) };
}

/** Add the summary, quotes and speakers to a clean article. */
export function enrich(article: CleanArticle, options: AnalyzeOptions = {}): ArticleRecord {
  const { quotes, speakers } = findQuotes(article);
  return { ...article, summary: summarize(article, options.summary), quotes, speakers };
}

/** Plain or pasted text in, one article record out: what `analyze({ text })` does. */
export function analyzeText(text: string, url?: string, options: AnalyzeOptions = {}): ArticleRecord {
  return enrich(toCleanArticle(extractText(text, { url })), options);
}
