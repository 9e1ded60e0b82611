import type { AttributedQuote } from './attribution';
import { isDocumentMention } from './mention';
import type { QuoteContext } from './quote-context';
import type { Token } from './tokens';

/** Cues whose subject is the source itself: "according to X", "per X" (not "X said in a statement"). */
const SOURCE_CUES = new Set(['according', 'per']);

/**
 * "“…,” according to a memo obtained by Axios", "per a leaked draft": the quote's own cue names a document
 * that no one in the article is said to have written. The words are the document's; crediting them to
 * the person or body the scorer finds nearest would put a guess on a card, so the quote is credited to
 * nobody. A document with an author ("a BBC statement", "the report, by X") has its author as the entity
 * and is left alone.
 */
export function withoutAuthorlessDocuments(
  attributed: AttributedQuote[],
  contexts: readonly QuoteContext[],
  tokens: readonly Token[],
): AttributedQuote[] {
  return attributed.map((q, i) => {
    const cue = contexts[i]?.cue;
    const subject = cue?.subject;
    const authorless = subject && subject.entity === null && isDocumentMention(subject);
    return authorless && SOURCE_CUES.has(tokens[cue.token]!.lower) ? { ...q, entity: null, confidence: 0 } : q;
  });
}
