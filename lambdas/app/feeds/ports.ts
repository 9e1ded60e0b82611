import type { Logger } from '../../config/logger';
import type { NewsStore } from '../../store/index';
import type { JobQueue } from '../jobs';
import type { Poster } from '../ports/poster';
import type { Views } from '../ports/views';

/**
 * What the feed use cases need from the outside world, passed in by the
 * handler (AWS), the local runtime or a test.
 */

/** A feed response: the fields of the safe fetcher's answer that a poll reads. */
export interface FetchedFeed {
  /** Final URL after redirects: the base for relative links. */
  url: string;
  status: number;
  contentType?: string;
  bytes: Uint8Array;
  etag?: string;
  lastModified?: string;
  /** A 304 to the conditional GET: nothing changed. */
  notModified: boolean;
}

export interface ConditionalGet {
  etag?: string;
  lastModified?: string;
  /** Overall deadline; a slash command has less time than the poller. */
  timeoutMs?: number;
}

/** Fetch a feed URL (SSRF-safe in production). Throws on network errors and non-2xx/304 answers. */
export type FeedFetcher = (url: string, conditional?: ConditionalGet) => Promise<FetchedFeed>;

export interface FeedDeps {
  store: NewsStore;
  jobs: JobQueue;
  fetchFeed: FeedFetcher;
  slack: Poster;
  views: Views;
  clock: () => Date;
  log: Logger;
}
