import type { Context, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_TIME_RESERVE_MS } from '../../lambdas/queue/time-budget';
import { createStore } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { sqsRecord } from '../helpers/sqs';
import { freshTable } from '../helpers/table';
import { startPageServer } from '../slack/support/page-server';
import { fixture } from '../slack/support/runtime';

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
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  let table: Awaited<ReturnType<typeof freshTable>>;
  let handler: (event: SQSEvent, context?: Context) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  const job = (n: number) => ({ kind: 'ingest-url', jobId: `job-budget-${n}`, teamId: TEAM, url: pages.url(`/story-${n}`), responseUrl: slack.responseUrl(`b${n}`), reply: 'summary' });
  const answered = () => slack.calls.filter((c) => c.method === 'response_url').map((c) => c.path);

  beforeAll(async () => {
    slack = await startFakeSlack();
    const page = { body: fixture('reading-room.html') };
    pages = await startPageServer({ '/story-1': page, '/story-2': page, '/story-3': page });
    table = await freshTable();
    Object.assign(process.env, { TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: table.endpoint, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'silent' });
    ({ handler } = (await import('../../lambdas/handlers/worker')) as never);
  });
  afterAll(async () => {
    await pages?.close();
    await slack?.close();
    table?.client.destroy();
  });

  it('runs the jobs it has time for and returns the rest, untouched, as batch item failures', async () => {
    const context = contextWith(120_000, WORKER_TIME_RESERVE_MS - 1);
    const result = await handler({ Records: [sqsRecord('t1', job(1), 1), sqsRecord('t2', job(2), 1), sqsRecord('t3', job(3), 1)] }, context);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 't2' }, { itemIdentifier: 't3' }]);
    expect(answered()).toEqual(['/response/b1']);
    expect(context.asked()).toBe(2); // once it is short of time, it does not ask again
    // Delivered again with time to spare, they run.
    const retry = await handler({ Records: [sqsRecord('t2', job(2), 2), sqsRecord('t3', job(3), 2)] }, contextWith(120_000));
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
