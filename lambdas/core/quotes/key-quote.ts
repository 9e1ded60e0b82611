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
  const confident = quotes?.filter(confidentSpeaker) ?? [];
  return confident.find((q) => !q.partial) ?? confident[0];
}
