import * as z from 'zod/mini';
import { InvalidCursorError } from './errors';
import type { Partition } from './keys';

/**
 * Page cursors: base64url of the position where the last page stopped
 * (DynamoDB's LastEvaluatedKey, plus how many answers of that item were
 * already shown when one item holds several quotes). Opaque to callers;
 * validated on the way in so a forged or truncated cursor is a clear error,
 * and checked against the query's partition so a cursor can never move a
 * Query into another team's partition.
 */

export type Position = Record<string, string>;

const cursorSchema = z.strictObject({
  /** ExclusiveStartKey: every key attribute of the table and index is a string. */
  k: z.optional(z.record(z.string().check(z.maxLength(1024)), z.string().check(z.maxLength(2048)))),
  /** Answers already returned from the item after `k`. */
  s: z.optional(z.int().check(z.gte(0), z.lte(10_000))),
});

export interface DecodedCursor {
  startKey?: Position;
  skip: number;
}

export function encodeCursor(startKey: Position | undefined, skip = 0): string {
  const value: z.infer<typeof cursorSchema> = {};
  if (startKey) value.k = startKey;
  if (skip > 0) value.s = skip;
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, partition: Partition): DecodedCursor {
  if (cursor === undefined || cursor === '') return { skip: 0 };
  if (cursor.length > 8192 || !/^[A-Za-z0-9_-]+$/.test(cursor))
    throw new InvalidCursorError('invalid cursor: not a cursor this bot gave out');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new InvalidCursorError('invalid cursor: not a cursor this bot gave out', { cause });
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success)
    throw new InvalidCursorError('invalid cursor: not a cursor this bot gave out', { cause: parsed.error });
  const { k, s } = parsed.data;
  if (k !== undefined && k[partition.attribute] !== partition.value) {
    throw new InvalidCursorError('invalid cursor: it belongs to another query');
  }
  return { startKey: k, skip: s ?? 0 };
}
