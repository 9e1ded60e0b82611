import type { ArticleListing, FeedArticle, NewsStore } from '../../store/index';
import { type ChannelFeed, MAX_DIGEST_ARTICLES, selectChannelArticles } from './select-channel-articles';

export { MAX_DIGEST_ARTICLES } from './select-channel-articles';

/**
 * Where a digest's articles come from: the articles of the channel's feeds
 * stored (or linked to them) since its last digest. Two ways to read them,
 * one rule to pick them (selectChannelArticles), so the same answer:
 *
 * - one channel (`/news digest`, `/news digest now`): the channel's feeds,
 *   then the team's entries since then filtered to those feeds (two Queries
 *   and a BatchGet of the heads);
 * - a scheduled run over many channels: each team's recent articles are read
 *   once, and each feed's followers once, then every channel takes its share
 *   from memory. That keeps the reads per channel digest near zero however
 *   many channels are due.
 */
export type DigestArticleSource = (teamId: string, channelId: string, since: Date) => Promise<ArticleListing[]>;

/** How far back a digest ever looks, whatever its last digest: a channel back from a long pause gets a week, not a year. */
export const MAX_LOOKBACK_MS = 7 * 86_400_000;

export function channelArticleSource(store: NewsStore): DigestArticleSource {
  return async (teamId, channelId, since) => (await channelDigestArticles(store, teamId, channelId, since)).articles;
}

/** One channel's digest articles, and how many feeds it follows (a preview says "no feeds" without another read). */
export async function channelDigestArticles(
  store: NewsStore,
  teamId: string,
  channelId: string,
  since: Date,
): Promise<{ feeds: number; articles: ArticleListing[] }> {
  const feeds = await store.channelFeeds(teamId, channelId);
  if (feeds.length === 0) return { feeds: 0, articles: [] };
  const entries = await store.feedArticlesSince(teamId, since, {
    feedUrls: feeds.map((f) => f.feedUrl),
    limit: 4 * MAX_DIGEST_ARTICLES,
  });
  return { feeds: feeds.length, articles: selectChannelArticles(entries, feeds, since) };
}

interface TeamIndex {
  since: number;
  /** The team's feed entries since `since` (stored from a feed, or linked to one later), by feed URL, newest first. */
  byFeed: Map<string, FeedArticle[]>;
  /** The feeds (among those with new entries) each channel of the team follows, with the channel's filter on each. */
  feedsOf: Map<string, ChannelFeed[]>;
}

/**
 * For one scheduled run: each team's feed entries are read once (back to the
 * earliest start any due channel needs), and each of those feeds' followers
 * once; every channel then takes its share from memory. Entries, not heads:
 * an article stored before a feed listed it is linked to the feed by an
 * entry dated when the feed listed it, and must count as new then.
 */
export function batchArticleSource(store: NewsStore) {
  const teams = new Map<string, Promise<TeamIndex>>();

  async function build(teamId: string, since: number): Promise<TeamIndex> {
    const byFeed = new Map<string, FeedArticle[]>();
    for (const entry of await store.feedArticlesSince(teamId, new Date(since))) {
      if (!entry.feedUrl) continue;
      byFeed.set(entry.feedUrl, [...(byFeed.get(entry.feedUrl) ?? []), entry]);
    }
    const feedsOf: TeamIndex['feedsOf'] = new Map();
    for (const feedUrl of byFeed.keys()) {
      for (const follower of await store.feedSubscribers(feedUrl)) {
        if (follower.teamId !== teamId) continue;
        feedsOf.set(follower.channelId, [
          ...(feedsOf.get(follower.channelId) ?? []),
          { feedUrl, filter: follower.filter },
        ]);
      }
    }
    return { since, byFeed, feedsOf };
  }

  function index(teamId: string, since: Date): Promise<TeamIndex> {
    const known = teams.get(teamId);
    const fresh = known?.then((built) => (built.since <= since.getTime() ? built : build(teamId, since.getTime())));
    const result = fresh ?? build(teamId, since.getTime());
    teams.set(teamId, result);
    return result;
  }

  const source: DigestArticleSource = async (teamId, channelId, since) => {
    const { byFeed, feedsOf } = await index(teamId, since);
    const feeds = feedsOf.get(channelId) ?? [];
    return selectChannelArticles(
      feeds.flatMap(({ feedUrl }) => byFeed.get(feedUrl) ?? []),
      feeds,
      since,
    );
  };
  return {
    source,
    /** Read a team's entries back to `since` before its channels ask (the earliest start among them). */
    prepare: async (teamId: string, since: Date) => {
      await index(teamId, since);
    },
  };
}
