import { compact, query, type StoreContext } from './db';
import { digestSettingsSchema, parseItem, subscriptionSchema } from './items';
import { teamDigestsPartition, teamSubscriptionsPartition, type Partition } from './keys';
import type { DigestSettings, Subscription } from './types';

/** How many a team overview lists: a Home tab, not an export. One page of the index, never more. */
export const TEAM_OVERVIEW_LIMIT = 100;

async function firstPage(ctx: StoreContext, partition: Partition, limit: number) {
  const out = await query(ctx, {
    IndexName: partition.index,
    KeyConditionExpression: `${partition.attribute} = :pk`,
    ExpressionAttributeValues: { ':pk': partition.value },
    Limit: Math.min(limit, TEAM_OVERVIEW_LIMIT),
  });
  return out.Items ?? [];
}

/** A team's subscriptions, every channel, ordered by channel: one Query on GSI2. */
export async function teamSubscriptions(
  ctx: StoreContext,
  teamId: string,
  limit = TEAM_OVERVIEW_LIMIT,
): Promise<Subscription[]> {
  const items = await firstPage(ctx, teamSubscriptionsPartition(teamId), limit);
  return items.map((item) => compact(parseItem(subscriptionSchema, item, 'subscription')));
}

/** A team's channels with a digest schedule (paused ones too), ordered by channel: one Query on GSI1. */
export async function teamDigests(
  ctx: StoreContext,
  teamId: string,
  limit = TEAM_OVERVIEW_LIMIT,
): Promise<DigestSettings[]> {
  const items = await firstPage(ctx, teamDigestsPartition(teamId), limit);
  return items.map((item) => compact(parseItem(digestSettingsSchema, item, 'digest settings')));
}
