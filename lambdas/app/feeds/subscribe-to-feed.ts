import { queueFeedItems, type QueuedBy } from './feed-item-jobs';
import { markNewItems, queueOrForget } from './new-items';
import { MAX_QUEUED_PER_POLL, nextPollAt } from './poll-policy';
import type { FeedDeps } from './ports';
import type { SubscribeResult } from './subscribe-results';
import { readFeedAt } from './read-feed-at';

/**
 * `/news subscribe <url>` (run by the worker, off Slack's 3-second request):
 * read the feed first, so the user learns whether it is a feed and how many
 * items it has; then follow it and queue its items for this team. A document
 * that is not a feed, or an address that cannot be read, is refused with the
 * reason (and the feed an HTML page advertises, when it does).
 */
export async function subscribeToFeed(
  deps: FeedDeps,
  request: { teamId: string; channelId: string; url: string } & QueuedBy,
): Promise<SubscribeResult> {
  const { store, log } = deps;
  const read = await readFeedAt(deps, request.url);
  if (read.kind === 'failed') {
    return {
      ok: false,
      reason: read.reason,
      ...(read.feedLink ? { feedLink: read.feedLink } : {}),
      ...(read.feedLinks ? { feedLinks: read.feedLinks } : {}),
    };
  }
  // A 304 to a request that sent no validators (a broken server): there is nothing to read.
  if (read.kind !== 'feed') return { ok: false, reason: 'the feed answered without content' };
  const { response, feed } = read;
  const { created } = await store.subscribe(
    request.teamId,
    request.channelId,
    request.url,
    feed.title ? { title: feed.title } : {},
  );
  const state = await store.getFeed(request.url);
  const feedUrl = state?.feedUrl ?? request.url;

  // Items nobody has seen go to every team following the feed; items already
  // seen (another team follows it) are still read for this team, once.
  const fresh = await markNewItems(store, feedUrl, feed.items, MAX_QUEUED_PER_POLL);
  const followers = await store.feedSubscribers(feedUrl);
  const otherTeams = [...new Set(followers.map((s) => s.teamId))].filter((t) => t !== request.teamId);
  // The items carry the subscribing request's correlation id: its worker logs follow from the Slack request.
  const queuedBy = request.correlationId ? { correlationId: request.correlationId } : {};
  const queueItems = async () =>
    (await queueFeedItems(
      deps.jobs,
      [request.teamId],
      feedUrl,
      created ? feed.items.slice(0, MAX_QUEUED_PER_POLL) : fresh,
      queuedBy,
    )) + (await queueFeedItems(deps.jobs, otherTeams, feedUrl, fresh, queuedBy));
  const queued = await queueOrForget(store, feedUrl, fresh, queueItems).catch(async (error: unknown) => {
    // Nothing half done stays behind: the retry subscribes again and queues every item.
    if (created) await store.unsubscribe(request.teamId, request.channelId, feedUrl);
    throw error;
  });

  // Items left unseen by the limit must be read by the next poll: no validators, so no 304 hides them.
  const complete = fresh.length < MAX_QUEUED_PER_POLL;
  await store.updateFeed(feedUrl, {
    nextPollAt: nextPollAt(deps.clock(), 0),
    etag: complete ? response.etag : undefined,
    lastModified: complete ? response.lastModified : undefined,
    failures: 0,
    lastError: undefined,
    notifiedFailure: false,
    ...(feed.title ? { title: feed.title } : {}),
  });
  log.info('feed_subscribed', {
    teamId: request.teamId,
    channelId: request.channelId,
    feedUrl,
    created,
    items: feed.items.length,
    queued,
  });
  return { ok: true, created, feedUrl, ...(feed.title ? { title: feed.title } : {}), items: feed.items.length, queued };
}
