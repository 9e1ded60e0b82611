import { DETERMINERS, PLACE_PREPOSITIONS } from './lexicon/function-words';
import type { Mention } from './mention';
import type { Token } from './tokens';

/** Prepositions whose object may stand right before a participle that goes back to the clause's subject. */
const PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'to', 'from', 'via', ...PLACE_PREPOSITIONS]);

/**
 * "Ellen Park replied on Facebook writing, “…”", "The Trust posted a message on Twitter saying “…”", "sent a letter
 * to the Tribune saying": a participle right after the object of a preposition (a medium, a place, a listener)
 * hangs on the clause, whose subject does the saying; the name the preposition governs only ends the phrase
 * before it. Not after "with": "with Gorka noting …" makes the name the participle's own subject. `c` is the
 * participle; `mentionEndingAt` gives the mentions by their last token.
 */
export function participleAfterObject(
  tokens: readonly Token[],
  c: number,
  mentionEndingAt: (token: number) => Mention | undefined,
): boolean {
  if (!/ing$/.test(tokens[c]!.lower)) return false;
  const object = mentionEndingAt(c - 1);
  if (!object || object.type === 'pronoun') return false;
  let k = object.first - 1;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k--;
  return PREPOSITIONS.has(tokens[k]?.lower ?? '') && tokens[k]!.sentence === tokens[c]!.sentence;
}
