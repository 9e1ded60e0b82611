import type { FeedItem } from './types';

/**
 * An item's id is what the feed's items are deduplicated by: seen once, never
 * queued again, and one job per id. Some feeds give every item the same guid
 * (the site's home page, or "1"); deduplicated by it, all of a read's items
 * but one would vanish, and every later story carrying it too. An id that
 * items with different links share names none of them, so those items are
 * known by their links instead. Items sharing both id and link stay one story.
 */
export function withDistinctIds(items: FeedItem[]): FeedItem[] {
  const linksOfId = new Map<string, Set<string | undefined>>();
  for (const item of items) {
    const links = linksOfId.get(item.id) ?? new Set();
    linksOfId.set(item.id, links.add(item.link));
  }
  return items.map((item) =>
    item.link && (linksOfId.get(item.id)?.size ?? 0) > 1 ? { ...item, id: item.link } : item,
  );
}
