import { pollDueFeeds } from '../app/feeds/poll-due-feeds';
import type { FeedDeps } from '../app/feeds/ports';
import { readEnv } from '../config/env';
import { createLogger } from '../config/logger';
import { loadSlackCredentials } from '../config/slack-credentials';
import { fetchFeed } from '../fetch/feed/fetch-feed';
import { createSqsJobQueue } from '../queue/sqs-job-queue';
import { createSlackPoster } from '../slack/poster';
import { createDocumentClient, localClientConfig } from '../store/client';
import { createStore } from '../store/index';

/**
 * The feed poller, run by an EventBridge schedule every 15 minutes: polls the
 * feeds that are due and queues their new items for the worker. A broken feed
 * is recorded on the feed (and its channels told once), not thrown; the run
 * throws only when the store failed for some feed, so the invocation is retried.
 */
const env = readEnv();
const log = createLogger(env.logLevel, { service: 'newsbot', fn: 'feeds', stage: env.stage });
let deps: Promise<FeedDeps> | undefined;

async function build(): Promise<FeedDeps> {
  const credentials = await loadSlackCredentials(env.slackSecretId);
  return {
    // DYNAMODB_ENDPOINT is set only off AWS (tests, local trials).
    store: createStore({ client: createDocumentClient(env.dynamodbEndpoint ? localClientConfig(env.dynamodbEndpoint) : {}), tableName: env.tableName }),
    jobs: createSqsJobQueue(env.jobQueueUrl),
    fetchFeed: (url, conditional) => fetchFeed(url, conditional),
    slack: createSlackPoster({ token: credentials.botToken, apiUrl: env.slackApiUrl }),
    clock: () => new Date(),
    log,
  };
}

export async function handler(): Promise<{ polled: number; queued: number }> {
  deps ??= build().catch((error: unknown) => {
    deps = undefined;
    throw error;
  });
  const summary = await pollDueFeeds(await deps);
  if (summary.errors > 0) throw new Error(`${summary.errors} feed poll(s) failed on the store; see feed_poll_error`);
  return { polled: summary.polled, queued: summary.queued };
}
