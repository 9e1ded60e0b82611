import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../lambdas/fetch/feed/fetch-feed';
import { readFeed, type FeedFormat } from '../../lambdas/fetch/feed/index';
import { sharedPath } from '../../scripts/shared-data';

/** The shared sample feeds live beside the repository (../shared); the suite skips when they are absent. */
const dir = `${sharedPath('data', 'feeds')}/`;

/**
 * Every sample file, what it is, and how many items it holds (counted with
 * grep on the raw bytes, not with our parser). illegally-nested.xml has 20
 * `<item` tags, but 10 are empty `<item />` elements nested inside real ones.
 */
const SAMPLES: Array<[file: string, format: FeedFormat, items: number]> = [
  ['rss-parser/guardian.rss', 'rss2', 55],
  ['rss-parser/heise.atom', 'atom', 15],
  ['rss-parser/feedburner.atom', 'atom', 25],
  ['rss-parser/reddit-atom.rss', 'rss2', 24],
  ['rss-parser/craigslist.rss', 'rdf', 25],
  ['rss-parser/rss-1.rss', 'rdf', 69],
  ['rss-parser/heraldsun.rss', 'rss09', 2],
  ['rss-parser/encoding.rss', 'rss2', 40],
  ['rss-parser/uolNoticias.rss', 'rss2', 15],
  ['rss-parser/narro.rss', 'rss2', 1],
  ['rss-parser/itunes-href.rss', 'rss2', 10],
  ['rss-parser/content-encoded.rss', 'rss2', 7],
  ['node-feedparser/wapowellness.xml', 'rss2', 29],
  ['node-feedparser/illegally-nested.xml', 'rss2', 10],
  ['node-feedparser/saxerror.xml', 'rss2', 3],
  ['node-feedparser/iconv.xml', 'rss2', 10],
  ['node-feedparser/invalid-characters-gzipped.xml', 'rss2', 25],
  ['node-feedparser/rss-with-relative-urls.xml', 'rss2', 2],
  ['node-feedparser/intertwingly.atom', 'atom', 20],
  ['node-feedparser/rss2sample.xml', 'rss2', 4],
];

describe.skipIf(!existsSync(dir))('the shared sample feeds, served from a loopback server', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    // Serves the files byte for byte, with a plain XML content type and no charset, as many servers do.
    server = createServer((req, res) => {
      const file = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
      if (file.includes('..') || !existsSync(dir + file)) return void res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : 'application/xml' })
        .end(readFileSync(dir + file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function fetchSample(file: string) {
    // The poller's own path: the SSRF-safe fetcher (loopback allowed in tests), then the parser.
    const url = `${origin}/${file}`;
    const response = await fetchFeed(url);
    return { url, result: readFeed(response.bytes, { contentType: response.contentType, url: response.url }) };
  }

  it('lists every feed file in the folder', async () => {
    const { readdirSync } = await import('node:fs');
    const files = ['rss-parser', 'node-feedparser'].flatMap((sub) => readdirSync(dir + sub).map((f) => `${sub}/${f}`));
    expect(files.filter((f) => !f.endsWith('.html')).sort()).toEqual(SAMPLES.map(([f]) => f).sort());
  });

  it.each(SAMPLES)(
    '%s is %s with %i items, each with an identity, an absolute link and a title',
    async (file, format, count) => {
      const { result } = await fetchSample(file);
      if (!result.ok) throw new Error(result.notAFeed.message);
      expect(result.feed.format).toBe(format);
      expect(result.feed.items).toHaveLength(count);
      for (const item of result.feed.items) {
        expect(item.id).not.toBe('');
        expect(item.link).toMatch(/^https?:\/\//);
        expect(item.title ?? item.summary).toBeTruthy();
        // No stray markup or undecoded character references in what users will read.
        expect(item.title ?? '').not.toMatch(/<\/?[a-z]+[ >]|&(amp|lt|gt|quot|#\d+);/i);
      }
      expect(new Set(result.feed.items.map((i) => i.id)).size).toBe(count);
    },
  );

  it('reads dates across the samples, RFC 822 (incl. Portuguese month names) and ISO alike', async () => {
    const dated = await Promise.all(
      SAMPLES.map(async ([file]) => {
        const { result } = await fetchSample(file);
        return result.ok ? result.feed.items.filter((i) => i.publishedAt).length / result.feed.items.length : 0;
      }),
    );
    // Only heraldsun.rss (RSS 0.92) and saxerror.xml carry no dates at all.
    expect(dated.filter((share) => share === 1)).toHaveLength(SAMPLES.length - 2);
  });

  it.each([
    ['rss-parser/encoding.rss', 'Jornal de Notícias - Últimas Notícias'],
    ['rss-parser/uolNoticias.rss', 'UOL Noticias'],
    ['node-feedparser/iconv.xml', 'Новости Оренбурга и области / Раздел Новости'],
  ])('decodes %s from its own charset', async (file, title) => {
    const { result } = await fetchSample(file);
    expect(result.ok && result.feed.title).toBe(title);
  });

  it('decodes Latin-1 bytes in a feed with no XML declaration (uolNoticias.rss)', async () => {
    const { result } = await fetchSample('rss-parser/uolNoticias.rss');
    expect(result.ok && result.feed.items.some((i) => /çõ|ç|ã|é/.test(i.title ?? ''))).toBe(true);
  });

  it('resolves relative links against the URL the feed was fetched from', async () => {
    const { result } = await fetchSample('node-feedparser/rss-with-relative-urls.xml');
    expect(result.ok && result.feed.items[0]?.link).toBe(
      `${origin}/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21`,
    );
    const atom = (await fetchSample('node-feedparser/intertwingly.atom')).result;
    expect(atom.ok && atom.feed.items[0]?.link).toBe(`${origin}/blog/2012/07/16/Inhibiting-Suspend`);
  });

  it('keeps the good items of saxerror.xml and reports it as malformed', async () => {
    const { result } = await fetchSample('node-feedparser/saxerror.xml');
    expect(result.ok && result.feed.malformed).toMatch(/&/);
    expect(result.ok && result.feed.items.map((i) => i.title)).toEqual(['Good Item', 'Bad Item', 'Item After Error']);
  });

  it('uses the FeedBurner original link rather than the click-tracking redirect', async () => {
    const { result } = await fetchSample('node-feedparser/illegally-nested.xml');
    expect(result.ok && result.feed.items[0]?.link).toBe(
      'http://www.pcmag.com/article2/0,2817,2525649,00.asp?kc=PCRSS03079TX1K0000584',
    );
  });

  it('says notafeed.html is an HTML page', async () => {
    const { result } = await fetchSample('node-feedparser/notafeed.html');
    expect(result).toMatchObject({
      ok: false,
      notAFeed: { reason: 'html', message: 'This is an HTML page, not a feed.' },
    });
  });
});
