import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { CAPACITY, epochSeconds, putFirstTime, type StoreContext } from './db';
import { keyHash } from './ids';
import { handledRequestKey } from './keys';
import { TABLE } from './table';

/**
 * Requests already handled (Slack retries, double clicks, redelivered queue
 * messages): a conditional Put that succeeds only for the first delivery.
 * DynamoDB deletes expired items only eventually (up to days later), so an
 * item past its expiry counts as absent.
 */
export async function markHandled(
  ctx: StoreContext,
  teamId: string,
  requestKey: string,
  ttlSeconds: number,
): Promise<boolean> {
  const item = {
    ...handledRequestKey(teamId, keyHash(requestKey, 26)),
    kind: 'handled',
    handledAt: ctx.now().toISOString(),
  };
  return putFirstTime(ctx, item, ttlSeconds);
}

/** Whether a request was handled (and has not expired): one consistent GetItem, no write. */
export async function isHandled(ctx: StoreContext, teamId: string, requestKey: string): Promise<boolean> {
  const out = await ctx.client.send(
    new GetCommand({
      TableName: ctx.tableName,
      ...CAPACITY,
      Key: handledRequestKey(teamId, keyHash(requestKey, 26)),
      ConsistentRead: true,
    }),
  );
  const expiresAt = out.Item?.[TABLE.ttlAttribute];
  return typeof expiresAt === 'number' && expiresAt >= epochSeconds(ctx.now());
}

/**
 * Forget a handled mark: the work it guarded failed, so the user's retry
 * (a second click) must run again instead of being taken for a double click.
 */
export async function releaseHandled(ctx: StoreContext, teamId: string, requestKey: string): Promise<void> {
  await ctx.client.send(
    new DeleteCommand({ TableName: ctx.tableName, Key: handledRequestKey(teamId, keyHash(requestKey, 26)) }),
  );
}
