import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../lambdas/config/logger';
import { eventCallbackBody } from '../../lambdas/local/sign';
import { onAppHomeOpened } from '../../lambdas/slack/events/app-home-opened';
import { createSlackPoster } from '../../lambdas/slack/poster';
import { createStore } from '../../lambdas/store/index';
import { replyText, TEST_BOT_TOKEN } from '../helpers/slack-request';
import { freshTable } from '../helpers/table';
import { recordRequests } from '../store/request-log';
import { blockAction, buttonsOf, click, postEvent } from '../slack/support/requests';
import { seedArticle } from '../slack/support/seed';
import { fixture, startSlackTestbed, TEAM } from '../slack/support/runtime';
import { slackAppDeps } from '../../lambdas/wiring/slack-app-deps';

const homeOpened = (user: string, tab = 'home', eventId = `Ev0HOME${Math.random().toString(36).slice(2, 8)}`) =>
  eventCallbackBody(
    { type: 'app_home_opened', user, channel: 'D0APPDM', tab, event_ts: '1700000200.000100' },
    { teamId: TEAM, eventId },
  );

describe("App Home: app_home_opened publishes the latest articles, the feeds and digests of the user's channels, and a how-to", () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  const publishes = () => bed.slack.calls.filter((c) => c.method === 'views.publish');

  beforeAll(async () => {
    bed = await startSlackTestbed();
    await seedArticle(bed.store, TEAM, { text: fixture('night-ferry.txt'), url: 'https://news.example/ferry' });
    await seedArticle(bed.store, TEAM, { text: fixture('hostile-markup.txt'), url: 'https://news.example/harbour' });
    await bed.store.subscribe(TEAM, 'C0MINE', 'https://feeds.example/mine.xml', { title: 'Harbour <!here> news' });
    await bed.store.subscribe(TEAM, 'C0OTHER', 'https://feeds.example/secret.xml', { title: 'Board minutes' });
    await bed.store.setDigestSchedule(
      TEAM,
      'C0MINE',
      { kind: 'daily', time: '08:30', tz: 'Europe/Berlin' },
      new Date(Date.now() + 3600_000),
    );
    await bed.store.setDigestSchedule(
      TEAM,
      'C0OTHER',
      { kind: 'weekdays', time: '07:00', tz: 'Europe/Oslo' },
      new Date(Date.now() + 3600_000),
    );
    bed.slack.setMemberships('U0READER', ['C0MINE', 'C0GENERAL']);
  });
  beforeEach(() => {
    bed.slack.calls.length = 0;
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('publishes the Home for the user who opened it: articles with their buttons, escaped, and only their channels', async () => {
    const res = await postEvent(bed.runtime.url, homeOpened('U0READER'));
    expect(res.status).toBe(200);
    const [call] = publishes();
    expect(publishes()).toHaveLength(1);
    expect(call!.body.user_id).toBe('U0READER');
    expect(call!.body.view.type).toBe('home');
    const text = replyText(call!.body.view);
    expect(text).toContain('Council Votes to Keep the Night Ferry Running');
    expect(text).not.toMatch(/<!channel>|<!here>|<https:\/\/evil/);
    expect(text).toContain('<#C0MINE>');
    expect(text).toContain('Digest: daily at 08:30 Europe/Berlin');
    expect(text).toContain('Harbour &lt;!here&gt; news');
    expect(text).not.toContain('C0OTHER');
    expect(text).not.toContain('secret.xml');
    expect(text).toContain('Summarize with NewsBot');
    const buttons = buttonsOf(call!.body.view);
    expect(buttons.map((b) => b.text).slice(0, 2)).toEqual(['Quotes', 'Full summary']);
    expect(buttons.some((b) => b.text === 'Share in channel')).toBe(false);
    expect(bed.slack.calls.find((c) => c.method === 'users.conversations')!.body).toMatchObject({ user: 'U0READER' });
  });

  it("a click on a Home button (no response_url, no channel) is answered in the user's Messages tab", async () => {
    await postEvent(bed.runtime.url, homeOpened('U0READER'));
    const quotes = buttonsOf(publishes()[0]!.body.view).find((b) => b.text === 'Full summary')!;
    bed.slack.calls.length = 0;
    const payload: any = blockAction({ actionId: quotes.actionId, value: quotes.value, userId: 'U0READER' });
    payload.container = { type: 'view', view_id: 'V0HOME' };
    delete payload.channel;
    const res = await click(bed.runtime.url, payload);
    expect(res.status).toBe(200);
    const posts = bed.slack.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.channel).toBe('U0READER');
  });

  it('shows no channel at all when Slack will not say which channels the user is in', async () => {
    bed.slack.answerNext({ body: { ok: false, error: 'missing_scope' } });
    await postEvent(bed.runtime.url, homeOpened('U0READER'));
    const text = replyText(publishes()[0]!.body.view);
    expect(text).toContain("I couldn't check which channels you are in");
    expect(text).not.toContain('C0MINE');
    expect(text).toContain('Council Votes');
  });

  it('shows no channel at all when Slack’s answer cannot be read as a channel list', async () => {
    bed.slack.answerNext({ body: { ok: true, channels: [{ id: 'C0MINE' }, { name: 'no id' }] } });
    await postEvent(bed.runtime.url, homeOpened('U0READER'));
    const text = replyText(publishes().at(-1)!.body.view);
    expect(text).toContain("I couldn't check which channels you are in");
    expect(text).not.toContain('C0MINE');
  });

  it('publishes nothing for the Messages tab', async () => {
    await postEvent(bed.runtime.url, homeOpened('U0READER', 'messages'));
    expect(publishes()).toHaveLength(0);
  });
});

describe('App Home: cheap to refresh', () => {
  it('reads the table with at most 3 requests, whatever the number of channels', async () => {
    const { client, tableName } = await freshTable();
    const store = createStore({ client, tableName });
    for (let i = 0; i < 30; i++) await store.subscribe('T0HOME', `C0CH${i}`, `https://feeds.example/${i}.xml`);
    for (let i = 0; i < 30; i++)
      await store.setDigestSchedule('T0HOME', `C0CH${i}`, { kind: 'daily', time: '09:00', tz: 'UTC' }, new Date());
    await seedArticle(store, 'T0HOME', { text: fixture('night-ferry.txt'), url: 'https://news.example/ferry' });
    const log = recordRequests(client);
    const calls: Array<{ method: string; body: any }> = [];
    const slack = { ...createSlackPoster({ token: TEST_BOT_TOKEN, apiUrl: 'http://127.0.0.1:9/api/' }) };
    slack.call = async (method, body) => {
      calls.push({ method, body });
      return method === 'users.conversations'
        ? { ok: true, channels: [{ id: 'C0CH3' }, { id: 'C0CH17' }] }
        : { ok: true };
    };
    const deps = slackAppDeps({
      store,
      slack,
      jobs: { enqueue: async () => {} },
      clock: () => new Date(),
      log: createLogger('silent'),
    });
    await onAppHomeOpened(
      deps,
      { team_id: 'T0HOME', event_id: 'Ev1' },
      { type: 'app_home_opened', user: 'U1', tab: 'home' },
      'req1',
    );
    expect(log.commands.length).toBeLessThanOrEqual(3);
    expect(log.writes()).toEqual([]);
    const text = replyText(calls.find((c) => c.method === 'views.publish')!.body.view);
    expect(text).toContain('<#C0CH3>');
    expect(text).toContain('<#C0CH17>');
    expect(text).not.toContain('<#C0CH4>');
    expect(text).toContain('Council Votes');
  });
});
