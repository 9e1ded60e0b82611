import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../lambdas/local/runtime';
import { replyText, sendCommand } from '../helpers/slack-request';
import { startSlackTestbed } from '../slack/support/runtime';
import { rss, startFeedServer } from './feed-server';

/**
 * Feeds as a new user meets them, through the signed endpoint and the worker,
 * with loopback feeds and pages of our own: a paywall stub, a JSON Feed whose
 * items carry only HTML, an OPML file with folders and the same feed written
 * several ways, and filters typed in capitals and with accents.
 */
describe('Feeds: items and lists of the kinds a new user brings', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let runtime: LocalRuntime;
  let web: Awaited<ReturnType<typeof startFeedServer>>;
  const team = 'TUNSEEN';
  let requests = 0;
  const inChannel = (channelId: string) => async (text: string) => {
    const name = `unseen-${++requests}`;
    const { reply } = await sendCommand(runtime.url, text, {
      teamId: team,
      channelId,
      responseUrl: bed.slack.responseUrl(name),
      triggerId: `trigger-unseen-${requests}`,
    });
    await runtime.idle();
    const later = bed.slack.calls.filter((c) => c.path === `/response/${name}`).at(-1)?.body;
    return { now: replyText(reply), later: later === undefined ? '' : replyText(later) };
  };

  beforeAll(async () => {
    web = await startFeedServer();
    bed = await startSlackTestbed();
    runtime = bed.runtime;
  });
  afterAll(async () => {
    await bed?.close();
    await web?.close();
  });

  it('a feed item whose page is a paywall stub is in the digest with the feed’s own title and description', async () => {
    web.set('/paywalled/budget', {
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html><head><title>Budget talks</title></head><body><article><h1>Budget talks stall</h1><p>Subscribe to continue reading this story.</p><button>Log in</button></article></body></html>',
    });
    web.set('/paywall.xml', {
      body: rss('Ledger', [
        {
          guid: 'l-1',
          title: 'Budget talks stall over the harbour tax',
          link: web.url('/paywalled/budget'),
          description: 'Ministers left the table without a deal on the harbour levy.',
        },
      ]),
    });
    const send = inChannel('CPAYWALL');
    await send(`subscribe ${web.url('/paywall.xml')}`);
    const preview = (await send('digest')).now;
    expect(preview).toContain('Budget talks stall over the harbour tax');
    expect(preview).toContain('Ministers left the table without a deal on the harbour levy.');
    expect(preview).not.toContain('Subscribe to continue reading');
  });

  it('a JSON Feed item with only content_html (no title, no summary, its page gone) is in the digest as text, markup removed', async () => {
    web.set('/only-html.json', {
      contentType: 'application/feed+json',
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Quay Notes',
        items: [
          {
            id: 'q-1',
            url: web.url('/gone/q1'),
            content_html:
              '<p>The <b>ferry</b> timetable changes on Monday: crossings run twice a day &amp; the night boat stops.</p><script>alert(1)</script>',
          },
        ],
      }),
    });
    const send = inChannel('CJSONHTML');
    const subscribed = await send(`subscribe ${web.url('/only-html.json')}`);
    expect(subscribed.later).toContain('Quay Notes');
    const preview = (await send('digest')).now;
    expect(preview).toContain('timetable changes on Monday');
    expect(preview).not.toContain('<b>');
    expect(preview).not.toContain('alert(1)');
  });

  it('an OPML list with folders and the same feed written several ways subscribes to each feed once and counts it once', async () => {
    web.set('/harbour.xml', {
      body: rss('Harbour Weekly', [
        {
          guid: 'h-1',
          title: 'Harbour festival draws crowds',
          link: web.url('/gone/h1'),
          description: 'Boats along the quay.',
        },
      ]),
    });
    web.set('/sport.xml', {
      body: rss('Sport Desk', [
        {
          guid: 's-1',
          title: 'Rowing club wins the regatta',
          link: web.url('/gone/s1'),
          description: 'A race on the estuary.',
        },
      ]),
    });
    const harbour = web.url('/harbour.xml');
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
      <outline text="Local"><outline text="Harbour" type="rss" xmlUrl="${harbour}"/>
        <outline text="More"><outline text="Harbour again" type="rss" xmlUrl="${harbour}?utm_source=reader"/><outline text="Sport" type="rss" xmlUrl="/sport.xml"/></outline>
      </outline>
      <outline text="Harbour, www and slash" type="rss" xmlUrl="${harbour}/"/>
      <outline text="Sport again" type="rss" xmlUrl="${web.url('/sport.xml')}#top"/>
    </body></opml>`;
    web.set('/mine.opml', { body: opml, contentType: 'text/x-opml' });
    const send = inChannel('COPMLDUP');
    const answer = (await send(`subscribe ${web.url('/mine.opml')}`)).later;
    expect(answer).toContain('That address is a list of 2 feeds (OPML). This channel now follows 2 more feeds.');
    expect(answer).toContain('• *Harbour Weekly*: 1 item');
    expect(answer).toContain('• *Sport Desk*: 1 item');
    expect(answer).not.toContain('Already followed');
    expect(answer).not.toContain('Not added');
    // The other spellings were never fetched.
    expect(
      web.requests
        .filter((r) => r.path.startsWith('/harbour.xml'))
        .map((r) => r.path)
        .every((p) => p === '/harbour.xml'),
    ).toBe(true);
    expect((await send('feeds')).now).toContain('*This channel follows 2 feeds:*');
  });

  it('an article added by /news add before subscribing, listed by the feed under a tracking link, is linked to the feed, stored once, and its link is known', async () => {
    const story = (title: string) =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="canonical" href="${web.url('/news/lighthouse')}"><title>${title}</title></head><body><article><h1>${title}</h1>` +
      `${'<p>The old lighthouse on the north pier will be restored this summer, the harbour trust said on Friday, after volunteers raised the last of the money needed for the lamp room and the stairs. Work starts in May and visitors will be able to climb the tower again from September.</p>'.repeat(2)}</article></body></html>`;
    const html = { contentType: 'text/html; charset=utf-8' };
    web.set('/news/lighthouse', { body: story('Lighthouse to be restored'), ...html });
    web.set('/news/lighthouse?ref=rss', { body: story('Lighthouse to be restored'), ...html });
    web.set('/pier.xml', {
      body: rss('Pier Post', [
        { guid: 'p-1', title: 'Lighthouse to be restored', link: web.url('/news/lighthouse?ref=rss') },
      ]),
    });
    const send = inChannel('CADDFIRST');
    expect((await send(`add ${web.url('/news/lighthouse')}`)).later).toContain('Lighthouse to be restored');
    await send(`subscribe ${web.url('/pier.xml')}`);
    expect((await send('digest')).now).toContain('Lighthouse to be restored');
    expect(
      (await bed.store.latestArticles(team, { limit: 50 })).items.filter(
        (a) => a.title === 'Lighthouse to be restored',
      ),
    ).toHaveLength(1);
    // The feed's tracking link was fetched once; asked for again, it is answered from the table.
    const fetched = web.hits('/news/lighthouse?ref=rss');
    expect((await send(`summary ${web.url('/news/lighthouse?ref=rss')}`)).now).toContain('Lighthouse to be restored');
    expect(web.hits('/news/lighthouse?ref=rss')).toBe(fetched);
  });

  it('filters typed in capitals, with accents or with ß match the items’ words however they are written', async () => {
    web.set('/city.xml', {
      body: rss('City Desk', [
        {
          guid: 'c-1',
          title: 'ZÜRICH council opens the new tram line',
          link: web.url('/gone/c1'),
          description: 'Trams run every six minutes.',
        },
        {
          guid: 'c-2',
          title: 'Élection municipale: turnout rises',
          link: web.url('/gone/c2'),
          description: 'Polling stations stayed open late.',
        },
        {
          guid: 'c-3',
          title: 'Hauptstrasse closed for repairs',
          link: web.url('/gone/c3'),
          description: 'Diversions are signed.',
        },
        {
          guid: 'c-4',
          title: 'Bakery wins a prize',
          link: web.url('/gone/c4'),
          description: 'The rye loaf took first place.',
        },
      ]),
    });
    const send = inChannel('CUNICODE');
    await send(`subscribe ${web.url('/city.xml')}`);
    expect((await send('filter 1 include zurich, ELECTION, Hauptstraße')).now).toContain('only items with');
    const preview = (await send('digest')).now;
    expect(preview).toContain('tram line');
    expect(preview).toContain('turnout rises');
    expect(preview).toContain('Hauptstrasse closed');
    expect(preview).not.toContain('Bakery');
    await send('filter 1 clear');
    expect((await send('filter 1 exclude Zurich, ÉLECTION')).now).toContain('none with');
    const excluded = (await send('digest')).now;
    expect(excluded).not.toContain('tram line');
    expect(excluded).not.toContain('turnout rises');
    expect(excluded).toContain('Hauptstrasse closed');
    expect(excluded).toContain('Bakery wins a prize');
  });
});
