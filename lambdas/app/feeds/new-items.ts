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

const idKey = (item: FeedItem) => `id:${item.id}`;
const urlKey = (link: string) => `url:${canonicalUrl(link)}`;

async function isNew(store: NewsStore, feedUrl: string, item: FeedItem): Promise<boolean> {
  if (!(await store.markFeedItemSeen(feedUrl, idKey(item)))) return false;
  return !item.link || store.markFeedItemSeen(feedUrl, urlKey(item.link));
}

export async function markNewItems(
  store: NewsStore,
  feedUrl: string,
  items: readonly FeedItem[],
  limit = Infinity,
): Promise<FeedItem[]> {
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

/**
 * Queue the jobs of items just marked new; if queueing fails, forget the marks
 * before rethrowing, so the retry (SQS redelivery, the next poll) finds the
 * items new again instead of losing them. An item queued twice is harmless:
 * the job id and the ingest are the same.
 */
export async function queueOrForget<T>(
  store: NewsStore,
  feedUrl: string,
  fresh: readonly FeedItem[],
  queue: () => Promise<T>,
): Promise<T> {
  try {
    return await queue();
  } catch (error) {
    await Promise.all(
      fresh.flatMap((item) => [
        store.forgetFeedItemSeen(feedUrl, idKey(item)),
        ...(item.link ? [store.forgetFeedItemSeen(feedUrl, urlKey(item.link))] : []),
      ]),
    );
    throw error;
  }
}
