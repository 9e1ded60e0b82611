import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_TIME_RESERVE_MS } from '../../lambdas/queue/time-budget';
import { createStore } from '../../lambdas/store/index';
import { sqsRecord } from '../helpers/sqs';
import { fixture } from '../slack/support/runtime';
import { startWorkerEntry } from './support/worker-entry';

/**
 * The worker stops taking jobs when the invocation's time is nearly spent and
 * hands the rest back as batch item failures, so SQS delivers them again
 * instead of Lambda killing a job halfway. The context is ours: its clock is
 * the remaining time we give it.
 */
const TEAM = 'T0BUDGET';

/** A Lambda context whose remaining time is read from `remaining`, one value per call (the last repeats). */
function contextWith(...remaining: number[]): Context & { asked: () => number } {
  let calls = 0;
  return {
    awsRequestId: 'req-budget',
    getRemainingTimeInMillis: () => remaining[Math.min(calls++, remaining.length - 1)]!,
    asked: () => calls,
  } as unknown as Context & { asked: () => number };
}

describe('Worker time budget: jobs it has no time for go back to the queue', () => {
  let bed: Awaited<ReturnType<typeof startWorkerEntry>>;
  let slack: typeof bed.slack;
  let pages: typeof bed.pages;
  let table: typeof bed.table;
  let handler: typeof bed.handler;
  const job = (n: number) => ({
    kind: 'ingest-url',
    jobId: `job-budget-${n}`,
    teamId: TEAM,
    url: pages.url(`/story-${n}`),
    responseUrl: slack.responseUrl(`b${n}`),
    reply: 'summary',
  });
  const answered = () => slack.calls.filter((c) => c.method === 'response_url').map((c) => c.path);

  beforeAll(async () => {
    const page = { body: fixture('reading-room.html') };
    bed = await startWorkerEntry({ '/story-1': page, '/story-2': page, '/story-3': page });
    ({ slack, pages, table, handler } = bed);
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('runs the jobs it has time for and returns the rest, untouched, as batch item failures', async () => {
    const context = contextWith(120_000, WORKER_TIME_RESERVE_MS - 1);
    const result = await handler(
      { Records: [sqsRecord('t1', job(1), 1), sqsRecord('t2', job(2), 1), sqsRecord('t3', job(3), 1)] },
      context,
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 't2' }, { itemIdentifier: 't3' }]);
    expect(answered()).toEqual(['/response/b1']);
    expect(context.asked()).toBe(2); // once it is short of time, it does not ask again
    // Delivered again with time to spare, they run.
    const retry = await handler(
      { Records: [sqsRecord('t2', job(2), 2), sqsRecord('t3', job(3), 2)] },
      contextWith(120_000),
    );
    expect(retry.batchItemFailures).toEqual([]);
    expect(answered().sort()).toEqual(['/response/b1', '/response/b2', '/response/b3']);
    const store = createStore({ client: table.client, tableName: table.tableName });
    expect((await store.latestArticles(TEAM, { limit: 10 })).items.length).toBeGreaterThan(0);
  });

  it('takes no job when the time is already short', async () => {
    const before = answered().length;
    const result = await handler({ Records: [sqsRecord('s1', job(1), 1)] }, contextWith(1_000));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 's1' }]);
    expect(answered()).toHaveLength(before);
  });
});
