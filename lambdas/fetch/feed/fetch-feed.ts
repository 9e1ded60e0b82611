import { safeFetch, type SafeFetchOptions, type SafeFetchResponse } from '../safe-fetch';

/**
 * Fetching a feed: the SSRF-safe fetcher with a feed Accept header and the
 * conditional GET headers from the last poll (a 304 comes back as
 * `notModified`). No content-type filter: a server that sends HTML gets a
 * better answer from the parser ("an HTML page; it links to a feed at …")
 * than from a type check.
 */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.8, */*;q=0.5';

/** Feeds are small; a generous cap still refuses a multi-megabyte page posing as one. */
export const FEED_MAX_BYTES = 4 * 1024 * 1024;

export function fetchFeed(
  url: string,
  conditional: { etag?: string; lastModified?: string; timeoutMs?: number } = {},
  options: Pick<SafeFetchOptions, 'resolver' | 'allowLoopback'> = {},
): Promise<SafeFetchResponse> {
  return safeFetch(url, {
    ...options,
    accept: FEED_ACCEPT,
    maxBytes: FEED_MAX_BYTES,
    ...(conditional.timeoutMs !== undefined ? { timeoutMs: conditional.timeoutMs } : {}),
    ...(conditional.etag ? { ifNoneMatch: conditional.etag } : {}),
    ...(conditional.lastModified ? { ifModifiedSince: conditional.lastModified } : {}),
  });
}
