import * as z from 'zod/mini';
import type { ArticleMeta } from '../article';
import { isDateLine } from './chrome-lines';
import { type DeclaringElements, declaringElements } from './declaring-elements';

/**
 * Article metadata from a page's own declarations: JSON-LD first (what
 * publishers give search engines, usually the cleanest), then meta tags
 * (Open Graph, article:*, name=author…), then what Readability guessed.
 * Every value passes a zod schema at this boundary; a value that fails is
 * dropped, never stored ("Published Am Edt" is no author, "0000-00-00" no date).
 */

/** Values Readability found, used only where the page declares nothing valid. */
export interface MetadataFallback {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
  'techarticle',
  'satiricalarticle',
  'advertisercontentarticle',
  'review',
  'creativework',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** JSON-LD and attribute values sometimes carry HTML entities; decode the common ones. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ENTITIES[lower] ?? m;
  });
}

const clean = (s: string) => decodeEntities(s).replace(/\s+/g, ' ').trim();

const Title = z.pipe(z.pipe(z.string(), z.transform(clean)), z.string().check(z.minLength(1), z.maxLength(400)));

/** Words that make up date stamps and labels, never a person's name. */
const NOT_NAME_WORDS =
  /^(?:published|updated|posted|by|am|pm|edt|est|cdt|cst|pdt|pst|gmt|utc|bst|on|at|staff|admin|administrator|unknown|null|undefined|none|author|editor|writer|reporter|correspondent)$/i;

/**
 * An author string as pages give it, tidied: "Analysis by X" and "Text: X"
 * lose their label, "X - 2019-04-10" its date, and the parts of
 * "X, Business Insider, X" or "Kevin Rebong, kevin-r" are kept once each,
 * without user-name slugs.
 */
function tidyAuthor(raw: string): string {
  const s = clean(raw)
    .replace(/^(?:(?:analysis|opinion|commentary|review|story|words|text|reporting|written)\s+)?by[:\s]+/i, '')
    .replace(/^\p{L}{2,12}:\s+/u, '')
    .replace(/\s+[-–—|]\s+[^\p{L}]*\d[^\p{L}]*$/u, '')
    .replace(/[,|;\s]+$/, '');
  const seen = new Set<string>();
  const parts = s.split(/,\s*/).filter((part) => {
    const key = part.toLowerCase();
    if (seen.has(key) || (/^[a-z0-9_.-]+$/.test(part) && /[a-z]/.test(part) && s.includes(','))) return false;
    seen.add(key);
    return true;
  });
  return parts.join(', ').trim();
}

/** A user name standing alone ("jdadmin", "kei_eno"): no capital, no space. Not a byline. */
const USER_NAME = /^[a-z0-9_.-]+$/;

const Author = z.pipe(
  z.pipe(z.string(), z.transform(tidyAuthor)),
  z.string().check(
    z.minLength(2),
    z.maxLength(120),
    z.refine((s) => /\p{L}/u.test(s), 'no letters'),
    z.refine((s) => !/^(?:https?:\/\/|www\.)/i.test(s) && !/@\w+\.\w+/.test(s), 'a URL or address, not a name'),
    z.refine(
      (s) => !s.split(/[\s,]+/).every((w) => NOT_NAME_WORDS.test(w) || /^[\d:./-]+$/.test(w)),
      'a label or date stamp',
    ),
    z.refine((s) => !isDateLine(s), 'a date stamp'),
    z.refine((s) => s.split(/\s+/).length <= 12, 'too long for names'),
    z.refine((s) => !USER_NAME.test(s), 'a user name'),
  ),
);

/** An instant as ISO-8601. Only ISO-like stamps are read, so nothing depends on the machine's time zone. */
const PublishedAt = z.pipe(
  z.pipe(
    z
      .string()
      .check(z.trim(), z.regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i)),
    z.transform((s) => {
      let iso = s.replace(' ', 'T');
      if (/T\d{2}:\d{2}/.test(iso) && !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso += 'Z';
      iso = iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
      return new Date(iso);
    }),
  ),
  z.pipe(
    z
      .date()
      .check(
        z.refine(
          (d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1990 && d.getUTCFullYear() <= 2100,
          'not a plausible date',
        ),
      ),
    z.transform((d) => d.toISOString()),
  ),
);

/** A site name, tidied: a URL becomes its host, "@handle" its name, "A | B | C" its first part. */
const Site = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s) =>
      clean(s)
        .replace(/^https?:\/\/(?:www\.)?([^/]+)\/?$/i, '$1')
        .replace(/^@/, '')
        .split(/\s+\|\s+/)[0]!
        .trim(),
    ),
  ),
  z.string().check(z.minLength(1), z.maxLength(120)),
);

const Url = z.pipe(z.string().check(z.trim()), z.url({ protocol: /^https?$/ }));

const Language = z.pipe(
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((s) => s.trim().replace(/_/g, '-')),
    ),
    z.string().check(z.regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i)),
  ),
  z.transform((s) => {
    const [primary, ...rest] = s.split('-');
    return [primary!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
  }),
);

/** The first candidate a schema accepts. */
function firstValid<T>(schema: z.ZodMiniType<T>, candidates: unknown[]): T | undefined {
  for (const c of candidates) {
    if (typeof c !== 'string') continue;
    const r = schema.safeParse(c);
    if (r.success) return r.data;
  }
  return undefined;
}

type Json = unknown;

function asArray(v: Json): Json[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in the JSON-LD blocks, flattening arrays and @graph. */
function jsonLdObjects(scripts: readonly Element[]): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 4) return;
    for (const item of asArray(v)) {
      if (!isObject(item)) continue;
      out.push(item);
      if (item['@graph']) visit(item['@graph'], depth + 1);
    }
  };
  for (const script of scripts) {
    const raw = (script.textContent ?? '')
      .trim()
      .replace(/^<!\[CDATA\[|\]\]>$/g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // A broken block is the publisher's problem; the meta tags still count.
    }
  }
  return out;
}

function isArticle(obj: Record<string, Json>): boolean {
  return asArray(obj['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()));
}

/**
 * Names from a JSON-LD author/publisher value: a string, {name}, an array of
 * either, or a reference {"@id"} to a Person elsewhere in the graph (how
 * WordPress/Yoast pages name their authors).
 */
function names(v: Json, byId: Map<string, Record<string, Json>>): string[] {
  return asArray(v).flatMap((a) => {
    if (typeof a === 'string') return [a];
    if (!isObject(a)) return [];
    if (typeof a.name === 'string') return [a.name];
    const ref = typeof a['@id'] === 'string' ? byId.get(a['@id']) : undefined;
    return ref && typeof ref.name === 'string' ? [ref.name] : [];
  });
}

function strings(v: Json): string[] {
  return asArray(v).flatMap((a) =>
    typeof a === 'string' ? [a] : isObject(a) && typeof a['@id'] === 'string' ? [a['@id']] : [],
  );
}

/** All meta tags once, keyed by lower-cased property/name/itemprop/http-equiv (linkedom re-walks the tree on every query). */
type MetaIndex = Map<string, string[]>;

function indexMeta(metas: readonly Element[]): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of metas) {
    const content = el.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (!key) continue;
      const list = index.get(key) ?? [];
      list.push(content);
      index.set(key, list);
    }
  }
  return index;
}

function metaContent(index: MetaIndex, ...keys: string[]): string[] {
  return keys.flatMap((k) => index.get(k) ?? []);
}

/** An author name from a byline line ("By Jane Roe and Sam Poe"), validated like declared authors. */
export function authorFromBylineLine(line: string): string | undefined {
  if (!/^by\s/i.test(line.trim())) return undefined;
  return byline([line.replace(/\s+(?:and|&)\s+/gi, ', ')]);
}

/** Join valid author names, each once. */
function byline(candidates: string[]): string | undefined {
  const seen = new Set<string>();
  const valid: string[] = [];
  for (const c of candidates) {
    const r = Author.safeParse(c);
    if (!r.success) continue;
    // Names are kept once across candidates too: ["A, Business Insider", "A"] is "A, Business Insider".
    for (const part of r.data.split(/,\s*/)) {
      if (seen.has(part.toLowerCase())) continue;
      seen.add(part.toLowerCase());
      valid.push(part);
    }
  }
  return valid.length ? valid.slice(0, 8).join(', ') : undefined;
}

/**
 * A misconfigured page declares its site's home page as canonical; an
 * article's URL is never the bare root when the page itself had a path.
 */
function isSiteRootFor(candidate: string | undefined, pageUrl: string | undefined): boolean {
  if (!candidate || !pageUrl) return false;
  try {
    return new URL(candidate).pathname === '/' && new URL(pageUrl).pathname !== '/';
  } catch {
    return false;
  }
}

function resolveUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/**
 * Read what a page declares about itself. Call before Readability runs (it
 * edits the document); `pageUrl` resolves relative canonical links and is
 * the URL of last resort. `found`: the page's declaring elements, when the
 * caller has them already (declaring-elements.ts).
 */
export function readMetadata(
  document: Document,
  pageUrl?: string,
  found: DeclaringElements = declaringElements(document),
): ArticleMeta {
  return completeMetadata(readDeclared(document, pageUrl, found), {});
}

/** Fill what the page did not declare validly from Readability's guesses, through the same schemas. */
export function completeMetadata(declared: ArticleMeta, fallback: MetadataFallback): ArticleMeta {
  const meta: ArticleMeta = { ...declared };
  if (meta.title && meta.site) meta.title = withoutSiteSuffix(meta.title, meta.site);
  const title = meta.title ?? firstValid(Title, [fallback.title]);
  const author = meta.byline ?? byline(fallback.byline ? [fallback.byline] : []);
  const publishedAt = meta.publishedAt ?? firstValid(PublishedAt, [fallback.publishedTime]);
  const site = meta.site ?? firstValid(Site, [fallback.siteName]);
  const language = meta.language ?? firstValid(Language, [fallback.lang]);
  if (title !== undefined) meta.title = site ? withoutSiteSuffix(title, site) : title;
  if (author !== undefined) meta.byline = author;
  if (publishedAt !== undefined) meta.publishedAt = publishedAt;
  if (site !== undefined) meta.site = site;
  if (language !== undefined) meta.language = language;
  return meta;
}

/** "Story — Site Name" → "Story": the site is stored apart, and a headline never ends with it. */
function withoutSiteSuffix(title: string, site: string): string {
  const lower = title.toLowerCase();
  const siteLower = site.toLowerCase();
  const at = lower.lastIndexOf(siteLower);
  if (at <= 0 || at + siteLower.length < lower.length - 3) return title;
  const head = title.slice(0, at).replace(/\s*[-–—|:·•»]\s*$/, '');
  return head.length < title.slice(0, at).length && head.trim().length >= 8 ? head.trim() : title;
}

function readDeclared(document: Document, pageUrl: string | undefined, found: DeclaringElements): ArticleMeta {
  const objects = jsonLdObjects(found.linkedData);
  const articles = objects.filter(isArticle);
  const byId = new Map(objects.flatMap((o) => (typeof o['@id'] === 'string' ? [[o['@id'], o] as const] : [])));
  const metas = indexMeta(found.metas);
  const ld = (key: string) => articles.flatMap((a) => asArray(a[key]));
  const canonical = found.canonical?.getAttribute('href');

  const title = firstValid(Title, [...ld('headline'), ...metaContent(metas, 'og:title', 'twitter:title')]);
  const author =
    byline(articles.flatMap((a) => names(a.author, byId))) ??
    byline(metaContent(metas, 'author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator'));
  const publishedAt = firstValid(PublishedAt, [
    ...ld('datePublished'),
    ...metaContent(
      metas,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'dc.date.issued',
      'sailthru.date',
      'parsely-pub-date',
    ),
    found.datedTime?.getAttribute('datetime'),
    ...ld('dateCreated'),
  ]);
  const site = firstValid(Site, [
    ...metaContent(metas, 'og:site_name', 'application-name'),
    ...articles.flatMap((a) => names(a.publisher, byId)),
  ]);
  const url = firstValid(Url, [
    ...[
      resolveUrl(canonical, pageUrl),
      resolveUrl(metaContent(metas, 'og:url')[0], pageUrl),
      ...articles.flatMap((a) => [...strings(a.url), ...strings(a.mainEntityOfPage)]),
    ].filter((u) => !isSiteRootFor(u, pageUrl)),
    pageUrl,
  ]);
  const language = firstValid(Language, [
    ...ld('inLanguage'),
    document.documentElement?.getAttribute('lang'),
    ...metaContent(metas, 'og:locale', 'language', 'content-language', 'dc.language'),
  ]);

  const meta: ArticleMeta = {};
  if (title !== undefined) meta.title = title;
  if (author !== undefined) meta.byline = author;
  if (publishedAt !== undefined) meta.publishedAt = publishedAt;
  if (site !== undefined) meta.site = site;
  if (url !== undefined) meta.url = url;
  if (language !== undefined) meta.language = language;
  return meta;
}
