import type { Antecedents } from './antecedents';
import { BODY_SYNONYMS, bodyCalled } from './body-called';
import { type Entity, type EntityRegistry, roleKey } from './entities';
import {
  AGENT_PLURALS,
  CONFIDANT_PLURALS,
  ORGANISATION_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
  personRoleOfPlural,
} from './lexicon/roles';
import type { RolePhrase } from './role-phrase';

/**
 * Sources the article does not name ("a spokesman", "her lawyers"): made from the role phrase that
 * introduces them, and named, where the article says, after the body they speak for.
 */

/** A new unnamed source of this name, known by the phrase's role (and the gender its noun has). */
export function newUnnamedSource(registry: EntityRegistry, phrase: RolePhrase, name: string): Entity {
  return registry.create('unnamed', name, {
    roleNouns: new Set([roleKey(phrase.head)]),
    gender: PERSON_ROLE_NOUNS.get(phrase.head),
    roles: [phrase.text],
    // "her lawyers", "Mr Hale's friends": a later "he" or "she" is never them, "they" may be.
    plural: peopleInPlural(phrase.head),
  });
}

/** A plural noun of people: "lawyers", "friends", "spokesmen", "residents". */
function peopleInPlural(head: string): boolean {
  return (
    AGENT_PLURALS.has(head) ||
    CONFIDANT_PLURALS.has(head) ||
    personRoleOfPlural(head) !== undefined ||
    /^spokes(men|women|people)$/.test(head)
  );
}

/**
 * "a spokeswoman for the regulator" after "the Pensions Regulator said", "a spokesman for the company"
 * after "Oxbridge Water has apologised": the organisation's full name, as for an acronym, when the
 * article named one whose name ends with that noun or was called by it, or, for a word any firm is
 * called by, the organisation in view.
 */
export function withOrganisationName(text: string, antecedents: Antecedents, sentence: number): string {
  if (BARE_SPOKESPERSON.test(text)) {
    const body = organisationSpeakingJustBefore(antecedents, sentence);
    return body ? `${text} for ${body.definite ? 'the ' : ''}${body.name}` : text;
  }
  const modifier = /^(an?|one|another) (\p{Ll}+) (\p{Ll}+)$/u.exec(text);
  if (modifier && (ORGANISATION_ROLE_NOUNS.has(modifier[2]!) || BODY_SYNONYMS.has(modifier[2]!))) {
    // "a force spokesman", "a department spokesperson": the body in view by that noun, named in full.
    const named = bodyCalled(modifier[2]!, antecedents);
    return named ? `${article(named.name)} ${named.name} ${modifier[3]}` : text;
  }
  const complement = / (for|of|at) the (\p{Ll}+)$/u.exec(text);
  if (!complement) return text;
  const named = bodyCalled(complement[2]!, antecedents);
  if (!named) return text;
  return `${text.slice(0, complement.index)} ${complement[1]} ${named.definite ? 'the ' : ''}${named.name}`;
}

/** "a spokesman", "a spokeswoman": whose, the words do not say. */
const BARE_SPOKESPERSON = /^(an?|one|another) spokes(man|woman|person)$/;

/**
 * "The Retail Guild said rates were too high. “…,” a spokesman said.": a bare spokesperson speaks for the
 * organisation that was the subject of the latest clause, in this sentence or the one before. When the latest
 * subject is anyone else (a person, a place), whose spokesperson it is stays unsaid.
 */
function organisationSpeakingJustBefore(antecedents: Antecedents, sentence: number): Entity | undefined {
  const subject = antecedents.seen.findLast((s) => s.subject && s.entity !== undefined);
  const body = subject?.entity;
  if (!body || subject.sentence < sentence - 1) return undefined;
  // A lone capitalised word ("Sky", weak) is taken here too: it opened its clause, as "Fenwade has apologised".
  return body.kind === 'organisation' && !body.place && !body.plural ? body : undefined;
}

/** "a" or "an" before a name, by its first letter as it is spoken in most names. */
function article(name: string): string {
  return /^[AEIOU]/.test(name) && !/^(Eu|Uni|One)/.test(name) ? 'an' : 'a';
}
