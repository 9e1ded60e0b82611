import type { ArticleListing, FeedArticle, FeedFilter } from '../../store/index';
import { passesFilter } from './feed-filter';

/** One of a channel's feeds, with the channel's filter on it. */
export interface ChannelFeed {
  feedUrl: string;
  filter?: FeedFilter;
}

/** Articles per channel digest at most (the store's cap on one read). */
export const MAX_DIGEST_ARTICLES = 500;

/**
 * Which feed entries go into a channel's digest: the one rule the preview,
 * `digest now` and the scheduled run all apply. An entry counts when its feed
 * is one of the channel's, the channel's filter on that feed keeps the article,
 * and the feed listed it at or after `since`. An article listed by two of the
 * channel's feeds is in when either feed's entry is (each judged by its own
 * feed's filter, never by another feed's), once, at its newest listing.
 */
export function selectChannelArticles(
  entries: readonly FeedArticle[],
  feeds: readonly ChannelFeed[],
  since: Date,
): ArticleListing[] {
  // By the feed URL the entry names (the one the channel subscribed to and the poller reads).
  const filterOf = new Map(feeds.map((feed) => [feed.feedUrl, feed.filter]));
  const listedBy = (entry: FeedArticle) => entry.feedUrl ?? '';
  const kept = entries
    .filter(
      (entry) =>
        filterOf.has(listedBy(entry)) &&
        Date.parse(entry.listedAt) >= since.getTime() &&
        passesFilter(entry.article, filterOf.get(listedBy(entry))),
    )
    .sort((a, b) => (a.listedAt < b.listedAt ? 1 : a.listedAt > b.listedAt ? -1 : 0));
  const seen = new Set<string>();
  const articles: ArticleListing[] = [];
  for (const entry of kept) {
    if (seen.has(entry.article.id)) continue;
    seen.add(entry.article.id);
    articles.push(entry.article);
  }
  return articles.slice(0, MAX_DIGEST_ARTICLES);
}
