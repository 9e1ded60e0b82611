import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Resolver } from '../../../lambdas/fetch/resolver';
import { startLocalRuntime, type LocalRuntime } from '../../../lambdas/local/runtime';
import type { DigestDeps } from '../../../lambdas/app/digest/send-channel-digest';
import { createLogger, type LogLevel } from '../../../lambdas/config/logger';
import { createSlackPoster } from '../../../lambdas/slack/poster';
import { startFakeSlack } from '../../helpers/fake-slack';
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../../helpers/slack-request';
import { slackViews } from '../../../lambdas/slack/views/slack-views';

export const TEAM = 'T0TEST';

/** The real Slack handler and worker (`npm start`'s runtime) on the suite's DynamoDB, with a loopback Slack. */
export async function startSlackTestbed(
  options: {
    fetchTimeoutMs?: number;
    clock?: () => Date;
    logLevel?: LogLevel;
    logWrite?: (line: string) => void;
    resolver?: Resolver;
  } = {},
) {
  const slack = await startFakeSlack();
  const runtime: LocalRuntime = await startLocalRuntime({
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: `newsbot-slack-${randomUUID().slice(0, 8)}`,
    credentials: { signingSecret: TEST_SIGNING_SECRET, botToken: TEST_BOT_TOKEN },
    slackApiUrl: slack.apiUrl,
    logLevel: options.logLevel ?? 'silent',
    logWrite: options.logWrite,
    print: () => {},
    fetchTimeoutMs: options.fetchTimeoutMs,
    resolver: options.resolver,
    clock: options.clock,
  });
  return {
    runtime,
    slack,
    store: runtime.store,
    close: async () => {
      await runtime.close();
      await slack.close();
    },
  };
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/slack/${name}`, import.meta.url), 'utf8');
}

/** What a digest run needs on a testbed: its store, its loopback Slack, the real clock, no waiting. */
export function testbedDigestDeps(bed: Awaited<ReturnType<typeof startSlackTestbed>>): DigestDeps {
  return {
    store: bed.store,
    slack: createSlackPoster({ token: TEST_BOT_TOKEN, apiUrl: bed.slack.apiUrl }),
    views: slackViews,
    clock: () => new Date(),
    log: createLogger('silent'),
    sleep: async () => {},
  };
}
