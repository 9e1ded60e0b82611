import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { installSourceMappedStacks } from '../bundle/source-mapped-stacks';
import { createSqsJobQueue } from '../queue/sqs-job-queue';
import { createSlackHandler } from '../slack/bolt-app';
import { SLACK_INGEST_WAIT_MS } from '../slack/command-context';
import { setInvocationContext } from '../config/logger';
import { handlerBase, once } from './cold-start';

installSourceMappedStacks(import.meta.url);

/**
 * The Slack endpoint (Function URL). Loading this file loads Bolt and the
 * request checks only; the app is built once per container, on the first
 * request, and each listener's code on the first request that needs it
 * (lambdas/slack/lazy-listener.ts).
 */
const base = handlerBase('slack');

const slackHandler = once(async () => {
  const [{ credentials, poster }, store] = await Promise.all([base.slack(), base.store({ ingestWaitMs: SLACK_INGEST_WAIT_MS })]);
  return createSlackHandler({
    credentials,
    apiUrl: base.env.slackApiUrl,
    deps: {
      store,
      jobs: createSqsJobQueue(base.env.jobQueueUrl),
      slack: poster,
      clock: () => new Date(),
      log: base.log,
    },
  });
});

export async function handler(event: APIGatewayProxyEventV2, context: Context) {
  setInvocationContext({ awsRequestId: context.awsRequestId });
  return (await slackHandler())(event as never, context);
}
