import { HEADING_TAGS } from './heading-tags';
import { measureText, type TextStats } from './text-stats';

/**
 * Site builders (Framer, Wix, some themes) render a section once per screen
 * size, as sibling copies of which CSS shows one: every copy is in the HTML,
 * so the story reads two or three times over, and each copy is one more
 * subtree for Readability to score and clean. Sibling subtrees whose text is
 * identical (and long enough that a coincidence is out of the question) are
 * such copies: the first is kept, the others removed. Only containers are
 * copies: a builder repeats a section, not a paragraph, and the same
 * paragraph twice in a row is left as the page has it.
 */

/** Elements that are one block of text, not a section: never taken for a copy. */
export const TEXT_BLOCKS: ReadonlySet<string> = new Set([
  'P',
  'LI',
  ...HEADING_TAGS,
  'BLOCKQUOTE',
  'TD',
  'TH',
  'DT',
  'DD',
  'PRE',
]);

/** Shortest text (characters, whitespace aside) of a subtree that counts as a copy when repeated. */
export const MIN_COPY_CHARS = 200;

const normalised = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** How a pass reads a sibling: its text length (whitespace aside), its tag name, its collapsed text. */
export interface SiblingReader<T> {
  chars(sibling: T): number;
  tagName(sibling: T): string;
  text(sibling: T): string;
}

/**
 * The later copies among `siblings`, in the order found: boxes (not text blocks) long enough whose
 * text is that of an earlier sibling. Text is read only for siblings of equal length: a copy has the
 * same number of characters. Shared by this pass and its twin before parsing (chrome-before-parse.ts).
 */
export function laterCopies<T>(siblings: Iterable<T>, read: SiblingReader<T>): T[] {
  const byLength = new Map<number, T[]>();
  for (const sibling of siblings) {
    const chars = read.chars(sibling);
    if (chars < MIN_COPY_CHARS || TEXT_BLOCKS.has(read.tagName(sibling).toUpperCase())) continue;
    const same = byLength.get(chars);
    if (same) same.push(sibling);
    else byLength.set(chars, [sibling]);
  }
  const copies: T[] = [];
  for (const group of byLength.values()) {
    if (group.length < 2) continue;
    const seen = new Set<string>();
    for (const sibling of group) {
      const text = read.text(sibling);
      if (seen.has(text)) copies.push(sibling);
      else seen.add(text);
    }
  }
  return copies;
}

/** Remove later copies among siblings; returns how many subtrees were removed. */
export function removeResponsiveCopies(root: Element, stats: Map<Element, TextStats> = measureText(root)): number {
  let removed = 0;
  const read: SiblingReader<Element> = {
    chars: (el) => stats.get(el)?.chars ?? 0,
    tagName: (el) => el.tagName,
    text: normalised,
  };
  const visit = (el: Element) => {
    for (const copy of laterCopies(el.children, read)) {
      copy.remove();
      removed++;
    }
    for (const child of el.children) visit(child);
  };
  visit(root);
  return removed;
}
