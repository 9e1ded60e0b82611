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

/** Whether a UTF-16 code unit is whitespace as `\s` reads it (tab to carriage return, space, and Unicode spaces). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Characters of `text` that are not whitespace: counted, not matched (a match array per text node cost more than the walk). */
export function visibleChars(text: string): number {
  let chars = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) chars++;
  return chars;
}

/** How a text reads once its whitespace runs are made single spaces (`_getInnerText`'s normalising): what is left of it. */
export interface TextShape {
  /** Characters that are not whitespace. */
  visible: number;
  /** Maximal whitespace runs. */
  runs: number;
  /** Commas (`,`), which normalising keeps. */
  commas: number;
  startsWithSpace: boolean;
  endsWithSpace: boolean;
}

const COMMA = 44;

/**
 * The shape of a non-empty text, in one pass over its characters. Kept here
 * beside `isSpace` so that the loop calls it within one module: the per-page
 * walks (link-density.ts, inner-text-figures.ts) read every character of the
 * article through it.
 */
export function shapeOfText(text: string): TextShape {
  let visible = 0;
  let runs = 0;
  let commas = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (!inRun) runs++;
      inRun = true;
    } else {
      visible++;
      if (code === COMMA) commas++;
      inRun = false;
    }
  }
  return { visible, runs, commas, startsWithSpace: isSpace(text.charCodeAt(0)), endsWithSpace: inRun };
}

export function measureText(root: Element): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  // Raw characters (whitespace included) of the element last visited: what a <p> adds to paragraphChars.
  let lastRawChars = 0;
  const visit = (el: Element, inLink: boolean): TextStats => {
    const own: TextStats = { chars: 0, linkChars: 0, paragraphChars: 0, elements: 0 };
    let rawChars = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        const chars = visibleChars(value);
        rawChars += value.length;
        own.chars += chars;
        if (inLink) own.linkChars += chars;
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const name = element.localName;
        const inner = visit(element, inLink || name === 'a' || name === 'A');
        rawChars += lastRawChars;
        own.chars += inner.chars;
        own.linkChars += inner.linkChars;
        own.paragraphChars += inner.paragraphChars + (name === 'p' || name === 'P' ? lastRawChars : 0);
        own.elements += inner.elements + 1;
      }
    }
    stats.set(el, own);
    lastRawChars = rawChars;
    return own;
  };
  visit(root, false);
  return stats;
}
