import type { Quote } from '../article';

/**
 * The quote a card shows: attributed and whole if there is one, else
 * attributed. A quote stored without a speaker is never a card's key quote:
 * a card that credits words to the wrong person is worse than one without.
 */
export function keyQuote(quotes: readonly Quote[] | undefined): Quote | undefined {
  return quotes?.find((q) => q.speaker && !q.partial) ?? quotes?.find((q) => q.speaker);
}
