import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { newArticleItems } from '../../lambdas/store/article-items';
import { createStore } from '../../lambdas/store/index';
import { freshTable } from '../helpers/table';
import { makeArticle } from './article-factory';

/** Bytes as base64 (a Buffer built, a Uint8Array read back), undefined attributes dropped. */
function plain(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(item)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v]),
  );
}

/**
 * The benchmark loads its 100,000-article table from newArticleItems instead
 * of saveArticle: it must be exactly what saveArticle writes for a new
 * article, or the search figures would be measured on another layout.
 */
describe('newArticleItems: the items saveArticle writes for a new article', () => {
  it('are the items in the table after saveArticle, key for key and attribute for attribute (the claim’s token and time aside)', async () => {
    const { client, tableName } = await freshTable();
    const store = createStore({ client, tableName });
    const record = makeArticle({
      title: 'Harbour council approves ferry budget',
      url: 'https://harbour.example/news/ferry-budget',
      quotes: [
        { text: 'We will keep the boats running all winter', speaker: 'Morag Flett', role: 'union leader' },
        { text: 'The budget is tight but fair', speaker: 'Ines Varga' },
      ],
    });
    const at = new Date('2026-03-30T08:00:00Z');
    const meta = { source: 'feed' as const, ingestedAt: at, feedUrl: 'https://harbour.example/feed.xml' };
    const { article } = await store.saveArticle('TITEMS', record, meta);

    const items = newArticleItems('TITEMS', record, meta, at);
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: { PK: item.PK, SK: item.SK } }));
      expect(Item, `${String(item.PK)} / ${String(item.SK)}`).toBeDefined();
      const { token: _t, claimedAt: _c, ...stored } = plain(Item!);
      const { token: _bt, claimedAt: _bc, ...built } = plain(item);
      expect(stored).toEqual(built);
    }
    // Nothing saveArticle wrote in the article's partition is missing from the list.
    const { Items } = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': `T#TITEMS#ART#${article.id}` },
      }),
    );
    const built = new Set(items.map((i) => `${String(i.PK)}|${String(i.SK)}`));
    expect((Items ?? []).map((i) => `${String(i.PK)}|${String(i.SK)}`).filter((k) => !built.has(k))).toEqual([]);
  });
});
