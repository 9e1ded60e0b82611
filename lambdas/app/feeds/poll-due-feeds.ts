import type { PollOutcome } from './poll-feed';
import { pollFeed } from './poll-feed';
import type { FeedDeps } from './ports';

export interface PollRunOptions {
  /** Feeds polled per run at most (the Lambda's time budget). */
  maxFeeds?: number;
  /** Feeds polled at the same time. */
  concurrency?: number;
  /** The run's id (the scheduled invocation's request id): its queued items carry it into the worker's logs. */
  correlationId?: string;
}

export interface PollRunSummary {
  polled: number;
  byStatus: Record<PollOutcome['status'], number>;
  queued: number;
  /** Feeds whose poll threw (a store error): logged; they stay due and are retried by the next run. */
  errors: number;
}

/**
 * The scheduled poll: every feed that is due (a Query on the due index, never
 * a Scan), each polled once whatever the number of channels following it.
 * Polled feeds move their nextPollAt forward, so asking again returns the next
 * batch; a feed seen twice in one run means it could not be updated, and the
 * run stops asking rather than loop.
 */
export async function pollDueFeeds(deps: FeedDeps, options: PollRunOptions = {}): Promise<PollRunSummary> {
  const maxFeeds = options.maxFeeds ?? 500;
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const summary: PollRunSummary = {
    polled: 0,
    byStatus: { 'not-modified': 0, ok: 0, failed: 0, 'no-subscribers': 0 },
    queued: 0,
    errors: 0,
  };
  const seen = new Set<string>();

  while (summary.polled + summary.errors < maxFeeds) {
    const due = (
      await deps.store.dueFeeds(deps.clock(), Math.min(100, maxFeeds - summary.polled - summary.errors))
    ).filter((feed) => !seen.has(feed.feedUrl));
    if (due.length === 0) break;
    for (const feed of due) seen.add(feed.feedUrl);
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const feed = due[next++]!;
        try {
          const outcome = await pollFeed(
            deps,
            feed,
            options.correlationId ? { correlationId: options.correlationId } : {},
          );
          summary.polled++;
          summary.byStatus[outcome.status]++;
          if (outcome.status === 'ok') summary.queued += outcome.queued;
        } catch (error) {
          summary.errors++;
          deps.log.error('feed_poll_error', { feedUrl: feed.feedUrl, error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
  }
  deps.log.info('feeds_polled', { ...summary });
  return summary;
}
