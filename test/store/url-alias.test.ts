import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../lambdas/store/index';
import { replyText, sendCommand } from '../helpers/slack-request';
import { freshTable } from '../helpers/table';
import { startFeedServer } from '../feeds/feed-server';
import { STORIES, type StoryName } from '../digest/articles';
import { startSlackTestbed } from '../slack/support/runtime';
import { makeArticle } from './article-factory';

/** A news page of our own, with the head tags given (a canonical link). */
function page(name: StoryName, head = ''): string {
  const [title, ...paragraphs] = STORIES[name].split('\n\n');
  const closing =
    'Further updates will follow as the situation develops, and readers can find earlier coverage of this story in our archive, together with background on the people and places involved.';
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>${title}</title></head><body><article><h1>${title}</h1>${[
    ...paragraphs,
    closing,
  ]
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
}

describe('findArticleByUrl: a URL fetched once and stored under its same-site canonical', () => {
  it('finds the article by the URL fetched, never for a URL of another site, and not after a delete', async () => {
    const { client, tableName } = await freshTable();
    const store = createStore({ client, tableName });
    const record = makeArticle({ title: 'Harbour ferry budget', url: 'https://harbour.example/news/ferry-budget' });
    const at = new Date('2026-03-30T08:00:00Z');
    const { article } = await store.saveArticle('TALIAS', record, {
      source: 'slack',
      ingestedAt: at,
      fetchedUrl: 'https://www.harbour.example/news/ferry-budget?ref=home',
    });
    expect((await store.findArticleByUrl('TALIAS', 'https://www.harbour.example/news/ferry-budget?ref=home'))?.id).toBe(
      article.id,
    );
    expect((await store.findArticleByUrl('TALIAS', 'https://harbour.example/news/ferry-budget'))?.id).toBe(article.id);
    // Stored again (same article) from a third URL of the site: that one is remembered too.
    expect(
      (
        await store.saveArticle('TALIAS', record, {
          source: 'slack',
          ingestedAt: at,
          fetchedUrl: 'https://harbour.example/amp/ferry-budget',
        })
      ).created,
    ).toBe(false);
    expect((await store.findArticleByUrl('TALIAS', 'https://harbour.example/amp/ferry-budget'))?.id).toBe(article.id);
    // Another site's URL is never an alias, and another team sees nothing.
    const other = makeArticle({ title: 'Wire copy', url: 'https://harbour.example/news/wire-copy' });
    await store.saveArticle('TALIAS', other, {
      source: 'slack',
      ingestedAt: at,
      fetchedUrl: 'https://wire.example/world/wire-copy',
    });
    expect(await store.findArticleByUrl('TALIAS', 'https://wire.example/world/wire-copy')).toBeUndefined();
    expect(
      await store.findArticleByUrl('TOTHER', 'https://www.harbour.example/news/ferry-budget?ref=home'),
    ).toBeUndefined();
    // A deleted article is not found through its alias either.
    await store.deleteArticle('TALIAS', article.id);
    expect(
      await store.findArticleByUrl('TALIAS', 'https://www.harbour.example/news/ferry-budget?ref=home'),
    ).toBeUndefined();
  });
});

describe('/news summary <url> answers from the table when the URL or its same-site canonical is stored', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let web: Awaited<ReturnType<typeof startFeedServer>>;
  const team = 'TSUMALIAS';
  let n = 0;
  const summary = async (url: string) => {
    const name = `summary-alias-${++n}`;
    const { reply } = await sendCommand(bed.runtime.url, `summary <${url}>`, {
      teamId: team,
      responseUrl: bed.slack.responseUrl(name),
    });
    await bed.runtime.idle();
    const later = bed.slack.calls.filter((c) => c.path === `/response/${name}`).at(-1)?.body;
    return { now: replyText(reply), later: later === undefined ? undefined : replyText(later) };
  };

  beforeAll(async () => {
    web = await startFeedServer();
    bed = await startSlackTestbed();
    const html = { contentType: 'text/html; charset=utf-8' };
    // Served under a tracking URL, naming its canonical on the same host.
    web.set('/news/ferry?utm_source=feed&ref=1', {
      body: page('ferryA', `<link rel="canonical" href="${web.url('/news/ferry-strike')}">`),
      ...html,
    });
    // Naming a canonical on another host ("localhost" is not "127.0.0.1").
    const port = new URL(web.origin).port;
    web.set('/news/comet', {
      body: page('comet', `<link rel="canonical" href="http://localhost:${port}/news/library">`),
      ...html,
    });
    web.set('/news/library', { body: page('library'), ...html });
  });
  afterAll(async () => {
    await bed?.close();
    await web?.close();
  });

  it('fetches a new link once; the same link again, and its canonical, are answered at once without a fetch', async () => {
    const tracked = web.url('/news/ferry?utm_source=feed&ref=1');
    const first = await summary(tracked);
    expect(first.later).toContain('Ferry workers strike halts crossings');
    expect(web.hits('/news/ferry?utm_source=feed&ref=1')).toBe(1);

    const again = await summary(tracked);
    expect(again.now).toContain('Ferry workers strike halts crossings');
    expect(again.later).toBeUndefined();
    const canonical = await summary(web.url('/news/ferry-strike'));
    expect(canonical.now).toContain('Ferry workers strike halts crossings');
    expect(web.hits('/news/ferry?utm_source=feed&ref=1')).toBe(1);
    expect(web.hits('/news/ferry-strike')).toBe(0);
  });

  it('never answers a URL of another host from a page that named it as its canonical', async () => {
    const first = await summary(web.url('/news/comet'));
    expect(first.later).toContain('Comet brightens');
    const port = new URL(web.origin).port;
    const other = await summary(`http://localhost:${port}/news/library`);
    expect(other.now).not.toContain('Comet brightens');
    expect(other.later ?? '').not.toContain('Comet brightens');
    // Read from that host itself.
    expect(web.hits('/news/library')).toBe(1);
    expect(other.later).toContain('City library extends its opening hours');
  });
});
