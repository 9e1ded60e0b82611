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
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
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

/** Remove later copies among siblings; returns how many subtrees were removed. */
export function removeResponsiveCopies(root: Element, stats: Map<Element, TextStats> = measureText(root)): number {
  let removed = 0;
  const visit = (el: Element) => {
    // Text is read only for siblings of equal length: a copy has the same number of characters.
    const byLength = new Map<number, Element[]>();
    for (const child of el.children) {
      const chars = stats.get(child)?.chars ?? 0;
      if (chars < MIN_COPY_CHARS || TEXT_BLOCKS.has(child.tagName.toUpperCase())) continue;
      const same = byLength.get(chars);
      if (same) same.push(child);
      else byLength.set(chars, [child]);
    }
    for (const group of byLength.values()) {
      if (group.length < 2) continue;
      const seen = new Set<string>();
      for (const child of group) {
        const text = normalised(child);
        if (!seen.has(text)) {
          seen.add(text);
          continue;
        }
        child.remove();
        removed++;
      }
    }
    for (const child of el.children) visit(child);
  };
  visit(root);
  return removed;
}
