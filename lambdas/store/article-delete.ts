import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { batchWrite, CAPACITY, deleteRequest, isConditionFailure, query, type StoreContext } from './db';
import { normalizeArticleId } from './ids';
import { ARTICLE_HEAD_SK, articlePartition, articleWordsKey, bodyClaimKey, wordPostingKey } from './keys';

/**
 * Deleting an article: every item of its partition (head first, so it leaves
 * every list before its parts do: quotes, search postings, feed entry, body)
 * and its body claim, so the same body can be stored again. The postings sit
 * in the terms' partitions: the article's word list names them.
 */
export async function deleteArticle(ctx: StoreContext, teamId: string, typedId: string): Promise<boolean> {
  const articleId = normalizeArticleId(typedId);
  if (articleId === undefined) return false;
  const partition = articlePartition(teamId, articleId);
  const keys: { PK: string; SK: string }[] = [];
  let hash: string | undefined;
  const postings: { PK: string; SK: string }[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await query(ctx, {
      KeyConditionExpression: '#pk = :pk',
      ProjectionExpression: '#pk, #sk, bodyHash, ingestedAt, terms',
      ExpressionAttributeNames: { '#pk': 'PK', '#sk': 'SK' },
      ExpressionAttributeValues: { ':pk': partition.value },
      ExclusiveStartKey: startKey,
    });
    for (const item of out.Items ?? []) {
      keys.push({ PK: String(item.PK), SK: String(item.SK) });
      if (item.SK === ARTICLE_HEAD_SK && typeof item.bodyHash === 'string') hash = item.bodyHash;
      if (
        item.SK === articleWordsKey(teamId, articleId).SK &&
        Array.isArray(item.terms) &&
        typeof item.ingestedAt === 'string'
      ) {
        for (const term of item.terms)
          postings.push(wordPostingKey(teamId, String(term), new Date(item.ingestedAt), articleId));
      }
    }
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  if (keys.length === 0) return false;
  const existed = hash !== undefined;
  // The head goes first, so the article leaves every list before its parts do.
  const head = keys.find((k) => k.SK === ARTICLE_HEAD_SK);
  if (head) await ctx.client.send(new DeleteCommand({ TableName: ctx.tableName, Key: head, ...CAPACITY }));
  await batchWrite(ctx, [...postings, ...keys.filter((k) => k !== head)].map(deleteRequest));
  if (hash !== undefined) {
    try {
      await ctx.client.send(
        new DeleteCommand({
          TableName: ctx.tableName,
          Key: bodyClaimKey(teamId, hash),
          ConditionExpression: 'articleId = :id',
          ExpressionAttributeValues: { ':id': articleId },
          ...CAPACITY,
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  return existed;
}
