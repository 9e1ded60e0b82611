import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { JobSchema } from '../app/jobs';
import { runJob, type WorkerDeps } from '../app/run-job';
import { readEnv } from '../config/env';
import { createLogger } from '../config/logger';
import { loadSlackCredentials } from '../config/slack-credentials';
import { safeFetch } from '../fetch/safe-fetch';
import { createSlackPoster } from '../slack/poster';
import { createDocumentClient, localClientConfig } from '../store/client';
import { createStore } from '../store/index';

/**
 * The worker: runs queued jobs (fetch a page, ingest it, answer Slack).
 * A job that fails is reported as a batch item failure, so SQS retries
 * only it and, after the last attempt, moves it to the dead-letter queue.
 */
const env = readEnv();
// DYNAMODB_ENDPOINT: a DynamoDB on this machine (tests, local trials); unset in AWS.
const dynamoConfig = env.dynamodbEndpoint ? localClientConfig(env.dynamodbEndpoint) : {};
const log = createLogger(env.logLevel, { service: 'newsbot', fn: 'worker', stage: env.stage });
const store = createStore({ client: createDocumentClient(dynamoConfig), tableName: env.tableName });
let deps: Promise<WorkerDeps> | undefined;

async function build(): Promise<WorkerDeps> {
  const credentials = await loadSlackCredentials(env.slackSecretId);
  return {
    store,
    fetchPage: (url) => safeFetch(url),
    slack: createSlackPoster({ token: credentials.botToken, apiUrl: env.slackApiUrl }),
    clock: () => new Date(),
    log,
  };
}

export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  deps ??= build().catch((error: unknown) => {
    deps = undefined;
    throw error;
  });
  const ready = await deps;
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      await runJob(ready, JobSchema.parse(JSON.parse(record.body)));
    } catch (error) {
      log.error('job_failed', { messageId: record.messageId, receiveCount: record.attributes.ApproximateReceiveCount, error });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
