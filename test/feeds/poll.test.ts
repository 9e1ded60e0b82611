import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listChannelFeeds } from '../../lambdas/app/feeds/channel-feeds';
import { pollDueFeeds } from '../../lambdas/app/feeds/poll-due-feeds';
import { MAX_QUEUED_PER_POLL, NOTIFY_AFTER_FAILURES, POLL_INTERVAL_MS } from '../../lambdas/app/feeds/poll-policy';
import type { FeedDeps } from '../../lambdas/app/feeds/ports';
import { subscribeToFeed } from '../../lambdas/app/feeds/subscribe-to-feed';
import type { Job } from '../../lambdas/app/jobs';
import { createLogger } from '../../lambdas/config/logger';
import { fetchFeed } from '../../lambdas/fetch/feed/fetch-feed';
import { createSlackPoster } from '../../lambdas/slack/poster';
import { createStore, type NewsStore } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { freshTable } from '../helpers/table';
import { rss, startFeedServer } from './feed-server';
import { slackViews } from '../../lambdas/slack/views/slack-views';

const fixtures = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));
const MINUTE = 60_000;

describe('Feed subscriptions and the poller, against a loopback feed server and DynamoDB', () => {
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let store: NewsStore;
  let now: Date;
  const jobs: Job[] = [];
  let deps: FeedDeps;

  beforeAll(async () => {
    feeds = await startFeedServer();
    slack = await startFakeSlack();
    const { client, tableName } = await freshTable();
    now = new Date('2026-03-24T08:00:00Z');
    const clock = () => new Date(now);
    store = createStore({ client, tableName, now: clock });
    deps = {
      store,
      jobs: { enqueue: async (job) => void jobs.push(job) },
      fetchFeed: (url, conditional) => fetchFeed(url, conditional),
      slack: createSlackPoster({ token: 'xoxb-test', apiUrl: slack.apiUrl }),
      views: slackViews,
      clock,
      log: createLogger('silent'),
    };
  });
  afterAll(async () => {
    await feeds?.close();
    await slack?.close();
  });
  beforeEach(() => {
    jobs.length = 0;
  });

  /** Move the clock past the next poll and run the poller. */
  async function pollLater(minutes = 15) {
    now = new Date(now.getTime() + minutes * MINUTE);
    return pollDueFeeds(deps);
  }

  describe('one feed, polled again and again', () => {
    const path = '/harbour.xml';
    const first = readFileSync(fixtures + 'rss2-relative-links.xml', 'utf8');

    it('subscribing reads the feed at once, says how many items it has, and queues them for the team', async () => {
      feeds.set(path, { body: first });
      const result = await subscribeToFeed(deps, { teamId: 'T1', channelId: 'C1', url: feeds.url(path) });
      expect(result).toMatchObject({ ok: true, created: true, title: 'Harbour Gazette', items: 3, queued: 3 });
      expect(jobs.map((j) => j.kind === 'ingest-feed-item' && [j.teamId, j.url])).toEqual([
        ['T1', `${feeds.origin}/news/2026/ferry-timetable?utm_source=rss#top`],
        ['T1', `${feeds.origin}/storm-closes-pier`],
        ['T1', 'https://gazette.example/news/market-roof'],
      ]);
      const state = await store.getFeed(feeds.url(path));
      expect(state).toMatchObject({
        failures: 0,
        title: 'Harbour Gazette',
        nextPollAt: new Date(now.getTime() + POLL_INTERVAL_MS).toISOString(),
      });
      expect(state?.etag).toMatch(/^"/);
    });

    it('polls again with If-None-Match; the 304 queues nothing', async () => {
      const summary = await pollLater();
      expect(summary.byStatus['not-modified']).toBe(1);
      expect(feeds.requests.at(-1)?.headers['if-none-match']).toBe((await store.getFeed(feeds.url(path)))?.etag);
      expect(jobs).toEqual([]);
    });

    it('queues only the new item of a changed feed: a re-issued guid for a known story is not new', async () => {
      const storyLinks = ['/news/2026/ferry-timetable', '/storm-closes-pier'];
      feeds.set(path, {
        body: rss('Harbour Gazette', [
          {
            guid: 'harbour-gazette-1001',
            title: 'Council approves new ferry timetable',
            link: feeds.url(storyLinks[0]!),
          },
          // Same story, new guid, link with other tracking parameters: seen by its canonical URL.
          {
            guid: 'rebuilt-guid-77',
            title: 'Council approves new ferry timetable',
            link: `${feeds.url(storyLinks[0]!)}?utm_campaign=x`,
          },
          {
            guid: 'harbour-gazette-1002',
            title: 'Lifeboat crew rescues two sailors',
            link: feeds.url('/news/2026/lifeboat'),
          },
        ]),
      });
      const summary = await pollLater();
      expect(summary.byStatus.ok).toBe(1);
      expect(jobs.map((j) => j.kind === 'ingest-feed-item' && j.url)).toEqual([feeds.url('/news/2026/lifeboat')]);
    });

    it('finds nothing new when a server without validators sends the same feed again', async () => {
      const body = (await import('node:fs')).readFileSync(fixtures + 'rss091.xml', 'utf8');
      feeds.set('/plain.xml', { body, etag: false });
      await subscribeToFeed(deps, { teamId: 'T1', channelId: 'C1', url: feeds.url('/plain.xml') });
      jobs.length = 0;
      const summary = await pollLater();
      expect(summary.byStatus.ok).toBe(1); // plain.xml: fetched in full, nothing new
      expect(jobs).toEqual([]);
    });
  });

  it("a poll run's id rides on every item it queues (a worker's log line leads back to the run); a subscription's on its own", async () => {
    const path = '/correlated.xml';
    feeds.set(path, { body: rss('Correlated', [{ guid: 'c1', title: 'First', link: feeds.url('/correlated/1') }]) });
    await subscribeToFeed(deps, { teamId: 'T7', channelId: 'C7', url: feeds.url(path), correlationId: 'req-sub-1' });
    expect(jobs.map((j) => j.correlationId)).toEqual(['req-sub-1']);
    jobs.length = 0;
    feeds.set(path, {
      body: rss('Correlated', [
        { guid: 'c1', title: 'First', link: feeds.url('/correlated/1') },
        { guid: 'c2', title: 'Second', link: feeds.url('/correlated/2') },
      ]),
    });
    now = new Date(now.getTime() + 15 * MINUTE);
    await pollDueFeeds(deps, { correlationId: 'run-42' });
    const queued = jobs.filter((j) => j.kind === 'ingest-feed-item' && j.feedUrl === feeds.url(path));
    expect(queued.map((j) => j.correlationId)).toEqual(['run-42']);
  });

  it('uses If-Modified-Since when the server gives only Last-Modified, and takes its 304', async () => {
    const path = '/dated.xml';
    const lastModified = 'Mon, 23 Mar 2026 10:00:00 GMT';
    feeds.set(path, {
      body: rss('Dated', [{ guid: 'd1', title: 'Dated one', link: feeds.url('/dated/1') }]),
      etag: false,
      lastModified,
    });
    await subscribeToFeed(deps, { teamId: 'T6', channelId: 'C6', url: feeds.url(path) });
    expect(await store.getFeed(feeds.url(path))).toMatchObject({ lastModified });
    jobs.length = 0;
    const summary = await pollLater();
    const request = feeds.requests.filter((r) => r.path === path).at(-1);
    expect(request?.headers['if-modified-since']).toBe(lastModified);
    expect(summary.byStatus['not-modified']).toBeGreaterThanOrEqual(1);
    expect(jobs).toEqual([]);
  });

  it('fetches a feed once per poll however many channels and teams follow it, and queues each new item per team', async () => {
    const path = '/shared.xml';
    const item = (n: number) => ({ guid: `s${n}`, title: `Shared story ${n}`, link: feeds.url(`/shared/${n}`) });
    feeds.set(path, { body: rss('Shared', [item(1)]) });
    for (const [team, channel] of [
      ['T1', 'C1'],
      ['T1', 'C2'],
      ['T2', 'C9'],
    ] as const) {
      await subscribeToFeed(deps, { teamId: team, channelId: channel, url: feeds.url(path) });
    }
    feeds.set(path, { body: rss('Shared', [item(2), item(1)]) });
    jobs.length = 0;
    const before = feeds.hits(path);
    await pollLater();
    expect(feeds.hits(path) - before).toBe(1);
    expect(jobs.map((j) => j.kind === 'ingest-feed-item' && `${j.teamId} ${j.url}`).sort()).toEqual([
      `T1 ${feeds.url('/shared/2')}`,
      `T2 ${feeds.url('/shared/2')}`,
    ]);
  });

  it('backs off a failing feed and tells its channels once, with the reason; and once when it works again', async () => {
    const path = '/flaky.xml';
    feeds.set(path, { body: rss('Flaky', [{ guid: 'f1', title: 'One', link: feeds.url('/flaky/1') }]) });
    await subscribeToFeed(deps, { teamId: 'T3', channelId: 'CFLAKY1', url: feeds.url(path) });
    await subscribeToFeed(deps, { teamId: 'T3', channelId: 'CFLAKY2', url: feeds.url(path) });
    feeds.set(path, { status: 500 });

    const gaps: number[] = [];
    for (let poll = 1; poll <= NOTIFY_AFTER_FAILURES + 3; poll++) {
      const state = (await store.getFeed(feeds.url(path)))!;
      const due = Date.parse(state.nextPollAt);
      now = new Date(due);
      await pollDueFeeds(deps);
      const after = (await store.getFeed(feeds.url(path)))!;
      expect(after.failures).toBe(poll);
      gaps.push((Date.parse(after.nextPollAt) - now.getTime()) / MINUTE);
    }
    // 30, 60, 120 … minutes: exponential, capped at a day.
    expect(gaps).toEqual([30, 60, 120, 240, 480, 960]);

    const notices = slack.calls.filter((c) => c.method === 'chat.postMessage' && /could not read/.test(c.body.text));
    expect(notices.map((c) => c.body.channel).sort()).toEqual(['CFLAKY1', 'CFLAKY2']);
    expect(notices[0]?.body.text).toContain('answered 500');
    expect((await store.getFeed(feeds.url(path)))?.lastError).toContain('500');
    expect(await listChannelFeeds(store, 'T3', 'CFLAKY1')).toEqual([
      expect.objectContaining({ feedUrl: feeds.url(path), failing: expect.stringContaining('answered 500') }),
    ]);

    feeds.set(path, { body: rss('Flaky', [{ guid: 'f1', title: 'One', link: feeds.url('/flaky/1') }]) });
    now = new Date(Date.parse((await store.getFeed(feeds.url(path)))!.nextPollAt));
    await pollDueFeeds(deps);
    now = new Date(now.getTime() + 20 * MINUTE);
    await pollDueFeeds(deps);
    const back = slack.calls.filter(
      (c) => c.method === 'chat.postMessage' && /^:white_check_mark: The feed .* works again\.$/.test(c.body.text),
    );
    expect(back.map((c) => c.body.channel).sort()).toEqual(['CFLAKY1', 'CFLAKY2']);
    // The feed's title is its own words: shown in a verbatim section, so a bare URL in it is no live link.
    expect(back[0]!.body.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: back[0]!.body.text, verbatim: true } },
    ]);
    expect(await store.getFeed(feeds.url(path))).toMatchObject({ failures: 0, notifiedFailure: false });
    expect((await listChannelFeeds(store, 'T3', 'CFLAKY1'))[0]?.failing).toBeUndefined();
  });

  it('keeps a poll whose jobs could not be queued from losing its items or blaming the feed', async () => {
    const path = '/queue-down.xml';
    feeds.set(path, { body: rss('Queue Down', []) });
    await subscribeToFeed(deps, { teamId: 'T7', channelId: 'C7', url: feeds.url(path) });
    feeds.set(path, { body: rss('Queue Down', [{ guid: 'q1', title: 'One', link: feeds.url('/queue/1') }]) });
    const working = deps.jobs;
    deps.jobs = { enqueue: async () => Promise.reject(new Error('SQS is down')) };
    try {
      const down = await pollLater();
      expect(down).toMatchObject({ errors: 1, queued: 0 });
    } finally {
      deps.jobs = working;
    }
    // Not the feed's fault: no failure recorded, no notice; the feed is still due, its item still new.
    expect(await store.getFeed(feeds.url(path))).toMatchObject({ failures: 0, notifiedFailure: false });
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage' && /Queue Down/.test(c.body.text ?? ''))).toEqual(
      [],
    );
    jobs.length = 0;
    await pollLater(1);
    expect(jobs.map((j) => j.kind === 'ingest-feed-item' && j.url)).toEqual([feeds.url('/queue/1')]);
  });

  it('queues at most MAX_QUEUED_PER_POLL new items per poll and leaves the rest for the next poll', async () => {
    const path = '/busy.xml';
    const items = Array.from({ length: MAX_QUEUED_PER_POLL + 12 }, (_, n) => ({
      guid: `b${n}`,
      title: `Busy ${n}`,
      link: feeds.url(`/busy/${n}`),
    }));
    feeds.set(path, { body: rss('Busy', []) });
    await subscribeToFeed(deps, { teamId: 'T5', channelId: 'C5', url: feeds.url(path) });
    feeds.set(path, { body: rss('Busy', items) });
    jobs.length = 0;
    await pollLater();
    expect(jobs.filter((j) => j.kind === 'ingest-feed-item' && j.url.includes('/busy/'))).toHaveLength(
      MAX_QUEUED_PER_POLL,
    );
    jobs.length = 0;
    await pollLater();
    const second = jobs.filter((j) => j.kind === 'ingest-feed-item' && j.url.includes('/busy/'));
    expect(second.map((j) => j.kind === 'ingest-feed-item' && j.url)).toEqual(
      items.slice(MAX_QUEUED_PER_POLL).map((i) => i.link),
    );
  });

  it('queues every story of a feed that gives all its items one guid, on subscribing and on later polls', async () => {
    const path = '/one-guid.xml';
    const story = (n: number) => ({
      guid: 'https://one-guid.example/',
      title: `Story ${n}`,
      link: feeds.url(`/one/${n}`),
    });
    const queued = () => jobs.flatMap((j) => (j.kind === 'ingest-feed-item' && j.url.includes('/one/') ? [j] : []));
    feeds.set(path, { body: rss('One guid', [story(1), story(2), story(3)]) });
    await subscribeToFeed(deps, { teamId: 'T6', channelId: 'C6', url: feeds.url(path) });
    expect(queued().map((j) => j.url)).toEqual([1, 2, 3].map((n) => feeds.url(`/one/${n}`)));
    // One job id per story: a shared id would make the queue keep one of them.
    expect(new Set(queued().map((j) => j.jobId)).size).toBe(3);
    jobs.length = 0;
    feeds.set(path, { body: rss('One guid', [story(4), story(1), story(2), story(3)]) });
    await pollLater();
    expect(queued().map((j) => j.url)).toEqual([feeds.url('/one/4')]);
  });

  it('queues each new story of a single-item feed that reuses its guid; not the same story with a new link or tracking', async () => {
    const path = '/reused-guid.xml';
    const episode = (title: string, link: string) => rss('Tide Talk', [{ guid: 'tide-talk-latest', title, link }]);
    const queued = () => jobs.flatMap((j) => (j.kind === 'ingest-feed-item' ? [j] : []));
    feeds.set(path, { body: episode('Episode 1: Spring tides', feeds.url('/tide/1')) });
    await subscribeToFeed(deps, { teamId: 'T8', channelId: 'C8', url: feeds.url(path) });
    const first = queued();
    expect(first.map((j) => j.url)).toEqual([feeds.url('/tide/1')]);
    jobs.length = 0;

    // The next episode, under the same guid: another link and another title.
    feeds.set(path, { body: episode('Episode 2: Gull colonies', feeds.url('/tide/2')) });
    await pollLater();
    expect(queued().map((j) => j.url)).toEqual([feeds.url('/tide/2')]);
    // Its own job id: the queue must not take it for the first episode's job.
    expect(queued()[0]?.jobId).not.toBe(first[0]?.jobId);
    jobs.length = 0;

    // The same episode with tracking parameters, then moved to a new link under the same title: not new.
    feeds.set(path, { body: episode('Episode 2: Gull colonies', `${feeds.url('/tide/2')}?utm_source=rss`) });
    await pollLater();
    feeds.set(path, { body: episode('Episode 2:  gull colonies', feeds.url('/episodes/2')) });
    await pollLater();
    // And the first episode again: seen.
    feeds.set(path, { body: episode('Episode 1: Spring tides', feeds.url('/tide/1')) });
    await pollLater();
    expect(queued()).toEqual([]);
  });

  it('subscribes to a JSON Feed served as application/feed+json and queues its items like an RSS feed’s', async () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Loopback JSON Gazette',
      items: [
        { id: 'j-1', url: '/stories/one', title: 'First story' },
        { id: 'j-2', url: feeds.url('/stories/two'), title: 'Second story' },
      ],
    });
    feeds.set('/feed.json', { body, contentType: 'application/feed+json' });
    const result = await subscribeToFeed(deps, { teamId: 'T5', channelId: 'C5', url: feeds.url('/feed.json') });
    expect(result).toMatchObject({ ok: true, created: true, title: 'Loopback JSON Gazette', items: 2, queued: 2 });
    expect(jobs.map((j) => j.kind === 'ingest-feed-item' && j.url)).toEqual([
      feeds.url('/stories/one'),
      feeds.url('/stories/two'),
    ]);
    expect(feeds.requests.at(-1)?.headers.accept).toContain('application/feed+json');
  });

  it('refuses to subscribe to a page that is not a feed, and says where its feed is', async () => {
    feeds.set('/page.html', {
      body: readFileSync(fixtures + 'not-a-feed.html'),
      contentType: 'text/html; charset=utf-8',
    });
    const result = await subscribeToFeed(deps, { teamId: 'T4', channelId: 'C4', url: feeds.url('/page.html') });
    expect(result).toEqual({
      ok: false,
      reason: `This is an HTML page, not a feed; it links to a feed at ${feeds.url('/feed.xml')}.`,
      feedLink: feeds.url('/feed.xml'),
    });
    expect(await store.channelFeeds('T4', 'C4')).toEqual([]);
  });

  it('refuses an address that does not answer, with the fetcher’s reason', async () => {
    const result = await subscribeToFeed(deps, { teamId: 'T4', channelId: 'C4', url: feeds.url('/missing.xml') });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('404') });
  });
});
