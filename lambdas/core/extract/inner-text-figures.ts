import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './node-types';
import { shapeOfText, type TextShape } from './text-stats';

/**
 * Two figures of Readability's inner text of an element (`textContent`,
 * trimmed, runs of two or more whitespace characters made one space) without
 * building the text: its length and how many commas it holds.
 *
 * Readability's conditional cleaning asks for the text of every box it judges
 * and of every list, heading and text block inside it, and most of those
 * reads use only the length. On linkedom each read joins the subtree's text,
 * so a page of nested boxes costs boxes × depth text walks. Here an element's
 * figures are summed from its children's, each kept until something inside
 * the element is removed (`forget`), so each element's children are read once
 * per removal under it instead of its whole subtree once per question.
 *
 * The normalised length of a text is its non-whitespace characters plus one
 * per whitespace run that is neither leading nor trailing (as in
 * link-density.ts); a comma is not whitespace, so normalising keeps them all.
 */

/** What an element's text adds up to, as far as these figures go: the shape of its text, or nothing when it has none. */
interface Summary extends TextShape {
  /** No characters at all. */
  empty: boolean;
}

function emptySummary(): Summary {
  return { visible: 0, runs: 0, commas: 0, startsWithSpace: false, endsWithSpace: false, empty: true };
}

/** Add a non-empty text's or child's shape at the end of `summary`: a run ending one and a run starting the next are one run. */
function append(summary: Summary, part: TextShape): void {
  let runs = part.runs;
  if (summary.empty) {
    summary.startsWithSpace = part.startsWithSpace;
    summary.empty = false;
  } else if (summary.endsWithSpace && part.startsWithSpace) {
    runs--;
  }
  summary.visible += part.visible;
  summary.runs += runs;
  summary.commas += part.commas;
  summary.endsWithSpace = part.endsWithSpace;
}

export class InnerTextFigures {
  private readonly summaries = new Map<Element, Summary>();

  /** `_getInnerText(element).length`. */
  lengthOf(element: Element): number {
    const summary = this.summaryOf(element);
    if (summary.visible === 0) return 0;
    return summary.visible + summary.runs - (summary.startsWithSpace ? 1 : 0) - (summary.endsWithSpace ? 1 : 0);
  }

  /** `_getCharCount(element, ",")`: the commas in its text. */
  commasOf(element: Element): number {
    return this.summaryOf(element).commas;
  }

  /** `element` is about to be removed: the text of every element above it changes. */
  forget(element: Element): void {
    for (let up = element.parentNode; up; up = up.parentNode) this.summaries.delete(up as Element);
  }

  private summaryOf(element: Element): Summary {
    let summary = this.summaries.get(element);
    if (summary) return summary;
    summary = emptySummary();
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        const text = (child as CharacterData).data;
        if (text.length > 0) append(summary, shapeOfText(text));
      } else if (type === ELEMENT_NODE) {
        const inner = this.summaryOf(child as Element);
        if (!inner.empty) append(summary, inner);
      }
    }
    this.summaries.set(element, summary);
    return summary;
  }
}
