import { describe, expect, it } from 'vitest';
import { nextDueAfter, type DigestSchedule } from '../../lambdas/app/digest/schedule';
import { DigestRunError, runDueDigests } from '../../lambdas/app/digest/run-due-digests';
import type { DigestDeps } from '../../lambdas/app/digest/send-channel-digest';
import { createLogger } from '../../lambdas/config/logger';
import { createSlackPoster } from '../../lambdas/slack/poster';
import { createStore, type NewsStore } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { freshTable } from '../helpers/table';
import { storeStory } from './articles';
import { slackViews } from '../../lambdas/slack/views/slack-views';

const BERLIN: DigestSchedule = { kind: 'daily', time: '08:30', tz: 'Europe/Berlin' };
const FEED_A = 'https://a.example/feed.xml';
const FEED_B = 'https://b.example/feed.xml';
const FEED_C = 'https://c.example/feed.xml';

/** One test's world: its own table, clock, loopback Slack, log lines and recorded waits. */
async function world(start: string) {
  const slack = await startFakeSlack();
  const { client, tableName } = await freshTable();
  let now = new Date(start);
  const clock = () => new Date(now);
  const store = createStore({ client, tableName, now: clock });
  const lines: Record<string, unknown>[] = [];
  const waits: number[] = [];
  const deps: DigestDeps = {
    store,
    slack: createSlackPoster({ token: 'xoxb-test', apiUrl: slack.apiUrl }),
    views: slackViews,
    clock,
    log: createLogger('info', {}, (line) => lines.push(JSON.parse(line))),
    sleep: async (ms) => void waits.push(ms),
  };
  return {
    slack,
    store,
    deps,
    lines,
    waits,
    at: (iso: string) => void (now = new Date(iso)),
    posts: () => slack.calls.filter((c) => c.method === 'chat.postMessage'),
    /** Run the digest handler's use case; a failed run is returned, not thrown. */
    run: async (overrides: Partial<DigestDeps> = {}, options: { concurrency?: number } = {}) => {
      try {
        return await runDueDigests({ ...deps, ...overrides }, options);
      } catch (error) {
        return error as DigestRunError;
      }
    },
    close: () => slack.close(),
  };
}

async function follow(
  store: NewsStore,
  teamId: string,
  channelId: string,
  feeds: string[],
  schedule: DigestSchedule,
  from: Date,
) {
  for (const feed of feeds) await store.subscribe(teamId, channelId, feed);
  await store.setDigestSchedule(teamId, channelId, schedule, nextDueAfter(schedule, from));
}

const textOf = (call: { body: Record<string, any> }) => JSON.stringify(call.body.blocks);

describe('Scheduled digests, against DynamoDB and a loopback Slack API', () => {
  it('posts daily 08:30 Europe/Berlin at 08:30 local on both sides of the March DST switch, once each', async () => {
    const w = await world('2026-03-27T12:00:00Z');
    try {
      await follow(w.store, 'T1', 'C1', [FEED_A], BERLIN, new Date('2026-03-27T12:00:00Z'));
      await storeStory(w.store, 'T1', 'library', { feedUrl: FEED_A, ingestedAt: new Date('2026-03-28T06:00:00Z') });

      w.at('2026-03-28T07:29:00Z'); // 08:29 CET: not yet
      await w.run();
      expect(w.posts()).toHaveLength(0);

      w.at('2026-03-28T07:30:00Z'); // 08:30 CET
      await w.run();
      expect(w.posts()).toHaveLength(1);
      expect(w.posts()[0]?.body.channel).toBe('C1');
      expect(textOf(w.posts()[0]!)).toContain('News digest · Saturday 28 March 2026');
      expect(textOf(w.posts()[0]!)).toContain('City library extends its opening hours');
      expect(await w.store.getDigestSettings('T1', 'C1')).toMatchObject({
        lastSentAt: '2026-03-28T07:30:00.000Z',
        nextDueAt: '2026-03-29T06:30:00.000Z', // 08:30 CEST, the day the clocks go forward
      });

      await storeStory(w.store, 'T1', 'comet', { feedUrl: FEED_A, ingestedAt: new Date('2026-03-28T20:00:00Z') });
      w.at('2026-03-29T06:29:00Z');
      await w.run();
      expect(w.posts()).toHaveLength(1);
      w.at('2026-03-29T06:30:00Z');
      await w.run();
      w.at('2026-03-29T06:45:00Z'); // the next 15-minute tick: nothing more
      await w.run();
      expect(w.posts()).toHaveLength(2);
      const second = textOf(w.posts()[1]!);
      expect(second).toContain('Sunday 29 March 2026');
      expect(second).toContain('Comet brightens');
      expect(second).not.toContain('City library'); // only what came since the last digest
    } finally {
      await w.close();
    }
  });

  it('shows one story with "3 sources" when three feeds carry the same event, with the key quote', async () => {
    const w = await world('2026-03-30T05:00:00Z');
    try {
      await follow(w.store, 'T1', 'C2', [FEED_A, FEED_B, FEED_C], BERLIN, new Date('2026-03-30T05:00:00Z'));
      const read = new Date('2026-03-30T05:30:00Z');
      await storeStory(w.store, 'T1', 'ferryA', { feedUrl: FEED_A, ingestedAt: read, site: 'Harbour Gazette' });
      await storeStory(w.store, 'T1', 'ferryB', { feedUrl: FEED_B, ingestedAt: read, site: 'Island Times' });
      await storeStory(w.store, 'T1', 'ferryC', { feedUrl: FEED_C, ingestedAt: read, site: 'North Post' });
      await storeStory(w.store, 'T1', 'comet', { feedUrl: FEED_B, ingestedAt: read, site: 'Island Times' });
      w.at('2026-03-30T06:30:00Z');
      await w.run();
      const [post] = w.posts();
      const blocks = post!.body.blocks as { type: string; text?: { text: string } }[];
      const stories = blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
      expect(stories).toHaveLength(2);
      expect(stories[0]).toContain('*3 sources*');
      expect(stories[0]).toMatch(/Harbour Gazette|Island Times|North Post/);
      expect(stories[0]).toMatch(/“.+” — (Morag Flett|James Stout)/); // the key quote of one of the ferry articles
      expect(stories[1]).toContain('Comet brightens');
      expect(post!.body.text).toContain('2 stories from 4 articles');
    } finally {
      await w.close();
    }
  });

  it('does not post again when retried after a crash between posting and recording it', async () => {
    const w = await world('2026-03-30T05:00:00Z');
    try {
      await follow(w.store, 'T1', 'C3', [FEED_A], BERLIN, new Date('2026-03-30T05:00:00Z'));
      await storeStory(w.store, 'T1', 'library', { feedUrl: FEED_A, ingestedAt: new Date('2026-03-30T05:30:00Z') });
      w.at('2026-03-30T06:30:00Z');
      // The process "dies" right after Slack accepted the post: recording it fails once.
      let crashes = 1;
      const crashingStore: NewsStore = {
        ...w.store,
        markDigestSent: async (...args) => {
          if (crashes-- > 0) throw new Error('simulated crash after posting');
          return w.store.markDigestSent(...args);
        },
      };
      const failed = await w.run({ store: crashingStore });
      expect(failed).toBeInstanceOf(DigestRunError);
      expect(w.posts()).toHaveLength(1);
      expect(w.lines.filter((l) => l.level === 'ERROR' && l.event === 'digest_failed')).toHaveLength(1);

      for (const retry of ['2026-03-30T06:31:00Z', '2026-03-30T06:45:00Z', '2026-03-30T07:30:00Z']) {
        w.at(retry); // the invocation retries, then the next ticks: still one post
        await w.run();
      }
      expect(w.posts()).toHaveLength(1);
      // Not silent: the unfinished period is logged, and the schedule moved on to tomorrow.
      expect(
        w.lines.filter((l) => l.event === 'digest_failed' && String(l.reason).includes('may have posted')),
      ).toHaveLength(1);
      expect((await w.store.getDigestSettings('T1', 'C3'))?.nextDueAt).toBe('2026-03-31T06:30:00.000Z');

      // Tomorrow's digest starts from the last recorded digest, so nothing is lost.
      w.at('2026-03-31T06:30:00Z');
      await w.run();
      expect(w.posts()).toHaveLength(2);
      expect(textOf(w.posts()[1]!)).toContain('City library');
    } finally {
      await w.close();
    }
  });

  it('posts nothing when nothing is new, says so in the log, and moves the schedule on', async () => {
    const w = await world('2026-03-30T05:00:00Z');
    try {
      await follow(w.store, 'T1', 'C8', [FEED_A], BERLIN, new Date('2026-03-30T05:00:00Z'));
      w.at('2026-03-30T06:30:00Z');
      expect(await w.run()).toMatchObject({ due: 1, failed: 0, byStatus: { empty: 1 } });
      expect(w.posts()).toEqual([]);
      expect(w.lines.filter((l) => l.event === 'digest_empty')).toHaveLength(1);
      expect((await w.store.getDigestSettings('T1', 'C8'))?.nextDueAt).toBe('2026-03-31T06:30:00.000Z');
    } finally {
      await w.close();
    }
  });

  it('honours Retry-After when Slack rate-limits, then posts once', async () => {
    const w = await world('2026-03-30T05:00:00Z');
    try {
      await follow(w.store, 'T1', 'C4', [FEED_A], BERLIN, new Date('2026-03-30T05:00:00Z'));
      await storeStory(w.store, 'T1', 'comet', { feedUrl: FEED_A, ingestedAt: new Date('2026-03-30T05:30:00Z') });
      w.slack.answerNext(
        { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } },
        { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } },
      );
      w.at('2026-03-30T06:30:00Z');
      const summary = await w.run();
      expect(summary).toMatchObject({ due: 1, failed: 0, byStatus: { posted: 1 } });
      expect(w.waits).toEqual([3000, 7000]);
      expect(w.posts()).toHaveLength(3); // two refused, one accepted
      expect((await w.store.getDigestSettings('T1', 'C4'))?.lastSentAt).toBe('2026-03-30T06:30:00.000Z');
    } finally {
      await w.close();
    }
  });

  it('pauses the digest of an archived channel, records why, and stops trying', async () => {
    const w = await world('2026-03-30T05:00:00Z');
    try {
      await follow(w.store, 'T1', 'C5', [FEED_A], BERLIN, new Date('2026-03-30T05:00:00Z'));
      await storeStory(w.store, 'T1', 'comet', { feedUrl: FEED_A, ingestedAt: new Date('2026-03-30T05:30:00Z') });
      w.slack.answerNext({ body: { ok: false, error: 'is_archived' } });
      w.at('2026-03-30T06:30:00Z');
      expect(await w.run()).toMatchObject({ failed: 0, byStatus: { paused: 1 } });
      expect(await w.store.getDigestSettings('T1', 'C5')).toMatchObject({ paused: true, pauseReason: 'is_archived' });
      expect(w.waits).toEqual([]); // not retried: it cannot help
      w.at('2026-03-31T06:30:00Z');
      await w.run();
      expect(w.posts()).toHaveLength(1);
    } finally {
      await w.close();
    }
  });

  it('retries Slack failures with backoff, then fails the run with a digest_failed line; a refused post is posted at a later run, once', async () => {
    const w = await world('2026-03-30T05:00:00Z');
    try {
      await follow(w.store, 'T1', 'C6', [FEED_A], BERLIN, new Date('2026-03-30T05:00:00Z'));
      await follow(w.store, 'T1', 'C7', [FEED_A], BERLIN, new Date('2026-03-30T05:00:00Z'));
      await storeStory(w.store, 'T1', 'comet', { feedUrl: FEED_A, ingestedAt: new Date('2026-03-30T05:30:00Z') });
      const down = { status: 503, body: 'Service Unavailable' };
      w.slack.answerNext(down, down, down, down);
      w.at('2026-03-30T06:30:00Z');
      const failed = await w.run({}, { concurrency: 1 }); // C6 first: it gets the four 503s
      expect(failed).toBeInstanceOf(DigestRunError);
      expect(w.waits).toEqual([1000, 2000, 4000]);
      const line = w.lines.find((l) => l.event === 'digest_failed');
      expect(line).toMatchObject({ level: 'ERROR', event: 'digest_failed', teamId: 'T1', channelId: 'C6' });
      expect(w.posts().length - 4).toBe(1); // the other channel got its digest

      // Slack refused every attempt, so nothing was posted: the period is tried again at a later run.
      expect((await w.store.getDigestSettings('T1', 'C6'))?.nextDueAt).toBe('2026-03-30T06:41:00.000Z');
      w.at('2026-03-30T06:31:00Z'); // the invocation's own retry: not due yet
      await w.run();
      expect(w.posts().length - 4).toBe(1);
      w.at('2026-03-30T06:45:00Z'); // the next tick
      expect(await w.run()).toMatchObject({ due: 1, failed: 0, byStatus: { posted: 1 } });
      const posted = w
        .posts()
        .slice(4)
        .map((c) => c.body.channel);
      expect(posted.sort()).toEqual(['C6', 'C7']);
      expect((await w.store.getDigestSettings('T1', 'C6'))?.nextDueAt).toBe('2026-03-31T06:30:00.000Z');
      w.at('2026-03-30T07:00:00Z');
      await w.run();
      expect(w.posts()).toHaveLength(6);
    } finally {
      await w.close();
    }
  });
});
