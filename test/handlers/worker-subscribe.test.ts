import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobSchema } from '../../lambdas/app/jobs';
import { createStore } from '../../lambdas/store/index';
import { rss, startFeedServer } from '../feeds/feed-server';
import { startFakeSlack } from '../helpers/fake-slack';
import { startFakeSqs } from '../helpers/fake-aws';
import { sqsRecord } from '../helpers/sqs';
import { freshTable } from '../helpers/table';

const TEAM = 'T0WSUB';
const CHANNEL = 'C0WSUB';

describe('Lambda entry: worker › /news subscribe, with SQS and Slack on loopback', () => {
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let sqs: Awaited<ReturnType<typeof startFakeSqs>>;
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  let table: Awaited<ReturnType<typeof freshTable>>;
  let handler: (event: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

  beforeAll(async () => {
    slack = await startFakeSlack();
    sqs = await startFakeSqs();
    feeds = await startFeedServer();
    feeds.set('/harbour.xml', {
      body: rss('Harbour & Coast News', [
        { guid: 'h-1', title: 'Ferry resumes', link: feeds.url('/news/1') },
        { guid: 'h-2', title: 'Bridge reopens', link: feeds.url('/news/2') },
      ]),
    });
    table = await freshTable();
    // The environment a deployed worker has (CDK sets JOB_QUEUE_URL), with every endpoint on loopback.
    Object.assign(process.env, {
      TABLE_NAME: table.tableName,
      DYNAMODB_ENDPOINT: table.endpoint,
      SLACK_API_URL: slack.apiUrl,
      JOB_QUEUE_URL: sqs.queueUrl,
      AWS_ENDPOINT_URL_SQS: sqs.origin,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      LOG_LEVEL: 'silent',
    });
    ({ handler } = (await import('../../lambdas/handlers/worker')) as never);
  });
  afterAll(async () => {
    await feeds?.close();
    await sqs?.close();
    await slack?.close();
    table?.client.destroy();
  });

  it('reads the feed, follows it, queues its items on SQS and answers on response_url, once', async () => {
    const job = {
      kind: 'subscribe-feed',
      jobId: 'sub-1',
      teamId: TEAM,
      channelId: CHANNEL,
      url: feeds.url('/harbour.xml'),
      responseUrl: slack.responseUrl('sub'),
    };
    expect(await handler({ Records: [sqsRecord('m1', job, 1)] })).toEqual({ batchItemFailures: [] });

    const queued = sqs.messages.map((m) => JobSchema.parse(JSON.parse(m.body)));
    expect(queued.map((j) => j.kind === 'ingest-feed-item' && [j.teamId, j.url])).toEqual([
      [TEAM, feeds.url('/news/1')],
      [TEAM, feeds.url('/news/2')],
    ]);
    const answers = slack.calls.filter((c) => c.path === '/response/sub');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.body.text).toBe(
      'Subscribed to *Harbour &amp; Coast News*: I found 2 items; reading 2 of them now. See `/news feeds`, and set a digest with `/news schedule daily 08:30 Europe/Berlin`.',
    );
    const store = createStore({ client: table.client, tableName: table.tableName });
    expect((await store.channelFeeds(TEAM, CHANNEL)).map((f) => f.feedUrl)).toEqual([feeds.url('/harbour.xml')]);

    // SQS delivers the same message again: no second answer, no second set of items.
    expect(await handler({ Records: [sqsRecord('m1', job, 2)] })).toEqual({ batchItemFailures: [] });
    expect(slack.calls.filter((c) => c.path === '/response/sub')).toHaveLength(1);
    expect(sqs.messages).toHaveLength(2);
  });

  it('undoes a subscription whose items cannot be queued and reports the job failed; the redelivery does it all', async () => {
    feeds.set('/coast.xml', { body: rss('Coast News', [{ guid: 'c-1', title: 'Tide', link: feeds.url('/news/3') }]) });
    sqs.failNext();
    const job = {
      kind: 'subscribe-feed',
      jobId: 'sub-2',
      teamId: TEAM,
      channelId: CHANNEL,
      url: feeds.url('/coast.xml'),
      responseUrl: slack.responseUrl('sub2'),
    };
    expect(await handler({ Records: [sqsRecord('m2', job, 1)] })).toEqual({
      batchItemFailures: [{ itemIdentifier: 'm2' }],
    });
    expect(slack.calls.filter((c) => c.path === '/response/sub2')).toHaveLength(0);
    const store = createStore({ client: table.client, tableName: table.tableName });
    expect((await store.channelFeeds(TEAM, CHANNEL)).map((f) => f.feedUrl)).not.toContain(feeds.url('/coast.xml'));

    // The redelivery starts over: the item is still new, the subscription is made, the answer is sent.
    const before = sqs.messages.length;
    expect(await handler({ Records: [sqsRecord('m2', job, 2)] })).toEqual({ batchItemFailures: [] });
    expect(sqs.messages.slice(before).map((m) => JSON.parse(m.body).url)).toEqual([feeds.url('/news/3')]);
    expect(slack.calls.filter((c) => c.path === '/response/sub2').map((c) => c.body.text)).toEqual([
      expect.stringMatching(/^Subscribed to \*Coast News\*: I found 1 item; reading 1 of them now\./),
    ]);
    expect((await store.channelFeeds(TEAM, CHANNEL)).map((f) => f.feedUrl)).toContain(feeds.url('/coast.xml'));
  });
});
