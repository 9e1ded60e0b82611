import { CUE_VERBS } from './lexicon/cue-verbs';
import { DETERMINERS, POSSESSIVE_DETERMINERS } from './lexicon/function-words';
import { SPAN_PREPOSITIONS } from './lexicon/term-markers';
import type { NameRun } from './run-kind';
import type { Token } from './tokens';

/** How many words may stand between a name and the "its" that refers back to it ("Tata is running its"). */
const GAP_WORDS = 3;

/**
 * Lower-case texts of the names the article shows to be bodies by "its" (ownedByItsAfter): a name of two words or
 * more so shown, and a lone word so shown together with the longer names it opens ("Tata" and "Tata
 * Teleservices"). A lone word that opens no longer name is left as it is (a lone word is already a weak guess at a
 * body), and so is one that ends someone's full name: a surname is a person's, whatever "its" seemed to say of it.
 */
export function namesShownBodiesByIts(
  tokens: readonly Token[],
  runs: readonly NameRun[],
  textOf: (run: NameRun) => string,
): Set<string> {
  const longer = runs.filter((r) => r.kind === 'person' && r.name.length > 1).map(textOf);
  const surnames = new Set(longer.map((text) => text.split(' ').pop()!));
  const bodies = new Set<string>();
  for (const run of runs) {
    if (!ownedByItsAfter(tokens, run)) continue;
    const text = textOf(run);
    if (run.name.length > 1) {
      bodies.add(text);
      continue;
    }
    const opened = longer.filter((name) => name.startsWith(`${text} `));
    if (surnames.has(text) || opened.length === 0) continue;
    bodies.add(text);
    for (const name of opened) bodies.add(name);
  }
  return bodies;
}

/**
 * "Tata is running its hardware", "Kestrel has cut its prices": "its" a few verbs after a name, with no other noun
 * that could own it between (no determiner, preposition or capitalised word), refers back to the name, so the
 * name is a body, not a person, whatever its shape. Not across a cue verb: in "Hale said its plan was late" the
 * "its" opens the words reported and may be anyone's. A name with a title or role words before it is a person's.
 * The name must open its clause, as a subject does: in "As far as Robinson is concerned its findings…" and "deal
 * with Trump during its meeting" the name is inside another clause or phrase.
 */
function ownedByItsAfter(tokens: readonly Token[], run: NameRun): boolean {
  if (run.titles.length > 0 || run.rolePrefix || run.possessive || !opensClause(tokens, run.first)) return false;
  const sentence = tokens[run.last]!.sentence;
  for (let k = run.last + 1; k <= run.last + 1 + GAP_WORDS; k++) {
    const t = tokens[k];
    if (!t?.word || t.sentence !== sentence || t.quote >= 0 || t.cap) return false;
    if (t.lower === 'its') return k > run.last + 1;
    if (!isVerbGapWord(t.lower)) return false;
  }
  return false;
}

/** Words that open a clause of their own, or stand for another owner: after one, "its" may point to something else. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that',
  'who',
  'which',
  'or',
  'but',
  'while',
  'if',
  'when',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
]);

/** A word between a name and its "its" that brings in no other owner: a verb, an auxiliary, an adverb, "and". */
function isVerbGapWord(word: string): boolean {
  return (
    !DETERMINERS.has(word) &&
    !POSSESSIVE_DETERMINERS.has(word) &&
    !SPAN_PREPOSITIONS.has(word) &&
    !CLAUSE_WORDS.has(word) &&
    !CUE_VERBS.has(word)
  );
}

/** Conjunctions after which a new clause opens with its subject ("…, but Tata is running its…"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'although', 'though', 'because']);

/** The token at `first` opens a clause: the sentence's first word, or right after a comma or a conjunction. */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return (
    before === undefined ||
    before.sentence !== tokens[first]!.sentence ||
    before.text === ',' ||
    CLAUSE_OPENERS.has(before.lower)
  );
}
