import type { Context } from 'aws-lambda';
import { runDueDigests } from '../app/digest/run-due-digests';
import { setInvocationContext } from '../config/logger';
import { installSourceMappedStacks } from '../bundle/source-mapped-stacks';
import { digestDeps as wireDigest } from '../wiring/digest-deps';
import { handlerBase, once } from './cold-start';

installSourceMappedStacks(import.meta.url);

/**
 * The digest run, by an EventBridge schedule every 15 minutes: posts every
 * channel digest that is due, once per period. A failed channel is logged as
 * `digest_failed` (the alarm counts those) and makes the run throw after the
 * other channels had their turn, so the invocation is retried.
 */
const base = handlerBase('digest');

const digestDeps = once(async () => wireDigest(await base.parts()));

export async function handler(_event?: unknown, context?: Context): Promise<{ due: number; failed: number }> {
  setInvocationContext({ awsRequestId: context?.awsRequestId });
  const summary = await runDueDigests(await digestDeps());
  return { due: summary.due, failed: summary.failed };
}
