import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchArticleSource } from '../../lambdas/app/digest/digest-articles';
import type { LocalRuntime } from '../../lambdas/local/runtime';
import { replyText, sendCommand } from '../helpers/slack-request';
import { rss, startFeedServer } from '../feeds/feed-server';
import { startSlackTestbed } from '../slack/support/runtime';

/**
 * `/news filter` through the signed endpoint: per channel and feed, shown by
 * `/news feeds`, applied to the digest. The items link to pages the loopback
 * server does not have, so each is stored from the feed's own title and
 * description (the words a filter reads).
 */
describe('/news filter: per-feed include and exclude words for a channel’s digests', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let runtime: LocalRuntime;
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  const team = 'TFILTER';
  let requests = 0;
  const inChannel = (channelId: string) => (text: string) =>
    sendCommand(runtime.url, text, {
      teamId: team,
      channelId,
      responseUrl: bed.slack.responseUrl(`filter-${++requests}`),
      triggerId: `trigger-filter-${requests}`,
    });

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.set('/harbour.xml', {
      body: rss('Harbour Weekly', [
        {
          guid: 'h-1',
          title: 'Ferry timetable changes for the winter',
          link: feeds.url('/gone/h1'),
          description: 'Crossings to the islands run twice a day from November.',
        },
        {
          guid: 'h-2',
          title: 'Harbour festival draws record crowds',
          link: feeds.url('/gone/h2'),
          description: 'Music and boats along the quay all weekend.',
        },
        {
          guid: 'h-3',
          title: 'Council votes on new elections budget',
          link: feeds.url('/gone/h3'),
          description: 'The harbour ward asks for more polling stations.',
        },
      ]),
    });
    feeds.set('/sport.xml', {
      body: rss('Sport Desk', [
        {
          guid: 's-1',
          title: 'Rowing club wins the regatta',
          link: feeds.url('/gone/s1'),
          description: 'A sponsored race on the estuary.',
        },
        {
          guid: 's-2',
          title: 'Cup final tickets sold out',
          link: feeds.url('/gone/s2'),
          description: 'Betting odds favour the home side.',
        },
      ]),
    });
    bed = await startSlackTestbed();
    runtime = bed.runtime;
  });
  afterAll(async () => {
    await bed?.close();
    await feeds?.close();
  });

  it('answers bad requests clearly and changes nothing', async () => {
    const send = inChannel('CFILT0');
    expect((await send('filter')).reply.text).toContain('/news filter <feed number> include <words>');
    expect((await send('filter 1 include ferry')).reply.text).toContain('This channel follows no feeds.');
    await send(`subscribe ${feeds.url('/harbour.xml')}`);
    await runtime.idle();
    expect((await send('filter two include ferry')).reply.text).toContain('“two” is not a feed number.');
    expect((await send('filter 3 include ferry')).reply.text).toContain(
      'There is no feed number 3: this channel follows 1.',
    );
    expect((await send('filter 1 include')).reply.text).toContain(
      'Which words? For example `/news filter 1 include election, vote`.',
    );
    expect((await send('filter 1')).reply.text).toContain('Include, exclude or clear?');
    expect((await send('filter 1 only ferry')).reply.text).toContain(
      '“only” is not a filter mode: use include, exclude or clear.',
    );
    const eleven = Array.from({ length: 11 }, (_, i) => `word${i}`).join(' ');
    expect((await send(`filter 1 exclude ${eleven}`)).reply.text).toContain(
      'That is 11 words; a filter takes at most 10.',
    );
    expect((await send(`filter 1 exclude ${'x'.repeat(41)}`)).reply.text).toContain(
      'A filter word is at most 40 characters; one has 41.',
    );
    expect((await send('filter 1 clear ferry')).reply.text).toContain('`clear` takes no words');
    expect((await send('filter 1 include *** --')).reply.text).toContain('needs a letter or a digit');
    expect((await bed.store.channelFeeds(team, 'CFILT0'))[0]?.filter).toBeUndefined();
  });

  it('keeps only included words from one feed and drops excluded ones from another, per channel, and /news feeds shows both', async () => {
    const send = inChannel('CFILT1');
    await send(`subscribe ${feeds.url('/harbour.xml')}`);
    await send(`subscribe ${feeds.url('/sport.xml')}`);
    await runtime.idle();
    // "Ferries" meets "ferry" and "election" meets "elections", as in search.
    const include = await send('filter 1 include Ferries, election');
    expect(include.reply.text).toBe(
      "This channel's digests now show from *Harbour Weekly*: only items with “Ferries” or “election”.",
    );
    expect((await send('filter 2 exclude betting sponsored')).reply.text).toContain(
      'none with “betting” or “sponsored”',
    );
    const listed = (await send('feeds')).reply.text as string;
    expect(listed).toContain('1. *Harbour Weekly*');
    expect(listed).toContain(':mag: filter: only items with “Ferries” or “election”');
    expect(listed).toContain(':mag: filter: none with “betting” or “sponsored”');

    const preview = replyText((await send('digest')).reply);
    expect(preview).toContain('Ferry timetable changes');
    expect(preview).toContain('Council votes on new elections budget');
    expect(preview).not.toContain('Harbour festival');
    expect(preview).not.toContain('Rowing club');
    expect(preview).not.toContain('Cup final');

    // The scheduled run reads entries per feed: the same share.
    const { source } = batchArticleSource(bed.store);
    const titles = (await source(team, 'CFILT1', new Date(0))).map((a) => a.title);
    expect(titles.sort()).toEqual(['Council votes on new elections budget', 'Ferry timetable changes for the winter']);

    // Another channel following the same feeds sees everything.
    const other = inChannel('CFILT2');
    await other(`subscribe ${feeds.url('/harbour.xml')}`);
    await runtime.idle();
    // (a fresh source: one is built per scheduled run, and reads each team's followers once)
    expect((await batchArticleSource(bed.store).source(team, 'CFILT2', new Date(0))).map((a) => a.title)).toHaveLength(
      3,
    );
    expect((await other('feeds')).reply.text).not.toContain('filter:');

    expect((await send('filter 1 clear')).reply.text).toBe(
      "No filter on *Harbour Weekly* now: this channel's digests show all its items.",
    );
    expect(replyText((await send('digest')).reply)).toContain('Harbour festival');
    expect((await bed.store.channelFeeds(team, 'CFILT1'))[1]?.filter).toEqual({ exclude: ['betting', 'sponsored'] });
  });

  it('a filter command delivered twice (same trigger_id) acts once', async () => {
    await inChannel('CFILT3')(`subscribe ${feeds.url('/sport.xml')}`);
    await runtime.idle();
    const opts = {
      teamId: team,
      channelId: 'CFILT3',
      responseUrl: bed.slack.responseUrl('filter-twice'),
      triggerId: 'trigger-filter-twice',
    };
    const first = await sendCommand(runtime.url, 'filter 1 include regatta', opts);
    const second = await sendCommand(runtime.url, 'filter 1 include regatta', opts);
    expect(first.reply.text).toContain('only items with “regatta”');
    expect(second.reply.text).toContain('already did this request');
  });

  it('/news help documents the command', async () => {
    const help = (await inChannel('CFILT4')('help')).reply.text as string;
    expect(help).toContain('/news filter <feed number> include|exclude <words> | clear');
  });
});
