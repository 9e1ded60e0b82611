import { isDocumentMention } from './mention';
import type { QuoteContext } from './quote-context';
import type { Token } from './tokens';

/** Cues whose subject is the source itself: "according to X", "per X" (not "X said in a statement"). */
const SOURCE_CUES = new Set(['according', 'per']);

/**
 * "“…,” according to a memo obtained by Axios", "per a leaked draft": the quote's own cue names a document
 * that no one in the article is said to have written. The words are the document's; crediting them to
 * the person or body the scorer finds nearest would put a guess on a card, so the quote is credited to
 * nobody (credited-to-nobody.ts). A document with an author ("a BBC statement", "the report, by X") has
 * its author as the entity and is left alone.
 */
export function citesAuthorlessDocument(context: QuoteContext | undefined, tokens: readonly Token[]): boolean {
  const cue = context?.cue;
  const subject = cue?.subject;
  if (!cue || !subject || subject.entity !== null || !isDocumentMention(subject)) return false;
  return SOURCE_CUES.has(tokens[cue.token]!.lower);
}
