/**
 * What a feed parse produces. Feed formats disagree on every name (guid / id /
 * rdf:about, pubDate / published / dc:date…); callers see only these shapes.
 */

export type FeedFormat = 'rss2' | 'rss09' | 'atom' | 'rdf' | 'json';

/** One entry of a feed, normalised across formats. */
export interface FeedItem {
  /** Stable identity for dedupe: the guid / Atom id / rdf:about, else the link, else a hash of title and date. */
  id: string;
  /** Absolute http(s) URL of the story, resolved against xml:base and the feed URL. */
  link?: string;
  title?: string;
  /** ISO-8601 instant (UTC), when the feed gives a date we can read. */
  publishedAt?: string;
  /** Plain text (markup removed, entities decoded), at most a few hundred characters. */
  summary?: string;
  author?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  /** The site's home page, absolute. */
  link?: string;
  items: FeedItem[];
  /** Set when the XML did not validate and the lenient parse was used: the validator's message. */
  malformed?: string;
}

/** Why a document is not a feed we can read. */
export type NotAFeedReason = 'empty' | 'html' | 'json' | 'not-xml' | 'unknown-xml' | 'entity-limit' | 'opml';

export interface NotAFeed {
  reason: NotAFeedReason;
  /** One sentence for a human (shown in Slack), e.g. "This is an HTML page, not a feed." */
  message: string;
  /** For an HTML page that advertises a feed (`<link rel="alternate" type="application/rss+xml">`): its absolute URL. */
  feedLink?: string;
  /** For an OPML file (a list of feeds): the feeds' absolute http(s) URLs, in the list's order. */
  feedLinks?: string[];
}

export type FeedParseResult = { ok: true; feed: ParsedFeed } | { ok: false; notAFeed: NotAFeed };
