import { canonicalUrl } from '../../fetch/feed/index';
import type { FeedDeps } from './ports';
import type { ListSubscribeResult, SubscribeResult } from './subscribe-results';
import { subscribeToFeed } from './subscribe-to-feed';
import type { QueuedBy } from './feed-item-jobs';

/** Feeds one OPML file may subscribe a channel to: each is a fetch now and a poll every 15 minutes after. */
export const MAX_LIST_FEEDS = 20;
/** Feeds read at once while subscribing to a list (each read may take the fetcher's 10 s). */
const LIST_CONCURRENCY = 4;

/**
 * `/news subscribe <url of an OPML file>`: the channel follows each feed the
 * list names (the first MAX_LIST_FEEDS distinct ones), each read and
 * subscribed exactly as `/news subscribe <feed url>` would; the answer says
 * what was added, what was followed already, and what was not and why. A
 * list inside the list is not followed (no recursion).
 */
export async function subscribeToList(
  deps: FeedDeps,
  request: { teamId: string; channelId: string } & QueuedBy,
  urls: readonly string[],
): Promise<ListSubscribeResult> {
  // One feed written several ways (a tracking parameter, a trailing slash, "www.", a fragment) is tried once.
  const seen = new Set<string>();
  const distinct = urls.filter((url) => {
    const key = canonicalUrl(url);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const tried = distinct.slice(0, MAX_LIST_FEEDS);
  const results: SubscribeResult[] = new Array(tried.length);
  let next = 0;
  const worker = async () => {
    while (next < tried.length) {
      const i = next++;
      results[i] = await subscribeToFeed(deps, { ...request, url: tried[i]! });
    }
  };
  await Promise.all(Array.from({ length: Math.min(LIST_CONCURRENCY, tried.length) }, worker));

  const outcome: ListSubscribeResult = {
    added: [],
    already: [],
    failed: [],
    overLimit: distinct.slice(MAX_LIST_FEEDS),
    limit: MAX_LIST_FEEDS,
  };
  results.forEach((result, i) => {
    if (!result.ok) {
      const reason = result.feedLinks ? 'it is a list of feeds itself, not a feed' : result.reason;
      outcome.failed.push({ url: tried[i]!, reason });
    } else if (result.created)
      outcome.added.push({ feedUrl: result.feedUrl, title: result.title, items: result.items });
    else outcome.already.push({ feedUrl: result.feedUrl, title: result.title });
  });
  deps.log.info('feed_list_subscribed', {
    teamId: request.teamId,
    channelId: request.channelId,
    added: outcome.added.length,
    already: outcome.already.length,
    failed: outcome.failed.length,
    overLimit: outcome.overLimit.length,
  });
  return outcome;
}
