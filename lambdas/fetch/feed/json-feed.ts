import { parseFeedDate } from './dates';
import { clip, decodeEntities, stripTags } from './text';
import type { FeedItem, FeedParseResult, ParsedFeed } from './types';
import { httpUrl } from './urls';

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) → the same items as
 * RSS and Atom. The document is untrusted JSON: every field is checked for its
 * type and anything else is ignored, so a wrong type costs one field, not the feed.
 */

type Json = Record<string, unknown>;

const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/i;
/** Items read from one document at most (a feed is a window on recent stories; this bounds the work). */
const MAX_ITEMS = 1000;

function object(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** JSON strings are already text: plain fields are only clipped (an "&amp;" in a title is what the feed wrote). */
function plainText(value: string | undefined, max = 600): string | undefined {
  return value ? clip(value, max) || undefined : undefined;
}

function htmlText(value: string | undefined): string | undefined {
  return value ? clip(decodeEntities(stripTags(value)), 600) || undefined : undefined;
}

/** A JSON object: read as a JSON Feed, which says whether it is one by its "version" (wherever it sits). */
export function looksLikeJsonObject(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text);
}

/** 1.1 has `authors` (a list); 1.0 had one `author`. */
function authorName(entry: Json): string | undefined {
  const authors = Array.isArray(entry.authors) ? entry.authors : [entry.author];
  const name = authors.map((a) => string(object(a)?.name)).find(Boolean);
  return plainText(name, 120);
}

/** The item's own summary, else its plain text, else its HTML with the markup removed. */
function itemSummary(entry: Json): string | undefined {
  return plainText(string(entry.summary) ?? string(entry.content_text)) ?? htmlText(string(entry.content_html));
}

function jsonItem(entry: Json, base: string | undefined): FeedItem | undefined {
  const link = httpUrl(string(entry.url), base) ?? httpUrl(string(entry.external_url), base);
  const rawId = typeof entry.id === 'number' ? String(entry.id) : string(entry.id);
  const item: FeedItem = { id: '' };
  const title = plainText(string(entry.title), 300);
  const summary = itemSummary(entry);
  const publishedAt = parseFeedDate(string(entry.date_published) ?? string(entry.date_modified));
  const author = authorName(entry);
  if (!link && !title && !summary) return undefined;
  item.id = rawId?.trim() || link || `json:${title ?? ''}|${publishedAt ?? ''}`;
  if (link) item.link = link;
  if (title) item.title = title;
  if (publishedAt) item.publishedAt = publishedAt;
  if (summary) item.summary = summary;
  if (author) item.author = author;
  return item;
}

/** Parse a JSON Feed. `url` is the address it came from: the base for relative item URLs. */
export function parseJsonFeed(text: string, url?: string): FeedParseResult {
  let doc: Json | undefined;
  try {
    doc = object(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    return {
      ok: false,
      notAFeed: {
        reason: 'json',
        message: `This JSON Feed is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
      },
    };
  }
  if (!doc || !VERSION.test(string(doc.version) ?? '')) {
    return {
      ok: false,
      notAFeed: {
        reason: 'json',
        message:
          'This is a JSON document, not a feed (JSON Feed needs a "version" of https://jsonfeed.org/version/1 or 1.1).',
      },
    };
  }
  if (!Array.isArray(doc.items)) {
    return { ok: false, notAFeed: { reason: 'json', message: 'This JSON Feed has no "items" list.' } };
  }
  const base = url ?? httpUrl(string(doc.feed_url), undefined);
  const items = doc.items.slice(0, MAX_ITEMS).flatMap((raw) => {
    const entry = object(raw);
    const item = entry ? jsonItem(entry, base) : undefined;
    return item ? [item] : [];
  });
  const feed: ParsedFeed = { format: 'json', items };
  const title = plainText(string(doc.title), 200);
  if (title) feed.title = title;
  const home = httpUrl(string(doc.home_page_url), base);
  if (home) feed.link = home;
  return { ok: true, feed };
}
