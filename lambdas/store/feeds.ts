import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  CAPACITY,
  compact,
  conditionalPut,
  isConditionFailure,
  putFirstTime,
  query,
  queryDue,
  type StoreContext,
} from './db';
import { displayText } from './bounds';
import { canonicalUrl, feedIdFor, keyHash } from './ids';
import {
  channelPartition,
  dueFeedKey,
  dueFeedsPartition,
  feedItemSeenKey,
  feedStateKey,
  feedSubscriberIndexKey,
  feedSubscribersPartition,
  SUBSCRIPTION_PREFIX,
  subscriptionKey,
  teamSubscriptionIndexKey,
} from './keys';
import { feedStateSchema, parseItem, subscriptionSchema, type WrittenItem } from './items';
import type { FeedFilter, FeedPatch, FeedState, Subscription } from './types';

/**
 * Subscriptions (per channel) and feed state (global: a feed is polled once
 * however many channels follow it). A feed is on the due index (GSI2) while
 * it has subscribers; the poller reads that index, never the whole table.
 */

/** How long a feed item stays remembered as seen: longer than any feed keeps an item. */
export const SEEN_TTL_SECONDS = 90 * 86_400;

/** Feed URLs are stored canonical, so "https://Example.com/feed/" and "https://example.com/feed" are one feed. */
function feedUrlOf(feedUrl: string): string {
  return canonicalUrl(feedUrl) ?? feedUrl.trim();
}

export async function subscribe(
  ctx: StoreContext,
  teamId: string,
  channelId: string,
  feedUrl: string,
  options: { title?: string } = {},
): Promise<{ created: boolean }> {
  const url = feedUrlOf(feedUrl);
  const feedId = feedIdFor(url);
  const now = ctx.now();
  // A feed names itself: its title is clipped for display like any name from outside.
  options = { ...options, title: options.title === undefined ? undefined : displayText(options.title) };
  const created = await conditionalPut(ctx, {
    Item: {
      ...subscriptionKey(teamId, channelId, feedId),
      ...feedSubscriberIndexKey(feedId, teamId, channelId),
      ...teamSubscriptionIndexKey(teamId, channelId, feedId),
      kind: 'subscription',
      teamId,
      channelId,
      feedUrl: url,
      title: options.title,
      subscribedAt: now.toISOString(),
    } satisfies WrittenItem<typeof subscriptionSchema>,
    ConditionExpression: 'attribute_not_exists(PK)',
  });
  if (!created) return { created: false };
  // A new follower makes the feed due now, so the channel sees it working at the next poll.
  const due = dueFeedKey(now, feedId);
  await ctx.client.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      ...CAPACITY,
      Key: feedStateKey(feedId),
      UpdateExpression:
        'SET kind = :kind, feedUrl = :url, nextPollAt = :now, GSI2PK = :gpk, GSI2SK = :gsk, failures = if_not_exists(failures, :zero), notifiedFailure = if_not_exists(notifiedFailure, :false)' +
        (options.title !== undefined ? ', title = if_not_exists(title, :title)' : ''),
      ExpressionAttributeValues: {
        ':kind': 'feed',
        ':url': url,
        ':now': now.toISOString(),
        ':gpk': due.GSI2PK,
        ':gsk': due.GSI2SK,
        ':zero': 0,
        ':false': false,
        ...(options.title !== undefined ? { ':title': options.title } : {}),
      },
    }),
  );
  return { created: true };
}

export async function unsubscribe(
  ctx: StoreContext,
  teamId: string,
  channelId: string,
  feedUrl: string,
): Promise<boolean> {
  const feedId = feedIdFor(feedUrlOf(feedUrl));
  const out = await ctx.client.send(
    new DeleteCommand({
      TableName: ctx.tableName,
      ...CAPACITY,
      Key: subscriptionKey(teamId, channelId, feedId),
      ReturnValues: 'ALL_OLD',
    }),
  );
  if (!out.Attributes) return false;
  // The last follower gone: take the feed off the due index (its state stays, for a later subscriber).
  // A subscribe racing this between the Query and the Update would leave the feed unpolled until its next subscribe; rare, and visible.
  if ((await subscribersOf(ctx, feedId, 1)).length === 0) {
    try {
      await ctx.client.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          ...CAPACITY,
          Key: feedStateKey(feedId),
          UpdateExpression: 'REMOVE GSI2PK, GSI2SK',
          ConditionExpression: 'attribute_exists(PK)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  return true;
}

export async function channelFeeds(ctx: StoreContext, teamId: string, channelId: string): Promise<Subscription[]> {
  const partition = channelPartition(teamId, channelId);
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await query(ctx, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sub)',
      ExpressionAttributeValues: { ':pk': partition.value, ':sub': SUBSCRIPTION_PREFIX },
      ExclusiveStartKey: startKey,
    });
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items
    .map((item) => compact(parseItem(subscriptionSchema, item, 'subscription')))
    .sort((a, b) =>
      a.subscribedAt === b.subscribedAt ? a.feedUrl.localeCompare(b.feedUrl) : a.subscribedAt < b.subscribedAt ? -1 : 1,
    );
}

type Follower = { teamId: string; channelId: string; filter?: FeedFilter };

async function subscribersOf(ctx: StoreContext, feedId: string, limit?: number): Promise<Follower[]> {
  const partition = feedSubscribersPartition(feedId);
  const found: Follower[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await query(ctx, {
      IndexName: partition.index,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': partition.value },
      Limit: limit,
      ExclusiveStartKey: startKey,
    });
    for (const item of out.Items ?? []) {
      const s = parseItem(subscriptionSchema, item, 'subscription');
      found.push({ teamId: s.teamId, channelId: s.channelId, ...(s.filter ? { filter: compact(s.filter) } : {}) });
    }
    startKey = limit !== undefined && found.length >= limit ? undefined : out.LastEvaluatedKey;
  } while (startKey);
  return found;
}

export function feedSubscribers(ctx: StoreContext, feedUrl: string) {
  return subscribersOf(ctx, feedIdFor(feedUrlOf(feedUrl)));
}

/** One conditional Update of the subscription item: a channel that does not follow the feed gets false, and no item appears. */
export async function setFeedFilter(
  ctx: StoreContext,
  teamId: string,
  channelId: string,
  feedUrl: string,
  filter: FeedFilter | undefined,
): Promise<boolean> {
  const kept = filter
    ? Object.fromEntries(Object.entries(filter).filter(([, words]) => Array.isArray(words) && words.length > 0))
    : {};
  const set = Object.keys(kept).length > 0;
  try {
    await ctx.client.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        ...CAPACITY,
        Key: subscriptionKey(teamId, channelId, feedIdFor(feedUrlOf(feedUrl))),
        UpdateExpression: set ? 'SET #filter = :filter' : 'REMOVE #filter',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#filter': 'filter' },
        ExpressionAttributeValues: set ? { ':filter': kept } : undefined,
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export async function getFeed(ctx: StoreContext, feedUrl: string): Promise<FeedState | undefined> {
  const out = await ctx.client.send(
    new GetCommand({ TableName: ctx.tableName, ...CAPACITY, Key: feedStateKey(feedIdFor(feedUrlOf(feedUrl))) }),
  );
  return out.Item ? compact(parseItem(feedStateSchema, out.Item, 'feed state')) : undefined;
}

/** Feeds whose nextPollAt is not after `now`, the most overdue first: one Query on the due index. */
export async function dueFeeds(ctx: StoreContext, now: Date, limit = 100): Promise<FeedState[]> {
  const items = await queryDue(ctx, dueFeedsPartition(), now, limit);
  return items.map((item) => compact(parseItem(feedStateSchema, item, 'feed state')));
}

/** Record a poll's outcome and when to poll next. A field given as undefined is cleared (e.g. lastError after a success). */
export async function updateFeed(ctx: StoreContext, feedUrl: string, patch: FeedPatch): Promise<void> {
  const url = feedUrlOf(feedUrl);
  const feedId = feedIdFor(url);
  const due = dueFeedKey(patch.nextPollAt, feedId);
  const set = ['kind = :kind', 'feedUrl = :url', 'nextPollAt = :next', 'GSI2PK = :gpk', 'GSI2SK = :gsk'];
  const remove: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {
    ':kind': 'feed',
    ':url': url,
    ':next': patch.nextPollAt.toISOString(),
    ':gpk': due.GSI2PK,
    ':gsk': due.GSI2SK,
  };
  for (const field of ['etag', 'lastModified', 'failures', 'lastError', 'notifiedFailure', 'title'] as const) {
    if (!(field in patch)) continue;
    names[`#${field}`] = field;
    const value = field === 'title' && patch.title !== undefined ? displayText(patch.title) : patch[field];
    if (value === undefined) remove.push(`#${field}`);
    else {
      set.push(`#${field} = :${field}`);
      values[`:${field}`] = value;
    }
  }
  // Without subscribers the feed stays off the due index (unsubscribe took it off): the poll's update must not put it back.
  const send = (withDue: boolean) =>
    ctx.client.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        ...CAPACITY,
        Key: feedStateKey(feedId),
        UpdateExpression: `SET ${(withDue ? set : set.filter((s) => !s.startsWith('GSI2'))).join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
        ConditionExpression: withDue ? 'attribute_not_exists(PK) OR attribute_exists(GSI2PK)' : undefined,
        ExpressionAttributeNames: Object.keys(names).length > 0 ? names : undefined,
        ExpressionAttributeValues: withDue
          ? values
          : Object.fromEntries(Object.entries(values).filter(([k]) => k !== ':gpk' && k !== ':gsk')),
      }),
    );
  try {
    await send(true);
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    await send(false);
  }
}

/** True the first time an item of a feed is seen; remembered for SEEN_TTL_SECONDS. */
export async function markFeedItemSeen(ctx: StoreContext, feedUrl: string, itemKey: string): Promise<boolean> {
  const item = {
    ...feedItemSeenKey(feedIdFor(feedUrlOf(feedUrl)), keyHash(itemKey, 26)),
    kind: 'feed-item-seen',
    seenAt: ctx.now().toISOString(),
  };
  return putFirstTime(ctx, item, SEEN_TTL_SECONDS);
}

/** Forget that an item was seen: its job could not be queued, so the next try must find it new again. */
export async function forgetFeedItemSeen(ctx: StoreContext, feedUrl: string, itemKey: string): Promise<void> {
  await ctx.client.send(
    new DeleteCommand({
      TableName: ctx.tableName,
      ...CAPACITY,
      Key: feedItemSeenKey(feedIdFor(feedUrlOf(feedUrl)), keyHash(itemKey, 26)),
    }),
  );
}
