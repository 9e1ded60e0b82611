import type { ArticleRecord, Quote, Speaker } from '../core/article';
import { ORGANISATION_KEY_PREFIX, speakerKey as keyOfSpeaker, UNNAMED_KEY_PREFIX } from '../core/quotes/speaker-key';
import { givenNameKey } from './given-name';
import { packJson, splitChunks } from './body';
import { displayText } from './bounds';
import type { Item } from './db';
import { articleIdentity, articleIdFor, bodyHash, canonicalUrl, feedIdFor, hashScope } from './ids';
import {
  articleBodyKey,
  articleFeedEntryKey,
  articleHeadKey,
  articleQuoteTextKey,
  articleSpeakerKey,
  bodyClaimKey,
  feedArticlesIndexKey,
  latestArticlesKey,
  recentQuotesIndexKey,
  speakerDirectoryKey,
  speakerQuotesIndexKey,
} from './keys';
import { indexedTerms, searchIndexItems } from './search-index';
import { foldText } from './terms';
import type { IngestMeta } from './types';
import type {
  articleHeadSchema,
  bodyClaimSchema,
  feedEntrySchema,
  quoteTextSchema,
  speakerDirectorySchema,
  speakerQuotesSchema,
  WrittenItem,
} from './items';

/**
 * The items an ingest writes for an article: its body chunks (step 2 of
 * saveArticle) and everything its publish step makes visible (step 3). Pure:
 * saveArticle decides the id and which speakers are new (planIngest) and
 * writes these in its order; the benchmark loads a table in bulk from them
 * (newArticleItems), so both write the very same items.
 */

function dateOrUndefined(iso: string | undefined): Date | undefined {
  if (iso === undefined) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The date quotes are ordered and cited by: when the article says it was
 * published, else when it was stored. A publication date later than the
 * storing (a page's bad metadata) would pin its quotes on top of every list:
 * the storing time is used instead.
 */
export function quoteDate(publishedAt: string | undefined, ingestedAt: Date): Date {
  const published = dateOrUndefined(publishedAt);
  return published !== undefined && published.getTime() <= ingestedAt.getTime() + 86_400_000 ? published : ingestedAt;
}

/**
 * Size guards for articles with very many quotes (a transcript): index items
 * must stay under DynamoDB's 400 KB, and listings small. Beyond these, the
 * full quotes live only in the body items and getArticle returns them all.
 */
/** Packed details (summary, quotes, speakers) kept on the head; larger ones move to the body items. */
const DETAILS_INLINE_MAX_BYTES = 64 * 1024;
/** Quotes a head keeps for listings when the details moved to the body items. */
const LISTING_QUOTES_WHEN_LARGE = 50;
/** Quote text per index item (one speaker's quotes in an article, or an article's quote-text item). */
const INDEX_QUOTE_BYTES = 48 * 1024;

/** The longest prefix of `list` whose texts fit in `budget` bytes. */
function withinBytes<T>(list: readonly T[], text: (item: T) => string, budget = INDEX_QUOTE_BYTES): T[] {
  let used = 0;
  const out: T[] = [];
  for (const item of list) {
    used += Buffer.byteLength(text(item), 'utf8') * 2; // the text and, for quote-text items, its folded copy
    if (used > budget) break;
    out.push(item);
  }
  return out;
}

export interface IngestPlan {
  id: string;
  identity: string;
  hash: string;
  /** Sort keys of the speaker directory entries that already exist: not written again. */
  knownSpeakers: Set<string>;
}

type SpeakerQuotes = {
  speaker: string;
  role?: string;
  quotes: { text: string; partial: boolean; speakerRole?: string }[];
};

/** Quotes grouped by speaker key: one item per speaker per article keeps the write count low. */
function quotesBySpeakerKey(record: ArticleRecord): Map<string, SpeakerQuotes> {
  const bySpeaker = new Map<string, SpeakerQuotes>();
  for (const quote of record.quotes) {
    if (quote.speaker === null) continue;
    const known = speakerName(quote, record.speakers);
    const key = known?.key || keyOfSpeaker(quote.speaker, known?.kind);
    const entry = bySpeaker.get(key) ?? { speaker: quote.speaker, role: known?.role ?? quote.speakerRole, quotes: [] };
    entry.quotes.push({ text: quote.text, partial: quote.partial, speakerRole: quote.speakerRole });
    bySpeaker.set(key, entry);
  }
  return bySpeaker;
}

/**
 * Directory entries an article adds: its quoted, named speakers, each under
 * its key and a person also under the given name (given-name.ts); both point
 * at the speaker's key.
 */
export function directoryEntries(teamId: string, record: ArticleRecord) {
  return [...quotesBySpeakerKey(record)]
    .filter(([key]) => !key.startsWith(UNNAMED_KEY_PREFIX))
    .flatMap(([key, entry]) => {
      const given = key.startsWith(ORGANISATION_KEY_PREFIX) ? undefined : givenNameKey(entry.speaker);
      const filedUnder = given === undefined || given === key ? [key] : [key, given];
      return filedUnder.map((filed) => ({
        key: speakerDirectoryKey(teamId, filed, entry.speaker),
        speakerKey: key,
        name: entry.speaker,
      }));
    });
}

/**
 * The record with its names and titles clipped for display (a page may give a
 * 10,000-character title or byline). Speaker keys stay as the pipeline made
 * them from the whole name, so a lookup finds the speaker; keys.ts bounds
 * them by bytes where they enter a key.
 */
export function withDisplayBounds(record: ArticleRecord): ArticleRecord {
  const clip = (text: string | undefined) => (text === undefined ? undefined : displayText(text));
  return {
    ...record,
    title: clip(record.title),
    byline: clip(record.byline),
    site: clip(record.site),
    summary: { ...record.summary, headline: displayText(record.summary.headline) },
    quotes: record.quotes.map((q) => ({
      ...q,
      speaker: q.speaker === null ? null : displayText(q.speaker),
      speakerRole: clip(q.speakerRole),
    })),
    speakers: record.speakers.map((s) => ({
      ...s,
      name: displayText(s.name),
      role: clip(s.role),
      aliases: s.aliases.map((a) => displayText(a)),
    })),
  };
}

function speakerName(quote: Quote, speakers: Speaker[]): Speaker | undefined {
  return speakers.find((s) => s.name === quote.speaker);
}

/** Everything that makes an article visible, written together by the publish step. */
export function publishItems(
  teamId: string,
  plan: IngestPlan,
  record: ArticleRecord,
  meta: IngestMeta,
  body: { chunks: number; headDetails: Uint8Array },
  token: string,
  now: Date,
): Item[] {
  const { id } = plan;
  const ingestedAt = meta.ingestedAt;
  const date = quoteDate(record.publishedAt, ingestedAt);
  const articleTitle = record.title ?? record.summary.headline ?? '';
  // An article that states no publication date is cited undated: its storing day orders the quotes but is not shown as a date.
  const undated = dateOrUndefined(record.publishedAt) === undefined ? { undated: true } : {};
  const citation = {
    articleId: id,
    articleTitle,
    articleUrl: record.url,
    site: record.site,
    date: date.toISOString(),
    ...undated,
  };

  const head = {
    ...articleHeadKey(teamId, id),
    ...latestArticlesKey(teamId, ingestedAt, id),
    kind: 'article',
    id,
    identity: plan.identity,
    title: record.title,
    byline: record.byline,
    url: record.url,
    canonicalUrl: canonicalUrl(record.url),
    site: record.site,
    language: record.language,
    publishedAt: record.publishedAt,
    ingestedAt: ingestedAt.toISOString(),
    source: meta.source,
    feedUrl: meta.feedUrl,
    feedId: meta.feedUrl !== undefined ? feedIdFor(meta.feedUrl) : undefined,
    bodyHash: plan.hash,
    bodyChunks: body.chunks,
    details: body.headDetails,
  } satisfies WrittenItem<typeof articleHeadSchema>;

  const bySpeaker = quotesBySpeakerKey(record);
  const speakerItems: Item[] = [];
  const directoryItems: Item[] = [];
  for (const [key, entry] of bySpeaker) {
    speakerItems.push({
      ...articleSpeakerKey(teamId, id, key),
      ...speakerQuotesIndexKey(teamId, key, date, id),
      kind: 'speaker-quotes',
      ...citation,
      speakerKey: key,
      speaker: entry.speaker,
      speakerRole: entry.role,
      quotes: withinBytes(entry.quotes, (q) => q.text),
    } satisfies WrittenItem<typeof speakerQuotesSchema>);
  }
  for (const entry of directoryEntries(teamId, record)) {
    if (plan.knownSpeakers.has(entry.key.SK)) continue;
    directoryItems.push({
      ...entry.key,
      kind: 'speaker',
      speakerKey: entry.speakerKey,
      name: entry.name,
    } satisfies WrittenItem<typeof speakerDirectorySchema>);
  }

  const indexedQuotes = withinBytes(record.quotes, (q) => q.text);
  const quoteText: Item[] =
    indexedQuotes.length === 0
      ? []
      : [
          {
            ...articleQuoteTextKey(teamId, id),
            ...recentQuotesIndexKey(teamId, ingestedAt, id),
            kind: 'quote-text',
            ...citation,
            // One folded copy of every quote, newline-separated, for a server-side contains() filter.
            folded: indexedQuotes.map((q) => foldText(q.text)).join('\n'),
            // The folded copy is not repeated per quote: the reader folds the few quotes of a matching item itself.
            quotes: indexedQuotes.map((q) => ({
              text: q.text,
              speaker: q.speaker,
              speakerRole: q.speakerRole,
              partial: q.partial,
            })),
          } satisfies WrittenItem<typeof quoteTextSchema>,
        ];

  const feedEntry: Item[] =
    meta.feedUrl === undefined
      ? []
      : [
          {
            ...articleFeedEntryKey(teamId, id),
            ...feedArticlesIndexKey(teamId, ingestedAt, id),
            kind: 'feed-article',
            articleId: id,
            feedId: feedIdFor(meta.feedUrl),
          } satisfies WrittenItem<typeof feedEntrySchema>,
        ];

  const claim = {
    ...bodyClaimKey(teamId, plan.hash),
    kind: 'body-claim',
    articleId: id,
    claimedAt: now.toISOString(),
    token,
    published: true,
  } satisfies WrittenItem<typeof bodyClaimSchema>;

  const searchItems = searchIndexItems(teamId, id, ingestedAt, indexedTerms(record));

  // The head goes first; the claim last marks the ingest finished.
  return [head, ...speakerItems, ...quoteText, ...feedEntry, ...directoryItems, ...searchItems, claim];
}

/** The gzip body chunks of an article (under its body's version) and the details its head carries. */
export function bodyItems(
  teamId: string,
  plan: IngestPlan,
  record: ArticleRecord,
): { items: Item[]; chunks: number; headDetails: Uint8Array } {
  const details = { summary: record.summary, quotes: record.quotes, speakers: record.speakers };
  let headDetails = packJson(details);
  const detailsInline = headDetails.byteLength <= DETAILS_INLINE_MAX_BYTES;
  if (!detailsInline) {
    headDetails = packJson({
      ...details,
      quotes: record.quotes.slice(0, LISTING_QUOTES_WHEN_LARGE),
      speakers: record.speakers.slice(0, LISTING_QUOTES_WHEN_LARGE),
    });
  }
  const packed = packJson({
    body: record.body,
    paragraphs: record.paragraphs,
    sentences: record.sentences,
    ...(detailsInline ? {} : { details }),
  });
  const chunks = splitChunks(packed);
  const version = plan.hash.slice(0, 8);
  const items = chunks.map((data, n) => ({
    ...articleBodyKey(teamId, plan.id, version, n),
    kind: 'article-body',
    data,
  }));
  return { items, chunks: chunks.length, headDetails };
}

/**
 * Every item saveArticle writes for a new article in a team where nothing
 * collides with it (its id the first one derived, every speaker new to the
 * team), claim included and published: for loading a benchmark table in bulk
 * without the reads and the three sequential writes of each ingest.
 */
export function newArticleItems(teamId: string, record: ArticleRecord, meta: IngestMeta, now: Date): Item[] {
  const bounded = withDisplayBounds(record);
  const canonical = canonicalUrl(bounded.url);
  const hash = bodyHash(bounded.body, hashScope(canonical));
  const identity = articleIdentity(canonical, hash);
  const plan: IngestPlan = { id: articleIdFor(teamId, identity, 0), identity, hash, knownSpeakers: new Set() };
  const body = bodyItems(teamId, plan, bounded);
  return [...body.items, ...publishItems(teamId, plan, bounded, meta, body, `bulk-${plan.id}`, now)];
}
