/**
 * The elements of a tree in document order, each with the place where its
 * own subtree ends, so that "the elements under X whose tag is one of these"
 * is a scan of a slice of an array instead of a walk through linkedom's
 * getters. Readability's cleaning pass asks that of every box it judges (the
 * lists, headings, embeds and text blocks inside it), which on linkedom is a
 * fresh walk of the box each time.
 *
 * The answers follow the tree as long as the only change made to it is
 * removing elements and every removal is reported with `forget`: a removed
 * element and everything inside it are left out from then on.
 */
export class SubtreeIndex {
  private readonly order: Element[] = [];
  private readonly names: string[] = [];
  /** For the element at each place, the place just after its subtree. */
  private readonly ends: number[] = [];
  private readonly placeOf = new Map<Element, number>();
  private readonly removed: Uint8Array;
  /** Whether a `<template>` is among the elements (its content is not indexed). */
  holdsTemplate = false;

  constructor(private readonly root: Element) {
    this.add(root);
    this.removed = new Uint8Array(this.order.length);
  }

  /** Index the children of `parent` and their subtrees; like `querySelectorAll`, nothing inside a `<template>`. */
  private add(parent: Element): void {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const place = this.order.length;
      this.order.push(child);
      this.names.push(child.localName.toLowerCase());
      this.ends.push(place + 1);
      this.placeOf.set(child, place);
      if (child.localName !== 'template') this.add(child);
      else this.holdsTemplate = true;
      this.ends[place] = this.order.length;
    }
  }

  /** Whether `node` is the element this index was built for. */
  indexes(node: Element): boolean {
    return node === this.root;
  }

  /**
   * What `node.querySelectorAll(tags)` would return now (tags in lower case),
   * or undefined for a node this index cannot answer for (outside it, or removed).
   */
  elementsUnder(node: Element, tags: ReadonlySet<string>): Element[] | undefined {
    let from = 0;
    let to = this.order.length;
    if (node !== this.root) {
      const place = this.placeOf.get(node);
      if (place === undefined || this.removed[place]) return undefined;
      from = place + 1;
      to = this.ends[place]!;
    }
    const found: Element[] = [];
    for (let i = from; i < to; i++) {
      if (this.removed[i]) {
        i = this.ends[i]! - 1;
        continue;
      }
      if (tags.has(this.names[i]!)) found.push(this.order[i]!);
    }
    return found;
  }

  /** Record that `node` was removed from the tree, with everything inside it. */
  forget(node: Element): void {
    const place = this.placeOf.get(node);
    if (place !== undefined) this.removed.fill(1, place, this.ends[place]);
  }
}
