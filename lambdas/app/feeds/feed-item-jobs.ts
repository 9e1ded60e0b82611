import { createHash } from 'node:crypto';
import { textPrefix } from '../../core/text-prefix';
import type { FeedItem } from '../../fetch/feed/index';
import type { Job, JobQueue } from '../jobs';

/** What a queued item carries from the request that found it: its correlation id, so the worker's logs follow it. */
export interface QueuedBy {
  correlationId?: string;
}

/**
 * One worker job per new item and per team that follows the feed (articles
 * belong to a team). The job id is derived from team, feed and item, so the
 * same item queued twice carries the same id.
 */
export function feedItemJob(
  teamId: string,
  feedUrl: string,
  item: FeedItem & { link: string },
  queuedBy: QueuedBy = {},
): Job {
  const jobId = `feed-${createHash('sha256').update(`${teamId}\n${feedUrl}\n${item.id}`).digest('hex').slice(0, 24)}`;
  return {
    kind: 'ingest-feed-item',
    jobId,
    ...(queuedBy.correlationId ? { correlationId: queuedBy.correlationId } : {}),
    teamId,
    feedUrl,
    url: item.link,
    ...(item.title ? { title: item.title } : {}),
    ...(item.summary ? { summary: textPrefix(item.summary, 2000) } : {}),
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
  };
}

/** Queue the items that have a link (the worker reads the page itself); returns how many jobs were queued. */
export async function queueFeedItems(
  jobs: JobQueue,
  teamIds: readonly string[],
  feedUrl: string,
  items: readonly FeedItem[],
  queuedBy: QueuedBy = {},
): Promise<number> {
  let queued = 0;
  for (const item of items) {
    if (!item.link) continue;
    for (const teamId of teamIds) {
      await jobs.enqueue(feedItemJob(teamId, feedUrl, { ...item, link: item.link }, queuedBy));
      queued++;
    }
  }
  return queued;
}
