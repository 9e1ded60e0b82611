import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStore, type NewsStore } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { freshTable } from '../helpers/table';
import { startFeedServer } from './feed-server';

/**
 * The feeds Lambda entry, wired from its environment (DynamoDB, feeds and
 * Slack on loopback). Only a feed that yields no new items is used: new items
 * would go to SQS, which is not on loopback.
 */
describe('Handler: feeds', () => {
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  let store: NewsStore;

  beforeAll(async () => {
    slack = await startFakeSlack();
    feeds = await startFeedServer();
    const { endpoint, tableName, client } = await freshTable();
    store = createStore({ client, tableName });
    vi.stubEnv('TABLE_NAME', tableName);
    vi.stubEnv('DYNAMODB_ENDPOINT', endpoint);
    vi.stubEnv('SLACK_API_URL', slack.apiUrl);
    vi.stubEnv('LOG_LEVEL', 'silent');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await slack?.close();
    await feeds?.close();
  });

  it('polls the due feeds through the safe fetcher and records a failure with backoff', async () => {
    feeds.set('/down.xml', { status: 503 });
    await store.subscribe('TF', 'CF1', feeds.url('/down.xml'));
    const { handler } = await import('../../lambdas/handlers/feeds');
    expect(await handler()).toEqual({ polled: 1, queued: 0 });
    expect(feeds.hits('/down.xml')).toBe(1);
    const state = await store.getFeed(feeds.url('/down.xml'));
    expect(state).toMatchObject({ failures: 1, lastError: expect.stringContaining('503') });
    expect(Date.parse(state!.nextPollAt)).toBeGreaterThan(Date.now());
    expect(await handler()).toEqual({ polled: 0, queued: 0 }); // not due again yet
  });
});
