import { CUE_GAP_WORDS, CUE_VERBS } from './lexicon/cue-verbs';
import { STOP_LEFT } from './lexicon/function-words';
import { PERSON_ROLE_NOUNS } from './lexicon/roles';
import { sameSentence } from './reporter-text';
import type { Token } from './tokens';

/**
 * "one onlooker shouted", "A passer-by, who did not want to be named, said": a lower-case noun that no
 * role list holds, after "a", "an", "one" or "another" (one describing word may stand between), as the
 * subject of a speech verb, is someone the reporter did not name. Read as no one, it left the quote to the
 * person quoted before. Only the indefinite ones: "the onlooker" may be someone named before.
 */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const PREPOSITIONS = new Set(['in', 'at', 'by', 'with', 'to', 'from', 'on', 'for', 'of', 'during', 'after', 'before']);

/**
 * Verbs that only a speaker takes, in the forms that finish a clause. Not those that also describe a noun
 * they follow ("a technology called XDR", "a film accused of", "a name suggesting").
 */
const SPOKE = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'shouted',
  'yelled',
  'screamed',
  'explained',
  'recalled',
  'remarked',
  'insisted',
  'admitted',
  'replied',
  'wrote',
  'writes',
]);

export function unlistedSpeaker(tokens: readonly Token[], h: number): boolean {
  const noun = tokens[h]!;
  if (!plainWord(noun) || !/\p{Ll}{3,}/u.test(noun.text)) return false;
  if (CUE_GAP_WORDS.has(noun.lower) || /ly$/.test(noun.lower)) return false;
  const before = tokens[h - 1];
  // "a critic once said": a role noun before the word is the head itself, read by the role lists.
  const describing =
    before !== undefined && plainWord(before) && !INDEFINITE.has(before.lower) && !PERSON_ROLE_NOUNS.has(before.lower);
  const d = describing ? h - 2 : h - 1;
  if (!INDEFINITE.has(tokens[d]?.lower ?? '') || !sameSentence(tokens, d, h)) return false;
  // "but in a later interview said": a phrase after a preposition is no subject.
  if (PREPOSITIONS.has(tokens[d - 1]?.lower ?? '') && sameSentence(tokens, d - 1, d)) return false;
  return speechVerbAfter(tokens, h);
}

/** A lower-case word of the reporter's that can be part of a noun phrase (no preposition, no speech verb). */
function plainWord(t: Token): boolean {
  return t.word && !t.cap && t.quote < 0 && !STOP_LEFT.has(t.lower) && !CUE_VERBS.has(t.lower) && !/\d/.test(t.text);
}

/** A speech verb right after the noun, or after a relative clause in commas ("…, who lives opposite, said"). */
function speechVerbAfter(tokens: readonly Token[], h: number): boolean {
  let k = h + 1;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'who') {
    k += 2;
    while (k < h + 20 && tokens[k] && tokens[k]!.text !== ',' && sameSentence(tokens, h, k)) k++;
    k++;
  }
  const verb = tokens[k];
  return verb !== undefined && SPOKE.has(verb.lower) && sameSentence(tokens, h, k);
}
