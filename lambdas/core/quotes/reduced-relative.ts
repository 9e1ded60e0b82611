import { CUE_VERBS } from './lexicon/cue-verbs';
import { STOP_LEFT } from './lexicon/function-words';
import type { Mention } from './mention';
import type { Token } from './tokens';

/**
 * "the model Ana Reyes, an honor Olsen said he hoped would be “…”", "Lena Vogt, a choice Ford said she made “…”":
 * a noun, then a name right before a cue verb, is a relative clause without "that" whose subject the name is;
 * the cue is that name's, and the noun phrase before it describes no one. True when a name mention ends at
 * `cue - 1` after a lower-case noun that is no function word ("a friend of Tom Brandt said" stays one phrase).
 * `from` is the first token of the phrase after the comma.
 */
export function nameOpensReducedRelative(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  from: number,
  cue: number,
): boolean {
  if (!CUE_VERBS.has(tokens[cue]?.lower ?? '')) return false;
  const name = mentions.find((n) => n.last === cue - 1 && n.type === 'name');
  if (!name || name.first <= from) return false;
  const noun = tokens[name.first - 1]!;
  return noun.word && !noun.cap && !STOP_LEFT.has(noun.lower) && noun.quote < 0;
}
