import { CUE_VERBS } from './lexicon/cue-verbs';
import { CLAUSE_LEAD_WORDS, COPULAS, MODALS, STOP_LEFT, TIME_ADVERBS } from './lexicon/function-words';
import { DOCUMENT_NOUNS, ORGANISATION_ROLE_NOUNS, PERSON_ROLE_NOUNS } from './lexicon/roles';
import { sameSentence } from './reporter-text';
import type { Token } from './tokens';

/**
 * "a late Ivo Kast goal", "the Velvet Moon tour was cited as": a name between a determiner and a lower-case
 * noun modifies that noun. It names no one acting in the sentence, so it is neither a speaker nor the
 * antecedent of a later "he". Read from syntax alone, not from lists of names: the word before the name opens
 * a noun phrase, the word after it is lower case and reads as a noun, not a verb ("the Orbit Trust said",
 * "the Harlow Vision confirmed", "the Orbit club will").
 */

/** Determiners after which a name and a noun make one noun phrase ("one" and "that" also open clauses: left out). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'every',
  'each',
]);

/** Words right after a subject that are verbs or clause words, not the noun the name would modify. */
const NOT_HEAD_NOUNS: ReadonlySet<string> = new Set([
  ...CUE_VERBS,
  ...COPULAS,
  ...MODALS,
  ...STOP_LEFT,
  ...CLAUSE_LEAD_WORDS,
  ...TIME_ADVERBS,
  'be',
  'being',
  'has',
  'have',
  'had',
  'who',
  'which',
  'whose',
  'where',
  'now',
  'still',
  'already',
  'never',
  'just',
  // Degree and quantity words that open an adverbial after a subject ("the Harbour Office less than a week ago said").
  'less',
  'more',
  'last',
  'too',
  'alone',
  'itself',
  'both',
  'all',
  'first',
  'soon',
]);

/** The run of tokens `first`..`last` is a name modifying the lower-case noun right after it. */
export function modifiesNounAfter(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (!before || !after || !PHRASE_OPENERS.has(before.lower) || !sameSentence(tokens, first - 1, last + 1))
    return false;
  if (!after.word || after.quote >= 0 || after.cap || !readsAsNoun(after.lower)) return false;
  // "a Norvex spokesman", "the Orbit board", "a Harlow Vision show": a role or document noun makes a mention of
  // its own (role-mentions.ts) that the name owns and speaks through.
  if (PERSON_ROLE_NOUNS.has(after.lower) || ORGANISATION_ROLE_NOUNS.has(after.lower) || DOCUMENT_NOUNS.has(after.lower))
    return false;
  return endsPhrase(tokens, last + 2);
}

/**
 * The noun phrase ends before token `k`: punctuation or a function word follows the noun ("a late Ivo Kast goal
 * in the second half", "the Velvet Moon tour was"). Not a cue verb ("this Quill double declared": the phrase
 * speaks and its noun is no mention, so the name stands in for it), nor a further word that may be the head
 * ("the Zentrix phone makers want", "the Office Royal de la Musique").
 */
function endsPhrase(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next?.word) return true;
  return !CUE_VERBS.has(next.lower) && NOT_HEAD_NOUNS.has(next.lower);
}

/**
 * A lower-case word that is no verb form a subject could take: "-ed" and "-ing" forms and adverbs in "-ly" are
 * left out, and so are words in "-s", which after a name may be a verb as well as a plural ("the BBC runs").
 */
function readsAsNoun(word: string): boolean {
  if (NOT_HEAD_NOUNS.has(word) || !/^\p{L}/u.test(word)) return false;
  return !/(ed|ing|ly)$/.test(word) && !(/s$/.test(word) && !/ss$/.test(word));
}
