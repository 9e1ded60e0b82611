import { ELEMENT_NODE, TEXT_NODE } from './node-types';
import { isSpace } from './text-stats';

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

/** The text of a subtree as far as its normalised length goes. */
interface TextSummary {
  /** Characters that are not whitespace. */
  visible: number;
  /** Maximal whitespace runs. */
  runs: number;
  startsWithSpace: boolean;
  endsWithSpace: boolean;
  /** No characters at all. */
  empty: boolean;
}

interface Summary extends TextSummary {
  /** The stretch of the document-order list of links that lies inside the element (itself left out). */
  firstLink: number;
  endLink: number;
}

const EMPTY: TextSummary = { visible: 0, runs: 0, startsWithSpace: false, endsWithSpace: false, empty: true };

const CDATA_SECTION_NODE = 4;

function summaryOfText(text: string): TextSummary {
  if (text.length === 0) return EMPTY;
  let visible = 0;
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (!inRun) runs++;
      inRun = true;
    } else {
      visible++;
      inRun = false;
    }
  }
  return {
    visible,
    runs,
    startsWithSpace: isSpace(text.charCodeAt(0)),
    endsWithSpace: isSpace(text.charCodeAt(text.length - 1)),
    empty: false,
  };
}

/** `into` followed by `next`, written into `into`. */
function append(into: TextSummary, next: TextSummary): void {
  if (next.empty) return;
  if (into.empty) {
    into.visible = next.visible;
    into.runs = next.runs;
    into.startsWithSpace = next.startsWithSpace;
    into.endsWithSpace = next.endsWithSpace;
    into.empty = false;
    return;
  }
  into.runs += next.runs - (into.endsWithSpace && next.startsWithSpace ? 1 : 0);
  into.visible += next.visible;
  into.endsWithSpace = next.endsWithSpace;
}

/** `text.trim().replace(/\s{2,}/g, " ").length` from the summary of `text`. */
export function normalisedLength(summary: TextSummary): number {
  if (summary.visible === 0) return 0;
  return summary.visible + summary.runs - (summary.startsWithSpace ? 1 : 0) - (summary.endsWithSpace ? 1 : 0);
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
    const textLength = normalisedLength(summary);
    if (textLength === 0) return 0;
    let linkLength = 0;
    for (let i = summary.firstLink; i < summary.endLink; i++) linkLength += this.linkLengths[i]!;
    return linkLength / textLength;
  }

  private visit(element: Element): Summary {
    const summary: Summary = { ...EMPTY, firstLink: this.linkLengths.length, endLink: 0 };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        append(summary, summaryOfText(child.nodeValue ?? ''));
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        // A link comes before the links inside it, as in `getElementsByTagName("a")`; its length is known after its subtree.
        const link = el.localName === 'a' ? this.linkLengths.push(0) - 1 : -1;
        const inner = this.visit(el);
        append(summary, inner);
        if (link >= 0) {
          const href = el.getAttribute('href');
          this.linkLengths[link] = normalisedLength(inner) * (href && this.isHashUrl.test(href) ? 0.3 : 1);
        }
      }
    }
    summary.endLink = this.linkLengths.length;
    this.summaries.set(element, summary);
    return summary;
  }
}
