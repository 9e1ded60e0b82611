import { codePointPrefix } from '../core/text-prefix';
import { keyText } from './bounds';
import { TABLE } from './table';

/**
 * Every key of the table is built here and nowhere else.
 *
 * Tenancy: everything a Slack workspace owns lives under a partition key that
 * starts with `T#<teamId>#`, on the table and on both indexes, so no key
 * condition built for one team can reach another team's items. Only the feed
 * state (shared by every channel that follows a feed, so a feed is polled
 * once) and the two "due" indexes are global.
 *
 * Layout (PK / SK; GSI keys in brackets):
 *   T#t#ART#id / A#HEAD               article head          [GSI1 T#t#ARTICLES / ingestedAt#id]
 *   T#t#ART#id / A#PART#<ver>#000…  gzip body chunks      (no index: reachable only through the head)
 *   T#t#ART#id / A#ALIAS              under the id of a URL fetched: the article it is stored as (its same-site canonical)
 *   T#t#ART#id / I#SPK#<key>          quotes of one speaker [GSI1 T#t#SPEAKER#<key> / date#id]
 *   T#t#ART#id / I#QTEXT              all quotes, folded    [GSI2 T#t#QUOTES / ingestedAt#id]
 *   T#t#ART#id / I#TERM#<term>        search term, before full-text search (no longer written)
 *   T#t#ART#id / I#WORDS              the article's indexed terms (for delete and multi-word checks)
 *   T#t#W#<term> / ingestedAt#id      search posting: the article has this term (tiny, no index)
 *   T#t#ART#id / I#FEED               feed article entry    [GSI2 T#t#FEEDARTICLES / ingestedAt#id] (feed articles only)
 *   T#t#ART#id / I#FEED#<feedId>      link to a later feed  [GSI2 T#t#FEEDARTICLES / linkedAt#id] (stored first, listed later)
 *   T#t#BODY#<hash> / CLAIM           body hash → article id (same body under another URL)
 *   T#t#SPEAKERS / <key>#<name>       speaker directory (suggestions)
 *   T#t#CH#c / SUB#<feedId>           subscription          [GSI1 FEED#<feedId>#SUBS / t#c] [GSI2 T#t#SUBS / c#feedId]
 *   T#t#CH#c / DIGEST                 digest settings       [GSI2 DUE#DIGESTS / nextDueAt#t#c] while scheduled [GSI1 T#t#DIGESTS / c] while set
 *   T#t#CH#c / RUN#<period>           digest claim (TTL)
 *   T#t#REQ#<key> / REQ               handled request (TTL)
 *   FEED#<feedId> / STATE             feed poll state       [GSI2 DUE#FEEDS / nextPollAt#feedId]
 *   FEED#<feedId> / SEEN#<itemHash>   feed item seen (TTL)
 */

export interface TableKey {
  PK: string;
  SK: string;
}

export interface Gsi1Key {
  GSI1PK: string;
  GSI1SK: string;
}

export interface Gsi2Key {
  GSI2PK: string;
  GSI2SK: string;
}

/** A Query target: the index (or the table) and the partition value of the key condition. */
export interface Partition {
  index?: 'GSI1' | 'GSI2';
  /** Attribute name of the partition key on that index or the table. */
  attribute: string;
  value: string;
}

/** Slack ids are upper-case letters and digits; anything with our separator would break the key grammar. */
function part(value: string, what: string): string {
  if (value.length === 0 || value.includes('#')) throw new Error(`invalid ${what}: ${JSON.stringify(value)}`);
  return value;
}

const team = (teamId: string) => `T#${part(teamId, 'team id')}`;

/** Sort-key timestamps: ISO-8601 UTC with milliseconds, so string order is time order. */
export function sortTime(date: Date): string {
  return date.toISOString();
}

const tablePartition = (value: string): Partition => ({ attribute: TABLE.partitionKey, value });
const gsi1Partition = (value: string): Partition => ({ index: 'GSI1', attribute: 'GSI1PK', value });
const gsi2Partition = (value: string): Partition => ({ index: 'GSI2', attribute: 'GSI2PK', value });

// ---- Articles -------------------------------------------------------------

/** The head sorts before the body parts, so the first page of an article's Query always holds it. */
export const ARTICLE_HEAD_SK = 'A#HEAD';
/** Every item of the article itself (head and body chunks) sorts under this prefix. */
export const ARTICLE_SELF_PREFIX = 'A#';

export const ARTICLE_BODY_PREFIX = 'A#PART#';

/**
 * A URL an article was fetched from while it is keyed by another URL of the
 * same site (its canonical): an item in the partition that URL's own id
 * names, read by the same Query that would find a head there.
 */
export const ARTICLE_ALIAS_SK = 'A#ALIAS';
export const articleAliasKey = (teamId: string, aliasId: string): TableKey => ({
  PK: articlePartition(teamId, aliasId).value,
  SK: ARTICLE_ALIAS_SK,
});

export const articlePartition = (teamId: string, articleId: string): Partition =>
  tablePartition(`${team(teamId)}#ART#${part(articleId, 'article id')}`);

export const articleHeadKey = (teamId: string, articleId: string): TableKey => ({
  PK: articlePartition(teamId, articleId).value,
  SK: ARTICLE_HEAD_SK,
});

/**
 * Body chunks carry the body's version (a prefix of its hash), so two
 * writers racing on one URL with different bodies can never interleave
 * chunks: the head names the version it was written with.
 */
export const articleBodyKey = (teamId: string, articleId: string, bodyVersion: string, chunk: number): TableKey => ({
  PK: articlePartition(teamId, articleId).value,
  SK: `${ARTICLE_BODY_PREFIX}${part(bodyVersion, 'body version')}#${String(chunk).padStart(3, '0')}`,
});

/** The head's place in the team's newest-first list (GSI1). Setting it is what publishes the article. */
export const latestArticlesPartition = (teamId: string) => gsi1Partition(`${team(teamId)}#ARTICLES`);
export const latestArticlesKey = (teamId: string, ingestedAt: Date, articleId: string): Gsi1Key => ({
  GSI1PK: latestArticlesPartition(teamId).value,
  GSI1SK: `${sortTime(ingestedAt)}#${articleId}`,
});
/** Lower bound for "ingested at or after `since`" on GSI1SK. */
export const latestArticlesFrom = (since: Date) => sortTime(since);

export const bodyClaimKey = (teamId: string, bodyHash: string): TableKey => ({
  PK: `${team(teamId)}#BODY#${part(bodyHash, 'body hash')}`,
  SK: 'CLAIM',
});

// ---- Quotes ---------------------------------------------------------------

/**
 * Organisation keys ("org:microsoft") share the partition of the bare name
 * ("microsoft"), so a query that may be either a surname or a company is one
 * Query, not two; the item keeps its full key and the reader filters on it.
 */
export function speakerPartitionName(speakerKey: string): string {
  return speakerKey.startsWith('org:') ? speakerKey.slice(4) : speakerKey;
}

// Speaker keys and terms come from article text and may be any length: keyText bounds them by bytes (see bounds.ts).

export const articleSpeakerKey = (teamId: string, articleId: string, speakerKey: string): TableKey => ({
  PK: articlePartition(teamId, articleId).value,
  SK: `I#SPK#${keyText(speakerKey)}`,
});
export const speakerQuotesPartition = (teamId: string, speakerKey: string) =>
  gsi1Partition(`${team(teamId)}#SPEAKER#${keyText(speakerPartitionName(speakerKey))}`);
export const speakerQuotesIndexKey = (teamId: string, speakerKey: string, date: Date, articleId: string): Gsi1Key => ({
  GSI1PK: speakerQuotesPartition(teamId, speakerKey).value,
  GSI1SK: `${sortTime(date)}#${articleId}`,
});

export const articleQuoteTextKey = (teamId: string, articleId: string): TableKey => ({
  PK: articlePartition(teamId, articleId).value,
  SK: 'I#QTEXT',
});
export const recentQuotesPartition = (teamId: string) => gsi2Partition(`${team(teamId)}#QUOTES`);
export const recentQuotesIndexKey = (teamId: string, ingestedAt: Date, articleId: string): Gsi2Key => ({
  GSI2PK: recentQuotesPartition(teamId).value,
  GSI2SK: `${sortTime(ingestedAt)}#${articleId}`,
});

export const speakerDirectoryPartition = (teamId: string) => tablePartition(`${team(teamId)}#SPEAKERS`);
/** Sorted by the bare key, so a prefix of what the user typed finds people and organisations alike. */
export const speakerDirectoryKey = (teamId: string, speakerKey: string, name: string): TableKey => ({
  PK: speakerDirectoryPartition(teamId).value,
  SK: `${keyText(speakerPartitionName(speakerKey))}#${codePointPrefix(name, 200)}`, // 200 UTF-16 units are at most 600 bytes
});

/**
 * Slim entries of the articles that came from a feed (article id and feed id
 * only, ~150 bytes), newest first on GSI2: a digest filtered to a channel's
 * feeds reads these instead of the ~1 KB heads, then fetches the heads it keeps.
 */
export const articleFeedEntryKey = (teamId: string, articleId: string): TableKey => ({
  PK: articlePartition(teamId, articleId).value,
  SK: 'I#FEED',
});
/** An article stored before a feed listed it, linked to that feed as of when it did (one per feed). */
export const articleFeedLinkKey = (teamId: string, articleId: string, feedId: string): TableKey => ({
  PK: articlePartition(teamId, articleId).value,
  SK: `I#FEED#${part(feedId, 'feed id')}`,
});
export const feedArticlesPartition = (teamId: string) => gsi2Partition(`${team(teamId)}#FEEDARTICLES`);
export const feedArticlesIndexKey = (teamId: string, ingestedAt: Date, articleId: string): Gsi2Key => ({
  GSI2PK: feedArticlesPartition(teamId).value,
  GSI2SK: `${sortTime(ingestedAt)}#${articleId}`,
});

// ---- Search ---------------------------------------------------------------

/** One partition per term: its postings, newest first (the sort key is the article's ingest time and id). */
export const wordPostingPartition = (teamId: string, term: string) =>
  tablePartition(`${team(teamId)}#W#${keyText(part(term, 'term'))}`);
export const wordPostingKey = (teamId: string, term: string, ingestedAt: Date, articleId: string): TableKey => ({
  PK: wordPostingPartition(teamId, term).value,
  SK: `${sortTime(ingestedAt)}#${part(articleId, 'article id')}`,
});
/** The article's indexed terms: a delete removes its postings from these; a search of 3+ words checks them. */
export const articleWordsKey = (teamId: string, articleId: string): TableKey => ({
  PK: articlePartition(teamId, articleId).value,
  SK: 'I#WORDS',
});

// ---- Channels, feeds, digests ---------------------------------------------

export const channelPartition = (teamId: string, channelId: string) =>
  tablePartition(`${team(teamId)}#CH#${part(channelId, 'channel id')}`);
export const SUBSCRIPTION_PREFIX = 'SUB#';
export const subscriptionKey = (teamId: string, channelId: string, feedId: string): TableKey => ({
  PK: channelPartition(teamId, channelId).value,
  SK: `${SUBSCRIPTION_PREFIX}${feedId}`,
});
export const feedSubscribersPartition = (feedId: string) => gsi1Partition(`FEED#${part(feedId, 'feed id')}#SUBS`);
export const feedSubscriberIndexKey = (feedId: string, teamId: string, channelId: string): Gsi1Key => ({
  GSI1PK: feedSubscribersPartition(feedId).value,
  GSI1SK: `${part(teamId, 'team id')}#${part(channelId, 'channel id')}`,
});

/** Every subscription of a team, for the App Home: one Query, whatever the number of channels. */
export const teamSubscriptionsPartition = (teamId: string) => gsi2Partition(`${team(teamId)}#SUBS`);
export const teamSubscriptionIndexKey = (teamId: string, channelId: string, feedId: string): Gsi2Key => ({
  GSI2PK: teamSubscriptionsPartition(teamId).value,
  GSI2SK: `${part(channelId, 'channel id')}#${part(feedId, 'feed id')}`,
});

export const feedStateKey = (feedId: string): TableKey => ({ PK: `FEED#${part(feedId, 'feed id')}`, SK: 'STATE' });
export const feedItemSeenKey = (feedId: string, itemHash: string): TableKey => ({
  PK: `FEED#${part(feedId, 'feed id')}`,
  SK: `SEEN#${itemHash}`,
});
export const dueFeedsPartition = () => gsi2Partition('DUE#FEEDS');
export const dueFeedKey = (nextPollAt: Date, feedId: string): Gsi2Key => ({
  GSI2PK: dueFeedsPartition().value,
  GSI2SK: `${sortTime(nextPollAt)}#${feedId}`,
});

export const digestSettingsKey = (teamId: string, channelId: string): TableKey => ({
  PK: channelPartition(teamId, channelId).value,
  SK: 'DIGEST',
});
export const dueDigestsPartition = () => gsi2Partition('DUE#DIGESTS');
/** Every channel of a team with a digest schedule (paused ones too), for the App Home: one Query. */
export const teamDigestsPartition = (teamId: string) => gsi1Partition(`${team(teamId)}#DIGESTS`);
export const teamDigestIndexKey = (teamId: string, channelId: string): Gsi1Key => ({
  GSI1PK: teamDigestsPartition(teamId).value,
  GSI1SK: part(channelId, 'channel id'),
});
export const dueDigestKey = (nextDueAt: Date, teamId: string, channelId: string): Gsi2Key => ({
  GSI2PK: dueDigestsPartition().value,
  GSI2SK: `${sortTime(nextDueAt)}#${part(teamId, 'team id')}#${part(channelId, 'channel id')}`,
});
/** Upper bound on a due index's sort key: everything due at or before `now` sorts below it. */
export const dueUpTo = (now: Date) => `${sortTime(now)}#~`;

export const digestRunKey = (teamId: string, channelId: string, periodKey: string): TableKey => ({
  PK: channelPartition(teamId, channelId).value,
  SK: `RUN#${part(periodKey, 'period key')}`,
});

// ---- Idempotency ----------------------------------------------------------

export const handledRequestKey = (teamId: string, requestKeyHash: string): TableKey => ({
  PK: `${team(teamId)}#REQ#${requestKeyHash}`,
  SK: 'REQ',
});
