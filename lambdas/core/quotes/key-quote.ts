import type { Quote } from '../article';
import { MODEL } from './scorer';

/**
 * Whether a quote's speaker is safe to show on its own, as a card's key
 * quote: credited to someone with at least the card threshold's confidence
 * (fitted on PolNeAR train so that such attributions are right about 98% of
 * the time). A quote stored before confidences existed has none and is
 * taken as it was then.
 */
export function confidentSpeaker(q: Quote): boolean {
  return q.speaker !== null && q.speaker !== '' && (q.confidence ?? 1) >= MODEL.cardThreshold;
}

/**
 * The quote a card shows: a confident attribution, whole if there is one.
 * A card that credits words to the wrong person is worse than one without a
 * quote, so none is shown when no speaker is confident.
 */
export function keyQuote(quotes: readonly Quote[] | undefined): Quote | undefined {
  const confident = quotes?.filter((q) => confidentSpeaker(q) && !readsAsTitle(q.text)) ?? [];
  return confident.find((q) => !q.partial) ?? confident[0];
}

/**
 * Quoted words that name something rather than say it, such as a plan or a
 * book cited by its title ("Action Plan for the Development of Italy"): most
 * of the longer words capitalised and no punctuation to end a clause. On a
 * card they would read as something the speaker said.
 */
export function readsAsTitle(text: string): boolean {
  const trimmed = text.trim();
  if (/[.!?,;:…]["'”’]?$/u.test(trimmed)) return false;
  const longer = (trimmed.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((word) => word.length > 3);
  if (longer.length < 2) return false;
  const capitalised = longer.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / longer.length >= 0.6;
}
