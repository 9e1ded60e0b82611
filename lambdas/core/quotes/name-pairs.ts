import { CUE_VERBS } from './lexicon/cue-verbs';
import { INSTITUTION_WORDS, ORGANISATION_NOUNS } from './lexicon/organisations';
import { ORGANISATION_ROLE_NOUNS, PERSON_ROLE_NOUNS } from './lexicon/roles';
import { isNameShaped } from './name-shape';
import { isReporter, sameSentence, sentenceInitial } from './reporter-text';
import type { Token } from './tokens';

/**
 * "Marks and Spencer said its sales rose": two capitalised words joined by "and" that are one firm's
 * name, not two people ("Smith and Jones said"). Two people are each named apart somewhere in the
 * article, and take a plural verb and "they"; a firm's name is always written whole and, as a subject,
 * takes "has", "is", "was", or "said its". A pair read as one name at one place is one name everywhere.
 */

/** Verbs that agree with one subject only: "Marks and Spencer has", never "Smith and Jones has". */
const SINGULAR_VERBS = new Set(['has', 'is', 'was', 'says', 'does']);
/** After a speech verb, the subject's own pronoun: "said its profits", "said it would". */
const SINGULAR_NEUTER = new Set(['it', 'its']);

/** Lower-case "a and b" of each pair of words the article writes as one name. */
export function namePairs(tokens: readonly Token[]): Set<string> {
  const pairs = new Set<string>();
  const candidates: number[] = [];
  for (let j = 0; j + 2 < tokens.length; j++) if (isPairAt(tokens, j)) candidates.push(j);
  if (candidates.length === 0) return pairs;
  const written = wordCounts(tokens);
  const together = new Map<string, number>();
  for (const j of candidates) {
    for (const w of pairWords(tokens, j)) together.set(w, (together.get(w) ?? 0) + 1);
  }
  for (const j of candidates) {
    const [a, b] = pairWords(tokens, j);
    // A word also written apart from the pair is someone's name of its own ("Clinton and Sanders").
    if (written.get(a) !== together.get(a) || written.get(b) !== together.get(b)) continue;
    if (oneSubject(tokens, j)) pairs.add(pairKey(tokens, j));
  }
  return pairs;
}

/**
 * "Avon and Somerset Police", "Devon and Cornwall Fire Service": one word, "and", then capitalised words
 * ending in a kind of body is one body serving two places; two bodies would each have their noun ("Avon
 * Police and Somerset Police"). Not where the first word is also written on its own ("Barclays and Lloyds
 * Bank", two banks) or names a body itself ("Treasury and Foreign Office").
 */
export function bodyOfTwoPlaces(tokens: readonly Token[], j: number): boolean {
  const a = tokens[j]!;
  if (tokens[j + 1]?.lower !== 'and' || tokens[j - 1]?.cap || !sameSentence(tokens, j, j + 2)) return false;
  if (ORGANISATION_NOUNS.has(a.lower) || INSTITUTION_WORDS.has(a.lower) || /['’]s$/.test(a.text)) return false;
  let k = j + 2;
  while (k < j + 5 && tokens[k]?.word && isNameShaped(tokens[k]!.text) && sameSentence(tokens, j, k)) {
    const endsBody = ORGANISATION_NOUNS.has(tokens[k]!.lower) && !tokens[k + 1]?.cap;
    if (endsBody) return k > j + 2 && !writtenApart(tokens, j);
    k++;
  }
  return false;
}

/** The word at `j` is written again somewhere else in the reporter's text. */
function writtenApart(tokens: readonly Token[], j: number): boolean {
  const text = withoutPossessive(tokens[j]!.text);
  return tokens.some((t, i) => i !== j && t.word && withoutPossessive(t.text) === text && isReporter(tokens, i));
}

/** The key of the pair whose first word is at `j`. */
export function pairKey(tokens: readonly Token[], j: number): string {
  return `${tokens[j]!.lower} and ${withoutPossessive(tokens[j + 2]!.lower)}`;
}

const withoutPossessive = (text: string) => text.replace(/['’]s$/, '');
const pairWords = (tokens: readonly Token[], j: number): [string, string] => [
  tokens[j]!.text,
  withoutPossessive(tokens[j + 2]!.text),
];

/** One capitalised word, "and", one capitalised word, with no other capitalised word on either side. */
function isPairAt(tokens: readonly Token[], j: number): boolean {
  const [a, and, b] = [tokens[j]!, tokens[j + 1]!, tokens[j + 2]!];
  if (and.lower !== 'and' || !sameSentence(tokens, j, j + 2) || !a.word || !b.word) return false;
  if (!isNameShaped(a.text) || !isNameShaped(b.text) || /['’]s$/.test(a.text)) return false;
  const before = tokens[j - 1];
  const after = tokens[j + 3];
  const capitalAt = (t: Token | undefined, k: number) => t?.word === true && t.cap && sameSentence(tokens, j, k);
  return !capitalAt(before, j - 1) && !capitalAt(after, j + 3);
}

/**
 * The pair at `j` is the subject of a verb of one subject, as it opens its sentence or follows the kind
 * of business it is ("retailer Marks and Spencer has").
 */
function oneSubject(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const describedAsFirm =
    before?.word === true &&
    !before.cap &&
    ORGANISATION_ROLE_NOUNS.has(before.lower) &&
    !PERSON_ROLE_NOUNS.has(before.lower);
  const opens = sentenceInitial(tokens, j) || (before?.lower === 'the' && sentenceInitial(tokens, j - 1));
  if (!opens && !describedAsFirm) return false;
  const verb = tokens[j + 3];
  if (!verb || !sameSentence(tokens, j, j + 3)) return false;
  if (SINGULAR_VERBS.has(verb.lower)) return true;
  return CUE_VERBS.has(verb.lower) && SINGULAR_NEUTER.has(tokens[j + 4]?.lower ?? '') && isReporter(tokens, j + 4);
}

/** How many times each word is written in the reporter's text, as written. */
function wordCounts(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !isReporter(tokens, i)) continue;
    const text = withoutPossessive(t.text);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}
