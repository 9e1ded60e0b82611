import { bare } from './name-shape';
import type { NameRun } from './run-kind';
import { sameSentence } from './reporter-text';
import type { Token } from './tokens';

/** Verbs that agree with a plural subject only. */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were']);
/** Words after which the name opens a clause of its own as its subject ("but Villa were not interested"). */
const SUBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'while', 'although', 'though', 'because', 'that']);

/**
 * "… but Villa were not interested in selling": a lone capitalised word that opens its clause and takes "have",
 * "are" or "were" is a team or firm (British English), never one person. Not after "if" ("if Hale were to go"),
 * a modal ("could Hale have known"), nor after "and" ("Hale and Ruiz were"); a place ("Wales were") is no
 * such word: it names a side, not the body named with it.
 */
export function loneWordTakesPluralVerb(tokens: readonly Token[], run: NameRun): boolean {
  const next = tokens[run.last + 1];
  if (run.kind !== 'single' || !next || !PLURAL_VERBS.has(next.lower) || !sameSentence(tokens, run.last, run.last + 1))
    return false;
  const before = tokens[run.first - 1];
  if (!before || !sameSentence(tokens, run.first - 1, run.first)) return true;
  // Not after "and": "Kenteris, who won gold in 2000, and Thanou were suspended" is two people.
  return SUBJECT_CLAUSE_OPENERS.has(before.lower);
}

/**
 * Names the article shows to be a team or firm through a lone word of theirs taking a plural verb: "Aston Villa"
 * named bare (read as a given name and surname), then "Villa were not interested". Returns, by that lone word
 * (bare, lower case), the full name; a name with a title or a role before it stays a person.
 */
export function pluralBodies(tokens: readonly Token[], runs: readonly NameRun[]): Map<string, string[]> {
  const words = new Set(
    runs.filter((r) => loneWordTakesPluralVerb(tokens, r)).map((r) => bare(r.name[0]!.toLowerCase())),
  );
  const bodies = new Map<string, string[]>();
  if (words.size === 0) return bodies;
  for (const run of runs) {
    if (run.kind !== 'person' || run.name.length < 2 || run.titles.length > 0 || run.rolePrefix) continue;
    const last = bare(run.name[run.name.length - 1]!.toLowerCase());
    if (words.has(last) && !bodies.has(last)) bodies.set(last, run.name);
  }
  return bodies;
}
