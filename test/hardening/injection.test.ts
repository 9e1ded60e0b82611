import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueDigests } from '../../lambdas/app/digest/run-due-digests';
import { analyze } from '../../lambdas/core/pipeline';
import { replyText, sendCommand } from '../helpers/slack-request';
import { blockAction, buttonsOf, click } from '../slack/support/requests';
import { startSlackTestbed, testbedDigestDeps } from '../slack/support/runtime';
import { hardeningFixture, startHostileServer } from './support/hostile-server';

/**
 * An article whose text tries to ping everyone (`<!channel>`, `<!here>`),
 * mention a user (`<@U123>`) or forge a link (`<https://evil|bank>`). It is
 * stored as written; every reply that shows it shows it escaped.
 */
const TEAM = 'T0INJECT';
const RAW = ['<!channel>', '<!here>', '<@U123>', '<https://evil.example/pay|your bank>', '<!subteam^S123|@owners>'];
/** What must never reach Slack unescaped: the start of each trick. */
const FORBIDDEN = ['<!channel', '<!here', '<@U123', '<https://evil', '<!subteam'];

function expectNoInjection(message: unknown, where: string) {
  const text = replyText(message);
  expect(text.length, `${where}: empty reply`).toBeGreaterThan(0);
  for (const bad of FORBIDDEN) expect(text, `${where} shows ${bad}`).not.toContain(bad);
  // Even a URL field could carry it: look at the whole JSON too.
  const json = JSON.stringify(message);
  for (const bad of FORBIDDEN) expect(json, `${where} JSON carries ${bad}`).not.toContain(bad);
}

describe('Hardening: Slack mention and link injection from article text', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  let articleId = '';
  let url = '';
  const send = (text: string) =>
    sendCommand(bed.runtime.url, text, { teamId: TEAM, responseUrl: bed.slack.responseUrl('cmd') });

  beforeAll(async () => {
    bed = await startSlackTestbed();
    web = await startHostileServer({ '/fees': { body: hardeningFixture('injected.html') } });
    url = web.url('/fees');
    const { reply } = await sendCommand(bed.runtime.url, `add <${url}>`, {
      teamId: TEAM,
      responseUrl: bed.slack.responseUrl('added'),
    });
    expect(reply.text).toBe('Reading 127.0.0.1…');
    await bed.runtime.idle();
    const stored = await bed.store.findArticleByUrl(TEAM, url);
    expect(stored).toBeDefined();
    articleId = stored!.id;
  });
  afterAll(async () => {
    await web?.close();
    await bed?.close();
  });

  it("stores the text as written (escaping is the view's job, not the store's)", async () => {
    const stored = await bed.store.getArticle(TEAM, articleId);
    for (const raw of RAW.filter((r) => r !== '<!channel>')) expect(stored!.body).toContain(raw);
    expect(stored!.title).toBe('Harbour Fees Rise <!channel> After Council Vote');
  });

  it('the card posted at response_url shows every trick escaped', () => {
    const post = bed.slack.calls.find((c) => c.path === '/response/added')!.body;
    expectNoInjection(post, 'card');
    expect(replyText(post)).toContain('&lt;!channel&gt;');
  });

  it.each([
    ['summary ID'],
    ['latest'],
    ['search harbour fees'],
    ['search dredging'],
    ['quote Lindqvist'],
    ['quote "your bank"'],
    ['summary harbour fees dredging'],
  ])('/news %s shows it escaped', async (command) => {
    const { status, reply } = await send(command.replace('ID', articleId));
    expect(status).toBe(200);
    expectNoInjection(reply, command);
  });

  it('the quote is found with its speaker, and its forged link is shown as text', async () => {
    const { reply } = await send('quote Lindqvist');
    const text = replyText(reply);
    expect(text).toContain('Greta Lindqvist');
    expect(text).toContain('&lt;https://evil.example/pay|your bank&gt;');
  });

  it.each([['news_article_quotes'], ['news_full_summary'], ['news_share']])(
    'the %s button answers escaped',
    async (actionId) => {
      const name = `click-${actionId}`;
      const before = bed.slack.calls.length;
      const { status } = await click(
        bed.runtime.url,
        blockAction({
          actionId,
          value: articleId,
          teamId: TEAM,
          responseUrl: bed.slack.responseUrl(name),
          channelId: 'C0INJECT',
        }),
      );
      expect(status).toBe(200);
      await bed.runtime.idle();
      const posts = bed.slack.calls.slice(before);
      expect(posts.length).toBeGreaterThan(0);
      for (const post of posts) expectNoInjection(post.body, `${actionId} → ${post.method}`);
    },
  );

  it('the channel digest shows it escaped', async () => {
    const team = 'T0INJECTDIGEST';
    const feedUrl = 'https://feeds.example/harbour.xml';
    const record = analyze({ html: hardeningFixture('injected.html'), url: 'https://news.example/fees' });
    await bed.store.saveArticle(team, record, { source: 'feed', feedUrl, ingestedAt: new Date() });
    await bed.store.subscribe(team, 'C0DIGEST', feedUrl);
    await bed.store.setDigestSchedule(
      team,
      'C0DIGEST',
      { kind: 'daily', time: '08:00', tz: 'UTC' },
      new Date(Date.now() - 60_000),
    );
    const before = bed.slack.calls.length;
    const summary = await runDueDigests(testbedDigestDeps(bed));
    expect(summary.failed).toBe(0);
    const posts = bed.slack.calls
      .slice(before)
      .filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0DIGEST');
    expect(posts).toHaveLength(1);
    expectNoInjection(posts[0]!.body, 'digest');
    expect(replyText(posts[0]!.body)).toContain('&lt;!channel&gt;');
  });

  it('buttons of the card carry the article id only, never article text', async () => {
    const { reply } = await send(`summary ${articleId}`);
    const buttons = buttonsOf(reply);
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) expect(JSON.parse(b.value)).toEqual({ id: articleId });
  });
});
