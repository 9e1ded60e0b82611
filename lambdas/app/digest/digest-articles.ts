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

/**
 * For one scheduled run. `prepare(teamId, since)` must be called (with the
 * earliest `since` of the team's due channels) before the team's channels ask.
 */
export function batchArticleSource(store: NewsStore) {
  const teamArticles = new Map<string, { since: number; articles: ArticleListing[] }>();
  const followers = new Map<string, Promise<Set<string>>>();

  async function load(teamId: string, since: Date): Promise<ArticleListing[]> {
    const articles: ArticleListing[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_TEAM_PAGES; page++) {
      const result = await store.latestArticles(teamId, { limit: 100, cursor });
      let older = false;
      for (const article of result.items) {
        if (Date.parse(article.ingestedAt) >= since.getTime()) articles.push(article);
        else older = true;
      }
      cursor = result.cursor;
      if (older || !cursor) break;
    }
    return articles;
  }

  /** Channels (team/channel) following a feed; one Query per feed per run. */
  function followersOf(feedUrl: string): Promise<Set<string>> {
    let found = followers.get(feedUrl);
    if (!found) {
      found = store.feedSubscribers(feedUrl).then((subs) => new Set(subs.map((s) => `${s.teamId}/${s.channelId}`)));
      followers.set(feedUrl, found);
    }
    return found;
  }

  const source: DigestArticleSource = async (teamId, channelId, since) => {
    let cached = teamArticles.get(teamId);
    if (!cached || cached.since > since.getTime()) {
      cached = { since: since.getTime(), articles: await load(teamId, since) };
      teamArticles.set(teamId, cached);
    }
    const mine: ArticleListing[] = [];
    for (const article of cached.articles) {
      if (!article.feedUrl || Date.parse(article.ingestedAt) < since.getTime()) continue;
      if ((await followersOf(article.feedUrl)).has(`${teamId}/${channelId}`)) mine.push(article);
      if (mine.length >= MAX_DIGEST_ARTICLES) break;
    }
    return mine;
  };
  return {
    source,
    prepare: async (teamId: string, since: Date) => {
      await source(teamId, '', since);
    },
  };
}
