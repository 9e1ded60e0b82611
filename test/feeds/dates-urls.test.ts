import { describe, expect, it } from 'vitest';
import { canonicalUrl, parseFeedDate } from '../../lambdas/fetch/feed/index';

describe('Function: parseFeedDate', () => {
  it.each([
    ['Sat, 07 Sep 2002 00:00:01 GMT', '2002-09-07T00:00:01.000Z'],
    ['Tue, 03 Jun 2003 09:39:21 GMT', '2003-06-03T09:39:21.000Z'],
    ['Thu, 07 Dec 17 10:00:29 -0800', '2017-12-07T18:00:29.000Z'],
    ['Wed, 22 Aug 2012 22:24:49 EST', '2012-08-23T03:24:49.000Z'],
    ['22 Aug 2012 22:24 +0530', '2012-08-22T16:54:00.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['2012-07-16T08:48:01-07:00', '2012-07-16T15:48:01.000Z'],
    ['2026-03-29T01:30:00.123Z', '2026-03-29T01:30:00.000Z'],
    ['2026-03-21', '2026-03-21T00:00:00.000Z'],
  ])('reads %s', (raw, iso) => {
    expect(parseFeedDate(raw)).toBe(iso);
  });

  it.each(['', 'yesterday', '31 Feb 2026 10:00 GMT', '2026-02-30T00:00:00Z', 'Mon, 01 Foo 2026 10:00 GMT'])(
    'returns undefined for %j',
    (raw) => {
      expect(parseFeedDate(raw)).toBeUndefined();
    },
  );
});

describe('Function: canonicalUrl', () => {
  it.each([
    ['https://www.Example.com/news/story/?utm_source=rss&utm_medium=feed#comments', 'example.com/news/story'],
    ['http://example.com:80/news/story', 'example.com/news/story'],
    ['https://example.com/a?b=2&a=1&fbclid=xyz', 'example.com/a?a=1&b=2'],
    ['https://example.com/', 'example.com'],
  ])('%s → %s', (url, canonical) => {
    expect(canonicalUrl(url)).toBe(canonical);
  });

  it('keeps parameters that identify the story', () => {
    expect(canonicalUrl('https://example.com/view?id=1')).not.toBe(canonicalUrl('https://example.com/view?id=2'));
  });
});
