import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signedHeaders } from '../../lambdas/local/sign';
import { replyText } from '../helpers/slack-request';
import { startPageServer } from '../slack/support/page-server';
import { buttonsOf, linkSharedEvent, postEvent } from '../slack/support/requests';
import { seedArticle } from '../slack/support/seed';
import { fixture, startSlackTestbed, TEAM } from '../slack/support/runtime';

const FERRY_QUOTE = { text: 'Without the boat I would have to move,', speaker: 'Ada Brennan', role: 'nurse' };
const SHORT_PAGE =
  '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/a">A</a></nav><p>Welcome to our site.</p></body></html>';

describe('Events API: link_shared unfurls each link with the article card, read first when not stored', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  const unfurls = () => bed.slack.calls.filter((c) => c.method === 'chat.unfurl');
  const channelPosts = () => bed.slack.calls.filter((c) => c.method !== 'chat.unfurl');

  beforeAll(async () => {
    bed = await startSlackTestbed({ fetchTimeoutMs: 300 });
    pages = await startPageServer({
      '/2026/reading-room': { body: fixture('reading-room.html') },
      '/home': { body: SHORT_PAGE },
      '/slow': { hang: true },
    });
  });
  beforeEach(() => {
    bed.slack.calls.length = 0;
  });
  afterAll(async () => {
    await pages?.close();
    await bed?.close();
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({
      token: 'x',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const res = await postEvent(bed.runtime.url, body);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.raw)).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('refuses an event signed with another secret, before any work', async () => {
    const body = linkSharedEvent([pages.url('/2026/reading-room')]);
    const res = await fetch(`${bed.runtime.url}/slack/events`, {
      method: 'POST',
      headers: { ...signedHeaders('not-the-secret', body), 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(401);
    await bed.runtime.idle();
    expect(bed.slack.calls).toHaveLength(0);
    expect(pages.hits['/2026/reading-room']).toBeUndefined();
  });

  it('a stored article unfurls from the table: headline, source, date, summary, confident quote, Quotes and Full summary', async () => {
    // Served by no one: a fetch would show up as a hit on /stored/ferry.
    const url = pages.url('/stored/ferry');
    // Dated: an undated article shows no date, and this one's card should show its day.
    await seedArticle(bed.store, TEAM, {
      text: fixture('night-ferry.txt'),
      url,
      quotes: [FERRY_QUOTE],
      publishedAt: '2026-11-20T09:00:00Z',
    });
    const res = await postEvent(bed.runtime.url, linkSharedEvent([url]));
    expect(res.status).toBe(200);
    expect(res.raw).toBe('');
    await bed.runtime.idle();
    const [call] = unfurls();
    expect(unfurls()).toHaveLength(1);
    expect(call!.authorization).toMatch(/^Bearer xoxb-/);
    expect(call!.body.unfurl_id).toMatch(/^C0TEST\./);
    expect(call!.body.source).toBe('conversations_history');
    expect(Object.keys(call!.body.unfurls)).toEqual([url]);
    const unfurl = call!.body.unfurls[url];
    const text = replyText(unfurl);
    expect(text).toContain('Council Votes to Keep the Night Ferry Running');
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/• /);
    expect(text).toContain(`— ${FERRY_QUOTE.speaker}`);
    expect(pages.hits['/stored/ferry']).toBeUndefined();
    expect(buttonsOf(unfurl).map((b) => b.text)).toEqual(['Quotes', 'Full summary']);
    expect(channelPosts()).toHaveLength(0);
  });

  it('an unread link is read by the worker, stored, then unfurled; a second link that is no article is left out', async () => {
    const article = pages.url('/2026/reading-room');
    const home = pages.url('/home');
    await postEvent(bed.runtime.url, linkSharedEvent([article, home]));
    await bed.runtime.idle();
    expect(pages.hits['/2026/reading-room']).toBe(1);
    expect(await bed.store.findArticleByUrl(TEAM, article)).toBeDefined();
    const [call] = unfurls();
    expect(Object.keys(call!.body.unfurls)).toEqual([article]);
    expect(replyText(call!.body.unfurls[article])).toContain('Reading Room Reopens in the Old Customs House');
    expect(channelPosts()).toHaveLength(0);
  });

  it('a page that is not an article, or a site that never answers, unfurls with nothing and says nothing in the channel', async () => {
    await postEvent(bed.runtime.url, linkSharedEvent([pages.url('/home')]));
    await postEvent(bed.runtime.url, linkSharedEvent([pages.url('/slow')]));
    await bed.runtime.idle();
    expect(pages.hits['/slow']).toBe(1);
    expect(bed.slack.calls).toHaveLength(0);
  });

  it('a retried event (same event_id, X-Slack-Retry-Num) is acknowledged and unfurled once', async () => {
    const url = pages.url('/2026/reading-room');
    const body = linkSharedEvent([url], { eventId: 'Ev0RETRY1' });
    const first = await postEvent(bed.runtime.url, body);
    const retry = await postEvent(bed.runtime.url, body, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    const again = await postEvent(bed.runtime.url, body, {
      'x-slack-retry-num': '2',
      'x-slack-retry-reason': 'http_error',
    });
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    await bed.runtime.idle();
    expect(unfurls()).toHaveLength(1);
  });

  it('a link in a message being written is unfurled by unfurl_id and source', async () => {
    const url = pages.url('/2026/reading-room');
    await postEvent(bed.runtime.url, linkSharedEvent([url], { composer: true }));
    await bed.runtime.idle();
    const [call] = unfurls();
    expect(call!.body.source).toBe('composer');
    expect(call!.body.unfurl_id).toBeTruthy();
  });

  it('escapes article text in the unfurl: no mention, no forged link reaches the channel', async () => {
    const url = pages.url('/stored/harbour');
    await seedArticle(bed.store, TEAM, {
      text: fixture('hostile-markup.txt'),
      url,
      quotes: [
        {
          text: 'Nobody here wrote that notice, and <@U0ADMIN> never approved it,',
          speaker: 'Lena Ortiz',
          role: 'board secretary',
        },
      ],
    });
    await postEvent(bed.runtime.url, linkSharedEvent([url]));
    await bed.runtime.idle();
    const text = replyText(unfurls()[0]!.body.unfurls[url]);
    expect(text).toContain('Lena Ortiz');
    expect(text).not.toMatch(/<!channel>|<!here>|<@U0ADMIN>|<https:\/\/evil/);
    expect(text).toContain('&lt;!channel&gt;');
  });
});
