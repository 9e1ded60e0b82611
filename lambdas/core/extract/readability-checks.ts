import { Readability } from '@mozilla/readability';
import { InnerTextFigures } from './inner-text-figures';
import { inlineStyleHides } from './inline-style';
import { type ChildCheckInternals, withChildChecksWalked } from './readability-child-checks';
import { type ClassWeightInternals, withClassWeightsRemembered } from './readability-class-weight';
import { cleanConditionallyFromFigures, type ConditionalInternals } from './readability-conditional';
import { type DocumentTagInternals, withDocumentTagsFromOneWalk } from './readability-document-tags';
import { LinkDensityIndex } from './link-density';
import { linkedomKey } from './linkedom-keys';
import { elementsWhere } from './linkedom-walk';
import { lowerCase } from './markup-scan';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './node-types';
import { withPrepPassesInOneWalk, type WalkInternals } from './readability-walks';
import { SubtreeIndex } from './subtree-index';

/**
 * Readability with some of its checks done in a cheaper order, on the one
 * instance we create: same answers, less work on large pages.
 *
 * Profiling the slowest pages of both corpora put half of the extraction time
 * inside Readability, most of it in work whose cost grows faster than the
 * page: on linkedom every `textContent` read walks the whole subtree, and
 * `_cleanConditionally` reads the text of each `<div>` and then of every
 * element inside it again (link density, text density, comma count), so a
 * page of nested boxes costs elements × depth² text walks. The overrides:
 * - `_cleanConditionally`: the inner text of an element is read once and kept
 *   until something inside it is removed, from the first of `_prepArticle`'s
 *   cleaning passes to the end of the last (`LAST_CLEANING_PASS`). Between
 *   them the only change to the tree is removal (the conditional passes, the
 *   plain `_clean`s and `_cleanHeaders` through `_removeNodes`, the share
 *   boxes through `_removeAndGetNext`), and both forget the texts of the
 *   removed element's ancestors. The pass itself is Readability's, judged on
 *   the article's index and each element's text length and commas kept the
 *   same way (readability-conditional.ts), instead of subtree walks per box.
 * - `_getAllNodesWithTag`: one walk comparing tag names, instead of linkedom
 *   compiling a CSS selector list on every call; same elements, same order
 *   (and, like linkedom's `querySelectorAll`, not inside `<template>`). For
 *   the same cleaning passes the article is indexed once in document order
 *   (subtree-index.ts; removals reported as above) and each box's elements,
 *   and the elements each plain `_clean` removes, are a slice of it.
 * - `_isValidByline`: the cheap name and attribute tests before the text read.
 * - `_isProbablyVisible`: the inline `display` and `visibility` are read from
 *   the `style` attribute as linkedom reads them (inline-style.ts), so
 *   linkedom's style object (a Proxy that parses the attribute) is not built;
 *   an element whose style object was built already is left to the original.
 * - `_isElementWithoutContent`: stops at the first text that is not
 *   whitespace instead of joining the whole subtree's text.
 * - `_getLinkDensity`, from the scoring of the candidates to the cleaning of
 *   the article: every box's figure from one walk of the tree (link-density.ts),
 *   instead of its text and its links' texts joined once per candidate. See
 *   `withLinkDensityFromOneWalk` for when the tree is known not to change.
 * - `_cleanStyles` and `_markDataTables`: one walk where Readability makes
 *   many (readability-walks.ts).
 * - `_getClassWeight`: each class list's and id's weight is worked out once
 *   per reading (readability-class-weight.ts).
 * - `_hasSingleTagInsideElement`, `_hasChildBlockElement`, `_isPhrasingContent`
 *   and `_setNodeTag`: the children walked without building arrays of them
 *   (readability-child-checks.ts).
 * - `_unwrapNoscriptImages` (the page's images and `<noscript>`s, each image's
 *   attributes read once), `_getAllNodesWithTag` on the whole document, from
 *   `_getJSONLD` to the end of `_prepDocument`, and the `<meta>`s
 *   `_getArticleMetadata` reads: one walk for those questions
 *   (readability-document-tags.ts).
 * Each override keeps the method's contract; test/core/extract/readability-checks.test.ts
 * runs both on fixtures and compares the output.
 */

/** The members of Readability's instance these overrides read or replace (not in its published types). */
interface ReadabilityInternals {
  REGEXPS: { byline: RegExp; normalize: RegExp; hashUrl: RegExp };
  _doc: Document;
  _getInnerText(e: Element, normalizeSpaces?: boolean): string;
  _cleanConditionally(e: Element, tag: string): void;
  _removeNodes(
    nodeList: ArrayLike<Element>,
    filterFn?: (node: Element, i: number, list: ArrayLike<Element>) => boolean,
  ): void;
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): ArrayLike<Element>;
  _isValidByline(node: Element, matchString: string): boolean;
  _isProbablyVisible(node: Element): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _getNodeAncestors(node: Element, maxDepth?: number): Element[];
  _getLinkDensity(element: Element): number;
  _prepArticle(articleContent: Element): void;
  _removeAndGetNext(node: Element): Element | null;
}

/**
 * The last of `_prepArticle`'s cleaning passes (form, fieldset, the plain
 * cleans and the share boxes, headers, table, ul, div): after it the article
 * is edited in other ways than removal (h1 renamed, single-cell tables unwrapped).
 */
const LAST_CLEANING_PASS = 'div';

/** The key under which linkedom keeps an element's style object (null until `style` is read), found on first use. */
let styleKey: symbol | undefined;

/** Whether linkedom has built `element`'s style object (true when that cannot be read: another linkedom). */
function hasStyleObject(element: Element): boolean {
  styleKey ??= linkedomKey(element, 'style');
  return styleKey ? (element as unknown as Record<symbol, unknown>)[styleKey] != null : true;
}

/** Whether any text (as `textContent` reads it) under `node` is more than whitespace. */
function hasText(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      if ((child.nodeValue ?? '').trim().length > 0) return true;
    } else if (child.nodeType === ELEMENT_NODE && hasText(child)) return true;
  }
  return false;
}

/** The elements under `root` (itself left out) whose tag is one of `tags`, in document order, `<template>` content skipped. */
function elementsByTag(root: Element | Document, tags: Set<string>): Element[] {
  return elementsWhere(root, (element) => tags.has(lowerCase(element.localName)));
}

export function readabilityWithCheaperChecks(
  document: Document,
  options: ConstructorParameters<typeof Readability<Element>>[1],
): Readability<Element> {
  const reader = new Readability<Element>(document, options);
  const internals = reader as unknown as ReadabilityInternals;
  const original = {
    getInnerText: internals._getInnerText,
    cleanConditionally: internals._cleanConditionally,
    removeNodes: internals._removeNodes,
    isValidByline: internals._isValidByline,
    isProbablyVisible: internals._isProbablyVisible,
    removeAndGetNext: internals._removeAndGetNext,
    prepArticle: internals._prepArticle,
  };

  // Normalised inner text per element and the tree's index, kept through `_prepArticle`'s cleaning passes.
  let innerText: Map<Element, string> | undefined;
  let index: SubtreeIndex | undefined;
  let figures: InnerTextFigures | undefined;
  internals._getInnerText = function (e, normalizeSpaces) {
    if (!innerText || normalizeSpaces === false) return original.getInnerText.call(this, e, normalizeSpaces);
    let text = innerText.get(e);
    if (text === undefined) {
      text = original.getInnerText.call(this, e, true);
      innerText.set(e, text);
    }
    return text;
  };
  // An element about to be removed changes the text of every element above it, and leaves the index.
  const forgetRemoved = (texts: Map<Element, string>, node: Element) => {
    for (let up = node.parentNode; up; up = up.parentNode) texts.delete(up as Element);
    index?.forget(node);
    figures?.forget(node);
  };
  internals._removeNodes = function (nodeList, filterFn) {
    const texts = innerText;
    if (!texts) return original.removeNodes.call(this, nodeList, filterFn);
    const forgetting = (node: Element, i: number, list: ArrayLike<Element>) => {
      const remove = !filterFn || filterFn.call(this, node, i, list);
      if (remove) forgetRemoved(texts, node);
      return remove;
    };
    return original.removeNodes.call(this, nodeList, forgetting);
  };
  const forgetCleaningState = () => {
    innerText = undefined;
    index = undefined;
    figures = undefined;
  };
  internals._cleanConditionally = function (e, tag) {
    if (!index) {
      innerText = new Map();
      index = new SubtreeIndex(e);
      figures = new InnerTextFigures();
    }
    try {
      const conditional = this as unknown as ConditionalInternals;
      if (!cleanConditionallyFromFigures(conditional, e, tag, index, figures!))
        original.cleanConditionally.call(this, e, tag);
    } finally {
      if (tag === LAST_CLEANING_PASS) forgetCleaningState();
    }
  };
  internals._removeAndGetNext = function (node) {
    if (innerText) forgetRemoved(innerText, node);
    return original.removeAndGetNext.call(this, node);
  };
  internals._prepArticle = function (articleContent) {
    forgetCleaningState();
    try {
      return original.prepArticle.call(this, articleContent);
    } finally {
      forgetCleaningState();
    }
  };

  internals._getAllNodesWithTag = (node, tagNames) => {
    const tags = new Set(tagNames.map((t) => t.toLowerCase()));
    return index?.elementsUnder(node as Element, tags) ?? elementsByTag(node, tags);
  };

  internals._isValidByline = function (node, matchString) {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    const named = rel === 'author' || (itemprop?.includes('author') ?? false) || this.REGEXPS.byline.test(matchString);
    return named && original.isValidByline.call(this, node, matchString);
  };

  internals._isProbablyVisible = function (node) {
    if (node.nodeType === ELEMENT_NODE && !hasStyleObject(node)) {
      const style = node.getAttributeNode('style');
      return (
        (!style || !inlineStyleHides(style.value)) &&
        !node.hasAttribute('hidden') &&
        (!node.hasAttribute('aria-hidden') ||
          node.getAttribute('aria-hidden') !== 'true' ||
          (typeof node.className === 'string' && node.className.includes('fallback-image')))
      );
    }
    return original.isProbablyVisible.call(this, node);
  };

  internals._isElementWithoutContent = (node) =>
    node.nodeType === ELEMENT_NODE &&
    !hasText(node) &&
    (node.children.length === 0 ||
      node.children.length === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length);

  withLinkDensityFromOneWalk(internals);
  withPrepPassesInOneWalk(reader as unknown as WalkInternals);
  withClassWeightsRemembered(reader as unknown as ClassWeightInternals);
  withChildChecksWalked(reader as unknown as ChildCheckInternals);
  withDocumentTagsFromOneWalk(reader as unknown as DocumentTagInternals);
  return reader;
}

/**
 * Link densities from one walk while the tree holds still. In each attempt of
 * `_grabArticle`, the loop that prepares the nodes (the only caller of
 * `_isProbablyVisible`) edits the tree; then the paragraphs are scored (the
 * first `_getNodeAncestors` call), the candidates weighed by link density,
 * the top candidate chosen and its siblings gathered, without changing any
 * subtree whose density is asked for (siblings are moved whole; a sibling
 * renamed to a `<div>` is a new element, measured afresh); `_prepArticle`
 * then edits the article. So the index lives from that first
 * `_getNodeAncestors` call after a preparing loop until `_prepArticle` or
 * the next preparing loop; outside it Readability's own method answers.
 */
function withLinkDensityFromOneWalk(internals: ReadabilityInternals): void {
  const original = {
    isProbablyVisible: internals._isProbablyVisible,
    getNodeAncestors: internals._getNodeAncestors,
    getLinkDensity: internals._getLinkDensity,
    prepArticle: internals._prepArticle,
  };
  let preparing = false;
  let index: LinkDensityIndex | undefined;
  internals._isProbablyVisible = function (node) {
    preparing = true;
    index = undefined;
    return original.isProbablyVisible.call(this, node);
  };
  internals._getNodeAncestors = function (node, maxDepth) {
    if (preparing) index = new LinkDensityIndex(this._doc.documentElement, this.REGEXPS.hashUrl);
    preparing = false;
    return original.getNodeAncestors.call(this, node, maxDepth);
  };
  internals._getLinkDensity = function (element) {
    return index?.densityOf(element) ?? original.getLinkDensity.call(this, element);
  };
  internals._prepArticle = function (articleContent) {
    preparing = false;
    index = undefined;
    return original.prepArticle.call(this, articleContent);
  };
}
