import type { Context } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { runDueDigests } from '../app/digest/run-due-digests';
import { setInvocationContext } from '../config/logger';
import { installSourceMappedStacks } from '../bundle/source-mapped-stacks';
import { handlerBase, once } from './cold-start';
import { slackViews } from '../slack/views/slack-views';

installSourceMappedStacks(import.meta.url);

/**
 * The digest run, by an EventBridge schedule every 15 minutes: posts every
 * channel digest that is due, once per period. A failed channel is logged as
 * `digest_failed` (the alarm counts those) and makes the run throw after the
 * other channels had their turn, so the invocation is retried.
 */
const base = handlerBase('digest');

const digestDeps = once(async () => ({
  store: await base.store(),
  slack: (await base.slack()).poster,
  views: slackViews,
  clock: () => new Date(),
  log: base.log,
  sleep: (ms: number) => sleep(ms),
}));

export async function handler(_event?: unknown, context?: Context): Promise<{ due: number; failed: number }> {
  setInvocationContext({ awsRequestId: context?.awsRequestId });
  const summary = await runDueDigests(await digestDeps());
  return { due: summary.due, failed: summary.failed };
}
