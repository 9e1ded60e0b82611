import { describe, expect, it } from 'vitest';
import { formatSchedule, nextDueAfter, parseSchedule, type DigestSchedule } from '../../lambdas/app/digest/schedule';
import { runDueDigests } from '../../lambdas/app/digest/run-due-digests';
import { createLogger } from '../../lambdas/config/logger';
import { createSlackPoster } from '../../lambdas/slack/poster';
import { createStore } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { slackViews } from '../../lambdas/slack/views/slack-views';
import { threadedDigest } from '../../lambdas/slack/views/digest-thread';
import { freshTable } from '../helpers/table';
import { storeStory } from './articles';

const FEED = 'https://a.example/feed.xml';

describe('Threaded digests: one parent with the headlines, one reply per story', () => {
  it('parses and prints the threaded option, and keeps it in the table', async () => {
    expect(parseSchedule('daily 08:30 Europe/Berlin threaded')).toEqual({
      ok: true,
      schedule: { kind: 'daily', time: '08:30', tz: 'Europe/Berlin', threaded: true },
    });
    expect(parseSchedule('weekdays 07:00 threaded')).toMatchObject({
      ok: true,
      zoneDefaulted: true,
      schedule: { tz: 'UTC', threaded: true },
    });
    expect(parseSchedule('daily 08:30 Europe/Berlin')).toEqual({
      ok: true,
      schedule: { kind: 'daily', time: '08:30', tz: 'Europe/Berlin' },
    });
    expect(parseSchedule('daily 08:30 Europe/Berlin threaded extra')).toMatchObject({ ok: false });
    expect(formatSchedule({ kind: 'daily', time: '08:30', tz: 'Europe/Berlin', threaded: true })).toBe(
      'daily 08:30 Europe/Berlin threaded',
    );
  });

  it('posts the parent, then each story as a reply under its ts, once', async () => {
    const slack = await startFakeSlack();
    const { client, tableName } = await freshTable();
    let now = new Date('2026-03-27T12:00:00Z');
    const store = createStore({ client, tableName, now: () => new Date(now) });
    const deps = {
      store,
      slack: createSlackPoster({ token: 'xoxb-test', apiUrl: slack.apiUrl }),
      views: slackViews,
      clock: () => new Date(now),
      log: createLogger('silent'),
      sleep: async () => {},
    };
    try {
      const schedule: DigestSchedule = { kind: 'daily', time: '08:30', tz: 'Europe/Berlin', threaded: true };
      await store.subscribe('T1', 'C1', FEED);
      await store.setDigestSchedule('T1', 'C1', schedule, nextDueAfter(schedule, now));
      expect((await store.getDigestSettings('T1', 'C1'))?.schedule).toEqual(schedule);
      await storeStory(store, 'T1', 'library', { feedUrl: FEED, ingestedAt: new Date('2026-03-28T06:00:00Z') });
      await storeStory(store, 'T1', 'comet', { feedUrl: FEED, ingestedAt: new Date('2026-03-28T06:10:00Z') });
      now = new Date('2026-03-28T07:30:00Z');
      await runDueDigests(deps);
      await runDueDigests(deps);
      const posts = slack.calls.filter((c) => c.method === 'chat.postMessage');
      const [parent, ...replies] = posts;
      expect(parent!.body.thread_ts).toBeUndefined();
      const parentText = JSON.stringify(parent!.body.blocks);
      expect(parentText).toContain('News digest · Saturday 28 March 2026');
      expect(parentText).toContain('City library extends its opening hours');
      expect(parentText).not.toContain('Ines Varga');
      expect(replies).toHaveLength(2);
      // The fake answers each post with the next ts: the parent's is the first.
      const parentTs = '1700000001.000100';
      expect(replies.every((r) => r.body.thread_ts === parentTs && r.body.channel === 'C1')).toBe(true);
      expect(JSON.stringify(replies.map((r) => r.body.blocks))).toContain('Ines Varga');
    } finally {
      await slack.close();
    }
  });

  it("escapes each reply's text as its blocks are: a headline cannot mention the channel from a notification", () => {
    const story = {
      title: 'Ferry cancelled <!channel> <@U0BOSS> <https://evil.example|bank.example>',
      url: 'https://news.example/ferry',
      sources: ['news.example'],
      latest: '2026-03-28T06:00:00Z',
      articleIds: ['abcdefgh'],
    };
    const { replies } = threadedDigest(
      { stories: [story], more: [], articleCount: 1 },
      { at: new Date('2026-03-28T07:30:00Z'), timeZone: 'UTC' },
    );
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe(
      'Ferry cancelled &lt;!channel&gt; &lt;@U0BOSS&gt; &lt;https://evil.example|bank.example&gt;',
    );
  });
});
