import { readArticle } from './article-read';
import { latestArticles } from './article-lists';
import { batchGet, batchWrite, deleteRequest, type Item, putRequest, type StoreContext } from './db';
import { articleWordsSchema, parseItem } from './items';
import { articleWordsKey, wordPostingKey } from './keys';
import { indexedTerms, SEARCH_INDEX_VERSION, searchIndexItems } from './search-index';
import type { StoredArticle } from './types';

/**
 * Articles indexed by older rules (before full-text search: the first twelve
 * terms of their title and summary; before SEARCH_INDEX_VERSION: other terms)
 * are indexed again either when touched (stored again: a re-add, a feed
 * listing them; see planIngest) or by `npm run reindex:search`, which calls
 * reindexSearch page by page. Both write the items an ingest writes, under
 * the same keys, and delete the postings of terms the new rules no longer
 * make, so running either twice is harmless.
 */
export async function reindexArticle(
  ctx: StoreContext,
  teamId: string,
  article: StoredArticle,
  previousWords: Item | undefined,
): Promise<void> {
  const indexed = indexedTerms(article);
  const items = searchIndexItems(teamId, article.id, new Date(article.ingestedAt), indexed);
  const kept = new Set(indexed.terms);
  const previous = previousWords ? parseItem(articleWordsSchema, previousWords, 'article words') : undefined;
  const stale = (previous?.terms ?? [])
    .filter((term) => !kept.has(term))
    .map((term) => wordPostingKey(teamId, term, new Date(previous!.ingestedAt), article.id));
  await batchWrite(ctx, [...items.map(putRequest), ...stale.map(deleteRequest)]);
}

/** Whether an article's word list (undefined: it has none) was made by older rules than these. */
export function indexOutdated(words: Item | undefined): boolean {
  return words === undefined || (parseItem(articleWordsSchema, words, 'article words').v ?? 1) < SEARCH_INDEX_VERSION;
}

/** One page of a team's articles (newest first) re-indexed from their stored bodies where their index is outdated; call again with the cursor until there is none. */
export async function reindexSearch(
  ctx: StoreContext,
  teamId: string,
  options: { cursor?: string; limit?: number } = {},
) {
  const page = await latestArticles(ctx, teamId, { cursor: options.cursor, limit: options.limit ?? 25 });
  const words = await batchGet(
    ctx,
    page.items.map((listing) => articleWordsKey(teamId, listing.id)),
  );
  let reindexed = 0;
  for (const [i, listing] of page.items.entries()) {
    if (!indexOutdated(words[i])) continue;
    const article = await readArticle(ctx, teamId, listing.id);
    if (!article) continue; // deleted since the page was read
    await reindexArticle(ctx, teamId, article, words[i]);
    reindexed++;
  }
  return { reindexed, cursor: page.cursor };
}
