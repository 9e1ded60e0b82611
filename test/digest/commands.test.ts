import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../lambdas/local/runtime';
import { replyText, sendCommand, TEST_BOT_TOKEN } from '../helpers/slack-request';
import { rss, startFeedServer } from '../feeds/feed-server';
import { STORIES, type StoryName } from './articles';
import { startSlackTestbed } from '../slack/support/runtime';
import { describeDue } from '../../lambdas/slack/commands/digest-when';

/** A news page for a story: site name, title, paragraphs, and a closing paragraph so the page passes the worker's length check. */
function page(name: StoryName, site: string): string {
  const [title, ...paragraphs] = STORIES[name].split('\n\n');
  const closing =
    'Further updates will follow as the situation develops, and readers can find earlier coverage of this story in our archive, together with background on the people and places involved.';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:site_name" content="${site}"><title>${title}</title></head><body><article><h1>${title}</h1>${[
    ...paragraphs,
    closing,
  ]
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
}

describe('/news subscribe, feeds, schedule, digest and digest now, through the signed Slack endpoint', () => {
  let runtime: LocalRuntime;
  let slack: Awaited<ReturnType<typeof startSlackTestbed>>['slack'];
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  const channelId = 'CDIGEST1';
  const send = (text: string) =>
    sendCommand(runtime.url, text, { teamId: 'TDIGEST', channelId, responseUrl: slack.responseUrl() });
  let subscriptions = 0;
  /** `/news subscribe`: a placeholder at once, then the worker's answer on the command's response_url. */
  const subscribe = async (url: string) => {
    const name = `subscribe-${++subscriptions}`;
    const { status, reply } = await sendCommand(runtime.url, `subscribe ${url}`, {
      teamId: 'TDIGEST',
      channelId,
      responseUrl: slack.responseUrl(name),
    });
    await runtime.idle();
    const posts = slack.calls.filter((c) => c.path === `/response/${name}`);
    return { status, placeholder: reply, posts, answer: posts.at(-1)?.body ?? {} };
  };

  beforeAll(async () => {
    feeds = await startFeedServer();
    // Two outlets (told apart by their og:site_name: both are served from this one loopback host).
    for (const [name, site] of [
      ['ferryA', 'Island Times'],
      ['comet', 'Island Times'],
      ['ferryB', 'North Post'],
    ] as const) {
      feeds.set(`/news/${name}`, { body: page(name, site), contentType: 'text/html; charset=utf-8' });
    }
    feeds.set('/island.xml', {
      body: rss('Island Times', [
        { guid: 'it-1', title: 'Ferry workers strike halts crossings to the islands', link: feeds.url('/news/ferryA') },
        { guid: 'it-2', title: 'Comet brightens enough to be seen with binoculars', link: feeds.url('/news/comet') },
      ]),
    });
    feeds.set('/north.xml', {
      body: rss('North Post', [
        { guid: 'np-1', title: 'Orkney ferries cancelled as crews walk out over pay', link: feeds.url('/news/ferryB') },
      ]),
    });
    feeds.set('/quiet.xml', { body: rss('Quiet Gazette', []) });
    feeds.set('/page.html', {
      body: '<!DOCTYPE html><html><head><title>Not a feed</title></head><body>Hello</body></html>',
      contentType: 'text/html',
    });
    bed = await startSlackTestbed();
    ({ runtime, slack } = bed);
  });
  afterAll(async () => {
    await bed?.close();
    await feeds?.close();
  });

  it('subscribes in the worker (the feed is a fetch) and answers in place of the placeholder with what it found', async () => {
    const { status, placeholder, posts, answer } = await subscribe(`<${feeds.url('/island.xml')}>`);
    expect(status).toBe(200);
    expect(placeholder).toMatchObject({ response_type: 'ephemeral', text: 'Checking the feed at 127.0.0.1…' });
    expect(posts).toHaveLength(1);
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(answer.text).toContain('Subscribed to *Island Times*: I found 2 items; reading 2 of them now.');
    expect((await subscribe(feeds.url('/north.xml'))).answer.text).toContain(
      'Subscribed to *North Post*: I found 1 item',
    );
    expect((await subscribe(feeds.url('/north.xml'))).answer.text).toContain(
      'This channel already follows *North Post*',
    );
  });

  it('says why a page is not a feed, and does not subscribe', async () => {
    const { answer } = await subscribe(feeds.url('/page.html'));
    expect(answer.text).toBe('I did not subscribe: This is an HTML page, not a feed.');
  });

  it('refuses a feed on a private address before connecting, and says why', async () => {
    const { placeholder, answer } = await subscribe('http://10.0.0.1/feed.xml');
    expect(placeholder.text).toBe('Checking the feed at 10.0.0.1…');
    expect(answer.text).toMatch(/^I did not subscribe: .*private/);
  });

  it('says when a feed cannot be read, and does not subscribe', async () => {
    const { answer } = await subscribe(feeds.url('/gone.xml'));
    expect(answer.text).toMatch(/^I did not subscribe: .*404/);
  });

  it('lists the channel’s feeds, numbered', async () => {
    const { reply } = await send('feeds');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain(`1. *Island Times* — ${feeds.url('/island.xml')}`);
    expect(reply.text).toContain(`2. *North Post* — ${feeds.url('/north.xml')}`);
  });

  it('gives the channel’s feeds as OPML that parses back to the same feeds', async () => {
    const { reply } = await send('feeds opml');
    expect(reply.response_type).toBe('ephemeral');
    const xml = /```\n([\s\S]*)\n```/
      .exec(reply.text)![1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    const outlines = [...xml.matchAll(/<outline type="rss" text="([^"]*)" title="[^"]*" xmlUrl="([^"]*)"\/>/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(outlines).toEqual([
      ['Island Times', feeds.url('/island.xml')],
      ['North Post', feeds.url('/north.xml')],
    ]);
    expect((await send('feeds xml')).reply.text).toContain('`/news feeds opml` gives them as OPML');
  });

  it.each([
    ['schedule daily 25:00 Europe/Berlin', 'not a time of day'],
    ['schedule daily 08:30 Europe/Berlinn', 'not a time zone I know'],
    ['schedule hourly', 'I know `daily`, `weekdays` and `off`'],
  ])('refuses `/news %s` with a clear error', async (command, error) => {
    const { reply } = await send(command);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain(error);
  });

  it('previews a channel that follows no feeds by saying so, not "nothing new since you subscribed"', async () => {
    const { reply } = await sendCommand(runtime.url, 'digest', {
      teamId: 'TDIGEST',
      channelId: 'CNOFEEDS',
      responseUrl: slack.responseUrl('nofeeds'),
    });
    const text = replyText(reply);
    expect(text).toContain('This channel follows no feeds yet: add one with `/news subscribe <feed url>`.');
    expect(text).not.toContain('since you subscribed');
  });

  it('sets a schedule and says when the next digest comes, in the channel’s zone', async () => {
    const { reply } = await send('schedule weekdays 07:00 America/New_York');
    expect(reply.text).toMatch(
      /^Digest schedule: `weekdays 07:00 America\/New_York`\. The next one: \w+day \d+ \w+ \d{4} at 07:00 \(America\/New_York\)\.$/,
    );
  });

  it('previews the next digest for the caller only, with the ferry story from two sources', async () => {
    const before = slack.calls.length;
    const { reply } = await send('digest');
    expect(reply.response_type).toBe('ephemeral');
    const text = replyText(reply);
    expect(text).toContain('Schedule: `weekdays 07:00 America/New_York`');
    expect(text).toContain('*2 sources*');
    expect(text).toContain('Comet brightens');
    expect(slack.calls.length).toBe(before); // nothing posted to the channel
  });

  it('does not wait out a rate limit on `digest now` (a command has 3 seconds): the user is told to try again and nothing is marked sent', async () => {
    slack.answerNext({ status: 429, headers: { 'retry-after': '30' }, body: { ok: false, error: 'ratelimited' } });
    const started = Date.now();
    const { reply } = await send('digest now');
    expect(reply.text).toBe('Slack did not take the digest just now (it is busy). Please try again in a minute.');
    // Refused at once: waiting the 30 s Slack asked for would have outlived the command.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await runtime.store.getDigestSettings('TDIGEST', channelId))?.lastSentAt).toBeUndefined();
  });

  it('posts the digest to the channel with chat.postMessage on `digest now`, and counts it as the latest digest', async () => {
    const earlier = slack.calls.length; // the rate-limited attempt above is not this digest
    const { reply } = await send('digest now');
    expect(reply.text).toBe('Posted the digest: 2 stories from 3 articles.');
    const posts = slack.calls.slice(earlier).filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ body: { channel: channelId }, authorization: `Bearer ${TEST_BOT_TOKEN}` });
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain('*2 sources*');

    const settings = await runtime.store.getDigestSettings('TDIGEST', channelId);
    expect(settings?.lastSentAt).toBeTruthy();
    expect(settings?.schedule).toEqual({ kind: 'weekdays', time: '07:00', tz: 'America/New_York' }); // the schedule carries on
    const again = await send('digest now');
    expect(again.reply.text).toContain('Nothing new');
    expect(slack.calls.slice(earlier).filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('says there has been no digest yet (not "since the last digest") in a channel that never had one, and counts in the singular', async () => {
    const other = 'CDIGEST2';
    const inOther = (text: string, name = 'other') =>
      sendCommand(runtime.url, text, { teamId: 'TDIGEST', channelId: other, responseUrl: slack.responseUrl(name) });
    await inOther(`subscribe ${feeds.url('/quiet.xml')}`, 'other-sub-1');
    await runtime.idle();
    const preview = replyText((await inOther('digest')).reply);
    expect(preview).toContain("No digest yet: nothing new from this channel's feeds since you subscribed.");
    expect(preview).not.toContain('since the last digest');
    expect((await inOther('digest now')).reply.text).toBe(
      "No digest yet: nothing new from this channel's feeds since you subscribed, so I posted nothing.",
    );
    // That empty run posted nothing: still no digest yet, in the preview and in another `digest now`.
    expect(replyText((await inOther('digest')).reply)).toContain(
      "No digest yet: nothing new from this channel's feeds since you subscribed.",
    );
    expect((await inOther('digest now')).reply.text).toBe(
      "No digest yet: nothing new from this channel's feeds since you subscribed, so I posted nothing.",
    );

    feeds.set('/news/library-east', { body: page('library', 'East Herald'), contentType: 'text/html; charset=utf-8' });
    feeds.set('/east.xml', {
      body: rss('East Herald', [
        { guid: 'eh-1', title: 'City library extends its opening hours', link: feeds.url('/news/library-east') },
      ]),
    });
    await inOther(`subscribe ${feeds.url('/east.xml')}`, 'other-sub-2');
    await runtime.idle();
    expect((await inOther('digest now')).reply.text).toBe('Posted the digest: 1 story from 1 article.');
    const posted = (await bed.store.getDigestSettings('TDIGEST', other))?.lastPostedAt;
    expect(posted).toBeDefined();
    const when = describeDue(new Date(posted!), 'UTC');
    expect((await inOther('digest now')).reply.text).toBe(
      `Nothing new from this channel's feeds since the last digest, posted ${when}, so I posted nothing.`,
    );
    // After that empty run, the last digest is still the one posted, at the same time.
    expect(replyText((await inOther('digest')).reply)).toContain(
      `Nothing new from this channel's feeds since the last digest, posted ${when}.`,
    );
    expect((await bed.store.getDigestSettings('TDIGEST', other))?.lastPostedAt).toBe(posted);
  });

  it('loses no feed item: a page too short to read shows the feed’s own title and description, and an article added before subscribing is linked to the feed', async () => {
    const third = 'CDIGEST3';
    const inThird = (text: string, name: string) =>
      sendCommand(runtime.url, text, { teamId: 'TDIGEST', channelId: third, responseUrl: slack.responseUrl(name) });
    feeds.set('/news/comet-video', {
      body: '<!DOCTYPE html><html><head><title>Watch</title></head><body><p>Video only.</p></body></html>',
      contentType: 'text/html; charset=utf-8',
    });
    feeds.set('/news/ferryC', { body: page('ferryC', 'South Star'), contentType: 'text/html; charset=utf-8' });
    // Added by hand first, before any feed lists it.
    await inThird(`add ${feeds.url('/news/ferryC')}`, 'third-add');
    await runtime.idle();
    feeds.set('/mixed.xml', {
      body: rss('South Star', [
        {
          guid: 'ss-1',
          title: 'Watch the comet over the bay',
          link: feeds.url('/news/comet-video'),
          description: 'A two-minute film of the comet rising over the bay at dawn.',
        },
        {
          guid: 'ss-2',
          title: 'Islanders stranded as Orkney ferry crews strike over pay',
          link: feeds.url('/news/ferryC'),
        },
      ]),
    });
    await inThird(`subscribe ${feeds.url('/mixed.xml')}`, 'third-sub');
    await runtime.idle();
    const preview = replyText((await inThird('digest', 'third-digest')).reply);
    expect(preview).toContain('Watch the comet over the bay');
    expect(preview).toContain('A two-minute film of the comet rising over the bay at dawn.');
    expect(preview).toContain('Islanders stranded');
    expect((await inThird('digest now', 'third-now')).reply.text).toMatch(
      /^Posted the digest: 2 stories from 2 articles\.$/,
    );
  });

  it('subscribes to each feed of an OPML list, and says what it added, what it skipped and why', async () => {
    const fourth = 'CDIGEST4';
    const inFourth = (text: string, name: string) =>
      sendCommand(runtime.url, text, { teamId: 'TDIGEST', channelId: fourth, responseUrl: slack.responseUrl(name) });
    await inFourth(`subscribe ${feeds.url('/north.xml')}`, 'fourth-sub-1');
    await runtime.idle();
    const opml = (urls: string[]) =>
      `<?xml version="1.0"?><opml version="2.0"><head><title>List</title></head><body>${urls.map((u) => `<outline type="rss" text="x" xmlUrl="${u}"/>`).join('')}</body></opml>`;
    feeds.set('/inner.opml', { body: opml([feeds.url('/quiet.xml')]), contentType: 'text/x-opml' });
    feeds.set('/list.opml', {
      body: opml(['/island.xml', '/north.xml', '/page.html', '/inner.opml']),
      contentType: 'text/x-opml',
    });
    await inFourth(`subscribe ${feeds.url('/list.opml')}`, 'fourth-list');
    await runtime.idle();
    const answer = slack.calls.filter((c) => c.path === '/response/fourth-list').at(-1)!.body.text as string;
    expect(answer).toContain('That address is a list of 4 feeds (OPML). This channel now follows 1 more feed.');
    expect(answer).toContain('*Added:*\n• *Island Times*: 2 items');
    expect(answer).toContain('*Already followed:*\n• *North Post*');
    expect(answer).toContain(`• ${feeds.url('/page.html')}: This is an HTML page, not a feed.`);
    expect(answer).toContain(`• ${feeds.url('/inner.opml')}: it is a list of feeds itself, not a feed`);
    const listed = (await inFourth('feeds', 'fourth-feeds')).reply.text;
    expect(listed).toContain('*This channel follows 2 feeds:*');
  });

  it('unsubscribes by number, and turns digests off', async () => {
    const { reply } = await send('unsubscribe 2');
    expect(reply.text).toBe('Unsubscribed from *North Post*.');
    expect((await send('feeds')).reply.text).not.toContain('North Post');
    expect((await send('unsubscribe 5')).reply.text).toContain('There is no feed number 5');
    expect((await send('schedule off')).reply.text).toBe('Digests are off for this channel.');
    expect((await send('digest')).reply.text).toContain('No digest is scheduled');
  });
});
