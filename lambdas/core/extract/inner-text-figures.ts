import { ELEMENT_NODE, TEXT_NODE } from './node-types';
import { isSpace } from './text-stats';

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

const CDATA_SECTION_NODE = 4;
const COMMA = 44;

/** What an element's text adds up to, as far as these figures go. */
interface Summary {
  /** Characters that are not whitespace. */
  visible: number;
  /** Maximal whitespace runs. */
  runs: number;
  commas: number;
  startsWithSpace: boolean;
  endsWithSpace: boolean;
  /** No characters at all. */
  empty: boolean;
}

function emptySummary(): Summary {
  return { visible: 0, runs: 0, commas: 0, startsWithSpace: false, endsWithSpace: false, empty: true };
}

/** Add `part` (a text's or a child's summary) at the end of `summary`: a run ending one and a run starting the next are one run. */
function append(summary: Summary, part: Summary): void {
  if (part.empty) return;
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

function summaryOfText(text: string): Summary {
  const summary = emptySummary();
  if (text.length === 0) return summary;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (!inRun) summary.runs++;
      inRun = true;
    } else {
      summary.visible++;
      if (code === COMMA) summary.commas++;
      inRun = false;
    }
  }
  summary.empty = false;
  summary.startsWithSpace = isSpace(text.charCodeAt(0));
  summary.endsWithSpace = inRun;
  return summary;
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
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE)
        append(summary, summaryOfText((child as CharacterData).data));
      else if (type === ELEMENT_NODE) append(summary, this.summaryOf(child as Element));
    }
    this.summaries.set(element, summary);
    return summary;
  }
}
