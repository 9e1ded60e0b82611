import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { completeMetadata, readMetadata } from '../../../lambdas/core/extract/metadata';

const page = (head: string, htmlAttrs = '') =>
  parseHTML(`<html ${htmlAttrs}><head>${head}</head><body><p>x</p></body></html>`).document as unknown as Document;
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('Function: readMetadata', () => {
  it('reads a NewsArticle inside @graph', () => {
    const meta = readMetadata(
      page(
        ld({
          '@graph': [
            { '@type': 'WebPage' },
            {
              '@type': ['NewsArticle'],
              headline: 'Dam opens',
              datePublished: '2021-05-01',
              author: { name: 'A. Writer' },
              inLanguage: 'es',
            },
          ],
        }),
      ),
    );
    expect(meta).toEqual({
      title: 'Dam opens',
      publishedAt: '2021-05-01T00:00:00.000Z',
      byline: 'A. Writer',
      language: 'es',
    });
  });

  it('resolves an author given by @id reference to a Person in the graph (WordPress/Yoast)', () => {
    const meta = readMetadata(
      page(
        ld({
          '@graph': [
            {
              '@type': 'Article',
              headline: 'Dam opens',
              author: { '@id': 'https://x.example/#/person/1' },
              publisher: { '@id': 'https://x.example/#org' },
            },
            { '@type': 'Person', '@id': 'https://x.example/#/person/1', name: 'Rosa Diaz' },
            { '@type': 'Organization', '@id': 'https://x.example/#org', name: 'Dam Daily' },
          ],
        }),
      ),
    );
    expect(meta).toMatchObject({ byline: 'Rosa Diaz', site: 'Dam Daily' });
  });

  it('prefers JSON-LD over meta tags and meta tags over nothing', () => {
    const meta = readMetadata(
      page(
        `${ld({ '@type': 'Article', headline: 'From JSON-LD' })}<meta property="og:title" content="From og"><meta property="og:site_name" content="Site">`,
      ),
    );
    expect(meta.title).toBe('From JSON-LD');
    expect(meta.site).toBe('Site');
  });

  it.each([
    ['Published Am Edt'],
    ['https://www.facebook.com/someone'],
    ['By'],
    ['Staff'],
    ['12:04 PM ET'],
    ['Nov 19, 2019'],
  ])('drops the junk author %j', (author) => {
    expect(readMetadata(page(`<meta name="author" content="${author}">`)).byline).toBeUndefined();
  });

  it.each([['June Smith'], ['Mai Nguyen'], ['April Ross']])(
    'keeps the author %j whose first name is a month',
    (author) => {
      expect(readMetadata(page(`<meta name="author" content="${author}">`)).byline).toBe(author);
    },
  );

  it.each([
    ['Analysis by Chris Example, CNN Editor-at-large', 'Chris Example, CNN Editor-at-large'],
    ['Текст: Лида Пример', 'Лида Пример'],
    ['FEDERICA EXAMPLE - 2019-04-10', 'FEDERICA EXAMPLE'],
    ['Tanza Example, Business Insider, Tanza Example', 'Tanza Example, Business Insider'],
    ['Kevin Example, kevin-e', 'Kevin Example'],
  ])('tidies the author %j to %j', (raw, tidy) => {
    expect(readMetadata(page(`<meta name="author" content="${raw}">`)).byline).toBe(tidy);
  });

  it.each([['jdadmin'], ['kei_eno']])('drops the user name %j as an author', (raw) => {
    expect(readMetadata(page(`<meta name="author" content="${raw}">`)).byline).toBeUndefined();
  });

  it.each([
    ['https://www.islandnews.example', 'islandnews.example'],
    ['@factcheck', 'factcheck'],
    ['Autoracing | F1 | Indy', 'Autoracing'],
  ])('tidies the site name %j to %j', (raw, tidy) => {
    expect(readMetadata(page(`<meta property="og:site_name" content="${raw}">`)).site).toBe(tidy);
  });

  it.each([
    ['September open thread - The Example Blog', 'The Example Blog', 'September open thread'],
    ['Só quem se Ama... — Mensagens Exemplo', 'Mensagens Exemplo', 'Só quem se Ama...'],
    ['Example Blog launches new podcast', 'Example Blog', 'Example Blog launches new podcast'],
  ])('strips the site from the title %j', (title, site, expected) => {
    expect(
      readMetadata(
        page(`<meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}">`),
      ).title,
    ).toBe(expected);
  });

  it('keeps each name once across JSON-LD authors', () => {
    const meta = readMetadata(
      page(
        ld({
          '@type': 'NewsArticle',
          author: [{ name: 'Tanza Example, Business Insider' }, { name: 'Tanza Example' }],
        }),
      ),
    );
    expect(meta.byline).toBe('Tanza Example, Business Insider');
  });

  it('strips "By" from an author and dedupes names', () => {
    const meta = readMetadata(
      page(ld({ '@type': 'NewsArticle', author: ['By Jane Roe', { name: 'Jane Roe' }, { name: 'Sam Poe' }] })),
    );
    expect(meta.byline).toBe('Jane Roe, Sam Poe');
  });

  it.each([
    ['2019-11-19T08:38:00-05:00', '2019-11-19T13:38:00.000Z'],
    ['2019-11-19T08:38:00+0100', '2019-11-19T07:38:00.000Z'],
    ['2019-11-19 08:38:00', '2019-11-19T08:38:00.000Z'],
    ['2019-11-19', '2019-11-19T00:00:00.000Z'],
  ])('reads the date %j as %j', (raw, iso) => {
    expect(readMetadata(page(`<meta property="article:published_time" content="${raw}">`)).publishedAt).toBe(iso);
  });

  it.each([['yesterday'], ['0000-00-00'], ['2019-13-45'], ['Tuesday, November 19, 2019']])(
    'drops the bad date %j',
    (raw) => {
      expect(
        readMetadata(page(`<meta property="article:published_time" content="${raw}">`)).publishedAt,
      ).toBeUndefined();
    },
  );

  it('resolves a relative canonical link against the page URL', () => {
    const meta = readMetadata(page('<link rel="canonical" href="/a/story">'), 'https://news.example/a/story?ref=rss');
    expect(meta.url).toBe('https://news.example/a/story');
  });

  it('ignores a canonical link that points at the site root', () => {
    const meta = readMetadata(
      page('<link rel="canonical" href="https://news.example/">'),
      'https://news.example/2024/05/dam-opens',
    );
    expect(meta.url).toBe('https://news.example/2024/05/dam-opens');
  });

  it('falls back to the page URL and the html lang', () => {
    expect(readMetadata(page('', 'lang="en_us"'), 'https://news.example/x')).toEqual({
      url: 'https://news.example/x',
      language: 'en-US',
    });
  });

  it('survives a broken JSON-LD block', () => {
    expect(
      readMetadata(
        page(
          '<script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="og:title" content="Still here">',
        ),
      ).title,
    ).toBe('Still here');
  });
});

describe('Function: completeMetadata', () => {
  it('takes Readability values only where nothing valid was declared, validated the same way', () => {
    const meta = completeMetadata(
      { title: 'Declared' },
      { title: 'Guessed', byline: 'Published Am Edt', siteName: 'Guessed Site', publishedTime: 'soon' },
    );
    expect(meta).toEqual({ title: 'Declared', site: 'Guessed Site' });
  });
});
