import type { FeedState } from '../../store/index';
import { queueFeedItems, type QueuedBy } from './feed-item-jobs';
import { markNewItems, queueOrForget } from './new-items';
import { MAX_QUEUED_PER_POLL, nextPollAt, shouldNotifyFailure } from './poll-policy';
import { readFeedAt } from './read-feed-at';
import type { FeedDeps } from './ports';

export type PollOutcome =
  | { status: 'not-modified' }
  | { status: 'ok'; title?: string; items: number; newItems: number; queued: number; malformed?: string }
  | { status: 'failed'; reason: string; failures: number; notified: boolean }
  | { status: 'no-subscribers' };

/**
 * Poll one feed, once for all the channels that follow it: conditional GET,
 * parse, queue the new items for every team that follows it, record the
 * result and when to poll next. A failure of the feed is recorded (with
 * backoff) rather than thrown, so one broken feed never stops the others; a
 * failure of ours (the table, the job queue) is thrown, and the run goes on to
 * the next feed.
 */
export async function pollFeed(deps: FeedDeps, feed: FeedState, queuedBy: QueuedBy = {}): Promise<PollOutcome> {
  const { store, log } = deps;
  const subscribers = await store.feedSubscribers(feed.feedUrl);
  if (subscribers.length === 0) return { status: 'no-subscribers' };
  const now = deps.clock();

  // Only reading the feed can fail as the feed's fault (readFeedAt). Our own writes and the job queue
  // come after it: their failure is thrown (the run logs it, the function errors, the alarm fires),
  // never recorded against the feed or announced to its channels.
  const read = await readFeedAt(deps, feed.feedUrl, { etag: feed.etag, lastModified: feed.lastModified });
  if (read.kind === 'not-modified') {
    await store.updateFeed(feed.feedUrl, { nextPollAt: nextPollAt(now, 0), ...healthy() });
    await tellRecovered(deps, feed, subscribers);
    return { status: 'not-modified' };
  }
  if (read.kind === 'feed') {
    const { response, feed: parsed } = read;
    const fresh = await markNewItems(store, feed.feedUrl, parsed.items, MAX_QUEUED_PER_POLL);
    const teams = [...new Set(subscribers.map((s) => s.teamId))];
    const queued = await queueOrForget(store, feed.feedUrl, fresh, () =>
      queueFeedItems(deps.jobs, teams, feed.feedUrl, fresh, queuedBy),
    );
    // Items left unseen by the limit must be read next time: no validators, so no 304 hides them.
    const complete = fresh.length < MAX_QUEUED_PER_POLL;
    await store.updateFeed(feed.feedUrl, {
      nextPollAt: nextPollAt(now, 0),
      etag: complete ? response.etag : undefined,
      lastModified: complete ? response.lastModified : undefined,
      ...(parsed.title ? { title: parsed.title } : {}),
      ...healthy(),
    });
    await tellRecovered(deps, feed, subscribers);
    if (parsed.malformed) log.warn('feed_malformed', { feedUrl: feed.feedUrl, reason: parsed.malformed });
    return {
      status: 'ok',
      title: parsed.title,
      items: parsed.items.length,
      newItems: fresh.length,
      queued,
      ...(parsed.malformed ? { malformed: parsed.malformed } : {}),
    };
  }
  const failure = read.reason;

  const failures = feed.failures + 1;
  const notify = shouldNotifyFailure(failures, feed.notifiedFailure);
  if (notify) {
    const notice = deps.views.feedNotice({ kind: 'failing', feed, reason: failure, failures });
    for (const { channelId } of subscribers) {
      // One channel that cannot be posted to must not stop the others being told.
      await deps.slack
        .postMessage(channelId, notice)
        .catch((error: unknown) => log.warn('feed_notice_failed', { channelId, error }));
    }
  }
  await store.updateFeed(feed.feedUrl, {
    nextPollAt: nextPollAt(now, failures),
    failures,
    lastError: failure,
    notifiedFailure: feed.notifiedFailure || notify,
  });
  log.info('feed_poll_failed', { feedUrl: feed.feedUrl, failures, reason: failure, notified: notify });
  return { status: 'failed', reason: failure, failures, notified: notify };
}

function healthy() {
  return { failures: 0, lastError: undefined, notifiedFailure: false };
}

/** A feed whose failure the channels were told about works again: say so, once. */
async function tellRecovered(deps: FeedDeps, feed: FeedState, subscribers: { channelId: string }[]): Promise<void> {
  if (!feed.notifiedFailure) return;
  const notice = deps.views.feedNotice({ kind: 'back', feed });
  for (const { channelId } of subscribers) {
    await deps.slack
      .postMessage(channelId, notice)
      .catch((error: unknown) => deps.log.warn('feed_notice_failed', { channelId, error }));
  }
}
