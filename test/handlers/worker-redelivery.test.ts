import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../lambdas/store/index';
import { sqsRecord } from '../helpers/sqs';
import { fixture, TEAM } from '../slack/support/runtime';
import { startWorkerEntry } from './support/worker-entry';

describe('Lambda entry: worker', () => {
  let bed: Awaited<ReturnType<typeof startWorkerEntry>>;
  let slack: typeof bed.slack;
  let pages: typeof bed.pages;
  let table: typeof bed.table;
  let handler: typeof bed.handler;

  beforeAll(async () => {
    bed = await startWorkerEntry({ '/story': { body: fixture('reading-room.html') } });
    ({ slack, pages, table, handler } = bed);
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('a redelivered queue message posts once and stores one article', async () => {
    const job = {
      kind: 'ingest-url',
      jobId: 'job-1',
      teamId: TEAM,
      url: pages.url('/story'),
      responseUrl: slack.responseUrl('job'),
      reply: 'summary',
    };
    const first = await handler({ Records: [sqsRecord('m1', job, 1)] });
    const again = await handler({ Records: [sqsRecord('m1', job, 2)] });
    expect(first.batchItemFailures).toEqual([]);
    expect(again.batchItemFailures).toEqual([]);
    expect(slack.calls.filter((c) => c.method === 'response_url')).toHaveLength(1);
    const store = createStore({ client: table.client, tableName: table.tableName });
    expect((await store.latestArticles(TEAM, { limit: 10 })).items).toHaveLength(1);
  });

  it('reports a message it cannot parse as a batch item failure, and runs the others', async () => {
    const good = {
      kind: 'ingest-url',
      jobId: 'job-2',
      teamId: TEAM,
      url: pages.url('/story'),
      responseUrl: slack.responseUrl('job2'),
    };
    const result = await handler({ Records: [sqsRecord('bad', { kind: 'nonsense' }, 1), sqsRecord('m2', good, 1)] });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'bad' }]);
    expect(slack.calls.filter((c) => c.path === '/response/job2')).toHaveLength(1);
  });
});
