import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { createSqsJobQueue } from '../queue/sqs-job-queue';
import { createSlackHandler } from '../slack/bolt-app';
import { SLACK_INGEST_WAIT_MS } from '../slack/command-context';
import { setInvocationContext } from '../config/logger';
import { handlerBase, once } from './cold-start';

/** The Slack endpoint (Function URL). Built once per container, on the first request. */
const base = handlerBase('slack');

const slackHandler = once(async () => {
  const { credentials, poster } = await base.slack();
  return createSlackHandler({
    credentials,
    apiUrl: base.env.slackApiUrl,
    deps: {
      store: base.store({ ingestWaitMs: SLACK_INGEST_WAIT_MS }),
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
