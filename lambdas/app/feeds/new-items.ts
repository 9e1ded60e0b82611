import { canonicalUrl, type FeedItem } from '../../fetch/feed/index';
import type { NewsStore } from '../../store/index';

/**
 * Which feed items have not been seen before. An item counts as seen when
 * either its identity (guid / Atom id) or its canonical URL was seen: feeds
 * re-issue guids when they rebuild, and change tracking parameters on links,
 * and either alone would re-queue old stories.
 *
 * The identity is checked first, so a steady-state poll (every item already
 * seen) costs one conditional write per item; only a new identity costs a
 * second one for its URL.
 */
export async function markNewItems(store: NewsStore, feedUrl: string, items: readonly FeedItem[], limit = Infinity): Promise<FeedItem[]> {
  const fresh: FeedItem[] = [];
  for (const item of items) {
    // Items past the limit are not even looked at, so they stay unseen for the next poll.
    if (fresh.length >= limit) break;
    if (!(await store.markFeedItemSeen(feedUrl, `id:${item.id}`))) continue;
    if (item.link && !(await store.markFeedItemSeen(feedUrl, `url:${canonicalUrl(item.link)}`))) continue;
    fresh.push(item);
  }
  return fresh;
}
