import { HEADING_TAGS } from './heading-tags';
import type { InnerTextFigures } from './inner-text-figures';
import type { SubtreeIndex } from './subtree-index';

/**
 * Readability's `_cleanConditionally` (0.6), judged on figures kept for the
 * cleaning passes instead of fresh reads of each box.
 *
 * The pass judges every `<div>` (then `<ul>`, `<table>`…) of the article,
 * and for each one reads its text, counts its paragraphs, images, list items,
 * inputs and tables with `getElementsByTagName` (a walk of every node inside
 * it, text and attributes included), and reads the text of each list, heading,
 * text block and link inside it. On a page of a thousand boxes that is most of
 * Readability's clean-up. Here the same questions are answered from:
 * - the article's index (subtree-index.ts): the elements under a box by tag,
 *   a slice of one array; used only while the article holds no `<template>`,
 *   where `getElementsByTagName` (which looks inside templates) and the index
 *   (which, like `querySelectorAll`, does not) would disagree;
 * - each element's text length and commas (inner-text-figures.ts).
 * The checks, their order and their arithmetic are Readability's, line for
 * line, so every box gets the same verdict; the text itself is read only
 * where Readability matches words against it (ad and loading labels), and
 * only for a box short enough to be one (`mayBeLabel`).
 */

/** The members of Readability's instance this pass reads (not in its published types). */
export interface ConditionalInternals {
  REGEXPS: { adWords: RegExp; loadingWords: RegExp; hashUrl: RegExp };
  DIV_TO_P_ELEMS: Set<string>;
  FLAG_CLEAN_CONDITIONALLY: number;
  _allowedVideoRegex: RegExp;
  _linkDensityModifier: number;
  _flagIsActive(flag: number): boolean;
  _getInnerText(e: Element, normalizeSpaces?: boolean): string;
  _getClassWeight(e: Element): number;
  _hasAncestorTag(node: Element, tagName: string, maxDepth?: number, filterFn?: (node: Element) => boolean): boolean;
  _getAllNodesWithTag(node: Element | Document, tagNames: readonly string[]): ArrayLike<Element>;
  _removeNodes(
    nodeList: ArrayLike<Element>,
    filterFn?: (node: Element, i: number, list: ArrayLike<Element>) => boolean,
  ): void;
}

/** Readability marks the tables it reads as data on the element itself. */
type MaybeDataTable = Element & { _readabilityDataTable?: boolean };

/**
 * Readability 0.6's patterns for a box whose whole text is an ad or a loading
 * label (`REGEXPS.adWords`, `REGEXPS.loadingWords`). Both are anchored at
 * both ends and their longest words ("advertisement", "chargement...") are 13
 * code points; case-insensitive matching pairs one code point with one, and a
 * code point is at most two UTF-16 units, so no longer text can match.
 */
const LABEL_PATTERNS = [
  /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu,
  /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu,
] as const;
const LONGEST_LABEL = 2 * 13;

const samePattern = (a: RegExp, b: RegExp) => a.source === b.source && a.flags === b.flags;

/**
 * Whether a box whose inner text is `length` long could be a label by the
 * reader's patterns: at any length if they are not the ones above (another
 * Readability), else only up to `LONGEST_LABEL`.
 */
function mayBeLabel(reader: ConditionalInternals, length: number): boolean {
  const [adWords, loadingWords] = LABEL_PATTERNS;
  const known = samePattern(reader.REGEXPS.adWords, adWords) && samePattern(reader.REGEXPS.loadingWords, loadingWords);
  return !known || length <= LONGEST_LABEL;
}

/** Every tag `getElementsByTagName` is asked for in the pass. */
const COUNTED = new Set(['p', 'img', 'li', 'input', 'table', 'a']);

/** The elements under a box that the pass reads with `getElementsByTagName`, by tag, in document order. */
type Counted = Record<'p' | 'img' | 'li' | 'input' | 'table' | 'a', Element[]>;

function countedUnder(index: SubtreeIndex, node: Element): Counted | undefined {
  const found = index.elementsUnder(node, COUNTED);
  if (!found) return undefined;
  const counted: Counted = { p: [], img: [], li: [], input: [], table: [], a: [] };
  for (const el of found) counted[el.localName.toLowerCase() as keyof Counted].push(el);
  return counted;
}

/** The same lists read as Readability reads them, for a box the index cannot answer for. */
function countedByWalk(node: Element): Counted {
  const walk = (tag: string) => Array.from(node.getElementsByTagName(tag));
  return { p: walk('p'), img: walk('img'), li: walk('li'), input: walk('input'), table: walk('table'), a: walk('a') };
}

/**
 * `_cleanConditionally(e, tag)` on `reader`, or false (nothing done) when the
 * figures cannot stand in for Readability's reads: `index` must index `e`
 * and hold no `<template>`.
 */
export function cleanConditionallyFromFigures(
  reader: ConditionalInternals,
  e: Element,
  tag: string,
  index: SubtreeIndex,
  figures: InnerTextFigures,
): boolean {
  if (!index.indexes(e) || index.holdsTemplate) return false;
  if (!reader._flagIsActive(reader.FLAG_CLEAN_CONDITIONALLY)) return true;
  const textDensity = (node: Element, tags: readonly string[]) => {
    const textLength = figures.lengthOf(node);
    if (textLength === 0) return 0;
    let childrenLength = 0;
    for (const child of Array.from(reader._getAllNodesWithTag(node, tags))) childrenLength += figures.lengthOf(child);
    return childrenLength / textLength;
  };
  const linkDensity = (node: Element, links: Element[]) => {
    const textLength = figures.lengthOf(node);
    if (textLength === 0) return 0;
    let linkLength = 0;
    for (const link of links) {
      const href = link.getAttribute('href');
      const coefficient = href && reader.REGEXPS.hashUrl.test(href) ? 0.3 : 1;
      linkLength += figures.lengthOf(link) * coefficient;
    }
    return linkLength / textLength;
  };
  const isDataTable = (t: Element) => Boolean((t as MaybeDataTable)._readabilityDataTable);

  reader._removeNodes(reader._getAllNodesWithTag(e, [tag]), function (this: ConditionalInternals, node) {
    const counted = countedUnder(index, node) ?? countedByWalk(node);
    let isList = tag === 'ul' || tag === 'ol';
    if (!isList) {
      let listLength = 0;
      for (const list of Array.from(this._getAllNodesWithTag(node, ['ul', 'ol']))) listLength += figures.lengthOf(list);
      isList = listLength / figures.lengthOf(node) > 0.9;
    }
    if (tag === 'table' && isDataTable(node)) return false;
    if (this._hasAncestorTag(node, 'table', -1, isDataTable)) return false;
    if (this._hasAncestorTag(node, 'code')) return false;
    if (counted.table.some(isDataTable)) return false;

    const weight = this._getClassWeight(node);
    const contentScore = 0;
    if (weight + contentScore < 0) return true;
    if (figures.commasOf(node) >= 10) return false;

    const p = counted.p.length;
    const img = counted.img.length;
    const li = counted.li.length - 100;
    const input = counted.input.length;
    const headingDensity = textDensity(node, HEADING_TAGS);

    let embedCount = 0;
    const embeds = Array.from(this._getAllNodesWithTag(node, ['object', 'embed', 'iframe']));
    for (const embed of embeds) {
      for (let j = 0; j < embed.attributes.length; j++) {
        if (this._allowedVideoRegex.test(embed.attributes[j]!.value)) return false;
      }
      // Readability compares with a lower-case name here, which an HTML element's `tagName` never is: kept as it is.
      if (embed.tagName === 'object' && this._allowedVideoRegex.test(embed.innerHTML)) return false;
      embedCount++;
    }

    // The text itself only for a box short enough to be a label: building it for every box, and again for every
    // box around it, costs the article's text times its depth.
    const contentLength = figures.lengthOf(node);
    if (mayBeLabel(this, contentLength)) {
      const innerText = this._getInnerText(node);
      if (this.REGEXPS.adWords.test(innerText) || this.REGEXPS.loadingWords.test(innerText)) return true;
    }
    const density = linkDensity(node, counted.a);
    const textishTags = ['SPAN', 'LI', 'TD', ...Array.from(this.DIV_TO_P_ELEMS)];
    const textish = textDensity(node, textishTags);
    const isFigureChild = this._hasAncestorTag(node, 'figure');

    const haveToRemove =
      (!isFigureChild && img > 1 && p / img < 0.5) ||
      (!isList && li > p) ||
      input > Math.floor(p / 3) ||
      (!isList &&
        !isFigureChild &&
        headingDensity < 0.9 &&
        contentLength < 25 &&
        (img === 0 || img > 2) &&
        density > 0) ||
      (!isList && weight < 25 && density > 0.2 + this._linkDensityModifier) ||
      (weight >= 25 && density > 0.5 + this._linkDensityModifier) ||
      (embedCount === 1 && contentLength < 75) ||
      embedCount > 1 ||
      (img === 0 && textish === 0);

    // Allow simple lists of images to remain in pages.
    if (isList && haveToRemove) {
      for (const child of Array.from(node.children)) {
        // Don't filter in lists with li's that contain more than one child.
        if (child.children.length > 1) return haveToRemove;
      }
      // Only allow the list to remain if every li contains an image.
      if (img === counted.li.length) return false;
    }
    return haveToRemove;
  });
  return true;
}
