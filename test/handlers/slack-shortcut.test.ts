import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { interactionBody } from '../../lambdas/local/sign';
import { replyText } from '../helpers/slack-request';
import { startPageServer } from '../slack/support/page-server';
import { buttonsOf, messageShortcut, postSigned } from '../slack/support/requests';
import { seedArticle } from '../slack/support/seed';
import { fixture, startSlackTestbed, TEAM } from '../slack/support/runtime';

const SHORT_PAGE =
  '<!doctype html><html><head><title>Home</title></head><body><p>Welcome to our site.</p></body></html>';

describe('Message shortcut "Summarize with NewsBot": the card of the message\'s link, only for whoever clicked', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  const postsTo = (name: string) =>
    bed.slack.calls.filter((c) => c.method === 'response_url' && c.path === `/response/${name}`);
  const shortcut = (text: string, name: string, extra: Record<string, string> = {}) =>
    postSigned(
      bed.runtime.url,
      interactionBody(messageShortcut({ text, responseUrl: bed.slack.responseUrl(name) })),
      extra,
    );

  beforeAll(async () => {
    bed = await startSlackTestbed({ fetchTimeoutMs: 300 });
    pages = await startPageServer({
      '/2026/reading-room': { body: fixture('reading-room.html') },
      '/home': { body: SHORT_PAGE },
    });
  });
  beforeEach(() => {
    bed.slack.calls.length = 0;
  });
  afterAll(async () => {
    await pages?.close();
    await bed?.close();
  });

  it('a stored article answers at once with its card, ephemeral, without touching the shared message', async () => {
    const url = pages.url('/stored/ferry');
    await seedArticle(bed.store, TEAM, { text: fixture('night-ferry.txt'), url });
    const res = await shortcut(`Look at this <${url}|ferry story>`, 'stored');
    expect(res.status).toBe(200);
    expect(res.raw).toBe('');
    await bed.runtime.idle();
    const [post] = postsTo('stored');
    expect(postsTo('stored')).toHaveLength(1);
    expect(post!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(replyText(post!.body)).toContain('Council Votes to Keep the Night Ferry Running');
    expect(buttonsOf(post!.body).map((b) => b.text)).toEqual(['Share in channel', 'Quotes', 'Full summary']);
    expect(pages.hits['/stored/ferry']).toBeUndefined();
  });

  it('an unread link: "Reading <host>…" at once, then the card as a new ephemeral message', async () => {
    const url = pages.url('/2026/reading-room');
    await shortcut(`<${url}>`, 'unread');
    await bed.runtime.idle();
    const posts = postsTo('unread');
    expect(posts.map((p) => p.body.text)).toEqual([
      'Reading 127.0.0.1…',
      expect.stringContaining('Reading Room Reopens'),
    ]);
    expect(posts.every((p) => p.body.replace_original === false && p.body.response_type === 'ephemeral')).toBe(true);
    expect(await bed.store.findArticleByUrl(TEAM, url)).toBeDefined();
  });

  it('a message without a link gets a clear answer, and nothing is read', async () => {
    await shortcut('Morning all, <@U0BOSS> says the meeting moved to 10.', 'nolink');
    await bed.runtime.idle();
    const [post] = postsTo('nolink');
    expect(post!.body.text).toMatch(/^That message has no link I can read/);
    expect(bed.slack.calls).toHaveLength(1);
  });

  it('several links: the first, with a note saying so', async () => {
    const url = pages.url('/stored/ferry');
    await shortcut(`Two: <${url}> and <${pages.url('/2026/reading-room')}>`, 'two');
    await bed.runtime.idle();
    const text = replyText(postsTo('two')[0]!.body);
    expect(text).toContain('Night Ferry');
    expect(text).toContain('That message has 2 links; this is the first.');
  });

  it('a page that is not an article is answered in words', async () => {
    await shortcut(`<${pages.url('/home')}>`, 'home');
    await bed.runtime.idle();
    expect(postsTo('home').map((p) => p.body.text)).toEqual([
      'Reading 127.0.0.1…',
      expect.stringMatching(/^That page is not an article/),
    ]);
  });

  it('a retried delivery (X-Slack-Retry-Num) answers nothing more', async () => {
    const body = interactionBody(
      messageShortcut({ text: 'no link here', responseUrl: bed.slack.responseUrl('retry'), triggerId: 'trig-retry' }),
    );
    await postSigned(bed.runtime.url, body);
    const retry = await postSigned(bed.runtime.url, body, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    const again = await postSigned(bed.runtime.url, body);
    expect([retry.status, again.status]).toEqual([200, 200]);
    await bed.runtime.idle();
    expect(postsTo('retry')).toHaveLength(1);
  });
});
