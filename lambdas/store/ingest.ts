import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord } from '../core/article';
import { bodyItems, directoryEntries, type IngestPlan, publishItems, withDisplayBounds } from './article-items';
import { ID_ATTEMPTS, readArticle } from './article-read';
import {
  batchGet,
  batchWrite,
  CAPACITY,
  compact,
  conditionalPut,
  type Item,
  putRequest,
  type StoreContext,
} from './db';
import { IngestInProgressError } from './errors';
import { articleIdentity, articleIdFor, bodyHash, canonicalUrl, hashScope } from './ids';
import { articleHeadKey, articleWordsKey, bodyClaimKey } from './keys';
import { articleHeadSchema, bodyClaimSchema, parseItem, type WrittenItem } from './items';
import { indexOutdated, reindexArticle } from './search-reindex';
import { urlAliasItem } from './url-alias';
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

/** Pick the id for an identity, stepping past ids held by a different article. Returns the existing article when there is one. */
async function planIngest(
  ctx: StoreContext,
  teamId: string,
  record: ArticleRecord,
): Promise<IngestPlan | { existing: StoredArticle }> {
  const canonical = canonicalUrl(record.url);
  const hash = bodyHash(record.body, hashScope(canonical));
  const identity = articleIdentity(canonical, hash);
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
    const id = articleIdFor(teamId, identity, attempt);
    // One BatchGet: is the id taken, is this body already stored under another id, which speakers does the team know already?
    // (Reading a directory entry costs half a read unit; writing it again would cost a write unit, five times the price.)
    const directory = directoryEntries(teamId, record).map((e) => e.key);
    const [head, claim, words, ...speakers] = await batchGet(ctx, [
      articleHeadKey(teamId, id),
      bodyClaimKey(teamId, hash),
      articleWordsKey(teamId, id),
      ...directory,
    ]);
    if (head) {
      const parsed = parseItem(articleHeadSchema, head, 'article head');
      if (parsed.identity === identity) {
        const existing = await readArticle(ctx, teamId, id);
        // Indexed by older rules, or before full-text search (no word list): indexed now that it is touched again.
        if (existing && indexOutdated(words)) await reindexArticle(ctx, teamId, existing, words);
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
 * A write that failed (throttling, a timeout) gives its claim back, so a retry
 * can start at once instead of waiting CLAIM_STALE_MS (and, in a Slack
 * request, past Slack's 3 s). Only our own unpublished claim is deleted; if
 * the release fails too, the claim goes stale as after a crash.
 */
async function releasingClaimOnError(
  ctx: StoreContext,
  teamId: string,
  hash: string,
  token: string,
  write: () => Promise<void>,
): Promise<void> {
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
  if ('existing' in plan) {
    // Stored already under its canonical; fetched now from another URL of the site: remember that URL too.
    const alias = urlAliasItem(teamId, meta.fetchedUrl, plan.existing);
    if (alias) await ctx.client.send(new PutCommand({ TableName: ctx.tableName, ...CAPACITY, Item: alias }));
    return { article: plan.existing, created: false };
  }
  const now = ctx.now();
  const token = randomUUID();

  // 1. claim: the first writer of this body wins; an unpublished claim older than CLAIM_STALE_MS is a crashed ingest and may be taken over.
  await ctx.hooks.beforeIngestWrite?.('claim');
  const claimed = await conditionalPut(ctx, {
    Item: {
      ...bodyClaimKey(teamId, plan.hash),
      kind: 'body-claim',
      articleId: plan.id,
      claimedAt: now.toISOString(),
      token,
    } satisfies WrittenItem<typeof bodyClaimSchema>,
    ConditionExpression: 'attribute_not_exists(PK) OR (attribute_not_exists(published) AND claimedAt < :stale)',
    ExpressionAttributeValues: { ':stale': new Date(now.getTime() - CLAIM_STALE_MS).toISOString() },
  });
  if (!claimed) return { article: await awaitOtherIngest(ctx, teamId, plan.hash), created: false };

  // 2. body: chunks under the body's version; invisible until a head names them.
  const body = bodyItems(teamId, plan, record);
  await ctx.hooks.beforeIngestWrite?.('body');
  await releasingClaimOnError(ctx, teamId, plan.hash, token, () => batchWrite(ctx, body.items.map(putRequest)));

  // 3. publish: the head and every index item, 25 to a request (the postings take most of them).
  await ctx.hooks.beforeIngestWrite?.('publish');
  await releasingClaimOnError(ctx, teamId, plan.hash, token, () =>
    batchWrite(
      ctx,
      withAlias(
        publishItems(teamId, plan, record, meta, body, token, now),
        urlAliasItem(teamId, meta.fetchedUrl, { id: plan.id, url: record.url }),
      ).map(putRequest),
    ),
  );

  const article = await readBack(record, plan, meta);
  return { article, created: true };
}

/** The publish items with the URL alias, if any, before the claim (which marks the ingest finished, so it stays last). */
function withAlias(items: Item[], alias: Item | undefined): Item[] {
  return alias === undefined ? items : [...items.slice(0, -1), alias, ...items.slice(-1)];
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
