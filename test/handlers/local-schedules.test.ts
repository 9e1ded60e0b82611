import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../lambdas/local/runtime';
import { rss, startFeedServer } from '../feeds/feed-server';
import { sendCommand } from '../helpers/slack-request';
import { startSlackTestbed } from '../slack/support/runtime';

const STORY = (n: number) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lighthouse ${n} relit after repairs</title></head><body><article><h1>Lighthouse ${n} relit after repairs</h1>` +
  [
    `The lighthouse on Skerry Point number ${n} was relit on Saturday evening after eight months of repairs to its lantern room and foundations.`,
    `"Ships can see us again," said keeper Rosa Lind, who has tended the light for nineteen years. "It feels like the coast has its voice back."`,
    'The repairs cost 2.1 million and were paid for by the harbour trust and a public appeal that drew donations from across the region.',
    'The trust said the light would be open to visitors on Sundays from April, with guided tours of the tower and the keepers cottage.',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('') +
  '</article></body></html>';

describe('npm start runs the schedules: the feed poller and digests fire locally as EventBridge fires them in AWS', () => {
  let runtime: LocalRuntime;
  let slack: Awaited<ReturnType<typeof startSlackTestbed>>['slack'];
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let feeds: Awaited<ReturnType<typeof startFeedServer>>;
  let now = new Date('2026-11-28T07:00:00Z');
  const send = (text: string) =>
    sendCommand(runtime.url, text, { teamId: 'TLOCALSCHED', channelId: 'CSCHED', responseUrl: slack.responseUrl() });

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.set('/story/1', { body: STORY(1), contentType: 'text/html; charset=utf-8' });
    feeds.set('/story/2', { body: STORY(2), contentType: 'text/html; charset=utf-8' });
    feeds.set('/coast.xml', {
      body: rss('Coast News', [
        { guid: 'c-1', title: 'Lighthouse 1 relit after repairs', link: feeds.url('/story/1') },
      ]),
    });
    bed = await startSlackTestbed({ clock: () => now });
    ({ runtime, slack } = bed);
  });
  afterAll(async () => {
    await bed?.close();
    await feeds?.close();
  });

  it('polls a due feed for new items and posts the channel digest when its time comes', async () => {
    expect((await send(`subscribe ${feeds.url('/coast.xml')}`)).reply.text).toContain('Checking the feed');
    expect((await send('schedule daily 08:00 UTC')).status).toBe(200);
    await runtime.idle();
    expect(slack.calls.filter((c) => c.path === '/response/r').at(-1)?.body.text).toContain(
      'Subscribed to *Coast News*',
    );

    // A new item appears; an hour later both the poll and the 08:00 digest are due.
    feeds.set('/coast.xml', {
      body: rss('Coast News', [
        { guid: 'c-1', title: 'Lighthouse 1 relit after repairs', link: feeds.url('/story/1') },
        { guid: 'c-2', title: 'Lighthouse 2 relit after repairs', link: feeds.url('/story/2') },
      ]),
    });
    now = new Date('2026-11-28T08:05:00Z');
    await runtime.runSchedules();
    await runtime.idle();
    const stored = await runtime.store.latestArticles('TLOCALSCHED', { limit: 10 });
    expect(stored.items.map((a) => a.title).sort()).toEqual([
      'Lighthouse 1 relit after repairs',
      'Lighthouse 2 relit after repairs',
    ]);

    const digests = slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'CSCHED');
    expect(digests).toHaveLength(1);

    // The same period does not post again.
    now = new Date('2026-11-28T08:20:00Z');
    await runtime.runSchedules();
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'CSCHED')).toHaveLength(1);
  });
});
