/**
 * Page chrome recognised by its markup: elements whose tag, role or class/id
 * names say they are captions, share widgets, related-story boxes,
 * newsletters, ads…, removed from the page before Readability scores it.
 * Tuned on the article-extraction-benchmark but written as general rules;
 * Readability's errors on news are extra text, so these rules only remove.
 * (Chrome recognised by its text alone is in chrome-lines.ts.)
 */

import { closestWithTag } from './ancestors';
import { classNameOf } from './class-names';
import { elementsWhere } from './linkedom-walk';
import { measureText, type TextStats } from './text-stats';

/** Words in class/id names of page parts that are never story text. Matched as whole name parts. */
const BOILERPLATE_NAME = new RegExp(
  '(?:^|[-_\\s])(?:' +
    [
      'share',
      'sharing',
      'sharebar',
      'social',
      'socials',
      'newsletter',
      'newsletters',
      'related',
      'promo',
      'promos',
      'advert',
      'adverts',
      'advertisement',
      'ad',
      'ads',
      'adslot',
      'sponsor',
      'sponsored',
      'subscribe',
      'subscription',
      'signup',
      'breadcrumb',
      'breadcrumbs',
      'byline',
      'dateline',
      'timestamp',
      'caption',
      'captions',
      'figcaption',
      'credit',
      'credits',
      'copyright',
      'trending',
      'recommended',
      'recirc',
      'outbrain',
      'taboola',
      'toolbar',
      'comments',
      'comment',
      'disqus',
      'tags',
      'tag-list',
      'author-bio',
      'bio',
      'popular',
      'most-read',
      'mostread',
      'read-more',
      'readmore',
      'more-stories',
      'newsletter-signup',
      'inline-cta',
      'cta',
      'hovercard',
      'tooltip',
      'popover',
      'rollover',
      'hover',
      'flyout',
      'modal',
      'cookie',
      'consent',
      'skip-link',
      'sr-only',
      'visually-hidden',
      'print-only',
      'gallery-count',
      'slide-count',
      'pagination',
      'pager',
      'nav',
      'navbar',
      'menu',
      'masthead',
      'sidebar',
      'embed-title',
      'video-title',
      'playlist',
      'podcast-promo',
    ].join('|') +
    ')(?:$|[-_\\s])',
  'i',
);

/** Names of chrome that sits inside a paragraph: hover cards, tooltips, photo credits. */
const INLINE_CHROME_NAME = /hover|rollover|tooltip|popover|flyout|popup|caption|credit/i;

/** Tags whose content is page furniture wherever it sits. */
const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FIGCAPTION', 'FOOTER', 'BUTTON', 'FORM', 'DIALOG', 'MENU']);

const BOILERPLATE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alert',
  'menu',
  'toolbar',
]);

/**
 * A class or id of more than this many words is a slug made from text (a
 * heading's anchor "how-popular-is-meditation"), not a component's name, so
 * its words say nothing about what the element is.
 */
const MAX_NAME_WORDS = 5;

/** Class and id, with camelCase split into parts ("newsCaption" → "news Caption"), slugs left out. */
function nameOf(el: Element): string {
  return chromeName(classNameOf(el), el.getAttribute('id') ?? '');
}

/** The words of a class and an id that the chrome rule reads (see nameOf). */
export function chromeName(className: string, id: string): string {
  // Most elements have neither (the chrome pass asks of every element): no words, and nothing to build.
  if (className === '' && id === '') return '';
  return `${className} ${id}`
    .split(/\s+/)
    .filter((name) => wordsIn(name) <= MAX_NAME_WORDS)
    .join(' ')
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** How many parts `name` has between hyphens and underscores (`name.split(/[-_]/).length`, counted without splitting). */
function wordsIn(name: string): number {
  let words = 1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 45 /* - */ || c === 95 /* _ */) words++;
  }
  return words;
}

/** Whether an element is chrome by its markup alone. */
export function isBoilerplateElement(el: Element): boolean {
  return isBoilerplateMarkup(
    el.tagName.toUpperCase(),
    el.getAttribute('role'),
    el.getAttribute('aria-hidden'),
    el.hasAttribute('hidden'),
    () => nameOf(el),
  );
}

/** `isBoilerplateElement` from what the markup says: tag (upper case), role, aria-hidden, hidden, and the name (read last, only if needed). */
export function isBoilerplateMarkup(
  tag: string,
  role: string | null | undefined,
  ariaHidden: string | null | undefined,
  hidden: boolean,
  name: () => string,
): boolean {
  return isBoilerplateByTag(tag, role, ariaHidden, hidden) || isBoilerplateName(name());
}

/** The part of `isBoilerplateMarkup` that does not read the name. */
export function isBoilerplateByTag(
  tag: string,
  role: string | null | undefined,
  ariaHidden: string | null | undefined,
  hidden: boolean,
): boolean {
  if (BOILERPLATE_TAGS.has(tag)) return true;
  if (role && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  return ariaHidden === 'true' || hidden;
}

/** The part of `isBoilerplateMarkup` that reads the name: whether its words (as `chromeName` gives them) say chrome. */
export function isBoilerplateName(words: string): boolean {
  return words !== '' && BOILERPLATE_NAME.test(words);
}

/**
 * What the chrome rule asks of an element, answered from the DOM (below) or
 * from the markup before it is parsed (chrome-before-parse.ts), so that both
 * judge by one rule. Only what is needed is asked, in this order.
 */
export interface ChromeCandidate {
  /** Tag name in upper case. */
  tag: string;
  stats: TextStats;
  isBoilerplate(): boolean;
  /** Class and id words, as `chromeName` gives them. */
  name(): string;
  /** Whether an ancestor is a `<pre>` or `<code>`. */
  insideCode(): boolean;
  /** Whether it or an ancestor is a `<table>`. */
  inTable(): boolean;
  /** Whether a `<table>` is inside it. */
  holdsTable(): boolean;
  /** Whether an ancestor is a `<p>`. */
  insideParagraph(): boolean;
  /** Whether a `<blockquote>` is inside it. */
  holdsBlockquote(): boolean;
}

/** Elements never removed as chrome: the page and its main story containers. */
const NEVER_CHROME = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

/** Whether `box` goes as chrome on a page whose body measures `page` (see removeBoilerplateElements). */
export function isChrome(box: ChromeCandidate, page: TextStats): boolean {
  if (NEVER_CHROME.has(box.tag)) return false;
  const { stats } = box;
  const holdsStory =
    stats.chars > page.chars * 0.4 || (page.paragraphChars > 0 && stats.paragraphChars > page.paragraphChars * 0.4);
  // Neither rule cuts into code shown as written: a highlighter's <span class="hljs-comment"> is part of it.
  if (
    isLinkFarm(stats, page) &&
    stats.paragraphChars <= page.paragraphChars * 0.4 &&
    !box.insideCode() &&
    !box.inTable() &&
    !box.holdsTable()
  )
    return true;
  if (!box.isBoilerplate() || holdsStory) return false;
  if (box.insideCode()) return false;
  // Inside a paragraph only pop-ups and credits go: an inline <a class="related-link"> is words of the story.
  if (box.insideParagraph() && !INLINE_CHROME_NAME.test(box.name())) return false;
  // Embedded posts ("social-media-embed" around a quoted tweet) carry what people said: keep them.
  return BOILERPLATE_TAGS.has(box.tag) || !box.holdsBlockquote();
}

/** A DOM element as the chrome rule reads it. */
function domCandidate(el: Element, stats: TextStats): ChromeCandidate {
  return {
    tag: el.tagName.toUpperCase(),
    stats,
    isBoilerplate: () => isBoilerplateElement(el),
    name: () => nameOf(el),
    insideCode: () => closestWithTag(el.parentElement, CODE) !== null,
    inTable: () => closestWithTag(el, TABLE) !== null,
    holdsTable: () => el.querySelector('table') !== null,
    insideParagraph: () => closestWithTag(el.parentElement, PARAGRAPH) !== null,
    holdsBlockquote: () => el.querySelector('blockquote') !== null,
  };
}

/**
 * Remove chrome elements from a page, except any that holds a large share of
 * the page's text (a story container named "article-comments-enabled" or a
 * blog's "widget Blog" must survive its name). Link farms go too, whatever
 * their names (see isLinkFarm). Every element's text is measured once, up
 * front (text-stats.ts): judging each by its own `textContent` cost elements × depth.
 * `stats` are those figures when the caller has them already, for the tree as it is now.
 */
export function removeBoilerplateElements(
  root: Element,
  stats: Map<Element, TextStats> = measureText(root),
  page: TextStats = stats.get(root)!,
): void {
  const removed = new Set<Element>();
  for (const el of [...root.querySelectorAll('*')]) {
    if (insideRemoved(el, root, removed)) continue;
    if (!isChrome(domCandidate(el, stats.get(el)!), page)) continue;
    el.remove();
    removed.add(el);
  }
}

const CODE = new Set(['PRE', 'CODE']);
const TABLE = new Set(['TABLE']);
const PARAGRAPH = new Set(['P']);

/** A box this large (elements inside) can be a link farm; smaller link lists are left to the paragraph filters. */
const LINK_FARM_MIN_ELEMENTS = 40;
/** Share of its text a link farm has in links. */
const LINK_FARM_LINK_SHARE = 0.7;
/** Most of the page's unlinked text a link farm may hold: a story told inside links (a page built as one big anchor) holds more. */
const LINK_FARM_MAX_UNLINKED_SHARE = 0.15;

/**
 * A large box that is nearly all links and holds little of the page's own
 * text: a mega-menu, a category tree, a "more stories" grid, a footer sitemap.
 * Judged by structure alone, whatever its tag or class names say, so it goes
 * even when it holds most of the page's characters (a menu of 3,000 elements
 * around a short article). A table, or a box with one, is left alone: linked names in
 * a data table are the article's data.
 */
export function isLinkFarm(box: TextStats, page: TextStats): boolean {
  return (
    box.elements >= LINK_FARM_MIN_ELEMENTS &&
    box.linkChars >= box.chars * LINK_FARM_LINK_SHARE &&
    box.chars - box.linkChars <= (page.chars - page.linkChars) * LINK_FARM_MAX_UNLINKED_SHARE
  );
}

/** Whether an ancestor of `el` (below `root`) was already removed: then `el` went with it. */
function insideRemoved(el: Element, root: Element, removed: Set<Element>): boolean {
  if (removed.size === 0) return false;
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) if (removed.has(up)) return true;
  return false;
}

/**
 * Readability drops anything whose class mentions "social", which takes
 * embedded posts (a quoted tweet inside "social-media-embed") with it. Those
 * carry what people said, so their wrappers are renamed to something neutral.
 */
export function protectEmbeddedPosts(root: Element): void {
  for (const quote of elementsWhere(root, isQuote)) protectEmbeddedPost(quote, root);
}

/** A quotation block: an embedded post is one, inside its wrappers. */
export function isQuote(element: Element): boolean {
  return element.localName === 'blockquote';
}

/** Rename the embedded-post wrappers of `quote` (itself included), up to `root`. */
export function protectEmbeddedPost(quote: Element, root: Element): void {
  for (let el: Element | null = quote; el && el !== root; el = el.parentElement) {
    const name = `${classNameOf(el)} ${el.getAttribute('id') ?? ''}`;
    if (/social|twitter|tweet|instagram|embed/i.test(name)) {
      el.setAttribute('class', 'embedded-post');
      el.removeAttribute('id');
    }
  }
}
