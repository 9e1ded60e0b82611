import type { ArticleRecord, CleanArticle } from './article';
import { extractHtml } from './extract/html';
import { extractText } from './extract/text';
import type { ExtractedArticle } from './extract/extracted';
import { findQuotes } from './quotes/index';
import { layoutBody } from './sentences';
import { summarize, type SummarizeOptions } from './summarize';

export type AnalyzeInput =
  | { html: string; url?: string }
  | { text: string; url?: string };

export interface AnalyzeOptions {
  summary?: SummarizeOptions;
}

/** Lay out extracted paragraphs as a body with offsets. */
export function toCleanArticle(extracted: ExtractedArticle): CleanArticle {
  const { paragraphs, ...meta } = extracted;
  return { ...meta, ...layoutBody(paragraphs) };
}

/**
 * The ingest pipeline: page or text in, one article record out.
 * Pure: no I/O, no clock, no environment; the worker, the feed poller, the
 * local server and the CLI all call this one function.
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): ArticleRecord {
  const extracted = 'html' in input ? extractHtml(input.html, { url: input.url }) : extractText(input.text, { url: input.url });
  return enrich(toCleanArticle(extracted), options);
}

/** Add the summary, quotes and speakers to a clean article. */
export function enrich(article: CleanArticle, options: AnalyzeOptions = {}): ArticleRecord {
  const { quotes, speakers } = findQuotes(article);
  return { ...article, summary: summarize(article, options.summary), quotes, speakers };
}
