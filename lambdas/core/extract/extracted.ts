import type { ArticleMeta } from '../article';

/** What an extractor hands the pipeline: metadata and the story paragraphs in order. */
export interface ExtractedArticle extends ArticleMeta {
  paragraphs: string[];
}
