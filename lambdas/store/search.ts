import { batchGet, type Item, query, type StoreContext } from './db';
import { decodeCursor } from './cursor';
import { articleHeadKey, termPartition } from './keys';
import { parseListing } from './article-read';
import { pageLimit, pageOf } from './paging';
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
  const start = decodeCursor(options.cursor, partition);
  const limit = pageLimit(options.limit, 10);
  const others = terms.filter((t) => t !== probe);
  const values: Record<string, unknown> = { ':pk': partition.value };
  others.forEach((t, n) => (values[`:t${n}`] = t));
  const out = await query(ctx, {
    IndexName: partition.index,
    KeyConditionExpression: 'GSI2PK = :pk',
    FilterExpression: others.length > 0 ? others.map((_, n) => `contains(terms, :t${n})`).join(' AND ') : undefined,
    ExpressionAttributeValues: values,
    ScanIndexForward: false,
    Limit: others.length > 0 ? SEARCH_WINDOW : limit + 1,
    ExclusiveStartKey: start.startKey,
  });
  const page = pageOf(out.Items ?? [], (item) => [String(item.articleId)], { limit, start, lastEvaluatedKey: out.LastEvaluatedKey, partition });
  if (page.items.length === 0) return { items: [], cursor: page.cursor };
  const heads = await batchGet(ctx, page.items.map((id) => articleHeadKey(teamId, id)));
  // A head missing here was deleted after the term item was read; skip it.
  const items = heads.filter((h): h is Item => h !== undefined).map(parseListing);
  return { items, cursor: page.cursor };
}
