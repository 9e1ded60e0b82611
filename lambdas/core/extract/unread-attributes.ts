import { cutMarkup, lowerCase, type MarkupRules } from './markup-scan';

/**
 * Attributes no stage reads, cut from the HTML before it is parsed.
 *
 * linkedom builds every attribute as a node of its own (an object, an event
 * target entry, a place in the element's linked list), and every subtree walk
 * of the extraction (`textContent`, selectors, Readability's passes) steps
 * over the attribute nodes of each element it passes. Pages carry many
 * attributes that nothing here reads: analytics tags (`data-track-*`,
 * `jsaction`), `target`, `title`, `aria-label`, image sizes... On the slowest
 * pages of the evaluation sets attributes outnumber elements two or three to
 * one. Only attribute nodes go: elements and text are built as before, so the
 * extraction reads the same page (same output on all 598 evaluation pages).
 *
 * Kept are the attributes some stage reads (KEPT, with the readers named):
 * our chrome, wrapper, streamed-page and metadata passes, and Readability
 * (every `getAttribute`, `className`, `id`, `style` and `attributes` read in
 * its source). Some elements keep all of theirs,
 * because Readability reads any attribute of them by its value: embeds
 * (`iframe`, `embed`, `object`, `param`) are kept for a video URL in any
 * attribute, images (`img`, `picture`, `figure`) keep every attribute whose
 * value names an image file, and head elements (`meta`, `link`, `base`,
 * `script`) are metadata. A page with an `<object>` is left whole: Readability
 * reads an object's inner markup, attributes of anything inside it included.
 *
 * The cut is made by markup-scan.ts, which reads tags as the parser does; a
 * tag loses only its cut attributes, the kept ones copied as written, in
 * their order, so the parser builds the same elements with the same kept
 * attributes. The extraction runs this rule and inert-markup.ts's in one scan.
 */

/** Attributes read by some stage, on any element (compared in lower case; a name with other letters in upper case is kept too). */
const KEPT = new Set([
  // Names that say what an element is (chrome-markup.ts, misleading-names.ts, Readability's class weights).
  'class',
  'id',
  'role',
  // Visibility (Readability's _isProbablyVisible, chrome-markup.ts, wrapper-boxes.ts).
  'style',
  'hidden',
  'aria-hidden',
  'aria-modal',
  // Microdata and bylines (Readability's _isValidByline, wrapper-boxes.ts).
  'itemprop',
  'itemscope',
  'itemtype',
  'rel',
  // Links: Readability weighs a link to "#…" less in its link density.
  'href',
  // Language and direction (metadata.ts, Readability, wrapper-boxes.ts).
  'lang',
  'xml:lang',
  'dir',
  // Metadata on other elements than <meta> (metadata.ts reads <time datetime>).
  'name',
  'content',
  'property',
  'datetime',
  'type',
  // Tables (Readability's _markDataTables).
  'summary',
  'datatable',
  'colspan',
  'rowspan',
  // Media sources (Readability's lazy-image and noscript-image passes).
  'src',
  'srcset',
  'data-src',
  'data-srcset',
  'poster',
]);

/** Elements every attribute of which is kept. */
const ALL_KEPT = new Set(['iframe', 'embed', 'object', 'param', 'meta', 'link', 'base', 'script', 'html']);

/** Elements whose attributes Readability tests for an image file name, whatever the attribute. */
const IMAGE_ELEMENTS = new Set(['img', 'picture', 'figure']);
// `&`: an entity could spell the file name out (".&#106;pg"); such a value is kept unread.
const IMAGE_VALUE = /\.(?:jpg|jpeg|png|webp)|&/i;

const OBJECT_TAG = /<object[\t\n\f\r />]/i;

/** Whether an attribute of a `tagName` element (names in lower case, the attribute as written at `html[start, end)`) is read by some stage. */
function isRead(tagName: string, name: string, html: string, start: number, end: number): boolean {
  if (KEPT.has(lowerCase(name))) return true;
  if (ALL_KEPT.has(tagName)) return true;
  return IMAGE_ELEMENTS.has(tagName) && IMAGE_VALUE.test(html.slice(start, end));
}

/** The attribute rule for markup-scan.ts; undefined for a page that must stay whole (it has an `<object>`). */
export function unreadAttributeRule(html: string): MarkupRules['keepsAttribute'] {
  return OBJECT_TAG.test(html) ? undefined : isRead;
}

export function withoutUnreadAttributes(html: string): string {
  const keepsAttribute = unreadAttributeRule(html);
  return keepsAttribute ? cutMarkup(html, { keepsAttribute }) : html;
}
