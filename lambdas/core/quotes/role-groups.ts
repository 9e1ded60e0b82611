import type { Antecedents } from './antecedents';
import { bodyCalled } from './body-called';
import type { Entity, EntityRegistry } from './entities';
import { GROUP_SUBJECTS, INSTITUTION_WORDS, PARTY_WORDS, PUBLIC_BODY_ROLE_NOUNS } from './lexicon/organisations';
import {
  BODY_AGENT_PLURALS,
  isGroupPlural,
  NATIONALITY_NOUNS,
  ORGANISATION_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
} from './lexicon/roles';
import { NATIONALITY_ADJECTIVES } from './lexicon/titles';
import { lowerFirst } from './lower-first';
import type { Mention } from './mention';
import type { RolePhrase } from './role-phrase';

/**
 * A role phrase that names a group ("police said", "civil rights groups", "Bosses at Corvane Foods said"): the
 * group as a plural organisation, or the body its leaders speak for; undefined for a phrase that names no group.
 */
export function groupReferent(
  m: Mention,
  phrase: RolePhrase,
  antecedents: Antecedents,
  registry: EntityRegistry,
): Entity | undefined {
  const head = phrase.head;
  // Only as the subject of a speech verb: "Analysts at Halden Bank had expected a rise" is no word of the bank's.
  if (m.cueSubject && (GROUP_SUBJECTS.has(head) || isGroupPlural(head)) && !phrase.determiner && !phrase.owner?.run) {
    const body = groupsBody(phrase, antecedents);
    if (body) return body;
  }
  if (GROUP_SUBJECTS.has(head) && !phrase.determiner && !phrase.owner) {
    // "Treasury sources said", "Senior Labour sources": whose sources they are is part of who spoke.
    const name = phrase.modifier || ownedByInstitution(phrase.text) ? groupName(phrase.text, true) : head;
    return groupNamed(registry, name);
  }
  // "The authors wrote", "the firms said": the group of that name read before, else one named by the plural
  // alone (as "wrote the judges" is, role-person.ts).
  if (isGroupPlural(head) && phrase.determiner === 'the' && !phrase.owner) {
    const named = antecedents.recent((e) => e.plural && e.name.toLowerCase().split(' ').at(-1) === head, false);
    return named ?? groupNamed(registry, head);
  }
  if (isGroupPlural(head) && !PERSON_ROLE_NOUNS.has(head) && !phrase.determiner && !phrase.owner?.run) {
    const name = groupName(phrase.text, phrase.modifier !== undefined && !phrase.modifier.weak);
    return groupNamed(registry, name);
  }
  return undefined;
}

/** The group of people or bodies called by this name, one entity for every mention of it. */
export function groupNamed(registry: EntityRegistry, name: string): Entity {
  return registry.byName('organisation', name) ?? registry.create('organisation', name, { plural: true });
}

/**
 * "Bosses at Corvane Foods said", "European Union officials said", "Union leaders said": people who lead or
 * speak for a body named in the phrase, or called by a kind of body there that the article named, are the
 * body's voice; undefined for other groups ("workers at Corvane Foods" speak for themselves).
 */
function groupsBody(phrase: RolePhrase, antecedents: Antecedents): Entity | undefined {
  if (!BODY_AGENT_PLURALS.has(phrase.head)) return undefined;
  const named = phrase.complement ?? phrase.modifier;
  if (named) return named.kind === 'organisation' && !named.place && !named.weak ? named : undefined;
  const words = phrase.text.toLowerCase().split(' ');
  const noun = words.slice(0, -1).findLast((w) => ORGANISATION_ROLE_NOUNS.has(w));
  return noun ? bodyCalled(noun, antecedents) : undefined;
}

/** "Treasury sources", "Government officials": a group named by the institution it belongs to, as its first word. */
function ownedByInstitution(text: string): boolean {
  const first = text.split(' ')[0]!.toLowerCase();
  return INSTITUTION_WORDS.has(first) || PUBLIC_BODY_ROLE_NOUNS.includes(first);
}

/** Words that count the members of a group, left out of its name ("Some analysts", "Many firms"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'few', 'other', 'all', 'both']);

/**
 * A group as the reporter wrote it ("civil rights groups", "opposition councillors", "Republican leaders"),
 * without a count before it and without the capital that only opened the sentence (a name inside it,
 * "Harlow College students", keeps its own).
 */
function groupName(text: string, opensWithName: boolean): string {
  const words = text.split(' ');
  while (words.length > 1 && QUANTIFIERS.has(words[0]!.toLowerCase())) words.shift();
  const first = words[0]!.toLowerCase();
  const proper =
    opensWithName || PARTY_WORDS.has(first) || NATIONALITY_NOUNS.has(first) || NATIONALITY_ADJECTIVES.has(first);
  return proper ? words.join(' ') : lowerFirst(words.join(' '));
}
