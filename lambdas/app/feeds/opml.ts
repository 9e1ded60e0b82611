/**
 * OPML 2.0 (http://opml.org/spec2.opml), the list format feed readers import
 * and export: a channel's feeds as one `<outline type="rss">` each.
 */

/** XML attribute text: the five markup characters escaped, control characters (not allowed in XML 1.0) dropped. */
function xmlAttribute(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function feedsAsOpml(title: string, feeds: readonly { feedUrl: string; title?: string }[]): string {
  const outlines = feeds.map((feed) => {
    const name = xmlAttribute(feed.title ?? feed.feedUrl);
    return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${xmlAttribute(feed.feedUrl)}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${xmlAttribute(title)}</title></head>`,
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
  ].join('\n');
}
