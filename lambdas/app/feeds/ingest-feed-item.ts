import type { Logger } from '../../config/logger';
import type { NewsStore } from '../../store/index';
import { userMessageOf } from '../../core/errors';
import { ingestUrl, type PageFetcher } from '../ingest-url';
import type { IngestFeedItemJob } from '../jobs';
import { feedItemRecord } from './feed-item-record';

export type FeedItemOutcome = 'read' | 'linked' | 'already-linked' | 'from-feed' | 'skipped';

/**
 * One new feed item for one team, so that it reaches the next digest of every
 * channel following the feed:
 * - a readable page is stored as an article of the feed;
 * - a page stored before (by `/news add`, or from another feed) is linked to
 *   this feed as of now, so the feed's channels see it as new;
 * - an unreadable page (too short, paywall, video, unreachable) is stored
 *   from the feed's own title and description, with the link.
 * A failure that is not the page's (the table, a bug) is thrown for the queue to retry.
 */
export async function ingestFeedItem(
  deps: { store: NewsStore; fetchPage: PageFetcher; clock: () => Date; log: Logger },
  job: IngestFeedItemJob,
): Promise<FeedItemOutcome> {
  const { store, clock, log } = deps;
  try {
    const { article, created } = await ingestUrl(deps, {
      teamId: job.teamId,
      url: job.url,
      source: 'feed',
      feedUrl: job.feedUrl,
    });
    if (created) return 'read';
    const linked = await store.linkArticleToFeed(job.teamId, article.id, job.feedUrl, clock());
    return linked ? 'linked' : 'already-linked';
  } catch (error) {
    const reason = userMessageOf(error);
    if (!reason) throw error;
    const record = feedItemRecord(job);
    if (!record) {
      log.info('feed_item_skipped', { url: job.url, reason });
      return 'skipped';
    }
    await store.saveArticle(job.teamId, record, { source: 'feed', ingestedAt: clock(), feedUrl: job.feedUrl });
    log.info('feed_item_from_feed', { url: job.url, reason });
    return 'from-feed';
  }
}
