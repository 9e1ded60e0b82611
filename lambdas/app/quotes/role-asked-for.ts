import { PERSON_ROLE_NOUNS } from '../../core/quotes/lexicon/roles';
import { OFFICE_TITLES } from '../../core/quotes/lexicon/titles';

/** Words before a role that are not part of it: "the mayor", "a spokeswoman", "our chief engineer". */
const DETERMINER = /^(?:the|a|an|our|their|its|his|her)\s+/;

/** A role is a few words ("deputy prime minister"); a longer query is a name or a sentence. */
const MAX_ROLE_WORDS = 4;

/**
 * The role in a `/news quote` query that names a speaker by what they are
 * ("the mayor", "Prime Minister", "the planner") rather than by name, as
 * lower-case words; undefined for a name. A query is a role when a
 * determiner opens it (no one is called "the planner") or when its last word
 * is an office or a role noun of the closed lexicons ("Prime Minister"), so a
 * bare surname is never taken for a role.
 */
export function roleAskedFor(query: string): string | undefined {
  const folded = query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .trim();
  const determined = DETERMINER.test(folded);
  const words = folded.replace(DETERMINER, '').split(/\s+/).filter(Boolean);
  const head = words.at(-1);
  if (head === undefined || words.length > MAX_ROLE_WORDS) return undefined;
  return determined || OFFICE_TITLES.has(head) || PERSON_ROLE_NOUNS.has(head) ? words.join(' ') : undefined;
}
