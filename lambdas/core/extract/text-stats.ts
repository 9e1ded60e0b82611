import { ELEMENT_NODE, TEXT_NODE } from './node-types';

/**
 * How much text every element of a tree holds, measured in one walk.
 *
 * Passes that judge elements by their text ("does this box hold most of the
 * page's paragraphs?", "is it mostly links?") used to read `textContent` or
 * query for `<p>` once per element they judged: each read walks the whole
 * subtree, so a page of a few thousand nested elements cost elements × depth.
 * Here each text node is read once and its length added up the tree.
 * The figures hold for the tree as it was measured: a pass that removes
 * elements reads an element's figures before touching anything inside it.
 */

export interface TextStats {
  /** Characters of text, whitespace left out. */
  chars: number;
  /** Of those, characters inside links. */
  linkChars: number;
  /** Characters (whitespace included) of the `<p>` elements inside, nested ones counted again as a selector would. */
  paragraphChars: number;
  /** Elements inside (the element itself left out). */
  elements: number;
}

const WHITESPACE = /\s/g;

export function measureText(root: Element): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  const visit = (el: Element, inLink: boolean): { stats: TextStats; rawChars: number } => {
    const own: TextStats = { chars: 0, linkChars: 0, paragraphChars: 0, elements: 0 };
    let rawChars = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        const chars = value.length - (value.match(WHITESPACE)?.length ?? 0);
        rawChars += value.length;
        own.chars += chars;
        if (inLink) own.linkChars += chars;
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        const inner = visit(element, inLink || tag === 'A');
        rawChars += inner.rawChars;
        own.chars += inner.stats.chars;
        own.linkChars += inner.stats.linkChars;
        own.paragraphChars += inner.stats.paragraphChars + (tag === 'P' ? inner.rawChars : 0);
        own.elements += inner.stats.elements + 1;
      }
    }
    stats.set(el, own);
    return { stats: own, rawChars };
  };
  visit(root, false);
  return stats;
}
