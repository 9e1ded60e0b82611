import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../core/decode';
import { withDistinctIds } from './item-ids';
import { parseFeed } from './parse';
import type { FeedParseResult } from './types';

export { parseFeed, type ParseFeedOptions } from './parse';
export { parseFeedDate } from './dates';
export { canonicalUrl, httpUrl, resolveUrl } from './urls';
export type { FeedFormat, FeedItem, FeedParseResult, NotAFeed, NotAFeedReason, ParsedFeed } from './types';

/** Gzip's magic number: some servers send a gzipped feed without Content-Encoding (the body is the .gz file). */
function gunzipIfGzipped(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    // Capped like the fetcher's body limit: a small .gz must not become gigabytes.
    return gunzipSync(bytes, { maxOutputLength: 10 * 1024 * 1024 });
  } catch {
    return bytes;
  }
}

/**
 * Response bytes → feed. The charset comes from the HTTP header, else the XML
 * declaration, else UTF-8/windows-1252 detection (`decodeBytes`).
 */
export function readFeed(bytes: Uint8Array, options: { contentType?: string; url?: string } = {}): FeedParseResult {
  const text = decodeBytes(gunzipIfGzipped(bytes), options.contentType);
  const parsed = parseFeed(text, { url: options.url });
  return parsed.ok ? { ...parsed, feed: { ...parsed.feed, items: withDistinctIds(parsed.feed.items) } } : parsed;
}
