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
 * second one for its URL. Items are checked a few at a time (the writes are
 * independent and each is atomic, so two items sharing a URL still yield one).
 */

/** Items checked at once: the conditional writes overlap instead of queueing one by one. */
const CHECK_PARALLEL = 10;

async function isNew(store: NewsStore, feedUrl: string, item: FeedItem): Promise<boolean> {
  if (!(await store.markFeedItemSeen(feedUrl, `id:${item.id}`))) return false;
  return !item.link || store.markFeedItemSeen(feedUrl, `url:${canonicalUrl(item.link)}`);
}

export async function markNewItems(store: NewsStore, feedUrl: string, items: readonly FeedItem[], limit = Infinity): Promise<FeedItem[]> {
  const fresh: FeedItem[] = [];
  for (let start = 0; start < items.length && fresh.length < limit; start += CHECK_PARALLEL) {
    // Items past the limit are not even looked at, so they stay unseen for the next poll.
    const chunk = items.slice(start, Math.min(items.length, start + CHECK_PARALLEL, start + (limit - fresh.length)));
    const verdicts = await Promise.all(chunk.map((item) => isNew(store, feedUrl, item)));
    chunk.forEach((item, i) => {
      if (verdicts[i]) fresh.push(item);
    });
  }
  return fresh;
}
