import {
  BatchGetCommand,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type DynamoDBDocumentClient,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { dueUpTo, type Partition, type TableKey } from './keys';
import { TABLE } from './table';

/**
 * What every store module is given: the client, the table, a clock, and
 * the ingest hooks tests use to simulate a crash between writes.
 */
export interface StoreContext {
  client: DynamoDBDocumentClient;
  tableName: string;
  now(): Date;
  hooks: StoreHooks;
  /** How long an ingest waits for a concurrent ingest of the same article to publish. */
  ingestWaitMs: number;
}

export interface StoreHooks {
  /** Called before each write of an ingest; throwing here simulates a crash at that point. */
  beforeIngestWrite?(step: IngestStep): void | Promise<void>;
}

/** The three writes of an ingest, in order. */
export type IngestStep = 'claim' | 'body' | 'publish';

export type Item = Record<string, unknown>;
type WriteRequest = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];

/** Capacity is always asked for: it costs nothing and the benchmark reads it from every response. */
export const CAPACITY = { ReturnConsumedCapacity: 'TOTAL' } as const;

export function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException'
  );
}

export async function query(ctx: StoreContext, input: Omit<QueryCommandInput, 'TableName'>) {
  return ctx.client.send(new QueryCommand({ TableName: ctx.tableName, ...CAPACITY, ...input }));
}

const BATCH_WRITE_MAX = 25;
const BATCH_GET_MAX = 100;
const MAX_RESUBMITS = 8;

async function backoff(attempt: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
}

/**
 * BatchWriteItem in groups of 25, resubmitting UnprocessedItems (DynamoDB
 * returns them under throttling) until all are written.
 */
export async function batchWrite(ctx: StoreContext, requests: WriteRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += BATCH_WRITE_MAX) {
    let pending: WriteRequest[] = requests.slice(i, i + BATCH_WRITE_MAX);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > MAX_RESUBMITS) throw new Error(`BatchWriteItem left ${pending.length} items unprocessed`);
      if (attempt > 0) await backoff(attempt);
      const out = await ctx.client.send(
        new BatchWriteCommand({ RequestItems: { [ctx.tableName]: pending }, ...CAPACITY }),
      );
      pending = (out.UnprocessedItems?.[ctx.tableName] ?? []) as WriteRequest[];
    }
  }
}

export const putRequest = (item: Item): WriteRequest => ({ PutRequest: { Item: item } });
export const deleteRequest = (key: TableKey): WriteRequest => ({ DeleteRequest: { Key: { PK: key.PK, SK: key.SK } } });

/** BatchGetItem in groups of 100, resubmitting UnprocessedKeys; answers in the order of `keys`, undefined when absent. */
export async function batchGet(ctx: StoreContext, keys: TableKey[]): Promise<(Item | undefined)[]> {
  const found = new Map<string, Item>();
  const id = (k: { PK?: unknown; SK?: unknown }) => `${String(k.PK)}\u0000${String(k.SK)}`;
  const unique = [...new Map(keys.map((k) => [id(k), { PK: k.PK, SK: k.SK }])).values()];
  for (let i = 0; i < unique.length; i += BATCH_GET_MAX) {
    let pending: Record<string, unknown>[] = unique.slice(i, i + BATCH_GET_MAX);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > MAX_RESUBMITS) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed`);
      if (attempt > 0) await backoff(attempt);
      const out = await ctx.client.send(
        new BatchGetCommand({ RequestItems: { [ctx.tableName]: { Keys: pending } }, ...CAPACITY }),
      );
      for (const item of out.Responses?.[ctx.tableName] ?? []) found.set(id(item), item);
      pending = (out.UnprocessedKeys?.[ctx.tableName]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return keys.map((k) => found.get(id(k)));
}

/** Epoch seconds for the TTL attribute. */
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * The items of a "due" index partition (digests, feeds) whose due instant is
 * at or before `now`, the most overdue first: one Query.
 */
export async function queryDue(ctx: StoreContext, partition: Partition, now: Date, limit: number): Promise<Item[]> {
  const out = await query(ctx, {
    IndexName: partition.index,
    KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK <= :now',
    ExpressionAttributeValues: { ':pk': partition.value, ':now': dueUpTo(now) },
    ScanIndexForward: true,
    Limit: Math.max(1, Math.min(1000, limit)),
  });
  return out.Items ?? [];
}

/**
 * The items of an index partition whose sort key is at or after `fromSortKey`,
 * newest first, up to `limit`: a further Query only while DynamoDB's 1 MB page
 * cut the answer short, at most `maxPages` in all. With a `filter` (applied by
 * DynamoDB after reading), pages are read whole: a Limit would count the items
 * read, not those kept.
 */
export async function queryNewestSince(
  ctx: StoreContext,
  partition: Partition,
  fromSortKey: string,
  limit: number,
  maxPages: number,
  filter?: { expression: string; values: Record<string, unknown> },
): Promise<Item[]> {
  const sortAttribute = partition.attribute.replace(/PK$/, 'SK');
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  for (let page = 0; page < maxPages && items.length < limit; page++) {
    const out = await query(ctx, {
      IndexName: partition.index,
      KeyConditionExpression: `${partition.attribute} = :pk AND ${sortAttribute} >= :since`,
      ExpressionAttributeValues: { ':pk': partition.value, ':since': fromSortKey, ...filter?.values },
      ...(filter ? { FilterExpression: filter.expression } : { Limit: limit - items.length }),
      ScanIndexForward: false,
      ExclusiveStartKey: startKey,
    });
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
    if (!startKey) break;
  }
  return items.slice(0, limit);
}

/** A copy without the attributes that are undefined (optional fields read back absent). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * One Put written only while its condition holds: true when written, false when the condition failed (any other
 * error is thrown). A condition that fails is an answer ("there already"), not an error.
 */
export async function conditionalPut(ctx: StoreContext, input: Omit<PutCommandInput, 'TableName'>): Promise<boolean> {
  try {
    await ctx.client.send(new PutCommand({ TableName: ctx.tableName, ...CAPACITY, ...input }));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Put an item that expires `ttlSeconds` from now, unless one with its key is
 * there and not yet expired: true the first time. DynamoDB deletes expired
 * items only eventually (up to days later), so an expired one counts as absent.
 */
export async function putFirstTime(ctx: StoreContext, item: Item & TableKey, ttlSeconds: number): Promise<boolean> {
  const now = ctx.now();
  return conditionalPut(ctx, {
    Item: { ...item, [TABLE.ttlAttribute]: epochSeconds(now) + Math.max(1, Math.ceil(ttlSeconds)) },
    ConditionExpression: 'attribute_not_exists(PK) OR #ttl < :now',
    ExpressionAttributeNames: { '#ttl': TABLE.ttlAttribute },
    ExpressionAttributeValues: { ':now': epochSeconds(now) },
  });
}
