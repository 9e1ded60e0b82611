import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../lambdas/fetch/feed/fetch-feed';
import { parseFeed, readFeed } from '../../lambdas/fetch/feed/index';
import { FetchError } from '../../lambdas/fetch/index';
import { startHostileServer } from './support/hostile-server';

/**
 * Feeds that attack the XML parser: entity expansion (billion laughs,
 * quadratic blowup), external entities (XXE), deep nesting, gzip bombs.
 * Each is refused or read safely: no file read, no blowup, no throw.
 */
const ITEM =
  '<item><title>Ferry keeps running</title><link>https://news.example/ferry</link><guid>ferry-1</guid></item>';
const rss = (doctype: string, title: string, items = ITEM) =>
  `<?xml version="1.0"?>\n${doctype}\n<rss version="2.0"><channel><title>${title}</title><link>https://news.example/</link>${items}</channel></rss>`;

const billionLaughs = rss(
  `<!DOCTYPE rss [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n')}\n]>`,
  '&lol9;',
);
const quadratic = rss(`<!DOCTYPE rss [<!ENTITY a "${'x'.repeat(50_000)}">]>`, '&a;'.repeat(50_000));
const manyEntities = rss(
  `<!DOCTYPE rss [${Array.from({ length: 500 }, (_, i) => `<!ENTITY e${i} "v${i}">`).join('')}]>`,
  '&e1;',
);
const xxeFile = rss('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 'Feed &xxe;');
const xxeHttp = rss('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/">]>', 'Feed &xxe;');
const parameterEntity = rss(
  '<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://169.254.169.254/evil.dtd"> %remote;]>',
  'Feed',
);

function expectNoLeak(result: unknown) {
  const json = JSON.stringify(result);
  expect(json).not.toMatch(/root:|lollollol|x{100000}/);
  expect(json.length).toBeLessThan(200_000);
}

describe('Hardening: feed bombs', () => {
  it('billion laughs is never expanded: the nested reference stays as written, the items are read', () => {
    const result = parseFeed(billionLaughs, { url: 'https://news.example/feed.xml' });
    expectNoLeak(result);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.feed.title).toBe('&lol9;');
      expect(result.feed.items.map((i) => i.link)).toEqual(['https://news.example/ferry']);
    }
  });

  it.each([
    ['quadratic blowup (50,000 × a 50 KB entity)', quadratic],
    ['500 entity definitions', manyEntities],
  ])('%s is refused as an entity-limit, not expanded', (_name, xml) => {
    const result = parseFeed(xml, { url: 'https://news.example/feed.xml' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.notAFeed.reason).toBe('entity-limit');
    expectNoLeak(result);
  });

  it.each([
    ['an external entity naming a local file', xxeFile],
    ['an external entity naming the metadata address', xxeHttp],
    ['a parameter entity loading a remote DTD', parameterEntity],
  ])('%s is never fetched or read', (_name, xml) => {
    const result = parseFeed(xml, { url: 'https://news.example/feed.xml' });
    expectNoLeak(result);
    if (result.ok) {
      expect(result.feed.title ?? '').not.toMatch(/root|meta-data/);
      expect(result.feed.items.map((i) => i.link)).toEqual(['https://news.example/ferry']);
    }
  });

  it('a feed nested 100,000 elements deep does not throw', () => {
    const xml = rss('', 'Deep', `${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}${ITEM}`);
    const result = parseFeed(xml, { url: 'https://news.example/feed.xml' });
    expectNoLeak(result);
  });

  it('a gzipped feed that inflates past 10 MB is not inflated (read as the bytes it is)', () => {
    const bomb = gzipSync(
      Buffer.from(rss('', 'Bomb', ITEM + `<item><title>${'A'.repeat(64 * 1024 * 1024)}</title></item>`)),
    );
    expect(bomb.length).toBeLessThan(200 * 1024);
    const result = readFeed(bomb, { url: 'https://news.example/feed.xml' });
    expect(result.ok).toBe(false);
  });

  describe('through the fetcher (loopback)', () => {
    let web: Awaited<ReturnType<typeof startHostileServer>>;
    beforeAll(async () => {
      web = await startHostileServer({ '/laughs.xml': { contentType: 'application/rss+xml', body: billionLaughs } });
    });
    afterAll(async () => web?.close());

    it('a billion-laughs feed is fetched as bytes and read without expanding anything', async () => {
      const response = await fetchFeed(web.url('/laughs.xml'), { timeoutMs: 2_000 });
      const result = readFeed(response.bytes, { contentType: response.contentType, url: response.url });
      expectNoLeak(result);
      expect(result.ok && result.feed.title).toBe('&lol9;');
    });

    it('a gzip-encoded response that inflates past the feed cap is refused while reading', async () => {
      const error = await fetchFeed(web.url('/gzip-bomb'), { timeoutMs: 5_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).code).toBe('too_large');
      expect((error as FetchError).message).toBe('The page at 127.0.0.1 is larger than the 4 MB I can read.');
    });
  });
});
