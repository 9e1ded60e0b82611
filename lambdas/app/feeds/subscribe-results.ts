/**
 * What a subscription ended with, for the views that say so: their own file,
 * so the views port names them without importing the use cases.
 */

/** `/news subscribe <url>`: followed (new or already), or refused with the reason. */
export type SubscribeResult =
  | { ok: true; created: boolean; feedUrl: string; title?: string; items: number; queued: number }
  | { ok: false; reason: string; feedLink?: string; feedLinks?: string[] };

/** An OPML list: what happened to each feed it named. */
export interface ListSubscribeResult {
  /** Feeds followed now, in the list's order. */
  added: { feedUrl: string; title?: string; items: number }[];
  /** Feeds the channel already followed. */
  already: { feedUrl: string; title?: string }[];
  /** Addresses that were not followed, with the reason. */
  failed: { url: string; reason: string }[];
  /** Addresses past MAX_LIST_FEEDS, not tried. */
  overLimit: string[];
  /** MAX_LIST_FEEDS, for the reply that names it (so the view needs no code of this module). */
  limit: number;
}
