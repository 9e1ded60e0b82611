import type { AttributedQuote } from './attribution';

/**
 * The scorer's picks with the quotes some evidence says no one in the article said credited to nobody
 * (an interviewer's question, words of a document no one wrote): one place where such evidence
 * overrules the scorer, each test asked of a quote and its index.
 */
export function creditedToNobodyWhere(
  attributed: readonly AttributedQuote[],
  ...saidByNoOne: ((quote: AttributedQuote, index: number) => boolean)[]
): AttributedQuote[] {
  return attributed.map((q, i) => (saidByNoOne.some((test) => test(q, i)) ? { ...q, entity: null, confidence: 0 } : q));
}
