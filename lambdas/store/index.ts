import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { deleteArticle } from './article-delete';
import { articlesSince, feedArticlesSince, latestArticles } from './article-lists';
import { findArticleByUrl, getArticle } from './article-read';
import type { StoreContext, StoreHooks } from './db';
import * as digests from './digests';
import * as feeds from './feeds';
import { isHandled, markHandled, releaseHandled } from './handled';
import { saveArticle } from './ingest';
import * as quotes from './quotes';
import { searchArticles } from './search';
import { linkArticleToFeed } from './feed-links';
import { reindexSearch } from './search-reindex';
import { teamDigests, teamSubscriptions } from './team-overview';
import type { NewsStore } from './types';

export type * from './types';
export { CorruptItemError, IngestInProgressError, InvalidCursorError, StoreError } from './errors';
export type { IngestStep, StoreHooks } from './db';
export { canonicalUrl, feedIdFor } from './ids';
export { queryRequirements } from './terms';

export interface StoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** The store's clock (claim ages, TTLs, the phrase window). Tests move it; production leaves it. */
  now?: () => Date;
  /** Test hooks: throw from `beforeIngestWrite` to simulate a crash between the writes of an ingest. */
  hooks?: StoreHooks;
  /** How long an ingest waits for a concurrent ingest of the same article before IngestInProgressError. */
  ingestWaitMs?: number;
}

/** The store: every read and write NewsBot makes, each a Get, a Query or a conditional write. */
export function createStore(options: StoreOptions): NewsStore {
  const ctx: StoreContext = {
    client: options.client,
    tableName: options.tableName,
    now: options.now ?? (() => new Date()),
    hooks: options.hooks ?? {},
    ingestWaitMs: options.ingestWaitMs ?? 5_000,
  };
  return {
    saveArticle: (teamId, record, meta) => saveArticle(ctx, teamId, record, meta),
    getArticle: (teamId, id) => getArticle(ctx, teamId, id),
    findArticleByUrl: (teamId, url) => findArticleByUrl(ctx, teamId, url),
    deleteArticle: (teamId, id) => deleteArticle(ctx, teamId, id),
    latestArticles: (teamId, opts) => latestArticles(ctx, teamId, opts),
    articlesSince: (teamId, since, opts) => articlesSince(ctx, teamId, since, opts),
    searchArticles: (teamId, words, opts) => searchArticles(ctx, teamId, words, opts),
    reindexSearch: (teamId, opts) => reindexSearch(ctx, teamId, opts),
    linkArticleToFeed: (teamId, articleId, feedUrl, at) => linkArticleToFeed(ctx, teamId, articleId, feedUrl, at),
    feedArticlesSince: (teamId, since, opts) => feedArticlesSince(ctx, teamId, since, opts),

    quotesBySpeaker: (teamId, query, opts) => quotes.quotesBySpeaker(ctx, teamId, query, opts),
    quotesByPhrase: (teamId, phrase, opts) => quotes.quotesByPhrase(ctx, teamId, phrase, opts),
    quotesByRole: (teamId, role, opts) => quotes.quotesByRole(ctx, teamId, role, opts),
    knownSpeakers: (teamId, query, limit) => quotes.knownSpeakers(ctx, teamId, query, limit),

    subscribe: (teamId, channelId, feedUrl, opts) => feeds.subscribe(ctx, teamId, channelId, feedUrl, opts),
    unsubscribe: (teamId, channelId, feedUrl) => feeds.unsubscribe(ctx, teamId, channelId, feedUrl),
    channelFeeds: (teamId, channelId) => feeds.channelFeeds(ctx, teamId, channelId),
    feedSubscribers: (feedUrl) => feeds.feedSubscribers(ctx, feedUrl),
    setFeedFilter: (teamId, channelId, feedUrl, filter) => feeds.setFeedFilter(ctx, teamId, channelId, feedUrl, filter),
    getFeed: (feedUrl) => feeds.getFeed(ctx, feedUrl),
    dueFeeds: (now, limit) => feeds.dueFeeds(ctx, now, limit),
    updateFeed: (feedUrl, patch) => feeds.updateFeed(ctx, feedUrl, patch),
    markFeedItemSeen: (feedUrl, itemKey) => feeds.markFeedItemSeen(ctx, feedUrl, itemKey),
    forgetFeedItemSeen: (feedUrl, itemKey) => feeds.forgetFeedItemSeen(ctx, feedUrl, itemKey),

    getDigestSettings: (teamId, channelId) => digests.getDigestSettings(ctx, teamId, channelId),
    setDigestSchedule: (teamId, channelId, schedule, nextDueAt) =>
      digests.setDigestSchedule(ctx, teamId, channelId, schedule, nextDueAt),
    dueDigests: (now, limit) => digests.dueDigests(ctx, now, limit),
    pauseDigest: (teamId, channelId, reason) => digests.pauseDigest(ctx, teamId, channelId, reason),
    claimDigest: (teamId, channelId, periodKey, now) => digests.claimDigest(ctx, teamId, channelId, periodKey, now),
    releaseDigestClaim: (teamId, channelId, periodKey) => digests.releaseDigestClaim(ctx, teamId, channelId, periodKey),
    markDigestSent: (teamId, channelId, periodKey, sent) =>
      digests.markDigestSent(ctx, teamId, channelId, periodKey, sent),
    teamSubscriptions: (teamId, limit) => teamSubscriptions(ctx, teamId, limit),
    teamDigests: (teamId, limit) => teamDigests(ctx, teamId, limit),

    markHandled: (teamId, requestKey, ttlSeconds) => markHandled(ctx, teamId, requestKey, ttlSeconds),
    isHandled: (teamId, requestKey) => isHandled(ctx, teamId, requestKey),
    releaseHandled: (teamId, requestKey) => releaseHandled(ctx, teamId, requestKey),
  };
}
