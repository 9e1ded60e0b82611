import type { SQSEvent } from 'aws-lambda';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DigestRunError, runDueDigests } from '../../lambdas/app/digest/run-due-digests';
import type { Job } from '../../lambdas/app/jobs';
import { runJob } from '../../lambdas/app/run-job';
import type { WorkerDeps } from '../../lambdas/app/worker-deps';
import { createLogger } from '../../lambdas/config/logger';
import { analyze } from '../../lambdas/core/pipeline';
import { safeFetch } from '../../lambdas/fetch/safe-fetch';
import { fetchFeed } from '../../lambdas/fetch/feed/fetch-feed';
import { createSlackPoster, SlackApiError } from '../../lambdas/slack/poster';
import { createStore, type NewsStore, type StoreOptions } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { TEST_BOT_TOKEN } from '../helpers/slack-request';
import { freshTable } from '../helpers/table';
import { hardeningFixture, startHostileServer } from './support/hostile-server';
import { sqsRecord } from '../helpers/sqs';
import { slackViews } from '../../lambdas/slack/views/slack-views';

const TITLE = 'Harbour Council Keeps the Night Ferry Running';

/** A Slack that accepts the connection and never answers: the poster's timeout must fire. */
async function startSilentSlack() {
  const held = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((_req, res) => void held.add(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: `${base}/response/silent`,
    requests: () => held.size,
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('Hardening: Slack API failures and a worker killed mid-job', () => {
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  let table: Awaited<ReturnType<typeof freshTable>>;
  let store: NewsStore;
  let handler: (event: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  let team = '';
  let jobs = 0;
  const storeWith = (options: Partial<StoreOptions>) =>
    createStore({ client: table.client, tableName: table.tableName, ...options });
  const job = (name: string): Job => ({
    kind: 'ingest-url',
    jobId: `job-${++jobs}`,
    teamId: team,
    url: web.url('/story'),
    responseUrl: slack.responseUrl(name),
    reply: 'summary',
  });
  const postsTo = (name: string) => slack.calls.filter((c) => c.path === `/response/${name}`);
  const workerDeps = (over: Partial<WorkerDeps> = {}): WorkerDeps => ({
    store,
    fetchPage: (url) => safeFetch(url, { timeoutMs: 5_000 }),
    fetchFeed: (url) => fetchFeed(url, { timeoutMs: 5_000 }),
    jobs: { enqueue: async () => {} },
    slack: createSlackPoster({ token: TEST_BOT_TOKEN, apiUrl: slack.apiUrl }),
    views: slackViews,
    clock: () => new Date(),
    log: createLogger('silent'),
    ...over,
  });
  const visible = async () => ({
    byUrl: (await store.findArticleByUrl(team, web.url('/story'))) !== undefined,
    latest: (await store.latestArticles(team)).items.length,
    quotes: (await store.quotesBySpeaker(team, 'Ostrander')).items.length,
  });

  beforeAll(async () => {
    slack = await startFakeSlack();
    web = await startHostileServer();
    table = await freshTable();
    store = storeWith({});
    // The worker Lambda entry reads its environment once, at import, as in a cold start.
    Object.assign(process.env, {
      TABLE_NAME: table.tableName,
      DYNAMODB_ENDPOINT: table.endpoint,
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'silent',
    });
    ({ handler } = (await import('../../lambdas/handlers/worker')) as never);
  });
  beforeEach(() => {
    team = `T${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
  });
  afterAll(async () => {
    await web?.close();
    await slack?.close();
    table?.client.destroy();
  });

  describe('response_url failures surface as job failures (SQS retries), and a retry never posts twice', () => {
    it.each([
      ['500', { status: 500, body: 'oops' }],
      [
        '429 with Retry-After',
        { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } },
      ],
      ['404 (response_url expired)', { status: 404, body: 'expired_url' }],
    ])('response_url answers %s', async (_name, answer) => {
      const j = job('failing');
      slack.answerNext(answer);
      const first = await handler({ Records: [sqsRecord('m-fail', j, 1)] } as SQSEvent);
      expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'm-fail' }]);
      // The article itself is stored whole: the failure was the answer, not the ingest.
      expect(await visible()).toEqual({ byUrl: true, latest: 1, quotes: 1 });
      const before = postsTo('failing').length;
      const retry = await handler({ Records: [sqsRecord('m-fail', j, 2)] } as SQSEvent);
      expect(retry.batchItemFailures).toEqual([]);
      // The retry delivers the answer that failed (replacing the placeholder)...
      expect(postsTo('failing').length).toBe(before + 1);
      expect(JSON.stringify(postsTo('failing').at(-1)!.body)).toContain(TITLE);
      expect(postsTo('failing').at(-1)!.body.replace_original).toBe(true);
      // ...and a further redelivery posts nothing.
      const again = await handler({ Records: [sqsRecord('m-fail', j, 3)] } as SQSEvent);
      expect(again.batchItemFailures).toEqual([]);
      expect(postsTo('failing').length).toBe(before + 1);
      slack.calls.length = 0;
    });

    it("response_url never answers: the poster's timeout fails the job instead of hanging it", async () => {
      const silent = await startSilentSlack();
      try {
        const deps = workerDeps({
          slack: createSlackPoster({ token: TEST_BOT_TOKEN, apiUrl: silent.apiUrl, timeoutMs: 200 }),
        });
        const j = { ...job('x'), responseUrl: silent.responseUrl };
        const error = await runJob(deps, j, { finalAttempt: false }).catch((e: unknown) => e);
        expect((error as Error).name).toBe('TimeoutError');
        expect(silent.requests()).toBe(1);
        // Redelivered: the answer was never delivered, so the retry tries again (and fails again here).
        const again = await runJob(deps, j, { finalAttempt: false }).catch((e: unknown) => e);
        expect((again as Error).name).toBe('TimeoutError');
        expect(silent.requests()).toBe(2);
      } finally {
        await silent.close();
      }
    });
  });

  describe('the worker killed between the writes of an ingest', () => {
    it.each([['body'], ['publish']] as const)(
      'killed before the %s write: nothing visible, no post; the redelivered job completes it and posts once',
      async (step) => {
        const crashing = storeWith({
          hooks: {
            beforeIngestWrite: (s) => {
              if (s === step) throw new Error(`worker killed before ${s}`);
            },
          },
        });
        const j = job(`killed-${step}`);
        await expect(runJob(workerDeps({ store: crashing }), j, { finalAttempt: false })).rejects.toThrow(
          /worker killed/,
        );
        expect(await visible()).toEqual({ byUrl: false, latest: 0, quotes: 0 });
        expect(postsTo(`killed-${step}`)).toEqual([]);

        // SQS redelivers after the visibility timeout, minutes later: the dead worker's claim is stale by then.
        const later = storeWith({ now: () => new Date(Date.now() + 5 * 60_000) });
        await runJob(workerDeps({ store: later }), j);
        expect(await visible()).toEqual({ byUrl: true, latest: 1, quotes: 1 });
        expect(postsTo(`killed-${step}`)).toHaveLength(1);
        expect(JSON.stringify(postsTo(`killed-${step}`)[0]!.body)).toContain(TITLE);
        const body = (await store.findArticleByUrl(team, web.url('/story')))!.body;
        expect(body).toContain('Without the late boat I would have to sleep in the staff room');

        // A further redelivery: nothing new, no second post.
        await runJob(workerDeps({ store: later }), j);
        expect(postsTo(`killed-${step}`)).toHaveLength(1);
        expect((await store.latestArticles(team)).items).toHaveLength(1);
      },
    );
  });

  describe('a fault that outlasts every retry', () => {
    it('tells the user on the final attempt, with the job id, and still fails the job for the dead-letter queue', async () => {
      const crashing = storeWith({
        hooks: {
          beforeIngestWrite: () => {
            throw new Error('DynamoDB is down');
          },
        },
      });
      const j = job('final');
      await expect(runJob(workerDeps({ store: crashing }), j, { finalAttempt: false })).rejects.toThrow(
        'DynamoDB is down',
      );
      expect(postsTo('final')).toEqual([]);
      await expect(runJob(workerDeps({ store: crashing }), j, { finalAttempt: true })).rejects.toThrow(
        'DynamoDB is down',
      );
      expect(postsTo('final')).toHaveLength(1);
      const apology = postsTo('final')[0]!.body;
      expect(apology.text).toContain('problem on my side');
      expect(apology.text).toContain(j.jobId.slice(0, 8));
      expect(apology.text).not.toContain('DynamoDB');
      expect(await visible()).toEqual({ byUrl: false, latest: 0, quotes: 0 });
    });
  });

  describe('chat.postMessage failures in the digest', () => {
    async function dueDigest() {
      const feedUrl = 'https://feeds.example/harbour.xml';
      await store.saveArticle(
        team,
        analyze({ html: hardeningFixture('ferry-vote.html'), url: 'https://news.example/ferry' }),
        { source: 'feed', feedUrl, ingestedAt: new Date() },
      );
      await store.subscribe(team, 'C0DIGEST', feedUrl);
      await store.setDigestSchedule(
        team,
        'C0DIGEST',
        { kind: 'daily', time: '08:00', tz: 'UTC' },
        new Date(Date.now() - 60_000),
      );
    }
    const digestDeps = (waits: number[]) => ({
      store,
      slack: createSlackPoster({ token: TEST_BOT_TOKEN, apiUrl: slack.apiUrl }),
      views: slackViews,
      clock: () => new Date(),
      log: createLogger('silent'),
      sleep: async (ms: number) => void waits.push(ms),
    });
    const digestPosts = () =>
      slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0DIGEST');

    it('429 then 500 then ok: waits as told, posts exactly once', async () => {
      await dueDigest();
      slack.calls.length = 0;
      slack.answerNext(
        { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } },
        { status: 500, body: 'oops' },
      );
      const waits: number[] = [];
      const summary = await runDueDigests(digestDeps(waits));
      expect(summary.failed).toBe(0);
      expect(waits[0]).toBe(3000);
      expect(digestPosts()).toHaveLength(3);
      // A second run for the same period posts nothing.
      await runDueDigests(digestDeps([]));
      expect(digestPosts()).toHaveLength(3);
    });

    it('500 on every attempt: the run throws (the schedule invocation is retried, then dead-lettered), no message posted twice', async () => {
      await dueDigest();
      slack.calls.length = 0;
      slack.answerNext(...Array.from({ length: 4 }, () => ({ status: 500, body: 'oops' })));
      await expect(runDueDigests(digestDeps([]))).rejects.toBeInstanceOf(DigestRunError);
      const attempts = digestPosts().length;
      expect(attempts).toBe(4);
      await runDueDigests(digestDeps([])).catch(() => undefined);
      // Slack accepted at most one digest for the channel in all.
      const accepted = digestPosts().length - attempts;
      expect(accepted).toBeLessThanOrEqual(1);
    });
  });

  it('a SlackApiError names the code and the wait, never the token', () => {
    const error = new SlackApiError('ratelimited', 7);
    expect(error.message).toBe('Slack answered ratelimited (retry after 7 s)');
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(TEST_BOT_TOKEN);
  });
});
