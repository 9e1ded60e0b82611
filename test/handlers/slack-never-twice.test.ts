import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPageServer } from '../slack/support/page-server';
import { blockAction, click, commandBody, postSigned } from '../slack/support/requests';
import { seedArticle } from '../slack/support/seed';
import { fixture, startSlackTestbed, TEAM } from '../slack/support/runtime';

describe('Never twice: retries and repeated deliveries of a command post once and store once', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  const postsTo = (name: string) =>
    bed.slack.calls.filter((c) => c.method === 'response_url' && c.path === `/response/${name}`);

  beforeAll(async () => {
    bed = await startSlackTestbed();
    pages = await startPageServer({
      '/a': { body: fixture('reading-room.html') },
      '/b': { body: fixture('reading-room.html').replace('Tressel', 'Amberley') },
    });
  });
  beforeEach(() => {
    bed.slack.calls.length = 0;
  });
  afterAll(async () => {
    await pages?.close();
    await bed?.close();
  });

  it('a Slack retry (X-Slack-Retry-Num) is answered 200 with nothing and runs nothing', async () => {
    const body = commandBody(`add ${pages.url('/a')}`, {
      teamId: TEAM,
      responseUrl: bed.slack.responseUrl('a'),
      triggerId: 'trigger-a',
    });
    const first = await postSigned(bed.runtime.url, body);
    const retry = await postSigned(bed.runtime.url, body, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(first.reply.text).toBe('Reading 127.0.0.1…');
    expect(retry.status).toBe(200);
    expect(retry.raw).toBe('');
    await bed.runtime.idle();
    expect(pages.hits['/a']).toBe(1);
    expect(postsTo('a')).toHaveLength(1);
    expect((await bed.store.latestArticles(TEAM, { limit: 10 })).items).toHaveLength(1);
  });

  it('the same command delivered twice without a retry header (same trigger_id) queues one job and posts once', async () => {
    const body = commandBody(`summary ${pages.url('/b')}`, {
      teamId: TEAM,
      responseUrl: bed.slack.responseUrl('b'),
      triggerId: 'trigger-b',
    });
    const [one, two] = await Promise.all([postSigned(bed.runtime.url, body), postSigned(bed.runtime.url, body)]);
    expect([one.reply?.text, two.reply?.text].filter(Boolean)).toEqual(['Reading 127.0.0.1…']);
    await bed.runtime.idle();
    expect(pages.hits['/b']).toBe(1);
    expect(postsTo('b')).toHaveLength(1);
  });

  it('pasted text delivered twice stores one article and answers once', async () => {
    const text = fixture('orchard-cooperative.txt');
    const body = commandBody(`add ${text}`, { teamId: 'T0PASTE', triggerId: 'trigger-paste' });
    const first = await postSigned(bed.runtime.url, body);
    const second = await postSigned(bed.runtime.url, body);
    expect(first.reply.text).toMatch(/^Added/);
    expect(second.raw).toBe('');
    expect((await bed.store.latestArticles('T0PASTE', { limit: 10 })).items).toHaveLength(1);
  });

  it('a retried button click (X-Slack-Retry-Num) is answered 200 and shares nothing', async () => {
    const { id } = await seedArticle(bed.store, TEAM, {
      text: fixture('night-ferry.txt'),
      url: 'https://news.example.org/ferry-retry',
    });
    const payload = blockAction({
      actionId: 'news_share',
      value: JSON.stringify({ id }),
      teamId: TEAM,
      responseUrl: bed.slack.responseUrl('share'),
      messageTs: '1700000099.000001',
    });
    const retry = await click(bed.runtime.url, payload, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    expect(postsTo('share')).toHaveLength(0);
    // The first delivery (no header) shares; the same click again does not.
    await click(bed.runtime.url, payload);
    await click(bed.runtime.url, payload);
    expect(postsTo('share')).toHaveLength(1);
  });
});
