import { decodeCursor, encodeCursor, type DecodedCursor, type Position } from './cursor';
import type { Partition } from './keys';
import { TABLE } from './table';
import { query, type Item, type StoreContext } from './db';
import type { Page, PageOptions } from './types';

/**
 * Turning Query results into pages of answers when one item may hold
 * several answers (an article's quotes) or when a page stops before the
 * last item read: the cursor is the position of the last item fully shown
 * plus how many answers of the next item were already shown.
 */

/** The ExclusiveStartKey that resumes a Query right after `item`. */
export function positionOf(item: Item, partition: Partition): Position {
  const position: Position = {
    [TABLE.partitionKey]: String(item[TABLE.partitionKey]),
    [TABLE.sortKey]: String(item[TABLE.sortKey]),
  };
  if (partition.index) {
    const index = TABLE.indexes.find((i) => i.name === partition.index)!;
    position[index.partitionKey] = String(item[index.partitionKey]);
    position[index.sortKey] = String(item[index.sortKey]);
  }
  return position;
}

export function pageOf<T>(
  items: Item[],
  answersOf: (item: Item) => T[],
  options: { limit: number; start: DecodedCursor; lastEvaluatedKey?: Record<string, unknown>; partition: Partition },
): { items: T[]; cursor?: string } {
  const out: T[] = [];
  let before: Position | undefined = options.start.startKey;
  let skip = options.start.skip;
  for (const item of items) {
    const answers = answersOf(item).slice(skip);
    const room = options.limit - out.length;
    if (answers.length > room) {
      out.push(...answers.slice(0, room));
      return { items: out, cursor: encodeCursor(before, skip + room) };
    }
    out.push(...answers);
    before = positionOf(item, options.partition);
    skip = 0;
    if (out.length === options.limit && item !== items[items.length - 1]) {
      return { items: out, cursor: encodeCursor(before) };
    }
  }
  const last = options.lastEvaluatedKey as Position | undefined;
  return { items: out, cursor: last ? encodeCursor(last) : undefined };
}

/** A requested page size, clamped to what one Query should return. */
export function pageLimit(limit: number | undefined, fallback: number, max = 100): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(1, Math.min(max, Math.floor(limit)));
}

/**
 * One page of answers from a partition, newest first, resuming at the
 * caller's cursor. Without a filter it reads one item past the page, so a
 * cursor is given only when something remains; with a `window` (a filter,
 * on the server or in `answersOf`, drops items after they are read) it reads
 * that many items.
 */
export async function newestFirstPage<T>(
  ctx: StoreContext,
  partition: Partition,
  options: PageOptions,
  spec: {
    defaultLimit: number;
    answersOf: (item: Item) => T[];
    /** Only items whose sort key is at or after this (an ISO instant). */
    sortKeyFrom?: string;
    filter?: { expression: string; values: Record<string, unknown> };
    window?: number;
  },
): Promise<Page<T>> {
  const start = decodeCursor(options.cursor, partition);
  const limit = pageLimit(options.limit, spec.defaultLimit);
  const sortKey = partition.index ? TABLE.indexes.find((i) => i.name === partition.index)!.sortKey : TABLE.sortKey;
  const out = await query(ctx, {
    IndexName: partition.index,
    KeyConditionExpression: `${partition.attribute} = :pk${spec.sortKeyFrom !== undefined ? ` AND ${sortKey} >= :from` : ''}`,
    FilterExpression: spec.filter?.expression,
    ExpressionAttributeValues: {
      ':pk': partition.value,
      ...(spec.sortKeyFrom !== undefined ? { ':from': spec.sortKeyFrom } : {}),
      ...spec.filter?.values,
    },
    ScanIndexForward: false,
    Limit: spec.window ?? limit + 1,
    ExclusiveStartKey: start.startKey,
  });
  return pageOf(out.Items ?? [], spec.answersOf, { limit, start, lastEvaluatedKey: out.LastEvaluatedKey, partition });
}
