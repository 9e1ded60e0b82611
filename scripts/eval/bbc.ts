/**
 * The BBC News Summary set from ../shared (resolved from the repo root),
 * laid out through the product's own pipeline piece (toCleanArticle) so
 * evaluations and benchmarks see what the bot sees.
 */
import { readFileSync } from 'node:fs';
import type { CleanArticle } from '../../lambdas/core/article';
import { toCleanArticle } from '../../lambdas/core/pipeline';
import { sharedPath } from '../shared-data';

export const BBC_SUMMARY_FILE = sharedPath('data', 'bbc-news-summary', 'bbc-news-summary.jsonl');

interface BbcRecord {
  id: string;
  title: string;
  text: string;
  summary_sentences: string[];
  duplicate_of: string | null;
}

export interface BbcArticle {
  id: string;
  /** The raw body text, paragraphs separated by blank lines. */
  text: string;
  title: string;
  article: CleanArticle;
  reference: string[];
}

/** The records that are not duplicates of an earlier one. */
export function loadBbc(file = BBC_SUMMARY_FILE): BbcArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as BbcRecord)
    .filter((r) => r.duplicate_of === null)
    .map((r) => ({
      id: r.id,
      text: r.text,
      title: r.title,
      article: toCleanArticle({ title: r.title, paragraphs: r.text.split(/\n\s*\n/) }),
      reference: r.summary_sentences,
    }));
}
