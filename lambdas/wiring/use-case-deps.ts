import type { FeedDeps, FeedFetcher } from '../app/feeds/ports';
import type { PageFetcher } from '../app/ingest-url';
import type { JobQueue } from '../app/jobs';
import type { Poster } from '../app/ports/poster';
import type { WorkerDeps } from '../app/worker-deps';
import type { Logger } from '../config/logger';
import { fetchFeed } from '../fetch/feed/fetch-feed';
import type { Resolver } from '../fetch/resolver';
import { safeFetch } from '../fetch/safe-fetch';
import { slackViews } from '../slack/views/slack-views';
import type { NewsStore } from '../store/index';

/**
 * The one place that fills the use cases' ports. A runtime (the Lambda
 * handlers through handlers/cold-start.ts, `npm start` through
 * local/runtime.ts) supplies what differs between them: the table, the
 * poster, the queue, the clock and the logger. What is the same everywhere
 * (the Slack views, the SSRF-safe fetchers, real sleeping) is chosen here.
 * The digest run's ports are in ./digest-deps.ts, so the digest bundle carries
 * no fetcher or feed parser.
 */
export interface RuntimeParts {
  store: NewsStore;
  slack: Poster;
  jobs: JobQueue;
  clock: () => Date;
  log: Logger;
}

/** How pages and feeds are read: always through the SSRF-safe fetcher; a runtime may shorten its deadline. */
export interface Fetchers {
  fetchPage: PageFetcher;
  fetchFeed: FeedFetcher;
}

export function safeFetchers(options: { timeoutMs?: number; resolver?: Resolver } = {}): Fetchers {
  const timeout = options.timeoutMs ? { timeoutMs: options.timeoutMs } : {};
  const resolver = options.resolver ? { resolver: options.resolver } : {};
  return {
    fetchPage: (url) => safeFetch(url, { ...timeout, ...resolver }),
    fetchFeed: (url, conditional) => fetchFeed(url, { ...timeout, ...conditional }, resolver),
  };
}

/** The worker: runs queued jobs (a subscription queues its feed's items on the same queue). */
export function workerDeps(parts: RuntimeParts, fetchers: Fetchers = safeFetchers()): WorkerDeps {
  return { ...parts, ...fetchers, views: slackViews };
}

/** The feed poller. */
export function feedDeps(parts: RuntimeParts, fetchers: Pick<Fetchers, 'fetchFeed'> = safeFetchers()): FeedDeps {
  return { ...parts, fetchFeed: fetchers.fetchFeed, views: slackViews };
}
