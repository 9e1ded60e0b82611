import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lambdas/core/pipeline';
import { signedHeaders, slashCommandBody } from '../../lambdas/local/sign';
import { ALREADY_DONE } from '../../lambdas/slack/command-context';
import { TEST_SIGNING_SECRET } from '../helpers/slack-request';
import { startSlackTestbed } from '../slack/support/runtime';
import { hardeningFixture } from './support/hostile-server';

/**
 * A command with an effect is done once per Slack request: the same signed
 * body sent again (a replay inside the 5-minute window) does nothing more.
 * `/news digest now` is single-flight per channel.
 */
const TEAM = 'T0REPLAY';

describe('Hardening: replays and races run once', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  const post = async (body: string, headers: Record<string, string>) => {
    const res = await fetch(`${bed.runtime.url}/slack/events`, { method: 'POST', headers, body });
    const raw = await res.text();
    return { status: res.status, reply: raw ? JSON.parse(raw) : undefined };
  };

  beforeAll(async () => {
    bed = await startSlackTestbed();
  });
  afterAll(async () => bed?.close());

  it('a replayed `/news unsubscribe 1` removes one feed, not two', async () => {
    for (const n of [1, 2, 3])
      await bed.store.subscribe(TEAM, 'C0UNSUB', `https://feeds.example/${n}.xml`, { title: `Feed ${n}` });
    const body = slashCommandBody({
      text: 'unsubscribe 1',
      teamId: TEAM,
      channelId: 'C0UNSUB',
      responseUrl: bed.slack.responseUrl('unsub'),
    });
    const headers = signedHeaders(TEST_SIGNING_SECRET, body);
    const first = await post(body, headers);
    expect(first.reply.text).toMatch(/^Unsubscribed from \*Feed \d\*\.$/);
    const replayed = await post(body, headers);
    expect(replayed).toEqual({ status: 200, reply: { response_type: 'ephemeral', text: ALREADY_DONE } });
    expect(await bed.store.channelFeeds(TEAM, 'C0UNSUB')).toHaveLength(2);
  });

  it('a new `/news unsubscribe 1` (its own trigger id) still works', async () => {
    const body = slashCommandBody({
      text: 'unsubscribe 1',
      teamId: TEAM,
      channelId: 'C0UNSUB',
      responseUrl: bed.slack.responseUrl('unsub-2'),
    });
    expect((await post(body, signedHeaders(TEST_SIGNING_SECRET, body))).reply.text).toMatch(/^Unsubscribed from/);
    expect(await bed.store.channelFeeds(TEAM, 'C0UNSUB')).toHaveLength(1);
  });

  it('five concurrent `/news digest now` post one digest; the others say it is being posted', async () => {
    const feedUrl = 'https://feeds.example/ferry.xml';
    const record = analyze({ html: hardeningFixture('ferry-vote.html'), url: 'https://news.example/ferry' });
    await bed.store.saveArticle(TEAM, record, { source: 'feed', feedUrl, ingestedAt: new Date() });
    await bed.store.subscribe(TEAM, 'C0NOW', feedUrl);
    const before = bed.slack.calls.length;
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => {
        const body = slashCommandBody({
          text: 'digest now',
          teamId: TEAM,
          channelId: 'C0NOW',
          responseUrl: bed.slack.responseUrl(`now-${n}`),
        });
        return post(body, signedHeaders(TEST_SIGNING_SECRET, body));
      }),
    );
    const posts = bed.slack.calls
      .slice(before)
      .filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0NOW');
    expect(posts).toHaveLength(1);
    const texts = answers.map((a) => String(a.reply?.text));
    expect(texts.filter((t) => t.startsWith('Posted the digest'))).toHaveLength(1);
    for (const text of texts.filter((t) => !t.startsWith('Posted the digest'))) {
      expect(text).toMatch(/^(A digest for this channel is being posted now|Nothing new from this channel’s feeds)/);
    }
  });
});
