import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startLocalRuntime, type LocalRuntime } from '../../lambdas/local/runtime';
import { startFakeSlack } from '../helpers/fake-slack';
import { sendCommand, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../helpers/slack-request';
import { startFaultProxy, THROTTLED } from './support/fault-proxy';
import { startHostileServer } from './support/hostile-server';

const APOLOGY = /^Sorry, something went wrong on my side \(request ([0-9a-f]{8})\)\. Please try again in a minute\.$/;

/** An article pasted as text (the fast path): long enough to be an article, with a quote and searchable words. */
const PASTED = [
  'Harbour Council Keeps the Night Ferry Running',
  'The harbour council voted on Tuesday to keep the night ferry running through the winter, reversing a plan to end the last crossing at nine in the evening.',
  '"Without the late boat I would have to sleep in the staff room," said Wilma Ostrander, a ward nurse who has made the crossing for eleven years.',
  'The vote was close, with five members in favour and four against, and the ferry company will publish the new timetable next week.',
].join('\n\n');

/**
 * DynamoDB failing under the running bot, through a loopback proxy that
 * answers DynamoDB's own error JSON or drops connections: users get the
 * apology with a request id that is in the log, nothing is half-visible, and
 * once the database is back the same command works.
 */
describe('Hardening: DynamoDB unavailable or throttling under the running bot', () => {
  let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  let runtime: LocalRuntime;
  const logs: string[] = [];
  let team = '';
  const send = (text: string, name = 'r') =>
    sendCommand(runtime.url, text, { teamId: team, responseUrl: slack.responseUrl(name) });

  /** Everything an article is findable by, read straight from the store. */
  async function visibility(url?: string) {
    return {
      latest: (await runtime.store.latestArticles(team)).items.length,
      search: (await runtime.store.searchArticles(team, 'ferry')).items.length,
      quotes: (await runtime.store.quotesBySpeaker(team, 'Ostrander')).items.length,
      byUrl: url ? (await runtime.store.findArticleByUrl(team, url)) !== undefined : false,
    };
  }

  beforeAll(async () => {
    proxy = await startFaultProxy(inject('dynamoEndpoint'));
    slack = await startFakeSlack();
    web = await startHostileServer();
    runtime = await startLocalRuntime({
      dynamoEndpoint: proxy.endpoint,
      tableName: `newsbot-faults-${randomUUID().slice(0, 8)}`,
      credentials: { signingSecret: TEST_SIGNING_SECRET, botToken: TEST_BOT_TOKEN },
      slackApiUrl: slack.apiUrl,
      logLevel: 'info',
      logWrite: (line) => logs.push(line),
      print: () => {},
    });
  });
  beforeEach(() => {
    proxy.heal();
    team = `T${randomUUID().slice(0, 8).toUpperCase()}`;
  });
  afterAll(async () => {
    proxy?.heal();
    await runtime?.close();
    await web?.close();
    await slack?.close();
    await proxy?.close();
  });

  /** The request id in an apology, checked against the log line of the failure. */
  function expectApologyLogged(text: string): string {
    const match = APOLOGY.exec(text);
    expect(match, text).not.toBeNull();
    const id = match![1]!;
    const line = logs.map((l) => JSON.parse(l)).find((l) => l.requestId === id && l.level === 'ERROR');
    expect(line?.event).toBe('command_failed');
    return id;
  }

  it('unreachable (every connection dropped): /news latest apologises with a request id; after recovery it answers', async () => {
    proxy.setRule(() => 'drop');
    const { status, reply } = await send('latest');
    expect(status).toBe(200);
    expect(reply.response_type).toBe('ephemeral');
    expectApologyLogged(reply.text);
    proxy.heal();
    expect((await send('latest')).reply).toEqual({
      response_type: 'ephemeral',
      text: 'No articles yet. Add one with `/news add <url>`.',
    });
  });

  it('unreachable: /news add <url> apologises at once and queues nothing (no later post)', async () => {
    proxy.setRule(() => 'drop');
    const { reply } = await send(`add ${web.url('/story')}`, 'down-add');
    expectApologyLogged(reply.text);
    await runtime.idle();
    expect(slack.calls.filter((c) => c.path === '/response/down-add')).toEqual([]);
    expect(web.hits['/story'] ?? 0).toBe(0);
  });

  it('throttled for a moment (one BatchWriteItem call refused): the SDK retries and the article is stored whole', async () => {
    const faultsBefore = proxy.faults.BatchWriteItem ?? 0;
    proxy.setRule((op) =>
      op === 'BatchWriteItem' && (proxy.faults.BatchWriteItem ?? 0) < faultsBefore + 1 ? THROTTLED : undefined,
    );
    const { reply } = await send(`add ${PASTED}`);
    expect(reply.text).toMatch(/^Added \*Harbour Council Keeps the Night Ferry Running\* as `[0-9a-z]+`\.$/);
    expect(proxy.faults.BatchWriteItem).toBe(faultsBefore + 1);
    expect(await visibility()).toEqual({ latest: 1, search: 1, quotes: 1, byUrl: false });
  });

  it('throttled mid-ingest until the SDK gives up: apology with request id, nothing half-visible; once healed, a retry stores it whole', async () => {
    // The claim (PutItem) goes through; the body and publish writes (BatchWriteItem) are throttled.
    proxy.setRule((op) => (op === 'BatchWriteItem' ? THROTTLED : undefined));
    const first = await send(`add ${PASTED}`);
    expectApologyLogged(first.reply.text);
    proxy.heal();
    expect(await visibility()).toEqual({ latest: 0, search: 0, quotes: 0, byUrl: false });

    const retry = await send(`add ${PASTED}`);
    expect(retry.reply.text).toMatch(/^Added \*Harbour Council Keeps the Night Ferry Running\* as `[0-9a-z]+`\.$/);
    expect(await visibility()).toEqual({ latest: 1, search: 1, quotes: 1, byUrl: false });
  });

  it("throttled during the worker's ingest of a URL: the job fails loudly (logged for the retry/DLQ), nothing half-visible; the user's retry completes it with one card", async () => {
    proxy.setRule((op) => (op === 'BatchWriteItem' ? THROTTLED : undefined));
    const url = web.url('/story');
    const { reply } = await send(`add ${url}`, 'throttled-url');
    expect(reply.text).toBe('Reading 127.0.0.1…');
    await runtime.idle();
    proxy.heal();
    expect(await visibility(url)).toEqual({ latest: 0, search: 0, quotes: 0, byUrl: false });
    const failed = logs
      .map((l) => JSON.parse(l))
      .filter((l) => l.event === 'job_failed' && l.error?.name === 'ProvisionedThroughputExceededException');
    expect(failed.length).toBeGreaterThan(0);

    const again = await send(`add ${url}`, 'throttled-url-again');
    expect(again.reply.text).toBe('Reading 127.0.0.1…');
    await runtime.idle();
    const posts = slack.calls.filter((c) => c.path === '/response/throttled-url-again');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.text).toContain('Harbour Council Keeps the Night Ferry Running');
    expect(await visibility(url)).toEqual({ latest: 1, search: 1, quotes: 1, byUrl: true });
  });

  it("the store dies mid-job (the worker's handled check is dropped): each of five jobs still ends with one answer to its user", async () => {
    const names = [1, 2, 3, 4, 5].map((n) => `killed-${n}`);
    // Only GetItem: the Slack side (Query, PutItem) works and queues the jobs; the worker's first store call fails.
    proxy.setRule((op) => (op === 'GetItem' ? 'drop' : undefined));
    for (const [n, name] of names.entries()) {
      const { reply } = await send(`add ${web.url('/story')}?copy=${n}`, name);
      expect(reply.text).toBe('Reading 127.0.0.1…');
    }
    await runtime.idle();
    proxy.heal();
    for (const name of names) {
      const posts = slack.calls.filter((c) => c.path === `/response/${name}`);
      expect(posts, name).toHaveLength(1);
      expect(posts[0]!.body.text).toMatch(
        /^Sorry, I could not finish reading 127\.0\.0\.1 because of a problem on my side \(job [0-9a-f]{8}\)\. Please try again later\.$/,
      );
    }
  });
});
