import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord, Quote, Speaker } from '../core/article';
import { speakerKey as keyOfSpeaker } from '../core/quotes/speaker-key';
import { ID_ATTEMPTS, readArticle } from './article-read';
import { packJson, splitChunks } from './body';
import { displayText } from './bounds';
import { batchGet, batchWrite, CAPACITY, compact, isConditionFailure, type Item, putRequest, type StoreContext } from './db';
import { IngestInProgressError } from './errors';
import { articleIdentity, articleIdFor, bodyHash, canonicalUrl, feedIdFor, hashScope } from './ids';
import {
  articleBodyKey,
  articleFeedEntryKey,
  articleHeadKey,
  articleQuoteTextKey,
  articleSpeakerKey,
  articleWordsKey,
  bodyClaimKey,
  feedArticlesIndexKey,
  latestArticlesKey,
  recentQuotesIndexKey,
  speakerDirectoryKey,
  speakerQuotesIndexKey,
} from './keys';
import { articleHeadSchema, bodyClaimSchema, parseItem } from './items';
import { indexedTerms, searchIndexItems } from './search-index';
import { reindexArticle } from './search-reindex';
import { foldText } from './terms';
import type { IngestMeta, StoredArticle } from './types';

/**
 * Ingest without transactions: one read, then three writes.
 *   0. read    BatchGet of the head under the derived id, the body claim and the speaker directory entries
 *   1. claim   conditional Put of the body-hash claim (who is writing this body, since when)
 *   2. body    BatchWrite of the gzip body chunks: no index keys, reachable only through the head
 *   3. publish BatchWrite of the head (with its GSI1 key), quote and directory items, the search
 *              postings (one per distinct term, search-index.ts: the only part that grows with the
 *              article, capped at MAX_INDEXED_TERMS) and the claim marked published, in groups of 25.
 *              Nothing of the article is visible before this write.
 * A crash after 1 or 2 leaves nothing visible; a retry after the claim goes
 * stale (CLAIM_STALE_MS) rewrites the same items under the same id.
 */

/** After this long an unpublished claim is taken to be a crashed ingest and may be taken over. */
export const CLAIM_STALE_MS = 60_000;

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
function quoteDate(publishedAt: string | undefined, ingestedAt: Date): Date {
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

interface IngestPlan {
  id: string;
  identity: string;
  hash: string;
  /** Sort keys of the speaker directory entries that already exist: not written again. */
  knownSpeakers: Set<string>;
}

type SpeakerQuotes = { speaker: string; role?: string; quotes: { text: string; partial: boolean; speakerRole?: string }[] };

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

/** Directory entries an article adds: its quoted, named speakers. */
function directoryEntries(teamId: string, record: ArticleRecord) {
  return [...quotesBySpeakerKey(record)]
    .filter(([key]) => !key.startsWith('unnamed:'))
    .map(([key, entry]) => ({ key: speakerDirectoryKey(teamId, key, entry.speaker), speakerKey: key, name: entry.speaker }));
}

/** Pick the id for an identity, stepping past ids held by a different article. Returns the existing article when there is one. */
async function planIngest(ctx: StoreContext, teamId: string, record: ArticleRecord): Promise<IngestPlan | { existing: StoredArticle }> {
  const canonical = canonicalUrl(record.url);
  const hash = bodyHash(record.body, hashScope(canonical));
  const identity = articleIdentity(canonical, hash);
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
    const id = articleIdFor(teamId, identity, attempt);
    // One BatchGet: is the id taken, is this body already stored under another id, which speakers does the team know already?
    // (Reading a directory entry costs half a read unit; writing it again would cost a write unit, five times the price.)
    const directory = directoryEntries(teamId, record).map((e) => e.key);
    const [head, claim, words, ...speakers] = await batchGet(ctx, [articleHeadKey(teamId, id), bodyClaimKey(teamId, hash), articleWordsKey(teamId, id), ...directory]);
    if (head) {
      const parsed = parseItem(articleHeadSchema, head, 'article head');
      if (parsed.identity === identity) {
        const existing = await readArticle(ctx, teamId, id);
        // Stored before full-text search (no word list): indexed now that it is touched again.
        if (existing && words === undefined) await reindexArticle(ctx, teamId, existing);
        if (existing) return { existing };
        // A head without its body: a delete is removing it right now.
        throw new IngestInProgressError('this article is being deleted; retry later');
      }
      continue; // a different article holds this id (a 40-bit collision): try the next derived id
    }
    if (claim) {
      const { articleId } = parseItem(bodyClaimSchema, claim, 'body claim');
      if (articleId !== id) {
        const existing = await readArticle(ctx, teamId, articleId);
        if (existing) return { existing };
      }
    }
    const knownSpeakers = new Set(directory.filter((_, i) => speakers[i] !== undefined).map((k) => k.SK));
    return { id, identity, hash, knownSpeakers };
  }
  throw new Error(`no free article id for ${identity} after ${ID_ATTEMPTS} attempts`);
}

/** Wait for another ingest of the same body to publish, then answer with its article. */
async function awaitOtherIngest(ctx: StoreContext, teamId: string, hash: string): Promise<StoredArticle> {
  const deadline = Date.now() + ctx.ingestWaitMs;
  for (let round = 0; ; round++) {
    const [claim] = await batchGet(ctx, [bodyClaimKey(teamId, hash)]);
    if (claim) {
      const { articleId } = parseItem(bodyClaimSchema, claim, 'body claim');
      const article = await readArticle(ctx, teamId, articleId);
      if (article) return article;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, Math.min(200, 20 * (round + 1))));
  }
  throw new IngestInProgressError('another ingest of this article is in progress; retry later');
}

/**
 * The record with its names and titles clipped for display (a page may give a
 * 10,000-character title or byline). Speaker keys stay as the pipeline made
 * them from the whole name, so a lookup finds the speaker; keys.ts bounds
 * them by bytes where they enter a key.
 */
function withDisplayBounds(record: ArticleRecord): ArticleRecord {
  const clip = (text: string | undefined) => (text === undefined ? undefined : displayText(text));
  return {
    ...record,
    title: clip(record.title),
    byline: clip(record.byline),
    site: clip(record.site),
    summary: { ...record.summary, headline: displayText(record.summary.headline) },
    quotes: record.quotes.map((q) => ({ ...q, speaker: q.speaker === null ? null : displayText(q.speaker), speakerRole: clip(q.speakerRole) })),
    speakers: record.speakers.map((s) => ({ ...s, name: displayText(s.name), role: clip(s.role), aliases: s.aliases.map((a) => displayText(a)) })),
  };
}

function speakerName(quote: Quote, speakers: Speaker[]): Speaker | undefined {
  return speakers.find((s) => s.name === quote.speaker);
}

/** Everything that makes an article visible, written together by the publish step. */
function publishItems(
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
  const citation = { articleId: id, articleTitle, articleUrl: record.url, site: record.site, date: date.toISOString(), ...undated };

  const head: Item = {
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
  };

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
    });
  }
  for (const entry of directoryEntries(teamId, record)) {
    if (plan.knownSpeakers.has(entry.key.SK)) continue;
    directoryItems.push({ ...entry.key, kind: 'speaker', speakerKey: entry.speakerKey, name: entry.name });
  }

  const indexedQuotes = withinBytes(record.quotes, (q) => q.text);
  const quoteText: Item[] = indexedQuotes.length === 0 ? [] : [
    {
      ...articleQuoteTextKey(teamId, id),
      ...recentQuotesIndexKey(teamId, ingestedAt, id),
      kind: 'quote-text',
      ...citation,
      // One folded copy of every quote, newline-separated, for a server-side contains() filter.
      folded: indexedQuotes.map((q) => foldText(q.text)).join('\n'),
      // The folded copy is not repeated per quote: the reader folds the few quotes of a matching item itself.
      quotes: indexedQuotes.map((q) => ({ text: q.text, speaker: q.speaker, speakerRole: q.speakerRole, partial: q.partial })),
    },
  ];

  const feedEntry: Item[] =
    meta.feedUrl === undefined
      ? []
      : [{ ...articleFeedEntryKey(teamId, id), ...feedArticlesIndexKey(teamId, ingestedAt, id), kind: 'feed-article', articleId: id, feedId: feedIdFor(meta.feedUrl) }];

  const claim: Item = { ...bodyClaimKey(teamId, plan.hash), kind: 'body-claim', articleId: id, claimedAt: now.toISOString(), token, published: true };

  const searchItems = searchIndexItems(teamId, id, ingestedAt, indexedTerms(record));

  // The head goes first; the claim last marks the ingest finished.
  return [head, ...speakerItems, ...quoteText, ...feedEntry, ...directoryItems, ...searchItems, claim];
}

/**
 * A write that failed (throttling, a timeout) gives its claim back, so a retry
 * can start at once instead of waiting CLAIM_STALE_MS (and, in a Slack
 * request, past Slack's 3 s). Only our own unpublished claim is deleted; if
 * the release fails too, the claim goes stale as after a crash.
 */
async function releasingClaimOnError(ctx: StoreContext, teamId: string, hash: string, token: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    await ctx.client
      .send(
        new DeleteCommand({
          TableName: ctx.tableName,
          Key: bodyClaimKey(teamId, hash),
          ConditionExpression: '#token = :token AND attribute_not_exists(published)',
          ExpressionAttributeNames: { '#token': 'token' },
          ExpressionAttributeValues: { ':token': token },
          ...CAPACITY,
        }),
      )
      .catch(() => undefined);
    throw error;
  }
}

export async function saveArticle(
  ctx: StoreContext,
  teamId: string,
  record: ArticleRecord,
  meta: IngestMeta,
): Promise<{ article: StoredArticle; created: boolean }> {
  record = withDisplayBounds(record);
  const plan = await planIngest(ctx, teamId, record);
  if ('existing' in plan) return { article: plan.existing, created: false };
  const now = ctx.now();
  const token = randomUUID();

  // 1. claim: the first writer of this body wins; an unpublished claim older than CLAIM_STALE_MS is a crashed ingest and may be taken over.
  await ctx.hooks.beforeIngestWrite?.('claim');
  try {
    await ctx.client.send(
      new PutCommand({
        TableName: ctx.tableName,
        ...CAPACITY,
        Item: { ...bodyClaimKey(teamId, plan.hash), kind: 'body-claim', articleId: plan.id, claimedAt: now.toISOString(), token },
        ConditionExpression: 'attribute_not_exists(PK) OR (attribute_not_exists(published) AND claimedAt < :stale)',
        ExpressionAttributeValues: { ':stale': new Date(now.getTime() - CLAIM_STALE_MS).toISOString() },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    return { article: await awaitOtherIngest(ctx, teamId, plan.hash), created: false };
  }

  // 2. body: chunks under the body's version; invisible until a head names them.
  const details = { summary: record.summary, quotes: record.quotes, speakers: record.speakers };
  let headDetails = packJson(details);
  const detailsInline = headDetails.byteLength <= DETAILS_INLINE_MAX_BYTES;
  if (!detailsInline) {
    headDetails = packJson({ ...details, quotes: record.quotes.slice(0, LISTING_QUOTES_WHEN_LARGE), speakers: record.speakers.slice(0, LISTING_QUOTES_WHEN_LARGE) });
  }
  const packed = packJson({ body: record.body, paragraphs: record.paragraphs, sentences: record.sentences, ...(detailsInline ? {} : { details }) });
  const chunks = splitChunks(packed);
  const version = plan.hash.slice(0, 8);
  await ctx.hooks.beforeIngestWrite?.('body');
  await releasingClaimOnError(ctx, teamId, plan.hash, token, () =>
    batchWrite(
      ctx,
      chunks.map((data, n) => putRequest({ ...articleBodyKey(teamId, plan.id, version, n), kind: 'article-body', data })),
    ),
  );

  // 3. publish: the head and every index item, 25 to a request (the postings take most of them).
  await ctx.hooks.beforeIngestWrite?.('publish');
  await releasingClaimOnError(ctx, teamId, plan.hash, token, () =>
    batchWrite(ctx, publishItems(teamId, plan, record, meta, { chunks: chunks.length, headDetails }, token, now).map(putRequest)),
  );

  const article = await readBack(record, plan, meta);
  return { article, created: true };
}

/** The stored article as a later getArticle returns it, built without another read. */
async function readBack(record: ArticleRecord, plan: IngestPlan, meta: IngestMeta): Promise<StoredArticle> {
  return compact({
    id: plan.id,
    title: record.title,
    byline: record.byline,
    url: record.url,
    site: record.site,
    language: record.language,
    publishedAt: record.publishedAt,
    ingestedAt: meta.ingestedAt.toISOString(),
    summary: record.summary,
    quotes: record.quotes,
    speakers: record.speakers,
    source: meta.source,
    feedUrl: meta.feedUrl,
    body: record.body,
    paragraphs: record.paragraphs,
    sentences: record.sentences,
  });
}
