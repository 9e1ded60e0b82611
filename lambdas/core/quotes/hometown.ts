import type { Mention } from './mention';
import type { Token } from './tokens';

/** Prepositions that tie a named person to the town they come from ("of Tulsa", "from Austin"). */
const HOMETOWN_PREPOSITIONS = new Set(['of', 'from']);

/** The most words a town or a state is written in ("Tulsa", "South Carolina", "Salt Lake City"). */
const PLACE_WORDS = 3;

/**
 * "Dana Whitfield of Tulsa, Oklahoma said", "… of Columbia, South Carolina, says": a named person,
 * then the town they come from and its state or country, set off by a comma. The state closes the
 * phrase right before the verb, so it was read as the verb's subject; the person before "of" is
 * (`place` is the mention that ends there, `mentionEndingAt` the mentions by their last token).
 * Only after a name: a named person is never named again after "of", but a role is ("the director
 * of Acme, Bob Jones said" is Bob Jones).
 */
export function personOfHometown(
  tokens: readonly Token[],
  place: Mention,
  start: number,
  mentionEndingAt: (token: number) => Mention | undefined,
): Mention | undefined {
  if (tokens[place.first - 1]?.text !== ',' || place.last - place.first >= PLACE_WORDS) return undefined;
  // The town is capitalised words, read as a mention or not (a place seldom speaks).
  let townFirst = place.first - 1;
  while (townFirst - 1 >= start && tokens[townFirst - 1]!.cap && place.first - townFirst <= PLACE_WORDS) townFirst--;
  if (townFirst === place.first - 1 || place.first - 1 - townFirst > PLACE_WORDS) return undefined;
  if (!HOMETOWN_PREPOSITIONS.has(tokens[townFirst - 1]?.lower ?? '')) return undefined;
  const person = mentionEndingAt(townFirst - 2);
  return person && person.type === 'name' && person.entity?.kind === 'person' && person.first >= start
    ? person
    : undefined;
}
