import { ELEMENT_NODE, TEXT_NODE } from './node-types';

/**
 * Readability's checks on the children of a box, walking them with
 * `firstChild` / `nextSibling` instead of building arrays of them, on the one
 * instance we create: same answers.
 *
 * Readability's node loop asks three questions of every `<div>` it passes,
 * and its clean-up asks them again of tables and cells:
 * - `_hasSingleTagInsideElement(e, tag)`: reads `e.children` twice and then
 *   `e.childNodes`;
 * - `_hasChildBlockElement(e)`: reads `childNodes` of every node it descends
 *   into, text nodes included, until it meets a block;
 * - `_isPhrasingContent(node)`: for a link (and `del`, `ins`) reads its
 *   `childNodes` and each child again, and looks every tag up in a list of
 *   forty names.
 * On linkedom each `children` or `childNodes` read walks the child list and
 * builds a new array, so on the largest pages (a thousand boxes and more)
 * these checks were a tenth of the loop and a share of its garbage. Here
 * the same children are visited in the same order, without the arrays, and
 * the tag lists are sets. Only elements have children (text, comments and
 * CDATA answer `childNodes` with an empty list and have no `tagName`), so
 * the block search descends into elements only. `_setNodeTag` reads the
 * attributes of the renamed element once instead of twice per attribute
 * (linkedom builds the list at each read).
 * test/core/extract/readability-child-checks.test.ts compares each with Readability's.
 */

/** The members of Readability's instance these overrides read or replace (not in its published types). */
export interface ChildCheckInternals {
  REGEXPS: { hasContent: RegExp };
  DIV_TO_P_ELEMS: Set<string>;
  PHRASING_ELEMS: string[];
  _docJSDOMParser?: unknown;
  log(...args: unknown[]): void;
  _hasSingleTagInsideElement(element: Element, tag: string): boolean;
  _hasChildBlockElement(element: Element): boolean;
  _isPhrasingContent(node: Node): boolean;
  _setNodeTag(node: Element, tag: string): Element;
}

/** Readability's pattern for a text with content (`REGEXPS.hasContent`) answers the same every time: no `g` or `y` flag. */
const keepsNoState = (pattern: RegExp) => !pattern.global && !pattern.sticky;

/** Tags after which Readability looks inside an element to tell whether it is phrasing content. */
const PHRASING_IF_CHILDREN_ARE = new Set(['A', 'DEL', 'INS']);

/** Whether an element under `element` (itself left out) has one of `tags`, in document order, stopping at the first. */
function hasDescendantTagged(element: Element, tags: ReadonlySet<string | undefined>): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    if (tags.has((child as Element).tagName) || hasDescendantTagged(child as Element, tags)) return true;
  }
  return false;
}

export function withChildChecksWalked(internals: ChildCheckInternals): void {
  const original = { setNodeTag: internals._setNodeTag };
  const { hasContent } = internals.REGEXPS;
  if (keepsNoState(hasContent)) {
    internals._hasSingleTagInsideElement = (element, tag) => {
      const only = element.firstElementChild;
      if (!only || only.nextElementSibling || only.tagName !== tag) return false;
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === TEXT_NODE && hasContent.test(child.textContent ?? '')) return false;
      }
      return true;
    };
  }

  const blocks: ReadonlySet<string | undefined> = internals.DIV_TO_P_ELEMS;
  internals._hasChildBlockElement = (element) => hasDescendantTagged(element, blocks);

  const phrasing = new Set(internals.PHRASING_ELEMS);
  internals._isPhrasingContent = function (node) {
    if (node.nodeType === TEXT_NODE) return true;
    const tag = (node as Element).tagName;
    if (phrasing.has(tag)) return true;
    if (!PHRASING_IF_CHILDREN_ARE.has(tag)) return false;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!this._isPhrasingContent(child)) return false;
    }
    return true;
  };

  internals._setNodeTag = function (node, tag) {
    if (this._docJSDOMParser) return original.setNodeTag.call(this, node, tag);
    this.log('_setNodeTag', node, tag);
    const replacement = node.ownerDocument.createElement(tag);
    while (node.firstChild) replacement.appendChild(node.firstChild);
    node.parentNode!.replaceChild(replacement, node);
    const marked = node as Element & { readability?: unknown };
    if (marked.readability) (replacement as Element & { readability?: unknown }).readability = marked.readability;
    // The renamed element's attributes do not change while they are copied: one read of the list.
    const attributes = node.attributes;
    for (let i = 0; i < attributes.length; i++) replacement.setAttributeNode(attributes[i]!.cloneNode() as Attr);
    return replacement;
  };
}
