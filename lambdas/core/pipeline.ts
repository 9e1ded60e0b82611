import type { ArticleRecord } from './article';
import { analyzeText, enrich, toCleanArticle, type AnalyzeOptions } from './analyze-text';
import { extractHtml } from './extract/html';

export { enrich, toCleanArticle, type AnalyzeOptions };

export type AnalyzeInput = { html: string; url?: string } | { text: string; url?: string };

/**
 * The ingest pipeline: page or text in, one article record out.
 * Pure: no I/O, no clock, no environment; the worker, the feed poller, the
 * local server and the CLI all call this one function.
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): ArticleRecord {
  if ('html' in input) return enrich(toCleanArticle(extractHtml(input.html, { url: input.url })), options);
  return analyzeText(input.text, input.url, options);
}
