import type { ArticleRecord } from '../core/article';
import type { Item } from './db';
import { articleWordsKey, wordPostingKey } from './keys';
import { searchTerms, searchTermsUpTo } from './terms';
import type { articleWordsSchema, WrittenItem } from './items';

/**
 * The full-text index, ingest side. Every distinct term of an article (title,
 * headline and the whole body; folded, stemmed, stop words dropped) gets one
 * posting item in the term's own partition, newest first:
 *
 *   T#t#W#<term> / <ingestedAt>#<id>    { t: 1 when the term is in the title }
 *
 * Postings are tiny (~60 bytes: 1 write unit each, no GSI copy), so a search
 * reads hundreds of them per read unit, and a term's partition holds only the
 * articles that have the term: a search costs the same with 1,000 or 100,000
 * articles. One more item in the article's own partition lists the indexed
 * terms, so a delete finds its postings and a search of three or more words
 * can check the words its two Queries did not cover.
 */

/**
 * Distinct terms indexed per article at most: bounds an ingest's writes (a
 * transcript can have thousands). 600 hid 9.9% of the findable words of
 * extraction-dev-2's articles (89 of 417 cut); 2,000 hides 0.01% (1 cut) for
 * 12% more postings on average (`npm run eval:search`). At the cap an ingest
 * writes 2,000 postings (2,000 write units, 80 BatchWrites, in the worker),
 * and the word list stays under 2,000 × 43 bytes = 86 KB, far below
 * DynamoDB's 400 KB item limit (terms are cut at 40 characters).
 */
export const MAX_INDEXED_TERMS = 2000;

/**
 * The version of the rules (terms.ts, the cap) an article's postings were
 * made by, kept on its word list. 2 (2026-12): numbers, compounds also run
 * together, plurals stemmed first, 2,000 terms. An article indexed by an
 * older version is indexed again when touched, and by `npm run reindex:search`.
 * 3 (2026-12): figures whole ("3.5bn", "6-3", "9/11"), a number with a
 * two-character unit ("5m").
 */
export const SEARCH_INDEX_VERSION = 3;

export interface IndexedTerms {
  /** Every indexed term, title terms first. */
  terms: string[];
  /** The terms that occur in the title or headline (ranked above body-only hits). */
  title: Set<string>;
}

/** The terms an article is found by: title and headline first, then the body, capped at MAX_INDEXED_TERMS. */
export function indexedTerms(
  record: Pick<ArticleRecord, 'title' | 'summary' | 'body'>,
  max = MAX_INDEXED_TERMS,
): IndexedTerms {
  const title = searchTerms([record.title ?? '', record.summary.headline].join(' \n '));
  const all = searchTermsUpTo(record.body, max, new Set(title));
  return { terms: all.slice(0, max), title: new Set(title) };
}

/** The posting items and the article's word list, put by the publish write. */
export function searchIndexItems(teamId: string, articleId: string, ingestedAt: Date, indexed: IndexedTerms): Item[] {
  const postings: Item[] = indexed.terms.map((term) => ({
    ...wordPostingKey(teamId, term, ingestedAt, articleId),
    kind: 'posting',
    ...(indexed.title.has(term) ? { t: 1 } : {}),
  }));
  const words = {
    ...articleWordsKey(teamId, articleId),
    kind: 'article-words',
    ingestedAt: ingestedAt.toISOString(),
    terms: indexed.terms,
    v: SEARCH_INDEX_VERSION,
  } satisfies WrittenItem<typeof articleWordsSchema>;
  return [words, ...postings];
}
