import { auxiliaryOf } from './passive-voice';
import type { QuoteContext } from './quote-context';
import type { Token } from './tokens';

/** Speech verbs whose object is the one spoken to: in the passive their subject listened. */
const SPOKEN_TO = new Set(['told', 'informed', 'warned', 'assured', 'reminded']);

/**
 * "Ms Marsh was told her suspension was a result of “inappropriate” images", "Staff were warned it would be
 * “painful”": a speech verb in the passive makes its subject the one spoken to, and the quote the words of
 * someone the sentence does not name (or names after "by"), so it is credited to nobody rather than to the
 * listener; "Marsh said she had been told it was “final”" reports the teller's word too.
 */
export function isToldInPassive(context: QuoteContext | undefined, tokens: readonly Token[]): boolean {
  const cue = context?.cue;
  if (!cue || !SPOKEN_TO.has(tokens[cue.token]?.lower ?? '')) return false;
  return auxiliaryOf(tokens, cue.token) >= 0;
}
