import { batchGet, type Item, type StoreContext } from './db';
import { articleHeadKey, termPartition } from './keys';
import { parseListing } from './article-read';
import { parseItem, termItemSchema } from './items';
import { newestFirstPage } from './paging';
import { searchTerms } from './terms';
import type { ArticleListing, Page, PageOptions } from './types';

/** Index items read per search page: how far back a search looks in one call. */
export const SEARCH_WINDOW = 100;

/**
 * Search: the index of the query's longest term (a cheap stand-in for the
 * rarest) is read newest first, at most SEARCH_WINDOW items per page, and
 * filtered on the server for the other terms; the page's article heads are
 * fetched with one BatchGet. Two requests per page.
 */
export async function searchArticles(ctx: StoreContext, teamId: string, words: string, options: PageOptions = {}): Promise<Page<ArticleListing>> {
  const terms = searchTerms(words);
  const probe = [...terms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
  if (probe === undefined) return { items: [] };
  const partition = termPartition(teamId, probe);
  const others = terms.filter((t) => t !== probe);
  const page = await newestFirstPage(ctx, partition, options, {
    defaultLimit: 10,
    answersOf: (item) => [parseItem(termItemSchema, item, 'search term').articleId],
    filter:
      others.length > 0
        ? { expression: others.map((_, n) => `contains(terms, :t${n})`).join(' AND '), values: Object.fromEntries(others.map((t, n) => [`:t${n}`, t])) }
        : undefined,
    window: SEARCH_WINDOW,
  });
  if (page.items.length === 0) return { items: [], cursor: page.cursor };
  const heads = await batchGet(ctx, page.items.map((id) => articleHeadKey(teamId, id)));
  // A head missing here was deleted after the term item was read; skip it.
  const items = heads.filter((h): h is Item => h !== undefined).map(parseListing);
  return { items, cursor: page.cursor };
}
