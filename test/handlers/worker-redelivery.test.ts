import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { freshTable } from '../helpers/table';
import { startPageServer } from '../slack/support/page-server';
import { fixture, TEAM } from '../slack/support/runtime';
import { sqsRecord } from '../helpers/sqs';


describe('Lambda entry: worker', () => {
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  let table: Awaited<ReturnType<typeof freshTable>>;
  let handler: (event: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

  beforeAll(async () => {
    slack = await startFakeSlack();
    pages = await startPageServer({ '/story': { body: fixture('reading-room.html') } });
    table = await freshTable();
    // The handler reads its environment once, at import, as in a Lambda cold start.
    Object.assign(process.env, { TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: table.endpoint, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'silent' });
    ({ handler } = (await import('../../lambdas/handlers/worker')) as never);
  });
  afterAll(async () => {
    await pages?.close();
    await slack?.close();
    table?.client.destroy();
  });

  it('a redelivered queue message posts once and stores one article', async () => {
    const job = { kind: 'ingest-url', jobId: 'job-1', teamId: TEAM, url: pages.url('/story'), responseUrl: slack.responseUrl('job'), reply: 'summary' };
    const first = await handler({ Records: [sqsRecord('m1', job, 1)] });
    const again = await handler({ Records: [sqsRecord('m1', job, 2)] });
    expect(first.batchItemFailures).toEqual([]);
    expect(again.batchItemFailures).toEqual([]);
    expect(slack.calls.filter((c) => c.method === 'response_url')).toHaveLength(1);
    const store = createStore({ client: table.client, tableName: table.tableName });
    expect((await store.latestArticles(TEAM, { limit: 10 })).items).toHaveLength(1);
  });

  it('reports a message it cannot parse as a batch item failure, and runs the others', async () => {
    const good = { kind: 'ingest-url', jobId: 'job-2', teamId: TEAM, url: pages.url('/story'), responseUrl: slack.responseUrl('job2') };
    const result = await handler({ Records: [sqsRecord('bad', { kind: 'nonsense' }, 1), sqsRecord('m2', good, 1)] });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'bad' }]);
    expect(slack.calls.filter((c) => c.path === '/response/job2')).toHaveLength(1);
  });
});
