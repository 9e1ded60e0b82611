import type { Entity } from './entities';
import { CUE_VERBS } from './lexicon/cue-verbs';
import { DETERMINERS, STOP_LEFT } from './lexicon/function-words';
import { ORGANISATION_NOUNS } from './lexicon/organisations';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import { ORGANISATION_ROLE_NOUNS, PERSON_ROLE_NOUNS, personRoleOfPlural } from './lexicon/roles';
import { bare } from './name-shape';
import type { NameRun } from './run-kind';
import type { Token } from './tokens';

/**
 * The noun phrase around a role noun, read from the role noun outwards: its
 * determiner ("the", "a", "her"), its owner ("Mr Sigarchi's lawyer", "the
 * rapper's spokesman") and its complement ("a spokesman for the English
 * National Ballet"). Coreference later decides whom the phrase refers to.
 */

/**
 * Where a role phrase stands in its clause, which says whom it cannot be: after a copula it is the subject
 * ("Hewitt became the first Australian man"); as the agent after "by" ("was called “…” by the sentencing judge")
 * it is never the clause's subject, though it speaks.
 */
export type RoleSlot = 'after copula' | 'passive agent' | 'other';

export interface RolePhrase {
  first: number;
  last: number;
  head: string;
  determiner?: string;
  /** Run index of a named owner ("Mr Sigarchi's lawyer") or the token of an owner noun ("the rapper's"). */
  owner?: { run?: number; entity?: Entity; noun?: string; nounDeterminer?: string; modifiers?: string[] };
  /** An organisation named inside the phrase ("a BBC statement"). */
  modifier?: Entity;
  /** What is named after "at", "of" or "for" ("Bosses at Corvane Foods", "leaders of the Rail Union"). */
  complement?: Entity;
  text: string;
}

const COMPLEMENT_PREPOSITIONS = new Set(['for', 'of', 'at']);

/** Pronouns that stand only as a clause's subject, never inside a noun phrase. */
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS.keys(), 'i', 'we', 'you']);

/**
 * An owner that is a common noun, with its determiner and the lower-case words between them: "the
 * prime minister's" is owned by "minister" with "prime", which tells it from another minister.
 */
function ownerNoun(tokens: readonly Token[], ownerIndex: number): NonNullable<RolePhrase['owner']> {
  const noun = bare(tokens[ownerIndex]!.lower);
  let m = ownerIndex - 1;
  while (m >= 0 && ownerIndex - m <= 3 && isModifier(tokens[m]!, tokens[ownerIndex]!.sentence)) m--;
  const d = tokens[m];
  if (m < ownerIndex - 1 && d && d.sentence === tokens[ownerIndex]!.sentence && DETERMINERS.has(d.lower)) {
    return { noun, nounDeterminer: d.lower, modifiers: tokens.slice(m + 1, ownerIndex).map((t) => t.lower) };
  }
  const before = tokens[ownerIndex - 1];
  return { noun, nounDeterminer: before && DETERMINERS.has(before.lower) ? before.lower : undefined };
}

function isModifier(t: Token, sentence: number): boolean {
  return (
    t.word &&
    !t.cap &&
    t.quote < 0 &&
    t.sentence === sentence &&
    !DETERMINERS.has(t.lower) &&
    !STOP_LEFT.has(t.lower) &&
    !CUE_VERBS.has(t.lower)
  );
}

/** The noun phrase around a role noun: "the 47-year-old director", "a spokesman for the RAD". */
export function rolePhrase(
  tokens: readonly Token[],
  h: number,
  inRun: Int32Array,
  runs: readonly NameRun[],
): RolePhrase | null {
  const sentence = tokens[h]!.sentence;
  let k = h;
  let determiner: string | undefined;
  let owner: RolePhrase['owner'];
  // Six words at most before the noun; a name run counts as one.
  for (let words = 0; k - 1 >= 0 && words < 6; words++) {
    const t = tokens[k - 1]!;
    if (t.quote >= 0 || t.sentence !== sentence) break;
    if (DETERMINERS.has(t.lower)) {
      determiner = t.lower;
      k--;
      break;
    }
    // "the rapper's", "the victims' ", "the victims’ ": a plural's apostrophe, straight or curly, is a token of its own.
    const pluralMark = (t.text === "'" || t.text === '’') && /s$/.test(tokens[k - 2]?.text ?? '');
    if (/['’]s$/.test(t.text) || pluralMark) {
      const ownerIndex = pluralMark ? k - 2 : k - 1;
      const run = inRun[ownerIndex]!;
      if (run >= 0) {
        owner = { run };
        k = runs[run]!.first;
        if (tokens[k - 1] && DETERMINERS.has(tokens[k - 1]!.lower)) k--;
      } else {
        owner = ownerNoun(tokens, ownerIndex);
        k = ownerIndex - (owner.modifiers?.length ?? 0);
        if (owner.nounDeterminer) k--;
      }
      break;
    }
    // "a Department for Education spokesman": a name run before the noun is read whole, its "for" included.
    const run = t.cap ? inRun[k - 1]! : -1;
    if (run >= 0 && runs[run]!.kind !== 'person' && runs[run]!.first < k - 1) {
      k = runs[run]!.first;
      continue;
    }
    // "the two-time Academy Award winner", "a Nobel Prize winner": a name run read as a person's, with a
    // determiner before it, names no one here; it qualifies the role noun like any modifier.
    if (run >= 0 && runs[run]!.kind === 'person' && modifiesRole(tokens, runs[run]!.first, sentence)) {
      k = runs[run]!.first;
      continue;
    }
    // "said she thinks city councillors": a personal pronoun and the verb after it open a clause of their own;
    // neither describes the noun.
    if (PERSONAL_SUBJECTS.has(t.lower) || PERSONAL_SUBJECTS.has(tokens[k - 2]?.lower ?? '')) break;
    // "a WHO spokesperson": an acronym is a name, whatever word its letters spell.
    const acronym = t.text.length > 1 && t.text === t.text.toUpperCase();
    if (
      !t.word ||
      (STOP_LEFT.has(t.lower) && !acronym) ||
      CUE_VERBS.has(t.lower) ||
      (t.cap && inRun[k - 1]! >= 0 && runs[inRun[k - 1]!]!.kind === 'person')
    ) {
      if (t.lower === 'and' && PERSON_ROLE_NOUNS.has(tokens[k - 2]?.lower ?? '')) {
        k--;
        continue;
      }
      break;
    }
    k--;
  }
  let last = h;
  // "a spokesman for the English National Ballet", "a spokeswoman for MTV", "a source close to the chancellor".
  const closeTo = tokens[h + 1]?.lower === 'close' && tokens[h + 2]?.lower === 'to';
  const prep = tokens[closeTo ? h + 2 : h + 1];
  if (prep && prep.sentence === sentence && (closeTo || COMPLEMENT_PREPOSITIONS.has(prep.lower))) {
    let j = closeTo ? h + 3 : h + 2;
    if (tokens[j]?.lower === 'the') j++;
    const run = inRun[j] ?? -1;
    if (run >= 0 && runs[run]!.first === j) {
      last = runs[run]!.last;
      // "a spokesman for Mr Hale" is Mr Hale's spokesman; "a spokesperson for Oxbridge Water", a name that may be
      // a firm's, keeps the name as written.
      if (runs[run]!.kind === 'person' && runs[run]!.titles.length > 0 && !owner && !closeTo) owner = { run };
      // "lawyers for Ostrander", "attorneys for Zentrix": people acting for whoever is named, person or firm.
      const agents = prep.lower === 'for' && !closeTo && personRoleOfPlural(tokens[h]!.lower) !== undefined;
      if (agents && !owner && runs[run]!.kind !== 'place') owner = { run };
    }
    // "a spokesman for the regulator": a lower-case organisation noun; "close to the chancellor": a person's post.
    for (
      let n = j;
      n < j + 3 && last === h && tokens[n] && tokens[n]!.sentence === sentence && tokens[n]!.word && !tokens[n]!.cap;
      n++
    ) {
      if (isBodyNoun(tokens[n]!.lower) || PERSON_ROLE_NOUNS.has(tokens[n]!.lower)) last = n;
    }
  }
  const text = tokens
    .slice(k, last + 1)
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([,.'’])/g, '$1')
    .replace(/ 's\b/g, "'s");
  return { first: k, last, head: tokens[h]!.lower, determiner, owner, text };
}

/** How many lower-case words may stand between a determiner and a name that modifies a role ("the two-time …"). */
const MODIFIER_WORDS = 2;

/**
 * The name run opening at `first` follows a determiner, with at most two lower-case modifiers between ("the
 * two-time Academy Award winner"): a personal name takes no determiner, so the run qualifies the noun after it.
 */
function modifiesRole(tokens: readonly Token[], first: number, sentence: number): boolean {
  let k = first - 1;
  for (let words = 0; words < MODIFIER_WORDS && k >= 0 && isModifier(tokens[k]!, sentence); words++) k--;
  const d = tokens[k];
  return d !== undefined && d.sentence === sentence && (d.lower === 'the' || d.lower === 'a' || d.lower === 'an');
}

/**
 * A lower-case noun for an organisation or, in the plural, for its kind: "the regulator", "charities", "unions";
 * never a function word that writes an acronym in lower case ("the family of a cyclist who died": "who").
 */
function isBodyNoun(word: string): boolean {
  if (STOP_LEFT.has(word)) return false;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
  return [word, singular].some((w) => ORGANISATION_ROLE_NOUNS.has(w) || ORGANISATION_NOUNS.has(w));
}
