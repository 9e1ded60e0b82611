import { elementsNamed, forEachElement } from './linkedom-walk';
import { lowerCase } from './markup-scan';

/**
 * Readability's questions about the whole page before it looks for the
 * article, answered from one walk of the document instead of one walk each,
 * on the one instance we create: same elements, same order.
 *
 * `_unwrapNoscriptImages` starts with two walks of its own: every `<img>` of
 * the document (those that could have no source go; Readability reads
 * `img.attributes` again for each attribute it tests, and linkedom builds a
 * new array and proxy at every read, so here each image's attributes are
 * read once), then every `<noscript>` (one that holds a single image takes
 * the place of the image before it). Here the walk below is made first and
 * gives both lists; removing images changes neither the `<noscript>`s nor
 * any element of the tags kept. Putting a `<noscript>`'s image in place
 * makes new elements (Readability first makes a `<div>` to parse the
 * `<noscript>`'s markup into): when that happens the walk is made again at
 * the first question after it.
 *
 * Between `_unwrapNoscriptImages` and the end of `_getArticleMetadata`
 * Readability asks `_getAllNodesWithTag` five times for elements of the whole
 * document: scripts (`_getJSONLD`), scripts and `<noscript>`s
 * (`_removeScripts`), `<style>`s, the `<br>`s of the body and `<font>`s
 * (`_prepDocument`), and then linkedom's `getElementsByTagName` for the
 * `<meta>`s (`_getArticleMetadata`, which upper-cases the name of every other
 * element it passes). Each is a walk of every node of the page (elements,
 * attributes, text), and on the largest pages a walk is a fifth of a
 * millisecond or more. Here the walk made for `_unwrapNoscriptImages` (above)
 * keeps every element of those six tags and the images, in document order; each question
 * is then answered by the kept elements of its tags that are still under the
 * element asked about (the document or the body), inside a `<template>` only
 * for `getElementsByTagName` (as linkedom's selectors and it look).
 *
 * That holds because of what Readability 0.6 does in between: it removes
 * elements (scripts, `<noscript>`s, styles, `<br>`s of a chain), puts a new
 * `<p>` where a `<br>` was and moves the nodes that followed it into it, and
 * renames a `<p>` holding such a `<p>` to a `<div>` (a new element in its
 * place, with its children in order). None of that makes an element of the
 * tags kept (the `<font>`s become `<span>`s only after they are asked for)
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

/** The tags `_unwrapNoscriptImages` walks for, and those Readability asks for from its end to the end of `_getArticleMetadata`. */
const KEPT_TAGS = new Set(['img', 'script', 'noscript', 'style', 'br', 'font', 'meta']);

/** Attributes that give an `<img>` a source, and values that name an image file, as `_unwrapNoscriptImages` tests them. */
const IMAGE_SOURCES = new Set(['src', 'srcset', 'data-src', 'data-srcset']);
const IMAGE_FILE = /\.(jpg|jpeg|png|webp)/i;

/** The first step of Readability's `_unwrapNoscriptImages` on `images`: each `<img>` none of whose attributes could give it a source goes. */
function removeImagesWithoutSource(images: readonly Element[]): void {
  for (const img of images) {
    let source = false;
    for (const attribute of img.attributes) {
      if (IMAGE_SOURCES.has(attribute.name) || IMAGE_FILE.test(attribute.value)) {
        source = true;
        break;
      }
    }
    if (!source) img.remove();
  }
}

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

  /** What linkedom's `getElementsByTagName(localName)` finds under `root` now, `localName` kept and in lower case (`elementsNamed`). */
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
  // Open from the end of `_unwrapNoscriptImages` to the end of `_getArticleMetadata`; the walk is made at its start, and
  // again at the first question if `_unwrapNoscriptImages` made elements.
  let open = false;
  let kept: KeptElements | undefined;
  internals._unwrapNoscriptImages = function (doc) {
    const walked = new KeptElements(doc);
    removeImagesWithoutSource(walked.named(doc, 'img'));
    let madeElements = false;
    // Readability's second step on the same document; its first step is done, so it is shown no images.
    const withoutImages = {
      getElementsByTagName: (tag: string) =>
        tag === 'img' ? [] : KEPT_TAGS.has(tag) ? walked.named(doc, tag) : elementsNamed(doc, tag),
      createElement: (tag: string) => {
        madeElements = true;
        return doc.createElement(tag);
      },
    };
    original.unwrapNoscriptImages.call(this, withoutImages as unknown as Document);
    open = true;
    kept = madeElements ? undefined : walked;
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
