import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CAPACITY, compact, conditionalPut, epochSeconds, isConditionFailure, queryDue, type StoreContext } from './db';
import { digestRunKey, digestSettingsKey, dueDigestKey, dueDigestsPartition, teamDigestIndexKey } from './keys';
import { digestRunSchema, digestSettingsSchema, parseItem, type WrittenItem } from './items';
import { TABLE } from './table';
import type { DigestClaim, DigestSchedule, DigestSent, DigestSettings } from './types';

/**
 * Digest settings per channel, the due index the digest schedule reads, and
 * the per-period claim that makes a digest post at most once: the claim is
 * written before posting, so a retried run finds it and does not post again.
 */

/** Claims are kept long enough to cover any retry of a period, then expire. */
export const DIGEST_RUN_TTL_SECONDS = 35 * 86_400;

export async function getDigestSettings(
  ctx: StoreContext,
  teamId: string,
  channelId: string,
): Promise<DigestSettings | undefined> {
  const out = await ctx.client.send(
    new GetCommand({ TableName: ctx.tableName, ...CAPACITY, Key: digestSettingsKey(teamId, channelId) }),
  );
  return out.Item ? compact(parseItem(digestSettingsSchema, out.Item, 'digest settings')) : undefined;
}

/** Set (or with null, clear) a channel's schedule; a schedule also resumes a paused digest. */
export async function setDigestSchedule(
  ctx: StoreContext,
  teamId: string,
  channelId: string,
  schedule: DigestSchedule | null,
  nextDueAt: Date | null,
): Promise<void> {
  const values: Record<string, unknown> = {
    ':kind': 'digest',
    ':team': teamId,
    ':channel': channelId,
    ':schedule': schedule,
    ':false': false,
  };
  const set = ['kind = :kind', 'teamId = :team', 'channelId = :channel', 'schedule = :schedule', 'paused = :false'];
  const remove = ['pauseReason'];
  if (schedule !== null && nextDueAt !== null) {
    const due = dueDigestKey(nextDueAt, teamId, channelId);
    set.push('nextDueAt = :next', 'GSI2PK = :gpk', 'GSI2SK = :gsk');
    Object.assign(values, { ':next': nextDueAt.toISOString(), ':gpk': due.GSI2PK, ':gsk': due.GSI2SK });
  } else {
    remove.push('nextDueAt', 'GSI2PK', 'GSI2SK');
  }
  // The team's list of digest channels (the App Home) holds every channel with a schedule, paused or not.
  if (schedule !== null) {
    const listed = teamDigestIndexKey(teamId, channelId);
    set.push('GSI1PK = :tpk', 'GSI1SK = :tsk');
    Object.assign(values, { ':tpk': listed.GSI1PK, ':tsk': listed.GSI1SK });
  } else {
    remove.push('GSI1PK', 'GSI1SK');
  }
  await ctx.client.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      ...CAPACITY,
      Key: digestSettingsKey(teamId, channelId),
      UpdateExpression: `SET ${set.join(', ')} REMOVE ${remove.join(', ')}`,
      ExpressionAttributeValues: values,
    }),
  );
}

/** Channels whose digest is due at or before `now`, the most overdue first: one Query on the due index. */
export async function dueDigests(ctx: StoreContext, now: Date, limit = 100): Promise<DigestSettings[]> {
  const items = await queryDue(ctx, dueDigestsPartition(), now, limit);
  return items.map((item) => compact(parseItem(digestSettingsSchema, item, 'digest settings')));
}

/** Stop a channel's digest (e.g. the bot was removed from the channel); it leaves the due index until rescheduled. */
export async function pauseDigest(ctx: StoreContext, teamId: string, channelId: string, reason: string): Promise<void> {
  await ctx.client.send(
    new UpdateCommand({
      TableName: ctx.tableName,
      ...CAPACITY,
      Key: digestSettingsKey(teamId, channelId),
      UpdateExpression:
        'SET kind = :kind, teamId = :team, channelId = :channel, paused = :true, pauseReason = :reason REMOVE GSI2PK, GSI2SK',
      ExpressionAttributeValues: {
        ':kind': 'digest',
        ':team': teamId,
        ':channel': channelId,
        ':true': true,
        ':reason': reason,
      },
    }),
  );
}

export async function claimDigest(
  ctx: StoreContext,
  teamId: string,
  channelId: string,
  periodKey: string,
  now: Date,
): Promise<DigestClaim> {
  const key = digestRunKey(teamId, channelId, periodKey);
  const claimed = await conditionalPut(ctx, {
    Item: {
      ...key,
      kind: 'digest-run',
      status: 'in-progress',
      claimedAt: now.toISOString(),
      [TABLE.ttlAttribute]: epochSeconds(now) + DIGEST_RUN_TTL_SECONDS,
    } satisfies WrittenItem<typeof digestRunSchema>,
    // A claim is never taken over by age: a run that died after claiming may
    // have posted. Only releaseDigestClaim (nothing reached Slack) frees a period.
    ConditionExpression: 'attribute_not_exists(PK)',
  });
  if (claimed) return 'claimed';
  // Only a claim that lost reads on: was the period posted (marked on the settings), or is it still in progress?
  const settings = await ctx.client.send(
    new GetCommand({
      TableName: ctx.tableName,
      ...CAPACITY,
      Key: digestSettingsKey(teamId, channelId),
      ConsistentRead: true,
    }),
  );
  if (settings.Item?.lastSentPeriod === periodKey) return 'already-sent';
  const out = await ctx.client.send(
    new GetCommand({ TableName: ctx.tableName, ...CAPACITY, Key: key, ConsistentRead: true }),
  );
  if (!out.Item) return 'in-progress'; // expired between the two calls: treat as someone else's, the next run decides
  // Claims marked sent by earlier versions of markDigestSent.
  return parseItem(digestRunSchema, out.Item, 'digest run').status === 'sent' ? 'already-sent' : 'in-progress';
}

/**
 * Give a claimed period back because nothing reached the channel (Slack
 * refused every attempt), so a later run may claim and post it.
 */
export async function releaseDigestClaim(
  ctx: StoreContext,
  teamId: string,
  channelId: string,
  periodKey: string,
): Promise<void> {
  await ctx.client.send(
    new DeleteCommand({ TableName: ctx.tableName, Key: digestRunKey(teamId, channelId, periodKey) }),
  );
}

/**
 * Record the posted digest in one write to the channel's settings: the period
 * sent (which claimDigest reads back), the channel's last digest time (the
 * next digest's `since`) and when the next is due. A run that found nothing
 * (no `ts`) moves `lastSentAt` on but not `lastPostedAt`, so the channel is
 * still told truly whether it ever had a digest. The period's claim item is
 * left as it is: a later claim of the period fails on it, and the failure
 * path finds the period among the sent ones here.
 */
export async function markDigestSent(
  ctx: StoreContext,
  teamId: string,
  channelId: string,
  periodKey: string,
  sent: DigestSent,
): Promise<void> {
  const base = {
    ':kind': 'digest',
    ':team': teamId,
    ':channel': channelId,
    ':last': sent.sentAt.toISOString(),
    ':period': periodKey,
  };
  const posted = sent.ts === undefined ? '' : ', lastPostedAt = :last';
  const common = `SET kind = :kind, teamId = :team, channelId = :channel, lastSentAt = :last, lastSentPeriod = :period${posted}`;
  if (sent.nextDueAt === null) {
    await ctx.client.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        ...CAPACITY,
        Key: digestSettingsKey(teamId, channelId),
        UpdateExpression: `${common} REMOVE nextDueAt, GSI2PK, GSI2SK`,
        ExpressionAttributeValues: base,
      }),
    );
    return;
  }
  const due = dueDigestKey(sent.nextDueAt, teamId, channelId);
  try {
    // A channel paused while its digest was being posted stays off the due index.
    await ctx.client.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        ...CAPACITY,
        Key: digestSettingsKey(teamId, channelId),
        UpdateExpression: `${common}, nextDueAt = :next, GSI2PK = :gpk, GSI2SK = :gsk`,
        ConditionExpression: 'attribute_not_exists(paused) OR paused = :false',
        ExpressionAttributeValues: {
          ...base,
          ':next': sent.nextDueAt.toISOString(),
          ':gpk': due.GSI2PK,
          ':gsk': due.GSI2SK,
          ':false': false,
        },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    await ctx.client.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        ...CAPACITY,
        Key: digestSettingsKey(teamId, channelId),
        UpdateExpression: common,
        ExpressionAttributeValues: base,
      }),
    );
  }
}
