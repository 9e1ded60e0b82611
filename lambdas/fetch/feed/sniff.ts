import type { NotAFeed } from './types';
import { decodeEntities } from './text';
import { httpUrl } from './urls';

/**
 * "Is this even a feed?" before any XML parsing, so a user who pastes a page
 * URL hears "this is an HTML page" (and where its feed is, when the page says)
 * rather than an XML error.
 */

const FEED_TYPES = /^application\/(rss|atom|rdf)\+xml$/i;

/** The first feed an HTML page advertises with `<link rel="alternate" type="application/rss+xml" href>`. */
export function advertisedFeed(html: string, pageUrl: string | undefined): string | undefined {
  for (const tag of html.slice(0, 200_000).matchAll(/<link\b[^>]*>/gi)) {
    const attrs = Object.fromEntries(
      [...tag[0].matchAll(/([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => [
        m[1]!.toLowerCase(),
        decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''),
      ]),
    );
    if (/\balternate\b/i.test(attrs.rel ?? '') && FEED_TYPES.test((attrs.type ?? '').trim())) {
      const url = httpUrl(attrs.href, pageUrl);
      if (url) return url;
    }
  }
  return undefined;
}

/** Why `text` is certainly not an XML feed, or undefined when it may be one. */
export function notAFeed(text: string, url?: string): NotAFeed | undefined {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (!head) return { reason: 'empty', message: 'The address returned an empty document, not a feed.' };
  if (head[0] === '{' || head[0] === '[') {
    // A JSON Feed never gets here (parseFeed reads it first): this is some other JSON.
    return { reason: 'json', message: 'This is a JSON document, not a feed (RSS, Atom, RDF or JSON Feed).' };
  }
  if (head[0] !== '<')
    return { reason: 'not-xml', message: 'This is neither XML nor JSON, so not an RSS, Atom or JSON feed.' };
  // Skip the XML declaration, processing instructions and comments to find the first real tag.
  const firstTag = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html\b|head\b|body\b)/i.exec(head);
  if (firstTag) {
    const feedLink = advertisedFeed(head, url);
    return {
      reason: 'html',
      message: feedLink
        ? `This is an HTML page, not a feed; it links to a feed at ${feedLink}.`
        : 'This is an HTML page, not a feed.',
      ...(feedLink ? { feedLink } : {}),
    };
  }
  return undefined;
}
