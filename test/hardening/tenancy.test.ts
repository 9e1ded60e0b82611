import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueDigests } from '../../lambdas/app/digest/run-due-digests';
import { analyze } from '../../lambdas/core/pipeline';
import { replyText, sendCommand } from '../helpers/slack-request';
import { blockAction, click } from '../slack/support/requests';
import { startSlackTestbed, testbedDigestDeps } from '../slack/support/runtime';
import { hardeningFixture, startHostileServer } from './support/hostile-server';

/**
 * Two workspaces with the same channel id and user id (ids are only unique
 * within a workspace). Team B tries, through the real signed handler, to see
 * anything of team A: articles, quotes, search, buttons, handled ids, feeds,
 * schedules, digests.
 */
const A = 'T0TEAMAAA';
const B = 'T0TEAMBBB';
const CHANNEL = 'C0SHARED';
const USER = 'U0SHARED';
/** Team A's titles and quotes (not the names B may type itself: a "No quotes by Lindgren" echo is not a leak). */
const SECRET_WORDS = [
  'Harbour Council Keeps',
  'Glacier Survey Finds',
  'forty metres of loss',
  'sleep in the staff room',
  'Wilma',
  'Rosa',
];

const PASTED = [
  'Glacier Survey Finds the Ice Retreating Faster',
  'A survey team returned on Friday from the northern glacier with measurements showing the ice front had retreated further than in any year on record.',
  '"We measured forty metres of loss at the front this summer alone," said Rosa Lindgren, the survey leader, who has walked the glacier every year since 2009.',
  'The team will publish its full data in the spring, and the regional council said it would use the figures to plan the new flood barrier in the valley.',
].join('\n\n');

function expectNothingOfA(reply: unknown) {
  const text = replyText(reply) + JSON.stringify(reply ?? '');
  for (const word of SECRET_WORDS) expect(text, `team B saw "${word}"`).not.toContain(word);
}

describe("Hardening: one workspace never sees another's data", () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  let storyId = '';
  let pastedId = '';
  const as = (team: string, text: string, fields: { triggerId?: string; responseUrl?: string } = {}) =>
    sendCommand(bed.runtime.url, text, { teamId: team, channelId: CHANNEL, userId: USER, ...fields });

  beforeAll(async () => {
    bed = await startSlackTestbed();
    web = await startHostileServer();
    // Team A stores one article from a link (slow path) and one pasted (fast path).
    await as(A, `add ${web.url('/story')}`, { responseUrl: bed.slack.responseUrl('a-story') });
    await bed.runtime.idle();
    storyId = (await bed.store.findArticleByUrl(A, web.url('/story')))!.id;
    const pasted = await as(A, `add ${PASTED}`, { triggerId: 'trigger-shared-1' });
    pastedId = /`([0-9a-z]+)`/.exec(pasted.reply.text)![1]!;
    // Team A follows a feed in the shared channel id and has a digest schedule there.
    await bed.store.subscribe(A, CHANNEL, 'https://feeds.example/a.xml', { title: 'Team A private feed' });
    await bed.store.setDigestSchedule(
      A,
      CHANNEL,
      { kind: 'daily', time: '08:00', tz: 'UTC' },
      new Date(Date.now() - 60_000),
    );
  });
  afterAll(async () => {
    await web?.close();
    await bed?.close();
  });

  it('team A sees its own articles (the control)', async () => {
    expect(replyText((await as(A, 'latest')).reply)).toContain('Glacier Survey');
    expect(replyText((await as(A, 'quote Lindgren')).reply)).toContain('forty metres');
  });

  it.each([
    ['latest'],
    ['latest 20'],
    ['search glacier'],
    ['search ferry harbour'],
    ['quote Lindgren'],
    ['quote Ostrander'],
    ['quote "forty metres"'],
    ['summary glacier survey'],
    ['summary STORY'],
    ['summary PASTED'],
  ])('team B: /news %s shows nothing of team A', async (command) => {
    const { status, reply } = await as(B, command.replace('STORY', storyId).replace('PASTED', pastedId));
    expect(status).toBe(200);
    expect(reply.response_type).toBe('ephemeral');
    expectNothingOfA(reply);
  });

  it("team B asking for team A's URL is not answered from team A's copy: it is read afresh for B", async () => {
    const hits = web.hits['/story'];
    const { reply } = await as(B, `summary ${web.url('/story')}`, { responseUrl: bed.slack.responseUrl('b-story') });
    expect(reply).toEqual({ response_type: 'ephemeral', text: 'Reading 127.0.0.1…' });
    await bed.runtime.idle();
    expect(web.hits['/story']).toBe(hits! + 1);
    const bCopy = await bed.store.findArticleByUrl(B, web.url('/story'));
    expect(bCopy?.id).toBeDefined();
    // Deleting B's copy leaves A's untouched.
    await bed.store.deleteArticle(B, bCopy!.id);
    expect(await bed.store.findArticleByUrl(A, web.url('/story'))).toBeDefined();
  });

  it.each([['news_article_quotes'], ['news_full_summary'], ['news_share'], ['news_article_card']])(
    "team B clicking %s with team A's article id gets nothing of A",
    async (actionId) => {
      for (const id of [storyId, pastedId]) {
        const name = `b-click-${actionId}-${id}`;
        const before = bed.slack.calls.length;
        await click(
          bed.runtime.url,
          blockAction({
            actionId,
            value: JSON.stringify({ id }),
            teamId: B,
            userId: USER,
            channelId: CHANNEL,
            responseUrl: bed.slack.responseUrl(name),
          }),
        );
        await bed.runtime.idle();
        for (const call of bed.slack.calls.slice(before)) expectNothingOfA(call.body);
      }
    },
  );

  it('a handled id of team A (same trigger id) does not silence team B', async () => {
    const variant = (word: string) => PASTED.replace(/glacier/gi, word);
    const { reply } = await as(B, `add ${variant('Meadow')}`, { triggerId: 'trigger-shared-1' });
    expect(reply.text).toMatch(/^Added \*Meadow Survey Finds the Ice Retreating Faster\*/);
    // …and B's handled id does not silence A either.
    const b = await as(B, `add ${variant('Ridge')}`, { triggerId: 'trigger-shared-2' });
    const a = await as(A, `add ${variant('Valley')}`, { triggerId: 'trigger-shared-2' });
    expect(b.reply.text).toMatch(/^Added \*Ridge/);
    expect(a.reply.text).toMatch(/^Added \*Valley/);
  });

  it("feeds and schedules: team B reads none of team A's for the same channel id", async () => {
    expect(await bed.store.channelFeeds(B, CHANNEL)).toEqual([]);
    expect(await bed.store.getDigestSettings(B, CHANNEL)).toBeUndefined();
    expect(await bed.store.unsubscribe(B, CHANNEL, 'https://feeds.example/a.xml')).toBe(false);
    expect((await bed.store.channelFeeds(A, CHANNEL)).map((f) => f.feedUrl)).toEqual(['https://feeds.example/a.xml']);
    // B subscribing to the same feed in its own channel with the same id creates B's own subscription.
    await bed.store.subscribe(B, CHANNEL, 'https://feeds.example/a.xml');
    const subscribers = await bed.store.feedSubscribers('https://feeds.example/a.xml');
    expect(subscribers).toEqual(
      expect.arrayContaining([
        { teamId: A, channelId: CHANNEL },
        { teamId: B, channelId: CHANNEL },
      ]),
    );
    await bed.store.unsubscribe(B, CHANNEL, 'https://feeds.example/a.xml');
    expect((await bed.store.channelFeeds(A, CHANNEL)).length).toBe(1);
  });

  it("the digest of team A's channel goes to team A only, with team A's articles; team B's same-id channel gets none of them", async () => {
    const feedUrl = 'https://feeds.example/a.xml';
    // Another text than A's stored story (the same body would be deduplicated into the hand-added one).
    const html = hardeningFixture('ferry-vote.html').replace(/winter/g, 'summer');
    await bed.store.saveArticle(A, analyze({ html, url: 'https://news.example/a-ferry' }), {
      source: 'feed',
      feedUrl,
      ingestedAt: new Date(),
    });
    await bed.store.setDigestSchedule(
      B,
      CHANNEL,
      { kind: 'daily', time: '08:00', tz: 'UTC' },
      new Date(Date.now() - 60_000),
    );
    const due = await bed.store.dueDigests(new Date());
    expect(
      due
        .filter((d) => d.channelId === CHANNEL)
        .map((d) => d.teamId)
        .sort(),
    ).toEqual([A, B]);
    const before = bed.slack.calls.length;
    const summary = await runDueDigests(testbedDigestDeps(bed));
    const posts = bed.slack.calls.slice(before).filter((c) => c.method === 'chat.postMessage');
    expect(summary).toMatchObject({ due: 2, failed: 0 });
    // Exactly one digest holds A's article; B's channel (no feeds of its own) gets no digest with it.
    const withA = posts.filter((p) => JSON.stringify(p.body).includes('Night Ferry'));
    expect(withA).toHaveLength(1);
    expect(posts).toHaveLength(1);
    expect(summary.byStatus).toEqual({ posted: 1, empty: 1 });
  });
});
