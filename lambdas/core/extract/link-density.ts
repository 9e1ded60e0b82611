import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './node-types';
import { shapeOfText } from './text-stats';

/**
 * Readability's link density of every element of a tree, from one walk.
 *
 * Readability scores each candidate box (every ancestor of a scored
 * paragraph, up to the page's outer wrappers) by its link density: the length
 * of its normalised text (`textContent`, trimmed, runs of two or more
 * whitespace characters made one space) against the same length of each link
 * inside it. On linkedom each of those reads joins the whole subtree's text,
 * so the candidates of a large page cost candidates × page size, and the
 * text of an outer wrapper is a string large enough to be allocated on its own.
 *
 * Here the tree is walked once. The normalised length of a text is its
 * non-whitespace characters plus one per whitespace run that is neither
 * leading nor trailing, so each subtree is summed up by those counts and
 * whether it starts and ends with whitespace, and two summaries join at a
 * boundary (a run ending one and a run starting the next are one run). The
 * links are listed in document order with their lengths, and each element
 * knows the stretch of that list inside it: its link length is Readability's
 * own sum over the same links in the same order (a link to "#…" counts 0.3
 * of its length), so the figure is the same to the last bit.
 *
 * The figures hold for the tree as it was walked: the caller drops the index
 * before the tree changes (see readability-checks.ts). An element the walk
 * did not see has no figure.
 */

/** The text of a subtree as far as its normalised length goes, and where its links are listed. */
class Summary {
  /** Characters that are not whitespace. */
  visible = 0;
  /** Maximal whitespace runs. */
  runs = 0;
  startsWithSpace = false;
  endsWithSpace = false;
  /** No characters at all. */
  empty = true;
  /** The stretch of the document-order list of links that lies inside the element (itself left out). */
  endLink = 0;
  constructor(readonly firstLink: number) {}

  /** Add a text of `visible` characters and `runs` whitespace runs at the end (the first two figures of a non-empty text). */
  append(visible: number, runs: number, startsWithSpace: boolean, endsWithSpace: boolean): void {
    if (this.empty) {
      this.startsWithSpace = startsWithSpace;
      this.empty = false;
    } else if (this.endsWithSpace && startsWithSpace) {
      runs--;
    }
    this.visible += visible;
    this.runs += runs;
    this.endsWithSpace = endsWithSpace;
  }

  appendText(text: string): void {
    if (text.length === 0) return;
    const shape = shapeOfText(text);
    this.append(shape.visible, shape.runs, shape.startsWithSpace, shape.endsWithSpace);
  }

  /** `text.trim().replace(/\s{2,}/g, " ").length` of the subtree's text. */
  normalisedLength(): number {
    if (this.visible === 0) return 0;
    return this.visible + this.runs - (this.startsWithSpace ? 1 : 0) - (this.endsWithSpace ? 1 : 0);
  }
}

export class LinkDensityIndex {
  private readonly summaries = new Map<Element, Summary>();
  /** Every link under the root in document order: its normalised length times Readability's weight for it. */
  private readonly linkLengths: number[] = [];

  /** @param isHashUrl Readability's test for a link to "#…" (its `REGEXPS.hashUrl`), weighed 0.3. */
  constructor(
    root: Element,
    private readonly isHashUrl: RegExp,
  ) {
    this.visit(root);
  }

  /** Readability's `_getLinkDensity(element)`, or undefined for an element the walk did not see. */
  densityOf(element: Element): number | undefined {
    const summary = this.summaries.get(element);
    if (!summary) return undefined;
    const textLength = summary.normalisedLength();
    if (textLength === 0) return 0;
    let linkLength = 0;
    for (let i = summary.firstLink; i < summary.endLink; i++) linkLength += this.linkLengths[i]!;
    return linkLength / textLength;
  }

  private visit(element: Element): Summary {
    const summary = new Summary(this.linkLengths.length);
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        summary.appendText((child as CharacterData).data);
      } else if (type === ELEMENT_NODE) {
        const el = child as Element;
        // A link comes before the links inside it, as in `getElementsByTagName("a")`; its length is known after its subtree.
        const link = el.localName === 'a' ? this.linkLengths.push(0) - 1 : -1;
        const inner = this.visit(el);
        if (!inner.empty) summary.append(inner.visible, inner.runs, inner.startsWithSpace, inner.endsWithSpace);
        if (link >= 0) {
          const href = el.getAttribute('href');
          this.linkLengths[link] = inner.normalisedLength() * (href && this.isHashUrl.test(href) ? 0.3 : 1);
        }
      }
    }
    summary.endLink = this.linkLengths.length;
    this.summaries.set(element, summary);
    return summary;
  }
}
