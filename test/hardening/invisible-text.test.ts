import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueDigests } from '../../lambdas/app/digest/run-due-digests';
import { analyze } from '../../lambdas/core/pipeline';
import { replyText, sendCommand } from '../helpers/slack-request';
import { blockAction, click } from '../slack/support/requests';
import { startSlackTestbed, testbedDigestDeps } from '../slack/support/runtime';
import { hardeningFixture, startHostileServer } from './support/hostile-server';

/**
 * An article whose title, quote and speaker carry direction-changing
 * characters (U+202E turns "Pay back" around) and zero-width ones. Every
 * view shows the text without them; the emoji joiner of 👩‍💻 stays.
 */
const TEAM = 'T0INVISIBLE';
const INVISIBLE = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;
const TECHNOLOGIST = '\u{1F469}\u200D\u{1F4BB}';

function expectNoInvisible(message: unknown, where: string) {
  const json = JSON.stringify(message);
  expect(json.length, `${where}: empty`).toBeGreaterThan(2);
  expect(
    INVISIBLE.exec(json)?.[0].codePointAt(0)?.toString(16),
    `${where} carries an invisible character`,
  ).toBeUndefined();
}

describe('Hardening: bidi controls and zero-width characters never reach Slack', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  let articleId = '';
  const send = (text: string) =>
    sendCommand(bed.runtime.url, text, { teamId: TEAM, responseUrl: bed.slack.responseUrl('cmd') });

  beforeAll(async () => {
    bed = await startSlackTestbed();
    web = await startHostileServer({ '/tolls': { body: hardeningFixture('invisible.html') } });
    await sendCommand(bed.runtime.url, `add <${web.url('/tolls')}>`, {
      teamId: TEAM,
      responseUrl: bed.slack.responseUrl('added'),
    });
    await bed.runtime.idle();
    articleId = (await bed.store.findArticleByUrl(TEAM, web.url('/tolls')))!.id;
  });
  afterAll(async () => {
    await web?.close();
    await bed?.close();
  });

  it('the card at response_url shows the title without them, emoji joiner kept', () => {
    const post = bed.slack.calls.find((c) => c.path === '/response/added')!.body;
    expectNoInvisible(post, 'card');
    expect(replyText(post)).toContain('Ferry Tollskcab yaP Rise on the Island Route');
    expect(replyText(post)).toContain(TECHNOLOGIST);
  });

  it.each([['summary ID'], ['latest'], ['search ferry tolls'], ['quote Olesen'], ['quote "old price"']])(
    '/news %s shows none',
    async (command) => {
      const { status, reply } = await send(command.replace('ID', articleId));
      expect(status).toBe(200);
      expectNoInvisible(reply, command);
      expect(replyText(reply)).toMatch(/Ferry Tolls|keep the old price/);
    },
  );

  it('the quote reads as said, with its speaker', async () => {
    const { reply } = await send('quote Olesen');
    const text = replyText(reply);
    expect(text).toContain('before the end of the month keep the old price');
    expect(text).toContain('Marta Olesen');
  });

  it.each([['news_article_quotes'], ['news_full_summary'], ['news_share']])(
    'the %s button answers without them',
    async (actionId) => {
      const before = bed.slack.calls.length;
      await click(
        bed.runtime.url,
        blockAction({
          actionId,
          value: articleId,
          teamId: TEAM,
          responseUrl: bed.slack.responseUrl(`click-${actionId}`),
          channelId: 'C0INVIS',
        }),
      );
      await bed.runtime.idle();
      const posts = bed.slack.calls.slice(before);
      expect(posts.length).toBeGreaterThan(0);
      for (const post of posts) expectNoInvisible(post.body, `${actionId} → ${post.method}`);
    },
  );

  it('the channel digest shows none', async () => {
    const team = 'T0INVISDIGEST';
    const feedUrl = 'https://feeds.example/ferry.xml';
    const record = analyze({ html: hardeningFixture('invisible.html'), url: 'https://news.example/tolls' });
    await bed.store.saveArticle(team, record, { source: 'feed', feedUrl, ingestedAt: new Date() });
    await bed.store.subscribe(team, 'C0DIGEST', feedUrl, { title: 'Ferry\u202E news\u200B' });
    await bed.store.setDigestSchedule(
      team,
      'C0DIGEST',
      { kind: 'daily', time: '08:00', tz: 'UTC' },
      new Date(Date.now() - 60_000),
    );
    const before = bed.slack.calls.length;
    expect((await runDueDigests(testbedDigestDeps(bed))).failed).toBe(0);
    const posts = bed.slack.calls
      .slice(before)
      .filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0DIGEST');
    expect(posts).toHaveLength(1);
    expectNoInvisible(posts[0]!.body, 'digest');
    const feeds = await sendCommand(bed.runtime.url, 'feeds', { teamId: team, channelId: 'C0DIGEST' });
    expectNoInvisible(feeds.reply, '/news feeds');
    expect(replyText(feeds.reply)).toContain('Ferry news');
  });
});
