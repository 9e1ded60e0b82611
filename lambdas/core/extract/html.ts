import type { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { closestWithTag } from './ancestors';
import { isBinaryNoise } from './binary-noise';
import { blocksOf, type Block } from './blocks';
import { flattenCodeBlocks } from './code-blocks';
import { flattenDeepNesting, limitMarkupNesting } from './depth';
import { isChromeLine } from './chrome-lines';
import { cutChromeBeforeParse } from './chrome-before-parse';
import { declaringElements } from './declaring-elements';
import { protectEmbeddedPosts, removeBoilerplateElements } from './chrome-markup';
import { normaliseDocumentShape } from './document-shape';
import type { ExtractedArticle } from './extracted';
import { INERT_MARKUP } from './inert-markup';
import { elementsWhere } from './linkedom-walk';
// linkedom's className and tagName without new strings per read, nodes without a listener table each (see the modules); installed on load.
import './linkedom-class-name';
import './linkedom-event-target';
import './linkedom-tag-name';
import { chunksOf, type MarkupText, markupOf, matchesAnywhere } from './markup-chunks';
import { cutMarkupInChunks } from './markup-scan';
import { completeMetadata, readMetadata } from './metadata';
import { neutraliseMisleadingNames } from './misleading-names';
import { walkPage } from './page-walk';
import { readabilityWithCheaperChecks } from './readability-checks';
import { PageCopyNeeded, withoutUnreadCopies } from './readability-copies';
import { removeResponsiveCopies } from './responsive-copies';
import { revealStreamedSegments } from './streamed-html';
import { unreadAttributeRule } from './unread-attributes';
import { measureText } from './text-stats';
import { collapseWrapperBoxes } from './wrapper-boxes';

/** linkedom builds no <html>/<body> around a fragment ("<p>…</p>", plain text), so give it one. */
function asDocument(html: MarkupText): MarkupText {
  return matchesAnywhere(html, /<html[\s>]/i, 6)
    ? html
    : markupOf(['<!doctype html><html><head></head><body>', ...chunksOf(html), '</body></html>']);
}

/** Insert `<base href>` so Readability resolves relative links (linkedom has no document URL); `ownBase`: the page's, if any. */
function withBase(document: Document, url: string | undefined, ownBase: Element | undefined): void {
  if (!url || !/^https?:\/\//i.test(url)) return;
  const head = document.head ?? document.documentElement;
  if (!head || ownBase) return;
  const base = document.createElement('base');
  base.setAttribute('href', url);
  head.insertBefore(base, head.firstChild);
}

/**
 * A short linked line seen more than once in one article is furniture: a
 * hover card repeating a person's name, a "Buy now" button per product.
 * Unlinked repeats are kept: recipes and schedules repeat headings legitimately.
 */
const REPEAT_MAX_CHARS = 80;

/**
 * A short block that is (nearly) all link and not a sentence: a related-story
 * teaser or a navigation item left inside the article container.
 */
function isTeaserLink(block: Block): boolean {
  return block.text.length <= 160 && block.linkChars >= block.text.length * 0.8 && !/[.!?]["”’]?$/.test(block.text);
}

/** A paragraph of running text, not a link or a label: what an article body is made of. */
const PROSE_MIN_CHARS = 120;
function isProse(block: Block): boolean {
  return block.text.length >= PROSE_MIN_CHARS && block.linkChars < block.text.length * 0.3;
}

/**
 * The linked list items and headings that sit before the article's last
 * paragraph of prose. With story text still to come they are part of the
 * article (a listicle's linked item names, a table of contents the text goes
 * on from); linked lines after the last prose are the related-links tail.
 */
function linkedLinesInStory(blocks: Block[]): Set<Block> {
  let lastProse = -1;
  blocks.forEach((b, i) => {
    if (isProse(b)) lastProse = i;
  });
  return new Set(blocks.slice(0, Math.max(0, lastProse)).filter((b) => isItemOrHeading(b.element)));
}

function isItemOrHeading(el: Element): boolean {
  return /^H[1-6]$/.test(el.tagName.toUpperCase()) || insideList(el);
}

const comparable = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The headline repeated as the first lines of the body is metadata, not story (the record has `title`). */
function withoutRepeatedTitle(paragraphs: string[], title: string | undefined): string[] {
  if (!title) return paragraphs;
  const key = comparable(title);
  const at = paragraphs.slice(0, 3).findIndex((p) => comparable(p) === key);
  return at < 0 ? paragraphs : paragraphs.filter((_, i) => i !== at);
}

/** How far from the end an author's bio can sit. */
const BIO_TAIL_BLOCKS = 4;

/**
 * Drop an author bio at the foot of the story: a short paragraph near the end
 * that starts with a byline name and says who they are ("Jane Roe is a
 * reporter for…", "Zac covers Apple news…").
 */
function withoutAuthorBio(paragraphs: string[], byline: string | undefined): string[] {
  if (!byline) return paragraphs;
  // Personal names only (two words or more), and their first names: "Reuters was unable to verify…" is story.
  const people = byline.split(/,\s*/).filter((n) => n.split(/\s+/).length >= 2);
  if (people.length === 0) return paragraphs;
  const names = people.flatMap((full) => [full, full.split(/\s+/)[0]!]).filter((n) => n.length >= 3);
  const escapeRegExp = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bio = new RegExp(
    `^(?:${names.map(escapeRegExp).join('|')})\\s+(?:is|was|covers|writes|reports|has been|joined|lives)\\b`,
  );
  const tailStart = Math.max(1, paragraphs.length - BIO_TAIL_BLOCKS);
  return paragraphs.filter((p, i) => i < tailStart || p.length > 300 || !bio.test(p));
}

/** A dropped heading that announces links to other stories ("More Great WIRED Stories", "Related", "You may also like"). */
const TEASER_HEADING =
  /related|more|also like|might like|don'?t miss|trending|recommended|popular|read next|see also|stories|coverage|latest/i;

const LISTS = new Set(['UL', 'OL']);

function insideList(el: Element): boolean {
  return el.tagName === 'LI' || closestWithTag(el, LISTS) !== null;
}

/**
 * Drop the list that follows a teaser heading: once the heading is known to
 * be chrome, the story links under it are too, even when each one reads like a headline.
 */
function withoutTeaserLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let dropping = false;
  for (const b of blocks) {
    if (b.text.length <= 60 && TEASER_HEADING.test(b.text) && isChromeLine(b.text)) {
      dropping = true;
      out.push(b);
      continue;
    }
    if (dropping && insideList(b.element)) continue;
    dropping = false;
    out.push(b);
  }
  return out;
}

function storyBlocks(blocks: Block[]): string[] {
  blocks = withoutTeaserLists(blocks);
  const counts = new Map<string, number>();
  const isShortLink = (b: Block) => b.text.length <= REPEAT_MAX_CHARS && b.linkChars >= b.text.length * 0.5;
  for (const b of blocks) if (isShortLink(b)) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  const inStory = linkedLinesInStory(blocks);
  return blocks
    .filter((b) => !(isShortLink(b) && (counts.get(b.text) ?? 0) > 1) || inStory.has(b))
    .filter((b) => !isChromeLine(b.text) && !isBinaryNoise(b.text))
    .filter((b) => !isTeaserLink(b) || inStory.has(b))
    .map((b) => b.text);
}

/**
 * Pages with more elements than this (after the chrome is removed) have their
 * wrapper boxes collapsed before Readability. Readability's time grows with
 * elements × depth, and past this size the deep builder nests are what make a
 * page slow; chosen on the public benchmark and the tuning half of
 * extraction-dev-2 (F1 unchanged on the first, higher on the second).
 */
const COLLAPSE_WRAPPERS_ABOVE = 600;

/**
 * Pages with more elements than this (after the chrome is removed) are read
 * without Readability's copy of the page (readability-copies.ts). The copy
 * costs in proportion to the body, and is used only when Readability's first
 * try finds too little text: on 30 of the 598 evaluation pages, none of them
 * with more than 1,007 elements at this point. A page that needs the copy
 * after all is read a second time, which costs it about half again; on large
 * bodies that is rare, and on small ones the copy is cheap, so it is kept.
 */
const SKIP_PAGE_COPY_ABOVE = 1200;

/**
 * HTML page to metadata and story paragraphs.
 *
 * 0. Before parsing, markup that never becomes text (scripts, styles, SVG,
 *    comments) and attributes no stage reads are cut from the HTML, so
 *    linkedom builds fewer nodes and every walk steps over fewer.
 * 1. Metadata is read first from the page's own declarations (JSON-LD, meta
 *    tags), because Readability edits the document as it works.
 * 2. Elements that are chrome by their markup (captions, share bars, related
 *    boxes, newsletters…, link farms) and the extra copies of a section that
 *    builders render once per screen size are removed, so Readability neither
 *    scores nor keeps them (and has fewer elements to work through).
 * 3. Readability on linkedom picks the article container; `<base href>` is set
 *    so its links resolve against the page URL, and names it would misread
 *    (builders' "widget" blocks, heading slugs) are rewritten first. On large
 *    pages, boxes that only wrap another box are merged into it first. Some
 *    of its checks run in a cheaper order (readability-checks.ts), and the
 *    copies of the page it serialises and we never read are not made
 *    (readability-copies.ts; on large pages only, see SKIP_PAGE_COPY_ABOVE).
 * 4. The container is read block by block into paragraphs, and paragraphs that
 *    are chrome by their text (credits, "Advertisement", date stamps, teasers,
 *    repeated hover-card names) are dropped.
 * If Readability finds no article (random bytes, an empty page), there are no
 * paragraphs: the caller decides what a page without story text means.
 */
export function extractHtml(html: string, meta: { url?: string } = {}): ExtractedArticle {
  let read: PageRead;
  try {
    read = readPage(html, meta.url, false);
  } catch (error) {
    // Readability wants its copy of the page for a second try: read the page again, the copy kept.
    if (!(error instanceof PageCopyNeeded)) throw error;
    read = readPage(html, meta.url, true);
  }
  const { parsed, declared, titleTag } = read;
  const paragraphs = parsed?.content ? storyBlocks(blocksOf(parsed.content)) : [];
  const article = completeMetadata(declared, {
    title: parsed?.title || titleTag,
    byline: parsed?.byline,
    siteName: parsed?.siteName,
    lang: parsed?.lang,
    publishedTime: parsed?.publishedTime,
  });
  return { ...article, paragraphs: withoutAuthorBio(withoutRepeatedTitle(paragraphs, article.title), article.byline) };
}

/** What steps 0 to 3 read of a page. */
interface PageRead {
  parsed: ReturnType<Readability<Element>['parse']>;
  declared: ReturnType<typeof readMetadata>;
  titleTag: string | null | undefined;
}

/** Steps 0 to 3 of `extractHtml`; `alwaysKeepPageCopy` lets Readability keep its copy of the page on any page (readability-copies.ts). */
function readPage(html: string, url: string | undefined, alwaysKeepPageCopy: boolean): PageRead {
  // A long page's markup stays in chunks (markup-chunks.ts) until it is parsed.
  const markup = asDocument(
    limitMarkupNesting(cutMarkupInChunks(html, { ...INERT_MARKUP, keepsAttribute: unreadAttributeRule(html) })),
  );
  const chromeCut = cutChromeBeforeParse(markup);
  // A page judged before parsing is built from the events of that read, not tokenized again.
  const document = chromeCut
    ? chromeCut.parse()
    : (parseHTML(String(markup)) as unknown as { document: Document }).document;
  // Before the first `document.body`: in linkedom that getter may make an empty body of its own.
  normaliseDocumentShape(document);
  // Before anything that recurses over the tree (selectors, Readability, the block walker). A page whose chrome was
  // cut before parsing is nested less deep than this pass flattens (deeper pages are left uncut: chrome-before-parse.ts).
  if (!chromeCut) flattenDeepNesting(document);
  // A page whose chrome was judged before parsing is prepared for Readability from one walk (page-walk.ts).
  const walk = chromeCut ? walkPage(document, document.body, chromeCut.marked > 0) : undefined;
  // The elements the title, the metadata and the base URL are read from, before anything in the page changes.
  const declaring = walk?.declaring ?? declaringElements(document);
  const titleTag = declaring.title?.textContent;
  const declared = readMetadata(document, url, declaring);
  withBase(document, url, declaring.base);
  let keepPageCopy = true;
  if (document.body) {
    let elements: number;
    if (walk) {
      // Its streamed segments were moved in the markup and what could not be cut is marked: it goes now.
      walk.prepareBody();
      elements = walk.elements;
    } else {
      revealStreamedSegments(document.body);
      flattenCodeBlocks(document.body);
      // One measure of every element's text for both passes; copies removed change the boxes above them, so measure again then.
      let stats = measureText(document.body);
      if (removeResponsiveCopies(document.body, stats) > 0) stats = measureText(document.body);
      removeBoilerplateElements(document.body, stats);
      protectEmbeddedPosts(document.body);
      neutraliseMisleadingNames(document.body);
      elements = elementsWhere(document.body, () => true).length;
    }
    // Large pages only: a budget for Readability's per-box work (see wrapper-boxes.ts).
    if (elements > COLLAPSE_WRAPPERS_ABOVE) collapseWrapperBoxes(document.body);
    keepPageCopy = alwaysKeepPageCopy || elements <= SKIP_PAGE_COPY_ABOVE;
  }
  const reader = readabilityWithCheaperChecks(document, {
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  return { parsed: withoutUnreadCopies(reader, keepPageCopy).parse(), declared, titleTag };
}
