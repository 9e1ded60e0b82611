import { linkedomKey } from './linkedom-keys';
import { ATTRIBUTE_NODE, ELEMENT_NODE } from './node-types';

/**
 * The elements under a node of a linkedom document, in document order, read
 * off the list linkedom keeps them in.
 *
 * linkedom keeps a whole document as one linked list (each element, then its
 * attributes, its children and a node marking its end). Its selectors and
 * `getElementsByTagName` step through that list, but a selector is compiled
 * at every call, and `getElementsByTagName` upper-cases the name of every
 * element it passes (a new string each); a walk through `firstElementChild`
 * and `nextElementSibling` calls two getters per element, each stepping over
 * attributes and text. The extraction asks a dozen such questions of the
 * whole page before Readability has chosen the article (each `<pre>`, each
 * `<blockquote>`, each marked element, how many elements…), and Readability
 * as many again (its `_getAllNodesWithTag`): here each is one step per node.
 *
 * The list's keys are not exported; they are found on a node by their names,
 * as linkedom-tag-name.ts finds the document's kind. Without them (another
 * linkedom) the elements are found through the getters, in the same order.
 */

interface ListKeys {
  next: symbol;
  end: symbol;
}

/** A node of linkedom's list, read through its keys. */
interface Listed {
  [key: symbol]: Listed | undefined;
  nodeType: number;
  localName: string;
}

let keys: ListKeys | null | undefined;

function keysOf(node: object): ListKeys | null {
  const next = linkedomKey(node, 'next');
  const end = linkedomKey(node, 'end');
  return next && end ? { next, end } : null;
}

/**
 * Each element under `root` (itself left out), in document order, given to
 * `visit`. Like a selector, nothing inside a `<template>` (the template itself
 * is visited) unless `intoTemplates`, as `getElementsByTagName` goes. `visit`
 * must not change the tree.
 */
export function forEachElement(
  root: Element | Document,
  visit: (element: Element) => void,
  intoTemplates = false,
): void {
  keys ??= keysOf(root);
  if (!keys) {
    byGetters(root, visit, intoTemplates);
    return;
  }
  const { next, end } = keys;
  const last = (root as unknown as Listed)[end];
  for (let node = (root as unknown as Listed)[next]!; node !== last; node = node[next]!) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    visit(node as unknown as Element);
    // A template's end node: the walk goes on after its content.
    if (!intoTemplates && node.localName === 'template') node = node[end]!;
  }
}

/**
 * Each element under `root` (itself left out), in document order, given to
 * `visit` with the context its closest visited ancestor handed down (`outer`
 * for the children of `root`); what `visit` returns is the context of the
 * element's own descendants. One walk so serves questions that treat parts
 * of the tree apart (the head and the body, a subtree about to go) without a
 * walk of each part. Nothing inside a `<template>` (the template itself is
 * visited), as `forEachElement` goes. `visit` must not change the tree.
 */
export function forEachElementIn<C>(
  root: Element | Document,
  outer: C,
  visit: (element: Element, context: C) => C,
): void {
  keys ??= keysOf(root);
  if (!keys) {
    inContextByGetters(root, outer, visit);
    return;
  }
  const { next, end } = keys;
  const last = (root as unknown as Listed)[end];
  // Where each context handed down stops (an element's end node), and the context the walk goes back to there.
  const stops: Listed[] = [];
  const before: C[] = [];
  let context = outer;
  for (let node = (root as unknown as Listed)[next]!; node !== last; node = node[next]!) {
    if (node === stops[stops.length - 1]) {
      stops.pop();
      context = before.pop()!;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const inner = visit(node as unknown as Element, context);
    // A template's end node: the walk goes on after its content, which has no context to hand down.
    if (node.localName === 'template') node = node[end]!;
    else if (inner !== context) {
      stops.push(node[end]!);
      before.push(context);
      context = inner;
    }
  }
}

/** The same visits as `forEachElementIn`, through linkedom's getters. */
function inContextByGetters<C>(
  parent: Element | Document,
  context: C,
  visit: (element: Element, context: C) => C,
): void {
  for (let child = (parent as ParentNode).firstElementChild; child; child = child.nextElementSibling) {
    const inner = visit(child, context);
    if (child.localName !== 'template') inContextByGetters(child, inner, visit);
  }
}

/** The elements `forEachElement` visits that pass `test`, in document order. */
export function elementsWhere(
  root: Element | Document,
  test: (element: Element) => boolean,
  intoTemplates = false,
): Element[] {
  const found: Element[] = [];
  forEachElement(
    root,
    (element) => {
      if (test(element)) found.push(element);
    },
    intoTemplates,
  );
  return found;
}

/**
 * The elements under `root` (itself left out) that pass `test`, in document
 * order, none inside another: the walk steps over the subtree of each element
 * that passes, so `test` never sees its descendants. Into `<template>`s only
 * if `intoTemplates`. `test` must not change the tree.
 */
export function outermostWhere(
  root: Element | Document,
  test: (element: Element) => boolean,
  intoTemplates = false,
): Element[] {
  const found: Element[] = [];
  keys ??= keysOf(root);
  if (!keys) {
    outermostByGetters(root, test, intoTemplates, found);
    return found;
  }
  const { next, end } = keys;
  const last = (root as unknown as Listed)[end];
  for (let node = (root as unknown as Listed)[next]!; node !== last; node = node[next]!) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    if (test(node as unknown as Element)) {
      found.push(node as unknown as Element);
      node = node[end]!;
    } else if (!intoTemplates && node.localName === 'template') node = node[end]!;
  }
  return found;
}

function outermostByGetters(
  parent: Element | Document,
  test: (element: Element) => boolean,
  intoTemplates: boolean,
  found: Element[],
): void {
  for (let child = (parent as ParentNode).firstElementChild; child; child = child.nextElementSibling) {
    if (test(child)) found.push(child);
    else if (intoTemplates || child.localName !== 'template') outermostByGetters(child, test, intoTemplates, found);
  }
}

/** The same elements as `forEachElement`, found through linkedom's getters. */
function byGetters(parent: Element | Document, visit: (element: Element) => void, intoTemplates: boolean): void {
  for (let child = (parent as ParentNode).firstElementChild; child; child = child.nextElementSibling) {
    visit(child);
    if (intoTemplates || child.localName !== 'template') byGetters(child, visit, intoTemplates);
  }
}

/** The elements under `root` whose name is `localName` exactly, templates included: what linkedom's `getElementsByTagName` gives for a name in lower case in an HTML document. */
export function elementsNamed(root: Element | Document, localName: string): Element[] {
  return elementsWhere(root, (element) => element.localName === localName, true);
}

/**
 * Each attribute node of `element`, in order, given to `visit`, read off the
 * list (linkedom keeps an element's attributes right after it) instead of
 * through `attributes`, which builds a new array and proxy at every read.
 * `visit` must not add or remove attributes.
 */
export function forEachAttribute(element: Element, visit: (attribute: Attr) => void): void {
  keys ??= keysOf(element);
  if (!keys) {
    for (const attribute of Array.from(element.attributes)) visit(attribute);
    return;
  }
  const { next } = keys;
  for (let node = (element as unknown as Listed)[next]!; node.nodeType === ATTRIBUTE_NODE; node = node[next]!)
    visit(node as unknown as Attr);
}
