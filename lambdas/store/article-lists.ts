import { batchGet, type Item, query, queryNewestSince, type StoreContext } from './db';
import { feedIdFor } from './ids';
import { articleHeadKey, feedArticlesPartition, latestArticlesFrom, latestArticlesPartition } from './keys';
import { feedEntrySchema, parseItem } from './items';
import { parseListing } from './article-read';
import { newestFirstPage, pageLimit } from './paging';
import type { ArticleListing, FeedArticle, Page, PageOptions } from './types';

/** The team's articles in time order: the latest (a page at a time) and those since a time (the digest). */

export async function latestArticles(
  ctx: StoreContext,
  teamId: string,
  options: PageOptions = {},
): Promise<Page<ArticleListing>> {
  return newestFirstPage(ctx, latestArticlesPartition(teamId), options, {
    defaultLimit: 10,
    answersOf: (item) => [parseListing(item)],
  });
}

/**
 * Articles stored at or after `since`, newest first; at most two requests.
 * Without feeds: one Query on the heads, reading exactly the articles asked
 * for. With feeds: one Query on the slim feed-article entries (filtered on
 * the server to the feeds; one 1 MB page holds ~7,000 entries, how far it
 * looks), then one BatchGet of the heads kept (one per 100 articles: a digest
 * of up to 100 articles is two requests).
 */
export async function articlesSince(
  ctx: StoreContext,
  teamId: string,
  since: Date,
  options: { limit?: number; feedUrls?: string[] } = {},
): Promise<ArticleListing[]> {
  if (options.feedUrls === undefined) {
    const partition = latestArticlesPartition(teamId);
    const limit = pageLimit(options.limit, 50, 500);
    // A second Query only when the heads asked for pass DynamoDB's 1 MB page (~1,400 heads).
    const items = await queryNewestSince(ctx, partition, latestArticlesFrom(since), limit, 2);
    return items.map(parseListing);
  }
  const feedIds = [...new Set(options.feedUrls.map(feedIdFor))].slice(0, 100);
  if (feedIds.length === 0) return [];
  const limit = pageLimit(options.limit, 50, 500);
  const partition = feedArticlesPartition(teamId);
  const values: Record<string, unknown> = { ':pk': partition.value, ':since': latestArticlesFrom(since) };
  for (const [n, id] of feedIds.entries()) values[`:f${n}`] = id;
  const out = await query(ctx, {
    IndexName: partition.index,
    KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK >= :since',
    FilterExpression: `feedId IN (${feedIds.map((_, n) => `:f${n}`).join(', ')})`,
    ExpressionAttributeValues: values,
    ScanIndexForward: false,
  });
  // An article may have an entry per feed (stored from one, linked to others): listed once, at its newest.
  const ids = [
    ...new Set((out.Items ?? []).map((item) => parseItem(feedEntrySchema, item, 'feed article entry').articleId)),
  ].slice(0, limit);
  if (ids.length === 0) return [];
  const heads = await batchGet(
    ctx,
    ids.map((id) => articleHeadKey(teamId, id)),
  );
  // A head missing here was deleted after its entry was read.
  return heads.filter((h): h is Item => h !== undefined).map(parseListing);
}

/** Pages of feed entries read at most by feedArticlesSince (~7,000 entries a page). */
const MAX_ENTRY_PAGES = 5;

/**
 * Every feed entry of the team since `since` (articles stored from a feed and
 * articles linked to one later), newest first, with its article: the entries
 * in 1 MB pages, then the heads in BatchGets of 100. For a scheduled digest
 * run, read once per team; each channel then keeps its feeds' share. With
 * `feedUrls` (one channel's digest), only those feeds' entries, filtered on
 * the server: usually one Query and one BatchGet.
 */
export async function feedArticlesSince(
  ctx: StoreContext,
  teamId: string,
  since: Date,
  options: { limit?: number; feedUrls?: string[] } = {},
): Promise<FeedArticle[]> {
  const limit = pageLimit(options.limit, 2000, 5000);
  const partition = feedArticlesPartition(teamId);
  const feedIds =
    options.feedUrls === undefined ? undefined : [...new Set(options.feedUrls.map(feedIdFor))].slice(0, 100);
  if (feedIds?.length === 0) return [];
  const filter = feedIds && {
    expression: `feedId IN (${feedIds.map((_, n) => `:f${n}`).join(', ')})`,
    values: Object.fromEntries(feedIds.map((id, n) => [`:f${n}`, id])),
  };
  const items = await queryNewestSince(ctx, partition, latestArticlesFrom(since), limit, MAX_ENTRY_PAGES, filter);
  const entries = items.map((item) => ({
    ...parseItem(feedEntrySchema, item, 'feed article entry'),
    listedAt: String(item.GSI2SK).split('#')[0]!,
  }));
  const heads = await batchGet(
    ctx,
    [...new Set(entries.map((e) => e.articleId))].map((id) => articleHeadKey(teamId, id)),
  );
  const byId = new Map(heads.filter((h): h is Item => h !== undefined).map((h) => [String(h.id), parseListing(h)]));
  return entries.flatMap((entry) => {
    const article = byId.get(entry.articleId);
    // A head missing here was deleted after its entry was read.
    return article
      ? [{ feedId: entry.feedId, feedUrl: entry.feedUrl ?? article.feedUrl, listedAt: entry.listedAt, article }]
      : [];
  });
}
