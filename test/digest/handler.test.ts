import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStore, type NewsStore } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { freshTable } from '../helpers/table';
import { storeStory } from './articles';

/** The digest Lambda entry, wired from its environment as in AWS (DynamoDB and Slack on loopback). */
describe('Handler: digest', () => {
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let store: NewsStore;

  beforeAll(async () => {
    slack = await startFakeSlack();
    const { endpoint, tableName, client } = await freshTable();
    store = createStore({ client, tableName });
    vi.stubEnv('TABLE_NAME', tableName);
    vi.stubEnv('DYNAMODB_ENDPOINT', endpoint);
    vi.stubEnv('SLACK_API_URL', slack.apiUrl);
    vi.stubEnv('SLACK_BOT_TOKEN', 'xoxb-handler-test');
    vi.stubEnv('LOG_LEVEL', 'silent');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await slack?.close();
  });

  it('posts the due digest of a channel and moves its schedule on; a second invocation posts nothing', async () => {
    const feed = 'https://a.example/feed.xml';
    await store.subscribe('TH', 'CH1', feed);
    await store.setDigestSchedule(
      'TH',
      'CH1',
      { kind: 'daily', time: '08:30', tz: 'UTC' },
      new Date(Date.now() - 60_000),
    );
    await storeStory(store, 'TH', 'comet', { feedUrl: feed, ingestedAt: new Date(Date.now() - 120_000) });

    const { handler } = await import('../../lambdas/handlers/digest');
    expect(await handler()).toEqual({ due: 1, failed: 0 });
    const posts = slack.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ authorization: 'Bearer xoxb-handler-test', body: { channel: 'CH1' } });
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain('Comet brightens');

    expect(await handler()).toEqual({ due: 0, failed: 0 });
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    const settings = await store.getDigestSettings('TH', 'CH1');
    expect(Date.parse(settings!.nextDueAt!)).toBeGreaterThan(Date.now());
  });
});
