import { roleKey } from './entities';
import { OFFICES, PERSON_ROLE_NOUNS } from './lexicon/roles';

/**
 * The noun after "of" or "for" in a role ("the family of one victim", "the lawyer for the defendant") is
 * another person, whom the role serves: a person's role noun that is no office. "a candidate for
 * president", "the secretary of state" name the role's own office.
 */
export function isAnotherPersonsNoun(noun: string): boolean {
  return PERSON_ROLE_NOUNS.has(noun) && !OFFICES.has(roleKey(noun));
}
