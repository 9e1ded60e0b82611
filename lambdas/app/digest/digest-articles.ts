import type { ArticleListing, NewsStore } from '../../store/index';

/**
 * Where a digest's articles come from: the articles of the channel's feeds
 * stored since its last digest. Two ways to get them, same answer:
 *
 * - one channel (`/news digest`, `/news digest now`): the channel's feeds,
 *   then the team's articles since then filtered to those feeds (two Queries);
 * - a scheduled run over many channels: each team's recent articles are read
 *   once, and each feed's followers once, then every channel takes its share
 *   from memory. That keeps the reads per channel digest near zero however
 *   many channels are due.
 */
export type DigestArticleSource = (teamId: string, channelId: string, since: Date) => Promise<ArticleListing[]>;

/** How far back a digest ever looks, whatever its last digest: a channel back from a long pause gets a week, not a year. */
export const MAX_LOOKBACK_MS = 7 * 86_400_000;
/** Articles per channel digest at most (the store's cap on one read). */
export const MAX_DIGEST_ARTICLES = 500;

export function channelArticleSource(store: NewsStore): DigestArticleSource {
  return async (teamId, channelId, since) => {
    const feeds = await store.channelFeeds(teamId, channelId);
    if (feeds.length === 0) return [];
    return store.articlesSince(teamId, since, { feedUrls: feeds.map((f) => f.feedUrl), limit: MAX_DIGEST_ARTICLES });
  };
}

/** Pages of the team's latest articles read at most per run (100 each): bounds a run's cost. */
const MAX_TEAM_PAGES = 100;

interface TeamIndex {
  since: number;
  /** The team's articles since `since`, by the feed they came from, newest first. */
  byFeed: Map<string, ArticleListing[]>;
  /** The feeds (among those with new articles) each channel of the team follows. */
  feedsOf: Map<string, string[]>;
}

/**
 * For one scheduled run: each team's articles are read once (pages of its
 * latest-articles index, back to the earliest start any due channel needs),
 * and each of those feeds' followers once; every channel then takes its share
 * from memory.
 */
export function batchArticleSource(store: NewsStore) {
  const teams = new Map<string, Promise<TeamIndex>>();

  async function latestSince(teamId: string, since: number): Promise<ArticleListing[]> {
    const articles: ArticleListing[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_TEAM_PAGES; page++) {
      const result = await store.latestArticles(teamId, { limit: 100, cursor });
      let older = false;
      for (const article of result.items) {
        if (Date.parse(article.ingestedAt) >= since) articles.push(article);
        else older = true;
      }
      cursor = result.cursor;
      if (older || !cursor) break;
    }
    return articles;
  }

  async function build(teamId: string, since: number): Promise<TeamIndex> {
    const byFeed = new Map<string, ArticleListing[]>();
    for (const article of await latestSince(teamId, since)) {
      if (!article.feedUrl) continue; // added by hand, not from a feed: not digest material
      byFeed.set(article.feedUrl, [...(byFeed.get(article.feedUrl) ?? []), article]);
    }
    const feedsOf = new Map<string, string[]>();
    for (const feedUrl of byFeed.keys()) {
      for (const follower of await store.feedSubscribers(feedUrl)) {
        if (follower.teamId !== teamId) continue;
        feedsOf.set(follower.channelId, [...(feedsOf.get(follower.channelId) ?? []), feedUrl]);
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
    const mine = (feedsOf.get(channelId) ?? [])
      .flatMap((feedUrl) => byFeed.get(feedUrl) ?? [])
      .filter((article) => Date.parse(article.ingestedAt) >= since.getTime())
      .sort((a, b) => (a.ingestedAt < b.ingestedAt ? 1 : a.ingestedAt > b.ingestedAt ? -1 : 0));
    return mine.slice(0, MAX_DIGEST_ARTICLES);
  };
  return {
    source,
    /** Read a team's articles back to `since` before its channels ask (the earliest start among them). */
    prepare: async (teamId: string, since: Date) => {
      await index(teamId, since);
    },
  };
}
