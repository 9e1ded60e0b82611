import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeedDate } from './dates';
import { looksLikeJsonObject, parseJsonFeed } from './json-feed';
import { notAFeed } from './sniff';
import { fieldText } from './text';
import type { FeedFormat, FeedItem, FeedParseResult, ParsedFeed } from './types';
import { httpUrl, resolveUrl } from './urls';

/**
 * Feed text → items, for RSS 2.0, RSS 0.9x, Atom 1.0, RDF/RSS 1.0 and JSON Feed 1.0/1.1 (json-feed.ts).
 * Pure: a string (and the URL it came from, for relative links) in, items out.
 *
 * The document is validated first; when it does not validate, fast-xml-parser's
 * lenient parse is used anyway and the good items kept (a stray `&` in one link
 * should not cost a channel the whole feed); `malformed` carries the reason.
 */

/** Fields whose raw inner XML we want (they may hold escaped HTML, CDATA or inline XHTML): see text.ts. */
const TEXT_FIELDS = ['title', 'description', 'summary', 'content', 'content:encoded', 'subtitle'];

/** Elements that may repeat; always arrays so the code below never guesses. */
const REPEATABLE = new Set([
  'item',
  'entry',
  'link',
  'atom:link',
  'author',
  'dc:creator',
  'dc:date',
  'guid',
  'outline',
]);
/** Outlines read from an OPML file at most (nested folders included): bounds the work on a hostile list. */
const MAX_OPML_OUTLINES = 5000;

/**
 * Entity limits, stated rather than inherited so they stay deliberate. The
 * limits count entities a document defines in its DOCTYPE ("external" to the
 * XML built-ins): that is where billion-laughs and quadratic-blowup attacks
 * live, while a legitimate feed can use thousands of `&amp;` without tripping
 * anything. No feed in our sample set defines entities at all.
 */
const ENTITY_LIMITS = {
  enabled: true,
  maxEntityCount: 100,
  maxEntitySize: 10_000,
  maxExpansionDepth: 10,
  maxTotalExpansions: 10_000,
  maxExpandedLength: 100_000,
  appliesTo: 'external',
} as const;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: ENTITY_LIMITS,
  stopNodes: TEXT_FIELDS.map((name) => `*.${name}`),
  isArray: (name) => REPEATABLE.has(name),
});

type Node = Record<string, unknown>;

function asNode(value: unknown): Node | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element whatever shape the parser gave it (string, {#text, @_attr}, array). */
function text(value: unknown): string | undefined {
  const first = list(value)[0];
  if (typeof first === 'string') return first;
  if (typeof first === 'number' || typeof first === 'boolean') return String(first);
  const node = asNode(first);
  const inner = node?.['#text'];
  return typeof inner === 'string' || typeof inner === 'number' ? String(inner) : undefined;
}

function attr(value: unknown, name: string): string | undefined {
  const node = asNode(list(value)[0]);
  const found = node?.[`@_${name}`];
  return typeof found === 'string' ? found : undefined;
}

/**
 * A child by exact name; a prefixed name (`dc:date`) also matches the same
 * local name under another prefix, since feeds pick their own prefixes.
 */
function child(node: Node, name: string): unknown {
  if (name in node) return node[name];
  const colon = name.indexOf(':');
  if (colon < 0) return undefined;
  const local = name.slice(colon);
  const key = Object.keys(node).find((k) => !k.startsWith('@_') && k.endsWith(local));
  return key === undefined ? undefined : node[key];
}

/** Does an Atom/RSS text field carry markup? RSS descriptions always may; Atom says so with type=. */
function isMarkup(value: unknown, fallback: boolean): boolean {
  const type = attr(value, 'type')?.toLowerCase();
  if (!type) return fallback;
  return type === 'html' || type === 'xhtml' || type.includes('html');
}

function textField(value: unknown, defaultMarkup: boolean, max?: number): string | undefined {
  return fieldText(text(value), { markup: isMarkup(value, defaultMarkup), max });
}

/** A short, stable, non-cryptographic hash (FNV-1a, 32 bit) for items that carry no identity at all. */
function fnv1a(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function finishItem(item: Omit<FeedItem, 'id'> & { id?: string }): FeedItem | undefined {
  if (!item.link && !item.title && !item.summary) return undefined;
  const id =
    item.id?.trim() ||
    item.link ||
    `hash:${fnv1a(`${item.title ?? ''}|${item.publishedAt ?? ''}|${item.summary ?? ''}`)}`;
  const out: FeedItem = { id };
  for (const key of ['link', 'title', 'publishedAt', 'summary', 'author'] as const) {
    if (item[key]) out[key] = item[key];
  }
  return out;
}

function base(node: Node, parent: string | undefined): string | undefined {
  const declared = attr(node, 'xml:base');
  return declared ? resolveUrl(declared, parent) : parent;
}

// ---------------------------------------------------------------- RSS 0.9x / 2.0 / 1.0 (RDF)

function rssLink(item: Node, itemBase: string | undefined): string | undefined {
  // <link> text first; some feeds use only <atom:link href> or a permalink guid.
  for (const link of list(child(item, 'link'))) {
    const href = text(link) ?? attr(link, 'href');
    const url = httpUrl(href, base(asNode(link) ?? {}, itemBase));
    if (url) return url;
  }
  for (const link of list(child(item, 'atom:link'))) {
    const rel = attr(link, 'rel') ?? 'alternate';
    const url = rel === 'alternate' ? httpUrl(attr(link, 'href'), itemBase) : undefined;
    if (url) return url;
  }
  const guid = child(item, 'guid');
  if (attr(guid, 'isPermaLink') !== 'false') return httpUrl(text(guid), itemBase);
  return undefined;
}

function rssItem(item: Node, channelBase: string | undefined): FeedItem | undefined {
  const itemBase = base(item, channelBase);
  // FeedBurner and Pheedo rewrite <link> to a click-tracking redirect and keep the story's own URL here.
  const link =
    httpUrl(text(child(item, 'feedburner:origLink')) ?? text(child(item, 'pheedo:origLink')), itemBase) ??
    rssLink(item, itemBase);
  const author = text(child(item, 'author')) ?? text(child(item, 'dc:creator'));
  return finishItem({
    id: text(child(item, 'guid')) ?? attr(item, 'rdf:about'),
    link,
    // RSS titles are plain text by the spec, yet feeds put escaped HTML and entities in them.
    title: textField(child(item, 'title'), true, 300),
    publishedAt: parseFeedDate(
      text(child(item, 'pubDate')) ?? text(child(item, 'dc:date')) ?? text(child(item, 'published')),
    ),
    summary: textField(child(item, 'description') ?? child(item, 'content:encoded'), true),
    author: author ? fieldText(author, { markup: false, max: 120 }) : undefined,
  });
}

function rssFeed(root: Node, format: FeedFormat, docBase: string | undefined): ParsedFeed {
  const channel = asNode(list(child(root, 'channel'))[0]) ?? {};
  const channelBase = base(channel, base(root, docBase));
  // RSS 0.9x/2.0 nest items in <channel>; RDF (RSS 0.90 and 1.0) puts them beside it.
  const rawItems = [...list(child(channel, 'item')), ...list(child(root, 'item'))];
  const items = rawItems.flatMap((raw) => {
    const node = asNode(raw);
    const item = node ? rssItem(node, channelBase) : undefined;
    return item ? [item] : [];
  });
  const feed: ParsedFeed = { format, items };
  const title = textField(child(channel, 'title'), true, 200);
  if (title) feed.title = title;
  const link = rssLink({ link: child(channel, 'link') }, channelBase);
  if (link) feed.link = link;
  return feed;
}

// ---------------------------------------------------------------- Atom 1.0

function atomLink(node: Node, nodeBase: string | undefined): string | undefined {
  const links = list(child(node, 'link'));
  const ranked = links
    .map((link) => ({ link, rel: attr(link, 'rel') ?? 'alternate', type: attr(link, 'type') ?? '' }))
    .filter((l) => l.rel === 'alternate')
    .sort((a, b) => Number(b.type.includes('html')) - Number(a.type.includes('html')));
  for (const { link } of ranked) {
    const url = httpUrl(attr(link, 'href'), base(asNode(link) ?? {}, nodeBase));
    if (url) return url;
  }
  return undefined;
}

function atomEntry(entry: Node, feedBase: string | undefined): FeedItem | undefined {
  const entryBase = base(entry, feedBase);
  const author = asNode(list(child(entry, 'author'))[0]);
  return finishItem({
    id: text(child(entry, 'id')),
    link: atomLink(entry, entryBase),
    title: textField(child(entry, 'title'), false, 300),
    publishedAt: parseFeedDate(
      text(child(entry, 'published')) ?? text(child(entry, 'updated')) ?? text(child(entry, 'dc:date')),
    ),
    summary: textField(child(entry, 'summary') ?? child(entry, 'content'), false),
    author: author ? text(child(author, 'name'))?.trim() : undefined,
  });
}

function atomFeed(root: Node, docBase: string | undefined): ParsedFeed {
  const feedBase = base(root, docBase);
  const items = list(child(root, 'entry')).flatMap((raw) => {
    const node = asNode(raw);
    const item = node ? atomEntry(node, feedBase) : undefined;
    return item ? [item] : [];
  });
  const feed: ParsedFeed = { format: 'atom', items };
  const title = textField(child(root, 'title'), false, 200);
  if (title) feed.title = title;
  const link = atomLink(root, feedBase);
  if (link) feed.link = link;
  return feed;
}

// ---------------------------------------------------------------- OPML (a list of feeds, not a feed)

/** Every `xmlUrl` of an OPML body, folders (nested outlines) included, in document order, resolved and de-duplicated. */
function opmlFeedLinks(root: Node, docBase: string | undefined): string[] {
  const links: string[] = [];
  const pending: unknown[] = [...list(child(asNode(child(root, 'body')) ?? {}, 'outline'))];
  for (let seen = 0; pending.length > 0 && seen < MAX_OPML_OUTLINES; seen++) {
    const outline = asNode(pending.shift());
    if (!outline) continue;
    const url = httpUrl(attr(outline, 'xmlUrl') ?? attr(outline, 'xmlurl'), docBase);
    if (url && !links.includes(url)) links.push(url);
    pending.unshift(...list(child(outline, 'outline')));
  }
  return links;
}

// ---------------------------------------------------------------- entry point

function selfLink(root: Node): string | undefined {
  for (const link of [
    ...list(child(root, 'link')),
    ...list(child(asNode(list(child(root, 'channel'))[0]) ?? {}, 'atom:link')),
  ]) {
    if (attr(link, 'rel') === 'self') return httpUrl(attr(link, 'href'), undefined);
  }
  return undefined;
}

function validationMessage(text: string): string | undefined {
  const result = XMLValidator.validate(text);
  if (result === true) return undefined;
  return `${result.err.msg} (line ${result.err.line}, column ${result.err.col})`;
}

export interface ParseFeedOptions {
  /** The URL the document was fetched from: the base for relative links (RFC 3986 §5.1.3). */
  url?: string;
}

/** Parse feed text. Never throws: a document that is not a feed comes back as `{ ok: false, notAFeed }`. */
export function parseFeed(text: string, options: ParseFeedOptions = {}): FeedParseResult {
  if (looksLikeJsonObject(text)) return parseJsonFeed(text, options.url);
  const sniffed = notAFeed(text, options.url);
  if (sniffed) return { ok: false, notAFeed: sniffed };

  const malformed = validationMessage(text);
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/entit/i.test(message)) {
      return {
        ok: false,
        notAFeed: {
          reason: 'entity-limit',
          message: `The feed defines entities beyond our safety limits (${message}).`,
        },
      };
    }
    return {
      ok: false,
      notAFeed: { reason: 'not-xml', message: `The document is not readable XML: ${malformed ?? message}.` },
    };
  }

  const rootName = Object.keys(doc).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootName === undefined ? undefined : asNode(doc[rootName]);
  if (rootName === undefined || !root) {
    return {
      ok: false,
      notAFeed: { reason: 'not-xml', message: `The document is not readable XML${malformed ? `: ${malformed}` : ''}.` },
    };
  }
  const local = rootName.slice(rootName.indexOf(':') + 1).toLowerCase();
  const docBase = options.url ?? selfLink(root);

  let feed: ParsedFeed;
  if (local === 'rss') {
    const version = attr(root, 'version') ?? '';
    feed = rssFeed(root, /^0\.9/.test(version) ? 'rss09' : 'rss2', docBase);
  } else if (local === 'feed') {
    feed = atomFeed(root, docBase);
  } else if (local === 'rdf') {
    feed = rssFeed(root, 'rdf', docBase);
  } else if (local === 'opml') {
    const feedLinks = opmlFeedLinks(root, docBase);
    const count = `${feedLinks.length} ${feedLinks.length === 1 ? 'feed' : 'feeds'}`;
    return {
      ok: false,
      notAFeed: { reason: 'opml', message: `This is an OPML list of ${count}, not a feed.`, feedLinks },
    };
  } else if (local === 'html') {
    return { ok: false, notAFeed: { reason: 'html', message: 'This is an HTML page, not a feed.' } };
  } else {
    return {
      ok: false,
      notAFeed: { reason: 'unknown-xml', message: `This is an XML document (<${rootName}>), not an RSS or Atom feed.` },
    };
  }
  if (malformed) feed.malformed = malformed;
  return { ok: true, feed };
}
