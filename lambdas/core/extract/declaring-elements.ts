import { forEachElement } from './linkedom-walk';
import { lowerCase } from './markup-scan';

/**
 * The elements a page declares things about itself in (its title, base URL,
 * canonical link, first dated `<time>`, JSON-LD blocks and `<meta>` tags),
 * found in one walk of the document.
 *
 * Each was a selector query of its own (`title`, `base[href]`,
 * `link[rel="canonical"]`, `time[datetime]`, `script[type="application/ld+json"]`,
 * `meta`): on linkedom every query compiles its selector and steps through
 * every node of the page (attributes and text included), the whole page
 * whenever the element is missing. Here each element is tested once, the way
 * linkedom's selectors test it in an HTML document: names in lower case;
 * `type` and `rel` compared without regard to case (as HTML says of those
 * attributes); in document order; nothing inside a `<template>` (the
 * template itself is tested).
 */
export interface DeclaringElements {
  /** The first `<title>`. */
  title: Element | undefined;
  /** The first `<base>` with an `href`. */
  base: Element | undefined;
  /** The first `<link rel="canonical">`. */
  canonical: Element | undefined;
  /** The first `<time>` with a `datetime`. */
  datedTime: Element | undefined;
  /** Every `<script type="application/ld+json">`. */
  linkedData: Element[];
  /** Every `<meta>`. */
  metas: Element[];
}

const LINKED_DATA = 'application/ld+json';
const CANONICAL = 'canonical';

/** Whether attribute `name` of `el` is `expected` (in lower case) in any case, as a selector compares `type` and `rel`. */
function isValue(el: Element, name: string, expected: string): boolean {
  const value = el.getAttribute(name);
  return value !== null && value.length === expected.length && value.toLowerCase() === expected;
}

/** Record `el` in `found` if it is one of the declaring elements: the per-element step of the walk (page-walk.ts walks it with others). */
export function recordDeclaring(found: DeclaringElements, el: Element): void {
  switch (lowerCase(el.localName)) {
    case 'title':
      found.title ??= el;
      break;
    case 'base':
      if (!found.base && el.hasAttribute('href')) found.base = el;
      break;
    case 'link':
      if (!found.canonical && isValue(el, 'rel', CANONICAL)) found.canonical = el;
      break;
    case 'time':
      if (!found.datedTime && el.hasAttribute('datetime')) found.datedTime = el;
      break;
    case 'script':
      if (isValue(el, 'type', LINKED_DATA)) found.linkedData.push(el);
      break;
    case 'meta':
      found.metas.push(el);
      break;
  }
}

/** None found yet: what `recordDeclaring` starts from. */
export function noDeclaringElements(): DeclaringElements {
  return { title: undefined, base: undefined, canonical: undefined, datedTime: undefined, linkedData: [], metas: [] };
}

/** The declaring elements of an HTML document, in one walk. */
export function declaringElements(document: Document): DeclaringElements {
  const found = noDeclaringElements();
  forEachElement(document, (el) => recordDeclaring(found, el));
  return found;
}
