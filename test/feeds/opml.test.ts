import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedsAsOpml } from '../../lambdas/app/feeds/opml';

describe('Function: feedsAsOpml', () => {
  it('writes OPML 2.0 that an XML parser reads back to the same titles and URLs, markup in titles escaped', () => {
    const feeds = [
      { feedUrl: 'https://a.example/feed?x=1&y=2', title: 'Tom & Jerry "News" <live>' },
      { feedUrl: 'https://b.example/rss' },
    ];
    const xml = feedsAsOpml('Channel C1', feeds);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(doc.opml.version).toBe('2.0');
    expect(doc.opml.head.title).toBe('Channel C1');
    const outlines = [doc.opml.body.outline].flat();
    expect(outlines.map((o: { title: string; xmlUrl: string; type: string }) => [o.type, o.title, o.xmlUrl])).toEqual([
      ['rss', 'Tom & Jerry "News" <live>', 'https://a.example/feed?x=1&y=2'],
      ['rss', 'https://b.example/rss', 'https://b.example/rss'],
    ]);
    expect(xml).not.toContain('<live>');
  });
});
