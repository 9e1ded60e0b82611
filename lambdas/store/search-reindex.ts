import { readArticle } from './article-read';
import { latestArticles } from './article-lists';
import { batchWrite, putRequest, type StoreContext } from './db';
import { indexedTerms, searchIndexItems } from './search-index';
import type { StoredArticle } from './types';

/**
 * Articles stored before full-text search had index items for the first
 * twelve terms of their title and summary only. They get their postings
 * either when touched (stored again: a re-add, a feed listing them; see
 * planIngest) or from `npm run reindex:search`, which calls reindexSearch
 * page by page. Both write the items an ingest writes, under the same keys,
 * so running either twice is harmless.
 */
export async function reindexArticle(ctx: StoreContext, teamId: string, article: StoredArticle): Promise<void> {
  const items = searchIndexItems(teamId, article.id, new Date(article.ingestedAt), indexedTerms(article));
  await batchWrite(ctx, items.map(putRequest));
}

/** One page of a team's articles (newest first) re-indexed from their stored bodies; call again with the cursor until there is none. */
export async function reindexSearch(
  ctx: StoreContext,
  teamId: string,
  options: { cursor?: string; limit?: number } = {},
) {
  const page = await latestArticles(ctx, teamId, { cursor: options.cursor, limit: options.limit ?? 25 });
  let reindexed = 0;
  for (const listing of page.items) {
    const article = await readArticle(ctx, teamId, listing.id);
    if (!article) continue; // deleted since the page was read
    await reindexArticle(ctx, teamId, article);
    reindexed++;
  }
  return { reindexed, cursor: page.cursor };
}
