import { setTimeout as sleep } from 'node:timers/promises';
import { runDueDigests } from '../app/digest/run-due-digests';
import type { DigestDeps } from '../app/digest/send-channel-digest';
import { readEnv } from '../config/env';
import { createLogger } from '../config/logger';
import { loadSlackCredentials } from '../config/slack-credentials';
import { createSlackPoster } from '../slack/poster';
import { createDocumentClient, localClientConfig } from '../store/client';
import { createStore } from '../store/index';

/**
 * The digest run, by an EventBridge schedule every 15 minutes: posts every
 * channel digest that is due, once per period. A failed channel is logged as
 * `digest_failed` (the alarm counts those) and makes the run throw after the
 * other channels had their turn, so the invocation is retried.
 */
const env = readEnv();
const log = createLogger(env.logLevel, { service: 'newsbot', fn: 'digest', stage: env.stage });
let deps: Promise<DigestDeps> | undefined;

async function build(): Promise<DigestDeps> {
  const credentials = await loadSlackCredentials(env.slackSecretId);
  return {
    // DYNAMODB_ENDPOINT is set only off AWS (tests, local trials).
    store: createStore({ client: createDocumentClient(env.dynamodbEndpoint ? localClientConfig(env.dynamodbEndpoint) : {}), tableName: env.tableName }),
    slack: createSlackPoster({ token: credentials.botToken, apiUrl: env.slackApiUrl }),
    clock: () => new Date(),
    log,
    sleep: (ms) => sleep(ms),
  };
}

export async function handler(): Promise<{ due: number; failed: number }> {
  deps ??= build().catch((error: unknown) => {
    deps = undefined;
    throw error;
  });
  const summary = await runDueDigests(await deps);
  return { due: summary.due, failed: summary.failed };
}
