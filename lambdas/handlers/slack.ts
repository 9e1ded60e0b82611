import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { readEnv } from '../config/env';
import { createLogger } from '../config/logger';
import { loadSlackCredentials } from '../config/slack-credentials';
import { createSlackHandler, type LambdaHttpHandler } from '../slack/bolt-app';
import { createSlackPoster } from '../slack/poster';
import { createDocumentClient, localClientConfig } from '../store/client';
import { createStore } from '../store/index';
import { SLACK_INGEST_WAIT_MS } from '../slack/command-context';
import { createSqsJobQueue } from '../queue/sqs-job-queue';

/** The Slack endpoint (Function URL). Built once per container, on the first request. */
const env = readEnv();
// DYNAMODB_ENDPOINT: a DynamoDB on this machine (tests, local trials); unset in AWS.
const dynamoConfig = env.dynamodbEndpoint ? localClientConfig(env.dynamodbEndpoint) : {};
const log = createLogger(env.logLevel, { service: 'newsbot', fn: 'slack', stage: env.stage });
let ready: Promise<LambdaHttpHandler> | undefined;

async function build(): Promise<LambdaHttpHandler> {
  const credentials = await loadSlackCredentials(env.slackSecretId);
  const store = createStore({ client: createDocumentClient(dynamoConfig), tableName: env.tableName, ingestWaitMs: SLACK_INGEST_WAIT_MS });
  return createSlackHandler({
    credentials,
    apiUrl: env.slackApiUrl,
    deps: {
      store,
      jobs: createSqsJobQueue(env.jobQueueUrl),
      slack: createSlackPoster({ token: credentials.botToken, apiUrl: env.slackApiUrl }),
      clock: () => new Date(),
      log,
    },
  });
}

export async function handler(event: APIGatewayProxyEventV2, context: Context) {
  ready ??= build().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return (await ready)(event as never, context);
}
