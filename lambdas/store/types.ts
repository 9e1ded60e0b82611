import type { ArticleRecord, Paragraph, Quote, Sentence, Speaker, Summary } from '../core/article';

/**
 * The store's public vocabulary: what callers pass in and get back.
 * Nothing here mentions keys or attributes; those live in `keys.ts` and
 * `items.ts`, so a use case can never depend on the table layout.
 */

/** Where an article came from. */
export type ArticleSource = 'slack' | 'feed' | 'sample';

export interface IngestMeta {
  source: ArticleSource;
  /** When the bot read the article; orders "latest" and decides what a digest includes. */
  ingestedAt: Date;
  /** The feed the article came from, when it did. */
  feedUrl?: string;
  /**
   * The URL the page was fetched from, when the article is keyed by another
   * URL of the same site (the page's canonical): recorded, so a later lookup
   * of this URL finds the article without fetching it again.
   */
  fetchedUrl?: string;
}

/** An article as listed: everything except the body and its spans. */
export interface ArticleListing {
  /** Short, typeable id (8 lower-case base32 characters), used in `/news summary <id>`. */
  id: string;
  title?: string;
  byline?: string;
  /** The canonical URL (lower-case host, no fragment, no utm_* parameters, no trailing slash). */
  url?: string;
  site?: string;
  language?: string;
  /** ISO-8601, as the article states it. */
  publishedAt?: string;
  /** ISO-8601, when the bot stored it. */
  ingestedAt: string;
  summary: Summary;
  quotes: Quote[];
  speakers: Speaker[];
  source: ArticleSource;
  feedUrl?: string;
}

/** A stored article with its body, read back exactly as it was saved. */
export interface StoredArticle extends ArticleListing {
  body: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** One page of answers; pass `cursor` back to get the next page. Absent when there is none. */
export interface Page<T> {
  items: T[];
  cursor?: string;
}

export interface PageOptions {
  limit?: number;
  cursor?: string;
}

/** One quotation found by speaker or phrase, with enough of its article to cite it. */
export interface QuoteHit {
  articleId: string;
  articleTitle: string;
  articleUrl?: string;
  site?: string;
  /** ISO-8601: the article's publishedAt, or when it was stored if it states none. */
  date: string;
  /** The article states no publication date: `date` is when it was stored, for ordering only. */
  undated?: boolean;
  text: string;
  speaker: string | null;
  speakerRole?: string;
  partial: boolean;
}

export interface Subscription {
  teamId: string;
  channelId: string;
  feedUrl: string;
  title?: string;
  /** ISO-8601; channel feeds are listed in this order, so "unsubscribe 2" is stable. */
  subscribedAt: string;
  /** Which of this feed's items the channel's digests keep (`/news filter`); absent: all of them. */
  filter?: FeedFilter;
}

/** Words as the user typed them (matched folded and stemmed); a list is absent when unset, never empty. */
export interface FeedFilter {
  /** Keep an item only when its title or summary holds one of these. */
  include?: string[];
  /** Drop an item whose title or summary holds any of these. */
  exclude?: string[];
}

export interface FeedState {
  feedUrl: string;
  title?: string;
  etag?: string;
  lastModified?: string;
  /** ISO-8601; the feed is due when this is not after now. */
  nextPollAt: string;
  failures: number;
  lastError?: string;
  notifiedFailure: boolean;
}

export interface FeedPatch {
  etag?: string;
  lastModified?: string;
  nextPollAt: Date;
  failures?: number;
  lastError?: string;
  notifiedFailure?: boolean;
  title?: string;
}

export interface DigestSchedule {
  kind: 'daily' | 'weekdays';
  /** Local wall-clock time, "HH:MM". */
  time: string;
  /** IANA time zone, e.g. "Europe/Paris". */
  tz: string;
  /** One parent message with the headlines, one reply per story (thread_ts). */
  threaded?: boolean;
}

export interface DigestSettings {
  teamId: string;
  channelId: string;
  schedule: DigestSchedule | null;
  /** ISO-8601; absent when no digest is scheduled. */
  nextDueAt?: string;
  /** ISO-8601 of the last digest run, posted or found empty; the next digest covers articles since then. */
  lastSentAt?: string;
  /** ISO-8601 of the last digest actually posted to the channel (an empty run posts nothing and leaves it). */
  lastPostedAt?: string;
  /** The period key of the last digest posted: it marks that period sent. */
  lastSentPeriod?: string;
  paused: boolean;
  pauseReason?: string;
}

export type DigestClaim = 'claimed' | 'already-sent' | 'in-progress';

export interface DigestSent {
  /** Slack message ts of the posted digest. */
  ts?: string;
  sentAt: Date;
  nextDueAt: Date | null;
}

/** An article as a feed listed it: the feed (its URL when the entry or the article knows it) and the article. */
export interface FeedArticle {
  feedId: string;
  feedUrl?: string;
  /** When the feed listed it (the entry's time): the article's ingest, or the later link. */
  listedAt: string;
  article: ArticleListing;
}

/** Every read and write NewsBot makes; the only way to the table. */
export interface NewsStore {
  // Articles
  saveArticle(
    teamId: string,
    record: ArticleRecord,
    meta: IngestMeta,
  ): Promise<{ article: StoredArticle; created: boolean }>;
  getArticle(teamId: string, id: string): Promise<StoredArticle | undefined>;
  findArticleByUrl(teamId: string, url: string): Promise<StoredArticle | undefined>;
  deleteArticle(teamId: string, id: string): Promise<boolean>;
  latestArticles(teamId: string, options?: PageOptions): Promise<Page<ArticleListing>>;
  articlesSince(
    teamId: string,
    since: Date,
    options?: { limit?: number; feedUrls?: string[] },
  ): Promise<ArticleListing[]>;
  searchArticles(teamId: string, words: string, options?: PageOptions): Promise<Page<ArticleListing>>;
  /** An article stored before this feed listed it joins the feed's digests as of `at`; false when already linked. */
  linkArticleToFeed(teamId: string, articleId: string, feedUrl: string, at: Date): Promise<boolean>;
  /** Every feed entry (stored from a feed, or linked to one) since `since`, newest first, with the feed it is for. */
  feedArticlesSince(
    teamId: string,
    since: Date,
    options?: { limit?: number; feedUrls?: string[] },
  ): Promise<FeedArticle[]>;
  /** Writes the full-text postings of one page of older articles (stored before full-text search); call until no cursor. */
  reindexSearch(
    teamId: string,
    options?: { cursor?: string; limit?: number },
  ): Promise<{ reindexed: number; cursor?: string }>;

  // Quotes
  quotesBySpeaker(teamId: string, query: string, options?: PageOptions): Promise<Page<QuoteHit>>;
  quotesByPhrase(teamId: string, phrase: string, options?: PageOptions & { days?: number }): Promise<Page<QuoteHit>>;
  quotesByRole(teamId: string, role: string, options?: PageOptions & { days?: number }): Promise<Page<QuoteHit>>;
  knownSpeakers(teamId: string, query: string, limit?: number): Promise<string[]>;

  // Channels and feeds
  subscribe(
    teamId: string,
    channelId: string,
    feedUrl: string,
    options?: { title?: string },
  ): Promise<{ created: boolean }>;
  unsubscribe(teamId: string, channelId: string, feedUrl: string): Promise<boolean>;
  channelFeeds(teamId: string, channelId: string): Promise<Subscription[]>;
  feedSubscribers(feedUrl: string): Promise<{ teamId: string; channelId: string; filter?: FeedFilter }[]>;
  /** Set (or, with undefined, clear) a channel's filter on one of its feeds; false when the channel does not follow it. */
  setFeedFilter(teamId: string, channelId: string, feedUrl: string, filter: FeedFilter | undefined): Promise<boolean>;
  getFeed(feedUrl: string): Promise<FeedState | undefined>;
  dueFeeds(now: Date, limit?: number): Promise<FeedState[]>;
  updateFeed(feedUrl: string, patch: FeedPatch): Promise<void>;
  markFeedItemSeen(feedUrl: string, itemKey: string): Promise<boolean>;
  forgetFeedItemSeen(feedUrl: string, itemKey: string): Promise<void>;

  // Digests
  getDigestSettings(teamId: string, channelId: string): Promise<DigestSettings | undefined>;
  /** Every subscription of the team (the App Home), ordered by channel: 1 Query, at most 100. */
  teamSubscriptions(teamId: string, limit?: number): Promise<Subscription[]>;
  /** Every channel of the team with a digest schedule, paused too (the App Home): 1 Query, at most 100. */
  teamDigests(teamId: string, limit?: number): Promise<DigestSettings[]>;
  setDigestSchedule(
    teamId: string,
    channelId: string,
    schedule: DigestSchedule | null,
    nextDueAt: Date | null,
  ): Promise<void>;
  dueDigests(now: Date, limit?: number): Promise<DigestSettings[]>;
  pauseDigest(teamId: string, channelId: string, reason: string): Promise<void>;
  claimDigest(teamId: string, channelId: string, periodKey: string, now: Date): Promise<DigestClaim>;
  /** Free a claimed period that surely did not post, so a later run may claim it again. */
  releaseDigestClaim(teamId: string, channelId: string, periodKey: string): Promise<void>;
  markDigestSent(teamId: string, channelId: string, periodKey: string, sent: DigestSent): Promise<void>;

  // Idempotency
  markHandled(teamId: string, requestKey: string, ttlSeconds: number): Promise<boolean>;
  /** Whether `requestKey` is marked handled (read only). */
  isHandled(teamId: string, requestKey: string): Promise<boolean>;
  /** Remove a handled mark, so a retry of failed work runs again. */
  releaseHandled(teamId: string, requestKey: string): Promise<void>;
}
