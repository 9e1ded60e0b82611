import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lambdas/core/pipeline';
import { sendCommand } from '../helpers/slack-request';
import { rss, startFeedServer } from '../feeds/feed-server';
import { startSlackTestbed } from '../slack/support/runtime';
import { hardeningFixture } from './support/hostile-server';

/**
 * A reply of text alone is read by Slack with its automatic parsing: a bare
 * address in it becomes a live link, "#general" a channel link. Replies that
 * carry a feed's title, a server's reason or an article's names show them
 * from verbatim sections (the text stays for notifications).
 */
const TEAM = 'T0VERBATIM';
const CHANNEL = 'C0VERBATIM';
const TITLE = 'Urgent: confirm your account at secure-login.bank.example/verify in #general';

/** The reply as the user sees it: from sections, each verbatim, holding the words asked for. */
function expectShownVerbatim(reply: any, words: string) {
  expect(reply.blocks?.length, `no blocks in ${JSON.stringify(reply)}`).toBeGreaterThan(0);
  const texts = (reply.blocks as any[]).map((block) => block.text);
  for (const text of texts) expect(text).toMatchObject({ type: 'mrkdwn', verbatim: true });
  expect(texts.map((t) => t.text).join('\n')).toContain(words);
}

describe('Hardening: text replies that carry others’ words are verbatim', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  let commands = 0;
  /** A command, and what it answered: at once, or (for the slow path) later at its response_url. */
  const send = async (text: string) => {
    const name = `verbatim-${++commands}`;
    const url = bed.slack.responseUrl(name);
    const { reply } = await sendCommand(bed.runtime.url, text, { teamId: TEAM, channelId: CHANNEL, responseUrl: url });
    await bed.runtime.idle();
    const later = bed.slack.calls.filter((c) => c.path === `/response/${name}`).at(-1)?.body;
    return { reply, later };
  };

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.set('/lure.xml', { body: rss(TITLE, []) });
    feeds.set('/ticks.xml', { body: rss('Gazette ``` see bank.example/login ```', []) });
    feeds.set('/page.html', { body: '<!DOCTYPE html><title>x</title><p>Hello', contentType: 'text/html' });
    bed = await startSlackTestbed();
    const record = analyze({ html: hardeningFixture('ferry-vote.html'), url: 'https://news.example/ferry' });
    await bed.store.saveArticle(TEAM, record, { source: 'slack', ingestedAt: new Date() });
  });
  afterAll(async () => {
    await bed?.close();
    await feeds?.close();
  });

  it('/news subscribe answers with the feed’s title verbatim', async () => {
    const { later } = await send(`subscribe ${feeds.url('/lure.xml')}`);
    expect(later?.text).toContain(TITLE);
    expectShownVerbatim(later, TITLE);
  });

  it('/news feeds, filter and unsubscribe show the title verbatim', async () => {
    expectShownVerbatim((await send('feeds')).reply, TITLE);
    expectShownVerbatim((await send('filter 1 include ferry')).reply, TITLE);
    expectShownVerbatim((await send('unsubscribe 1')).reply, TITLE);
  });

  it('a refused subscription shows the server’s reason verbatim', async () => {
    const { later } = await send(`subscribe ${feeds.url('/page.html')}`);
    expectShownVerbatim(later, 'not a feed');
  });

  it('/news quote suggests the articles’ names verbatim', async () => {
    const { reply } = await send('quote Haverkam');
    expect(reply.text).toContain('did you mean');
    expectShownVerbatim(reply, 'Haverkamp');
  });

  it('/news feeds opml keeps a title’s backticks inside the code block', async () => {
    await send(`subscribe ${feeds.url('/ticks.xml')}`);
    const { reply } = await send('feeds opml');
    const fences = reply.text.split('```');
    // One block: the text before it, the OPML, the text after it.
    expect(fences).toHaveLength(3);
    expect(fences[1]).toContain('title="Gazette &amp;#96;&amp;#96;&amp;#96; see bank.example/login');
  });
});
