import { forEachElement } from './linkedom-walk';
import { lowerCase } from './markup-scan';

/**
 * Readability's questions about the whole page before it looks for the
 * article, answered from one walk of the document instead of one walk each,
 * on the one instance we create: same elements, same order.
 *
 * Between `_unwrapNoscriptImages` and the end of `_getArticleMetadata`
 * Readability asks `_getAllNodesWithTag` five times for elements of the whole
 * document: scripts (`_getJSONLD`), scripts and `<noscript>`s
 * (`_removeScripts`), `<style>`s, the `<br>`s of the body and `<font>`s
 * (`_prepDocument`), and then linkedom's `getElementsByTagName` for the
 * `<meta>`s (`_getArticleMetadata`, which upper-cases the name of every other
 * element it passes). Each is a walk of every node of the page (elements,
 * attributes, text), and on the largest pages a walk is a fifth of a
 * millisecond or more. Here the first of them walks the document once and
 * keeps every element of those six tags, in document order; each question
 * is then answered by the kept elements of its tags that are still under the
 * element asked about (the document or the body), inside a `<template>` only
 * for `getElementsByTagName` (as linkedom's selectors and it look).
 *
 * That holds because of what Readability 0.6 does in between: it removes
 * elements (scripts, `<noscript>`s, styles, `<br>`s of a chain), puts a new
 * `<p>` where a `<br>` was and moves the nodes that followed it into it, and
 * renames a `<p>` holding such a `<p>` to a `<div>` (a new element in its
 * place, with its children in order). None of that makes an element of the
 * six tags (the `<font>`s become `<span>`s only after they are asked for)
 * or changes the order of those that stay, and an element that was removed,
 * or whose ancestor was, is no longer under the document; reading the
 * metadata changes nothing. Outside that stretch Readability's questions go
 * to the override and to linkedom as before.
 * test/core/extract/readability-document-tags.test.ts compares the result with Readability's.
 */

/** The members of Readability's instance this override reads or replaces (not in its published types). */
export interface DocumentTagInternals {
  _doc: Document;
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): ArrayLike<Element>;
  _unwrapNoscriptImages(doc: Document): void;
  _getArticleMetadata(jsonld: unknown): unknown;
}

/** The tags Readability asks for between `_unwrapNoscriptImages` and the end of `_getArticleMetadata`. */
const KEPT_TAGS = new Set(['script', 'noscript', 'style', 'br', 'font', 'meta']);

/** Whether an ancestor of `node` is a `<template>`. */
function isInTemplate(node: Node): boolean {
  for (let up = node.parentNode; up; up = up.parentNode) if ((up as Element).localName === 'template') return true;
  return false;
}

/** The elements of `KEPT_TAGS` in a document, in document order, templates' content included and marked. */
class KeptElements {
  private readonly elements: Element[] = [];
  private readonly names: string[] = [];
  private readonly inTemplate: boolean[] = [];

  constructor(document: Document) {
    forEachElement(
      document,
      (element) => {
        const name = lowerCase(element.localName);
        if (!KEPT_TAGS.has(name)) return;
        this.elements.push(element);
        this.names.push(name);
        this.inTemplate.push(isInTemplate(element));
      },
      true,
    );
  }

  /** What `_getAllNodesWithTag(root, tags)` finds now (nothing inside a `<template>`), or undefined when a tag is not kept. */
  under(root: Node, tags: readonly string[]): Element[] | undefined {
    const wanted = new Set(tags.map((tag) => tag.toLowerCase()));
    for (const tag of wanted) if (!KEPT_TAGS.has(tag)) return undefined;
    return this.where(root, (i) => !this.inTemplate[i] && wanted.has(this.names[i]!));
  }

  /** What linkedom's `getElementsByTagName(localName)` finds under `root` now, `localName` kept and in lower case. */
  named(root: Node, localName: string): Element[] {
    return this.where(root, (i) => this.elements[i]!.localName === localName);
  }

  private where(root: Node, test: (i: number) => boolean): Element[] {
    const found: Element[] = [];
    for (let i = 0; i < this.elements.length; i++) {
      const element = this.elements[i]!;
      if (test(i) && element !== root && root.contains(element)) found.push(element);
    }
    return found;
  }
}

/** A property of `document` that shadows linkedom's `getElementsByTagName` until it is deleted. */
function shadowGetElementsByTagName(document: Document, get: (tag: string) => ArrayLike<Element>): void {
  Object.defineProperty(document, 'getElementsByTagName', { configurable: true, enumerable: false, value: get });
}

export function withDocumentTagsFromOneWalk(internals: DocumentTagInternals): void {
  const original = {
    getAllNodesWithTag: internals._getAllNodesWithTag,
    unwrapNoscriptImages: internals._unwrapNoscriptImages,
    getArticleMetadata: internals._getArticleMetadata,
  };
  // Open from the end of `_unwrapNoscriptImages` to the end of `_getArticleMetadata`; the walk is made at the first question.
  let open = false;
  let kept: KeptElements | undefined;
  internals._unwrapNoscriptImages = function (doc) {
    original.unwrapNoscriptImages.call(this, doc);
    open = true;
    kept = undefined;
  };
  internals._getArticleMetadata = function (jsonld) {
    const doc = this._doc;
    const linkedom = doc.getElementsByTagName;
    if (open) {
      shadowGetElementsByTagName(doc, (tag) => {
        if (tag !== 'meta') return linkedom.call(doc, tag);
        kept ??= new KeptElements(doc);
        return kept.named(doc, tag);
      });
    }
    try {
      return original.getArticleMetadata.call(this, jsonld);
    } finally {
      delete (doc as { getElementsByTagName?: unknown }).getElementsByTagName;
      open = false;
      kept = undefined;
    }
  };
  internals._getAllNodesWithTag = function (node, tagNames) {
    const doc = this._doc;
    if (open && (node === doc || node === doc.body)) {
      kept ??= new KeptElements(doc);
      const found = kept.under(node, tagNames);
      if (found) return found;
    }
    return original.getAllNodesWithTag.call(this, node, tagNames);
  };
}
