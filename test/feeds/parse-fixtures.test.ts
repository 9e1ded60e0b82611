import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFeed, type FeedParseResult, type ParsedFeed } from '../../lambdas/fetch/feed/index';

const fixtures = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));

/** Parse a fixture as if fetched from https://gazette.example/feeds/<name>. */
function read(name: string, contentType?: string): FeedParseResult {
  return readFeed(readFileSync(fixtures + name), { url: `https://gazette.example/feeds/${name}`, contentType });
}

function feedOf(name: string, contentType?: string): ParsedFeed {
  const result = read(name, contentType);
  if (!result.ok) throw new Error(`${name} was not read as a feed: ${result.notAFeed.message}`);
  return result.feed;
}

describe('Function: readFeed', () => {
  describe('RSS 2.0 with relative links', () => {
    const feed = feedOf('rss2-relative-links.xml');

    it('reads the format, the title and the site link resolved against the feed URL', () => {
      expect(feed).toMatchObject({ format: 'rss2', title: 'Harbour Gazette', link: 'https://gazette.example/news/' });
    });

    it('resolves item links against the feed URL, keeping the URL the feed gave', () => {
      expect(feed.items.map((i) => i.link)).toEqual([
        'https://gazette.example/news/2026/ferry-timetable?utm_source=rss#top',
        'https://gazette.example/feeds/storm-closes-pier',
        'https://gazette.example/news/market-roof', // from a permalink guid: the item has no <link>
      ]);
    });

    it('uses the guid as identity, whether or not it is a permalink', () => {
      expect(feed.items.map((i) => i.id)).toEqual([
        'harbour-gazette-1001',
        'https://gazette.example/news/storm-closes-pier',
        'https://gazette.example/news/market-roof',
      ]);
    });

    it('reads RFC 822 dates (with a two-digit year) and dc:date', () => {
      expect(feed.items.map((i) => i.publishedAt)).toEqual([
        '2026-03-24T06:15:00.000Z',
        '2026-03-23T18:40:00.000Z',
        '2026-03-22T09:00:00.000Z',
      ]);
    });

    it('turns escaped HTML, CDATA and content:encoded into plain text', () => {
      const [first, second] = feed.items;
      expect(first).toMatchObject({
        title: 'Council approves new ferry timetable',
        summary: 'The council voted 7–2 on Monday to add three evening crossings.',
        author: 'Ines Varga',
      });
      expect(second).toMatchObject({
        title: 'Storm closes the pier & the beach',
        summary: 'High winds closed the pier on Monday evening. It will reopen when the wind drops.',
      });
    });
  });

  it('reads RSS 0.91 items without dates or guids (the link is the identity)', () => {
    const feed = feedOf('rss091.xml');
    expect(feed.format).toBe('rss09');
    expect(feed.items).toEqual([
      {
        id: 'http://valley.example/bridge',
        link: 'http://valley.example/bridge',
        title: 'Bridge reopens after repairs',
        summary: 'The old stone bridge is open to traffic again.',
      },
      { id: 'http://valley.example/fete', link: 'http://valley.example/fete', title: 'School fete raises record sum' },
    ]);
  });

  describe('Atom 1.0 with xml:base', () => {
    const feed = feedOf('atom-xml-base.atom');

    it('resolves links against the feed xml:base, then an entry xml:base', () => {
      expect(feed.link).toBe('https://observatory.example/blog/');
      expect(feed.items.map((i) => i.link)).toEqual([
        'https://observatory.example/blog/2026/03/comet-brightens',
        'https://observatory.example/archive/2025/dome-repainted',
      ]);
    });

    it('prefers published to updated, and converts the offset to UTC', () => {
      expect(feed.items.map((i) => i.publishedAt)).toEqual(['2026-03-29T07:30:00.000Z', '2025-11-02T12:00:00.000Z']);
    });

    it('reads type="html", type="xhtml" and type="text" fields each their own way', () => {
      const [comet, dome] = feed.items;
      expect(comet).toMatchObject({
        title: 'Comet <C/2026 A1> brightens',
        summary: 'The comet is now visible with binoculars after dusk.',
        author: 'Dr. Ada Okafor',
        id: 'urn:uuid:7b1f7a1e-0000-4000-8000-000000000002',
      });
      expect(dome?.summary).toBe('The dome was repainted white; 2 < 3 coats were needed.');
    });
  });

  it('reads RDF / RSS 1.0 items that sit beside the channel', () => {
    const feed = feedOf('rdf-rss1.rdf');
    expect(feed.format).toBe('rdf');
    expect(feed.items.map((i) => [i.id, i.title, i.publishedAt])).toEqual([
      ['http://library.example/a/1', 'Extended opening hours', '2026-03-20T07:00:00.000Z'],
      ['http://library.example/a/2', 'Reading group restarts', '2026-03-21T00:00:00.000Z'],
    ]);
  });

  it.each([
    ['latin1.rss', undefined, 'Preço do pão sobe em São João'],
    ['windows-1251.rss', undefined, 'Мост открыт после ремонта'],
    // The HTTP header wins over the declaration (RFC 7303); here both agree.
    ['windows-1251.rss', 'application/rss+xml; charset=windows-1251', 'Мост открыт после ремонта'],
  ])('decodes %s (Content-Type %s) by its declaration', (name, contentType, title) => {
    expect(feedOf(name, contentType).items[0]?.title).toBe(title);
  });

  it('keeps every good item of a malformed feed and says why it is malformed', () => {
    const feed = feedOf('malformed-ampersand.xml');
    expect(feed.malformed).toMatch(/&/);
    expect(feed.items.map((i) => i.title)).toEqual(['First story', 'Fish & chips prices rise', 'Third story']);
  });

  describe('entity expansion attacks', () => {
    it('does not expand a billion-laughs document (nested entities stay unexpanded)', () => {
      const result = read('billion-laughs.xml');
      const longest = result.ok
        ? Math.max(...result.feed.items.flatMap((i) => [i.title?.length ?? 0, i.summary?.length ?? 0]))
        : 0;
      expect(longest).toBeLessThan(1_000);
    });

    it('refuses a quadratic blowup (one big entity used many times) with a reason', () => {
      expect(read('quadratic-blowup.xml')).toMatchObject({ ok: false, notAFeed: { reason: 'entity-limit' } });
    });
  });

  describe('JSON Feed 1.1, with relative URLs, HTML content, an author list and fields of the wrong type', () => {
    const feed = feedOf('json-feed-1.1.json', 'application/feed+json');

    it('reads the format, the title (plain text, kept as written) and the home page', () => {
      expect(feed).toMatchObject({
        format: 'json',
        title: 'Harbour Gazette &amp; Friends',
        link: 'https://gazette.example/',
      });
    });

    it('reads each item like an RSS item: link resolved against the feed URL, markup removed, dates in UTC, the first author', () => {
      expect(feed.items[0]).toEqual({
        id: 'hg-2001',
        link: 'https://gazette.example/news/ferry-timetable',
        title: 'Ferry timetable changes for the winter',
        summary: 'The ferry will sail twice a day from November.',
        publishedAt: '2026-11-02T07:30:00.000Z',
        author: 'Mara Holt',
      });
    });

    it('takes a numeric id as text, the external URL when there is no url, the summary before the text, the modified date when there is no published one', () => {
      expect(feed.items[1]).toEqual({
        id: '2002',
        link: 'https://elsewhere.example/pier',
        title: 'Storm closes the pier',
        summary: 'The pier is shut until the repairs are done.',
        publishedAt: '2026-11-03T10:00:00.000Z',
      });
    });

    it('skips an item with nothing readable and an entry that is not an object, and keeps an item with only text', () => {
      expect(feed.items.map((i) => i.id)).toEqual(['hg-2001', '2002', 'hg-2004']);
      expect(feed.items[2]).toEqual({ id: 'hg-2004', summary: 'A note with no title and no link still counts.' });
    });
  });

  it('reads JSON Feed 1.0 (one author, plain text content) and the short fixture', () => {
    expect(feedOf('json-feed-1.0.json').items).toEqual([
      {
        id: 'https://quiet.example/2026/library',
        link: 'https://quiet.example/2026/library',
        title: 'City library extends its opening hours',
        summary: 'The library now opens until nine on weekdays.',
        publishedAt: '2026-10-30T18:00:00.000Z',
        author: 'Ilse Brandt',
      },
    ]);
    expect(feedOf('json-feed.json')).toMatchObject({
      format: 'json',
      title: 'A JSON feed',
      items: [{ id: '1', link: 'https://json.example/1', title: 'One' }],
    });
  });

  it('reads an OPML file as a list of feeds (not a feed): nested folders, relative and repeated URLs, only http(s)', () => {
    expect(read('list.opml')).toEqual({
      ok: false,
      notAFeed: {
        reason: 'opml',
        message: 'This is an OPML list of 3 feeds, not a feed.',
        feedLinks: [
          'https://gazette.example/feeds/rss2.xml',
          'https://gazette.example/feeds/relative.xml',
          'https://deep.example/atom.xml',
        ],
      },
    });
  });

  describe('not a feed', () => {
    it('recognises an HTML page and points at the feed it advertises', () => {
      expect(read('not-a-feed.html')).toEqual({
        ok: false,
        notAFeed: {
          reason: 'html',
          message: 'This is an HTML page, not a feed; it links to a feed at https://gazette.example/feed.xml.',
          feedLink: 'https://gazette.example/feed.xml',
        },
      });
    });

    it.each([
      ['a JSON object that is not a JSON Feed', '{"version":"2.0","items":[]}', 'json'],
      ['a JSON Feed that is not valid JSON', '{"version":"https://jsonfeed.org/version/1.1","items":[}', 'json'],
      ['plain JSON', '[1, 2, 3]', 'json'],
      ['an empty body', '  \n', 'empty'],
      ['plain text', 'Hello, world', 'not-xml'],
      ['another XML vocabulary', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', 'unknown-xml'],
    ])('recognises %s', (_what, body, reason) => {
      expect(readFeed(new TextEncoder().encode(body))).toMatchObject({ ok: false, notAFeed: { reason } });
    });
  });

  it('knows items that share a guid but link to different pages by their links, and keeps true repeats one', () => {
    const item = (title: string, link: string) =>
      `<item><guid isPermaLink="false">https://news.example/</guid><title>${title}</title><link>${link}</link></item>`;
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>One guid</title>${[
      item('Ferry strike', 'https://news.example/ferry'),
      item('Comet seen', 'https://news.example/comet'),
      item('Comet seen again', 'https://news.example/comet'),
    ].join(
      '',
    )}<item><guid>only-one</guid><title>Pier closed</title><link>https://news.example/pier</link></item></channel></rss>`;
    const result = readFeed(new TextEncoder().encode(rss));
    expect(result.ok && result.feed.items.map((i) => i.id)).toEqual([
      'https://news.example/ferry',
      'https://news.example/comet',
      'https://news.example/comet',
      'only-one',
    ]);
  });

  it('cuts a long title and summary between characters, never inside an emoji', () => {
    const run = `a${'😀'.repeat(400)}`;
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>${run}</title><item><title>${run}</title><link>https://news.example/a</link><description>${run}</description></item></channel></rss>`;
    const result = readFeed(new TextEncoder().encode(rss));
    const texts = result.ok ? [result.feed.title, result.feed.items[0]?.title, result.feed.items[0]?.summary] : [];
    expect(texts).toHaveLength(3);
    for (const text of texts) {
      expect(text).toMatch(/^a😀+…$/u);
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });

  it('reads a feed whose bytes are gzipped without a Content-Encoding header', async () => {
    const { gzipSync } = await import('node:zlib');
    const result = readFeed(gzipSync(readFileSync(fixtures + 'rss091.xml')));
    expect(result.ok && result.feed.items.length).toBe(2);
  });
});
