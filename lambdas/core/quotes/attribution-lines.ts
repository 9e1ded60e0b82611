import type { CleanArticle } from '../article';

/**
 * Round-ups and pages with block quotes print who spoke on a line of its own:
 *
 *   “This is a dark day for the harbour.”
 *   — Ana Lenz, mayor of Eastport
 *
 * or, before the quote, "Ines Lupo, union leader:". Such a line is one
 * sentence with the quote it names the source of, so it is read in the
 * quote's paragraph and sentence, as "“…” — Ana Lenz" would be on one line.
 */

/** Short enough to be a name and a description, not a paragraph of its own. */
const MAX_LINE = 120;
const QUOTE_MARK = /["“”«»]|''/;
/** A dash, then a capital: "— Ana Lenz, mayor". */
const SOURCE_AFTER = /^(?:—|–|-|--|―)\s*\p{Lu}/u;
/**
 * A name of two capitalised words or more, then at most a description, ending on a colon with no full
 * stop before it: "Ines Lupo, union leader:", "Senator Jane Doe:"; not "Wait, it gets better:".
 */
const SOURCE_BEFORE = /^\p{Lu}[\p{L}'’-]*\s+\p{Lu}[^.!?;]*:$/u;
/** A paragraph that opens with a quote mark. */
const OPENS_QUOTE = /^(?:["“«]|'')/;
/** A paragraph that closes on a quote mark. */
const CLOSES_QUOTE = /(?:["”»]|'')$/;

/** For each paragraph, whether it is read as part of the paragraph before it. */
export function attachedParagraphs(article: CleanArticle): boolean[] {
  const texts = article.paragraphs.map((p) => article.body.slice(p.start, p.end).trim());
  const attached = texts.map(() => false);
  for (let i = 1; i < texts.length; i++) {
    const before = texts[i - 1]!;
    const line = texts[i]!;
    const sourceAfter =
      isSourceLine(line) && SOURCE_AFTER.test(line) && OPENS_QUOTE.test(before) && CLOSES_QUOTE.test(before);
    const sourceBefore = isSourceLine(before) && SOURCE_BEFORE.test(before) && OPENS_QUOTE.test(line);
    attached[i] = sourceAfter || sourceBefore;
  }
  return attached;
}

function isSourceLine(text: string): boolean {
  return text.length <= MAX_LINE && !QUOTE_MARK.test(text);
}
