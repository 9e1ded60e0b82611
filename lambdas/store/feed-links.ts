import { conditionalPut, type StoreContext } from './db';
import { feedIdFor } from './ids';
import { articleFeedLinkKey, feedArticlesIndexKey } from './keys';
import type { feedEntrySchema, WrittenItem } from './items';

/**
 * An article stored before a feed listed it (by `/news add`, or from another
 * feed) gets an entry for that feed too, dated when the feed listed it, so
 * the digests of the feed's channels, which read these entries, count it as
 * new. One conditional Put; false when the article was linked to the feed already.
 */
export async function linkArticleToFeed(
  ctx: StoreContext,
  teamId: string,
  articleId: string,
  feedUrl: string,
  at: Date,
): Promise<boolean> {
  const feedId = feedIdFor(feedUrl);
  return conditionalPut(ctx, {
    Item: {
      ...articleFeedLinkKey(teamId, articleId, feedId),
      ...feedArticlesIndexKey(teamId, at, articleId),
      kind: 'feed-article',
      articleId,
      feedId,
      feedUrl,
    } satisfies WrittenItem<typeof feedEntrySchema>,
    ConditionExpression: 'attribute_not_exists(PK)',
  });
}
