import type { FeedDeps } from './feeds/ports';
import type { PageFetcher } from './ingest-url';

/** The feed use cases' ports (a subscription reads the feed and queues its items), plus the page fetcher. */
export interface WorkerDeps extends FeedDeps {
  fetchPage: PageFetcher;
}
