import type { ArticleRecord } from '../../lambdas/core/article';
import { newArticleItems } from '../../lambdas/store/article-items';
import type { Item } from '../../lambdas/store/db';
import type { IngestMeta } from '../../lambdas/store/index';
import type { DynaliteThread, WireItem } from './dynalite-thread';

/**
 * Loading a benchmark table in bulk: each article becomes exactly the items
 * saveArticle writes for it (newArticleItems), in DynamoDB's wire format,
 * put straight into dynalite's storage (DynaliteThread.bulkPut) without the
 * HTTP round trips and the per-item lock and read of BatchWriteItem: on this
 * 2-core machine BatchWriteItem put 6,000–8,600 items a second (falling as
 * the table grew), ten minutes and more for 3.6 million; a saveArticle per
 * article was slower still (1,957 articles of 600 words in 5 minutes).
 */

/** DynamoDB's wire format, as the document client marshals (undefined attributes dropped, bytes as base64). */
function toWire(value: unknown): unknown {
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (value === null) return { NULL: true };
  if (value instanceof Uint8Array) return { B: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return { L: value.map(toWire) };
  return { M: wireItem(value as Item) };
}

export function wireItem(item: Item): WireItem {
  const out: WireItem = {};
  for (const [k, v] of Object.entries(item)) if (v !== undefined) out[k] = toWire(v);
  return out;
}

/**
 * Builds the items of a batch of articles; returns them in wire format with
 * each article's id. Put them with `dynamo.bulkPut(tableName, items)`.
 */
export function articleBatch(
  teamId: string,
  articles: { record: ArticleRecord; meta: IngestMeta }[],
): { items: WireItem[]; ids: string[] } {
  const items: WireItem[] = [];
  const ids: string[] = [];
  for (const { record, meta } of articles) {
    const built = newArticleItems(teamId, record, meta, meta.ingestedAt);
    ids.push(String(built.find((item) => item.SK === 'A#HEAD')!.id));
    for (const item of built) items.push(wireItem(item));
  }
  return { items, ids };
}

/** Put batches while the next is being built: dynalite writes on its own thread, so two in flight keep both cores busy. */
export async function pipelined(
  dynamo: DynaliteThread,
  tableName: string,
  batches: Iterable<() => WireItem[]>,
): Promise<void> {
  const inFlight: Promise<void>[] = [];
  for (const build of batches) {
    inFlight.push(dynamo.bulkPut(tableName, build()));
    if (inFlight.length >= 2) await inFlight.shift();
  }
  await Promise.all(inFlight);
}
