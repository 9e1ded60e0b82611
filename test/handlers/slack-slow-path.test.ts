import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replyText, sendCommand } from '../helpers/slack-request';
import { startPageServer } from '../slack/support/page-server';
import { buttonsOf } from '../slack/support/requests';
import { fixture, startSlackTestbed, TEAM } from '../slack/support/runtime';

const SHORT_PAGE =
  '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/a">A</a></nav><p>Welcome to our site.</p></body></html>';

describe('Slack slow path: a URL not stored yet is read by the worker, which answers at response_url', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let pages: Awaited<ReturnType<typeof startPageServer>>;
  const send = (text: string, responseName: string) =>
    sendCommand(bed.runtime.url, text, { teamId: TEAM, responseUrl: bed.slack.responseUrl(responseName) });
  const postsTo = (name: string) =>
    bed.slack.calls.filter((c) => c.method === 'response_url' && c.path === `/response/${name}`);

  beforeAll(async () => {
    bed = await startSlackTestbed({ fetchTimeoutMs: 300 });
    pages = await startPageServer({
      '/2026/reading-room': { body: fixture('reading-room.html') },
      '/home': { body: SHORT_PAGE },
      '/photo.png': { contentType: 'image/png', body: 'PNG' },
      '/slow': { hang: true },
      '/gone': { status: 404, body: 'gone' },
    });
  });
  beforeEach(() => {
    bed.slack.calls.length = 0;
  });
  afterAll(async () => {
    await pages?.close();
    await bed?.close();
  });

  it('answers "Reading <host>…" at once, then replaces it with the article card', async () => {
    const url = pages.url('/2026/reading-room');
    const { status, reply } = await send(`summary <${url}>`, 'room');
    expect(status).toBe(200);
    expect(reply).toEqual({ response_type: 'ephemeral', text: 'Reading 127.0.0.1…' });

    await bed.runtime.idle();
    const posts = postsTo('room');
    expect(posts).toHaveLength(1);
    const card = posts[0]!.body;
    expect(card.replace_original).toBe(true);
    expect(card.response_type).toBe('ephemeral');
    const text = replyText(card);
    expect(text).toContain('Reading Room Reopens in the Old Customs House');
    expect(text).toContain('• ');
    expect(text).not.toContain('All rights reserved');
    expect(buttonsOf(card).map((b) => b.text)).toEqual(['Share in channel', 'Quotes', 'Full summary']);

    // Asked again: answered from the table in the HTTP response, no second fetch, no post.
    const again = await send(`summary ${url}`, 'room-again');
    expect(replyText(again.reply)).toContain('Reading Room Reopens');
    await bed.runtime.idle();
    expect(pages.hits['/2026/reading-room']).toBe(1);
    expect(postsTo('room-again')).toHaveLength(0);

    // Added again: "I already have" from the table, in the HTTP response.
    const added = await send(`add ${url}`, 'room-add');
    expect(added.reply.text).toMatch(/^I already have \*Reading Room Reopens/);
    await bed.runtime.idle();
    expect(pages.hits['/2026/reading-room']).toBe(1);
    expect(postsTo('room-add')).toHaveLength(0);
  });

  it('answers "That page is not an article" for a page with almost no story text', async () => {
    const { reply } = await send(`add ${pages.url('/home')}`, 'home');
    expect(reply.text).toBe('Reading 127.0.0.1…');
    await bed.runtime.idle();
    expect(postsTo('home')[0]!.body.text).toMatch(/^That page is not an article/);
    expect(await bed.store.findArticleByUrl(TEAM, pages.url('/home'))).toBeUndefined();
  });

  it('answers that an image is not a page I can read', async () => {
    await send(`add ${pages.url('/photo.png')}`, 'png');
    await bed.runtime.idle();
    expect(postsTo('png')[0]!.body.text).toMatch(/image\/png/);
  });

  it('answers "I couldn\'t reach <host> (timed out after …)" when the site does not answer', async () => {
    await send(`add ${pages.url('/slow')}`, 'slow');
    await bed.runtime.idle();
    const answer = postsTo('slow')[0]!.body;
    expect(answer.text).toBe("I couldn't reach 127.0.0.1 (timed out after 300 ms).");
    expect(answer.replace_original).toBe(true);
  });

  it("passes on the site's HTTP error in words", async () => {
    await send(`add ${pages.url('/gone')}`, 'gone');
    await bed.runtime.idle();
    expect(postsTo('gone')[0]!.body.text).toContain('answered 404');
  });
});
