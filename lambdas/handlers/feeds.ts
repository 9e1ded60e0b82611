import type { Context } from 'aws-lambda';
import { pollDueFeeds } from '../app/feeds/poll-due-feeds';
import { setInvocationContext } from '../config/logger';
import { installSourceMappedStacks } from '../bundle/source-mapped-stacks';
import { feedDeps as wireFeeds } from '../wiring/use-case-deps';
import { createSqsJobQueue } from '../queue/sqs-job-queue';
import { handlerBase, once } from './cold-start';

installSourceMappedStacks(import.meta.url);

/**
 * The feed poller, run by an EventBridge schedule every 15 minutes: polls the
 * feeds that are due and queues their new items for the worker. A broken feed
 * is recorded on the feed (and its channels told once), not thrown; the run
 * throws only when the store or the job queue failed for some feed, so the
 * invocation is retried (and the errors alarm fires).
 */
const base = handlerBase('feeds');

const feedDeps = once(async () =>
  wireFeeds({ ...(await base.parts()), jobs: createSqsJobQueue(base.env.jobQueueUrl) }),
);

export async function handler(_event?: unknown, context?: Context): Promise<{ polled: number; queued: number }> {
  setInvocationContext({ awsRequestId: context?.awsRequestId });
  // The run's request id rides on every item it queues: a worker's log line leads back to this run.
  const correlationId = context?.awsRequestId;
  const summary = await pollDueFeeds(await feedDeps(), correlationId ? { correlationId } : {});
  if (summary.errors > 0)
    throw new Error(`${summary.errors} feed poll(s) failed on the store or the job queue; see feed_poll_error`);
  return { polled: summary.polled, queued: summary.queued };
}
