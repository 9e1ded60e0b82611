import { userMessageOf } from '../../core/errors';
import { readFeed, type NotAFeed, type ParsedFeed } from '../../fetch/feed/index';
import type { ConditionalGet, FeedDeps, FetchedFeed } from './ports';

/** What reading a feed's address gave: nothing new (a 304), a feed, or the feed's own failure. */
export type FeedRead =
  | { kind: 'not-modified' }
  | { kind: 'feed'; response: FetchedFeed; feed: ParsedFeed }
  | { kind: 'failed'; reason: string; feedLink?: NotAFeed['feedLink']; feedLinks?: NotAFeed['feedLinks'] };

/**
 * Fetch a feed and parse it: the part of a poll or a subscription that can
 * fail through the feed's fault (unreachable, an error status, not a feed).
 * Such a failure comes back with a reason for people; nothing of ours (the
 * table, the job queue) is called here, so it never passes for the feed's.
 */
export async function readFeedAt(
  deps: Pick<FeedDeps, 'fetchFeed' | 'log'>,
  url: string,
  conditional?: ConditionalGet,
): Promise<FeedRead> {
  try {
    const response = await deps.fetchFeed(url, conditional);
    if (response.notModified) return { kind: 'not-modified' };
    const parsed = readFeed(response.bytes, { contentType: response.contentType, url: response.url });
    if (parsed.ok) return { kind: 'feed', response, feed: parsed.feed };
    const { message, feedLink, feedLinks } = parsed.notAFeed;
    return { kind: 'failed', reason: message, ...(feedLink ? { feedLink } : {}), ...(feedLinks ? { feedLinks } : {}) };
  } catch (error) {
    deps.log.warn('feed_fetch_failed', { feedUrl: url, error });
    // The fetcher's own message names the host and the reason; anything else gets a generic one.
    return { kind: 'failed', reason: userMessageOf(error) ?? 'the feed could not be fetched' };
  }
}
