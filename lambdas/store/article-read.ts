import type { StoreContext, Item } from './db';
import { compact, query } from './db';
import { joinChunks, unpackJson } from './body';
import { articleIdentity, articleIdFor, canonicalUrl, normalizeArticleId } from './ids';
import { ARTICLE_ALIAS_SK, ARTICLE_BODY_PREFIX, ARTICLE_HEAD_SK, ARTICLE_SELF_PREFIX, articlePartition } from './keys';
import {
  articleAliasSchema,
  articleContentSchema,
  articleDetailsSchema,
  type ArticleHeadItem,
  articleHeadSchema,
  bodyChunkSchema,
  parseItem,
} from './items';
import type { ArticleListing, StoredArticle } from './types';

/**
 * Reading an article back: its head (the listing) and, for the whole article,
 * the body chunks the head names, from one Query on the article's partition.
 */

function listingOf(head: ArticleHeadItem): ArticleListing {
  const details = parseItem(articleDetailsSchema, unpackJson(head.details), 'article details');
  return {
    id: head.id,
    title: head.title,
    byline: head.byline,
    url: head.url,
    site: head.site,
    language: head.language,
    publishedAt: head.publishedAt,
    ingestedAt: head.ingestedAt,
    summary: details.summary,
    quotes: details.quotes,
    speakers: details.speakers,
    source: head.source,
    feedUrl: head.feedUrl,
  };
}

export function parseListing(item: Item): ArticleListing {
  return compact(listingOf(parseItem(articleHeadSchema, item, 'article head')));
}

/** Assemble an article from the items of its partition: the head and the chunks of the body version it names. */
function assemble(items: Item[]): StoredArticle | undefined {
  const headItem = items.find((i) => i.SK === ARTICLE_HEAD_SK);
  if (!headItem) return undefined;
  const head = parseItem(articleHeadSchema, headItem, 'article head');
  const version = head.bodyHash.slice(0, 8);
  const chunks = items
    .filter((i) => typeof i.SK === 'string' && i.SK.startsWith(`${ARTICLE_BODY_PREFIX}${version}#`))
    .map((i) => parseItem(bodyChunkSchema, i, 'article body'))
    .sort((a, b) => (a.SK < b.SK ? -1 : 1));
  if (chunks.length !== head.bodyChunks) return undefined; // a head is only written after its chunks; cannot happen unless deleted underneath
  const content = parseItem(articleContentSchema, unpackJson(joinChunks(chunks.map((c) => c.data))), 'article body');
  return {
    ...compact(listingOf(head)),
    ...(content.details ?? {}),
    body: content.body,
    paragraphs: content.paragraphs,
    sentences: content.sentences,
  };
}

/** All self items (alias, head and body chunks) under one article id, following pages for bodies over 1 MB. */
async function readSelfItems(ctx: StoreContext, teamId: string, articleId: string): Promise<Item[]> {
  const partition = articlePartition(teamId, articleId);
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await query(ctx, {
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :self)',
      ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
      ExpressionAttributeValues: { ':pk': partition.value, ':self': ARTICLE_SELF_PREFIX },
      ExclusiveStartKey: startKey,
    });
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
    // Without a head there is nothing to assemble: stop after the first page.
    if (!items.some((i) => i.SK === ARTICLE_HEAD_SK)) break;
  } while (startKey);
  return items;
}

/** The article stored under one id (its head and body chunks). */
export async function readArticle(
  ctx: StoreContext,
  teamId: string,
  articleId: string,
): Promise<StoredArticle | undefined> {
  return assemble(await readSelfItems(ctx, teamId, articleId));
}

export async function getArticle(
  ctx: StoreContext,
  teamId: string,
  typedId: string,
): Promise<StoredArticle | undefined> {
  const articleId = normalizeArticleId(typedId); // what a user typed; never a key fragment
  return articleId === undefined ? undefined : readArticle(ctx, teamId, articleId);
}

/** Ids an identity may live under, in order; more than one only after an id collision. */
export const ID_ATTEMPTS = 3;

/**
 * The article stored under a URL: 1 Query (the id is derived from the
 * canonical URL). A URL fetched once but stored under its same-site canonical
 * holds an alias instead of a head there (url-alias.ts): one more Query reads
 * the article it names.
 */
export async function findArticleByUrl(
  ctx: StoreContext,
  teamId: string,
  url: string,
): Promise<StoredArticle | undefined> {
  const canonical = canonicalUrl(url);
  if (canonical === undefined) return undefined;
  const identity = articleIdentity(canonical, '');
  for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
    const items = await readSelfItems(ctx, teamId, articleIdFor(teamId, identity, attempt));
    const article = assemble(items);
    if (article === undefined) {
      const alias = items.find((i) => i.SK === ARTICLE_ALIAS_SK);
      if (alias === undefined || attempt > 0) return undefined;
      // A deleted article leaves its aliases: reading it finds nothing, and the URL is fetched again.
      return readArticle(ctx, teamId, parseItem(articleAliasSchema, alias, 'article alias').articleId);
    }
    if (articleIdentity(canonicalUrl(article.url), '') === identity) return article;
  }
  return undefined;
}
