import { canonicalUrl, type FeedItem } from '../../fetch/feed/index';
import type { NewsStore } from '../../store/index';

/**
 * Which feed items have not been seen before. An item counts as seen when
 * its identity (guid / Atom id) with its canonical URL was seen, or its
 * canonical URL alone: feeds re-issue guids when they rebuild, and change
 * tracking parameters on links, and neither must re-queue old stories.
 *
 * A guid seen before with another link is a new story only under another
 * title too: a single-item feed (some CMSs, podcast feeds) republishes each
 * new item under its one guid, and deduplicated by the guid alone every
 * item after the first vanished; a story whose link changed but whose title
 * did not is the same story. Such an item is known by its link from then on
 * (its job id too), as items sharing a guid within one read are.
 *
 * The guid with its URL is checked first, so a steady-state poll (every item
 * already seen) costs one conditional write per item; only an unseen pair
 * costs more (its URL, its guid and its title under that guid: four for a
 * new story). Items are checked a few at a time (the writes are independent
 * and each is atomic, so two items sharing a URL still yield one).
 */

/** Items checked at once: the conditional writes overlap instead of queueing one by one. */
const CHECK_PARALLEL = 10;

/** A feed item found new, with the seen-marks made for it (forgotten again if its job cannot be queued). */
export type FreshItem = FeedItem & { seenKeys: readonly string[] };

const idKey = (item: FeedItem) => `id:${item.id}`;
const urlKey = (link: string) => `url:${canonicalUrl(link)}`;
const pairKey = (item: FeedItem, link: string) => `item:${item.id}\n${canonicalUrl(link)}`;
/** The title under the guid, in any case and spacing. */
const titleKey = (item: FeedItem, title: string) =>
  `title:${item.id}\n${title.trim().replace(/\s+/g, ' ').toLowerCase()}`;

/** The keys marked when `item` is new, else undefined. */
async function isNew(store: NewsStore, feedUrl: string, item: FeedItem): Promise<string[] | undefined> {
  const mark = (key: string) => store.markFeedItemSeen(feedUrl, key);
  if (!item.link) return (await mark(idKey(item))) ? [idKey(item)] : undefined;
  const pair = pairKey(item, item.link);
  if (!(await mark(pair))) return undefined;
  const title = item.title ? titleKey(item, item.title) : undefined;
  if (!(await mark(urlKey(item.link)))) {
    // The story is known under another guid or link; its title is noted under this guid, for the guid's next story.
    if (title) await mark(title);
    return undefined;
  }
  const guidIsNew = await mark(idKey(item));
  const titleIsNew = title !== undefined && (await mark(title));
  if (!guidIsNew && !titleIsNew) return undefined;
  return [pair, urlKey(item.link), ...(guidIsNew ? [idKey(item)] : []), ...(titleIsNew && title ? [title] : [])];
}

export async function markNewItems(
  store: NewsStore,
  feedUrl: string,
  items: readonly FeedItem[],
  limit = Infinity,
): Promise<FreshItem[]> {
  const fresh: FreshItem[] = [];
  for (let start = 0; start < items.length && fresh.length < limit; start += CHECK_PARALLEL) {
    // Items past the limit are not even looked at, so they stay unseen for the next poll.
    const chunk = items.slice(start, Math.min(items.length, start + CHECK_PARALLEL, start + (limit - fresh.length)));
    const verdicts = await Promise.all(chunk.map((item) => isNew(store, feedUrl, item)));
    chunk.forEach((item, i) => {
      const seenKeys = verdicts[i];
      if (!seenKeys) return;
      // A guid reused for a new story: the story goes by its link, so its job id is its own.
      const id = seenKeys.includes(idKey(item)) || !item.link ? item.id : item.link;
      fresh.push({ ...item, id, seenKeys });
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
  fresh: readonly FreshItem[],
  queue: () => Promise<T>,
): Promise<T> {
  try {
    return await queue();
  } catch (error) {
    await Promise.all(fresh.flatMap((item) => item.seenKeys.map((key) => store.forgetFeedItemSeen(feedUrl, key))));
    throw error;
  }
}
