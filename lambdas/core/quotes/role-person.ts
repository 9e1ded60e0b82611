import { type Antecedents, compatible } from './antecedents';
import { type Entity, type EntityRegistry, roleKey } from './entities';
import type { Gender } from './lexicon/pronouns';
import {
  AGENT_PLURALS,
  FAMILY_NOUNS,
  NON_OFFICE_ROLES,
  OFFICES,
  ORGANISATION_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
  isPluralOfPeople,
  RELATIONAL_ROLE_NOUNS,
} from './lexicon/roles';
import { partyOfWord } from './lexicon/organisations';
import { lowerFirst } from './lower-first';
import type { Mention } from './mention';
import { organisationsAgent } from './role-agents';
import { groupNamed } from './role-groups';
import { bestRoleHolder } from './role-fit';
import { isAnotherPersonsNoun } from './role-of-another';
import { organisationOf } from './role-organisation';
import type { RolePhrase, RoleSlot } from './role-phrase';
import { newUnnamedSource, withOrganisationName } from './unnamed-source';

/** A person role without an owner: "a spokesman", "the singer", "her lawyers", "the 47-year-old". */
export function personByRole(
  m: Mention,
  phrase: RolePhrase,
  antecedents: Antecedents,
  registry: EntityRegistry,
  slot: RoleSlot,
): Entity | null {
  const head = phrase.head;
  const key = roleKey(head);
  const unnamed = (name: string) => newUnnamedSource(registry, phrase, name);
  if (
    phrase.determiner === 'a' ||
    phrase.determiner === 'an' ||
    phrase.determiner === 'one' ||
    phrase.determiner === 'another'
  ) {
    const name = withOrganisationName(lowerFirst(phrase.text), antecedents, m.sentence);
    return registry.byName('unnamed', name) ?? unnamed(name);
  }
  const byRole = introducedHolder(phrase, antecedents);
  // "The family of a cyclist … his family said": an owner named since says whose family it is better than
  // the unnamed source read before; a named holder stays ("her husband, Tom Reed … her husband said").
  const owned = phrase.determiner === 'his' || phrase.determiner === 'her';
  const anotherBodysRole = phrase.determiner === 'its' && byRole && bodySpokeSince(byRole, antecedents);
  if (byRole && !(owned && byRole.kind === 'unnamed') && !anotherBodysRole) return byRole;
  if (byRole === null && phrase.determiner === 'the') return unnamed(lowerFirst(phrase.text));
  if (phrase.determiner === 'its') return organisationsAgent(phrase, antecedents, registry) ?? null;
  if (owned) return possessorsAgent(m, phrase, antecedents, registry);
  if (phrase.determiner !== 'the') return null;
  // "the victim said", "the mother said": someone the story is about, rarely the person in focus.
  if (RELATIONAL_ROLE_NOUNS.has(key) || FAMILY_NOUNS.has(key)) return unnamed(lowerFirst(phrase.text));
  // "the lawyer for the defendant said": someone acting for another person, who is not the one in focus.
  if (actsForAnotherPerson(phrase.text)) return unnamed(lowerFirst(phrase.text));
  // "the regulator said", "the broadcaster said", with no one introduced in that post: the organisation.
  if (ORGANISATION_ROLE_NOUNS.has(head)) return organisationOf(phrase, antecedents, registry);
  // "wrote the judges", "the protesters said": people in the plural are a group, never the one person in focus.
  // Named by the plural alone: "the magazine staff" named in full would be "the magazine" to a later "the magazine said".
  if (isPluralOfPeople(head)) return groupNamed(registry, head);
  const guessed = guessedBefore(phrase, antecedents);
  if (guessed) return guessed;
  const inFocus = personInFocus(m, phrase, antecedents, slot);
  if (!inFocus) return unnamed(lowerFirst(phrase.text));
  // Only a guess that names a speaker is kept for the role said again: it is the one the story leans on.
  if (m.cueSubject) {
    inFocus.guessedRoles ??= new Map();
    inFocus.guessedRoles.set(key, partyOf(phrase.text));
  }
  return inFocus;
}

/**
 * "the Conservative leader said … The Tory leader added": the person an earlier guess gave the same role to, unless
 * the two phrases name different parties ("the Labour leader" is someone else). One role is one person in a story.
 */
function guessedBefore(phrase: RolePhrase, antecedents: Antecedents): Entity | undefined {
  const key = roleKey(phrase.head);
  const party = partyOf(phrase.text);
  const gender = PERSON_ROLE_NOUNS.get(phrase.head);
  return antecedents.recent((e) => {
    if (!e.guessedRoles?.has(key) || !compatible(e, gender)) return false;
    const before = e.guessedRoles.get(key);
    return before === undefined || party === undefined || before === party;
  }, false);
}

/**
 * "the singer", "the 47-year-old director": the person introduced with that role (see bestRoleHolder for null);
 * "the home secretary" is the one introduced as home secretary, not the shadow home secretary.
 */
function introducedHolder(phrase: RolePhrase, antecedents: Antecedents): Entity | null | undefined {
  const gender = PERSON_ROLE_NOUNS.get(phrase.head);
  const key = roleKey(phrase.head);
  return bestRoleHolder(
    phrase.text,
    key,
    antecedents.allRecent(
      (e) => (e.kind === 'person' || e.kind === 'unnamed') && e.roleNouns.has(key) && compatible(e, gender),
    ),
  );
}

/** "her lawyers said": someone else, who speaks for the man or woman in focus ("Lana Clarkson's lawyers"). */
function possessorsAgent(
  m: Mention,
  phrase: RolePhrase,
  antecedents: Antecedents,
  registry: EntityRegistry,
): Entity | null {
  const recent = antecedents.recent.bind(antecedents);
  // "Lawyers for Ostrander said … his attorneys said": the people who spoke for someone just before.
  const agents = AGENT_PLURALS.has(phrase.head)
    ? recent((e) => e.kind === 'unnamed' && isAgentsOf(e), false)
    : undefined;
  if (agents) return agents;
  const owner = possessor(m, phrase.determiner === 'his' ? 'male' : 'female', antecedents);
  if (!owner) return null;
  const name = `${owner.name}'s ${phrase.head}`;
  return registry.byName('unnamed', name) ?? newUnnamedSource(registry, phrase, name);
}

/** Whom "his" or "her" before a role means: a person of that gender in view, a subject first. */
function possessor(m: Mention, ownerGender: Gender, antecedents: Antecedents): Entity | undefined {
  const recent = antecedents.recent.bind(antecedents);
  const person = (e: Entity) => e.kind === 'person' && !e.place;
  return (
    recent((e, s) => person(e) && compatible(e, ownerGender) && s.sentence >= m.sentence - 1 && e.confirmed, true) ??
    recent((e) => person(e) && e.gender === ownerGender, true) ??
    recent((e) => person(e) && e.gender === ownerGender, false) ??
    recent((e) => person(e) && compatible(e, ownerGender), true) ??
    // "A man … has been named as Alan Pike. … his family said": the person named, though no subject.
    recent((e) => person(e) && compatible(e, ownerGender), false)
  );
}

/**
 * "the minister said" with no one introduced in that post: the person in focus who may hold it. A guess, so
 * neither the role nor its gender is written onto them: "the prime minister" read as the man in focus before the
 * article names the prime minister would otherwise stay his for the rest of it, and "the best actress award" read
 * as a role would make the man who presented it a woman.
 */
function personInFocus(m: Mention, phrase: RolePhrase, antecedents: Antecedents, slot: RoleSlot): Entity | undefined {
  const recent = antecedents.recent.bind(antecedents);
  const gender = PERSON_ROLE_NOUNS.get(phrase.head);
  const key = roleKey(phrase.head);
  // "Opposition leader Karl Brenner … the minister said": someone given another office is not this one.
  // "Shadow chancellor Oliver Letwin … the former minister added": a past office is no clash with the present one.
  const former = /\b(former|ex)\b/.test(phrase.text.toLowerCase());
  // "Souness claimed the Welshman was not good enough": a role phrase that is not its clause's subject is not
  // the person who is. "Hewitt became the first Australian man to…": after a copula the phrase is the subject.
  // "Buhecha was called “…” by the sentencing judge": an agent speaks, but is not the subject of its clause.
  // The subject of its clause is the latest in its sentence before it.
  const clauseSubject =
    (m.subject && slot !== 'passive agent') || slot === 'after copula'
      ? undefined
      : antecedents.seen.findLast((s) => s.sentence === m.sentence && s.subject && s.first < m.first)?.entity;
  const mayHold = (e: Entity) =>
    compatible(e, gender) && (former || !holdsAnotherOffice(e, key)) && e !== clauseSubject;
  // "Brennan's lawyer, Caroline Kean … its editor, Tom Rawley … The star said": someone known as another's agent
  // is called by that relation, so the story's own people come first.
  const ownPerson = (e: Entity) => e.kind === 'person' && e.confirmed && mayHold(e) && !knownAsAgent(e);
  return (
    recent(ownPerson, true) ??
    recent(ownPerson, false) ??
    recent((e) => e.kind === 'person' && e.confirmed && mayHold(e), true) ??
    recent((e) => e.kind === 'person' && !e.place && mayHold(e), true) ??
    recent((e) => e.kind === 'person' && e.confirmed && mayHold(e), false) ??
    recent((e) => e.kind === 'person' && !e.place && mayHold(e), false)
  );
}

/**
 * "Its chairman, Lord Ashby, said… The Police Federation said… its chairman said": an organisation was the
 * subject of a clause after the role holder was last read, so "its" is that organisation's, not his.
 */
function bodySpokeSince(holder: Entity, antecedents: Antecedents): boolean {
  const seen = antecedents.seen;
  const body = seen.findLastIndex((s) => s.subject && s.entity?.kind === 'organisation' && !s.entity.place);
  return body > seen.findLastIndex((s) => s.entity === holder);
}

/** Introduced by whose they are: "Brennan's lawyer", "its editor", "her manager". */
function knownAsAgent(e: Entity): boolean {
  return e.roles.some((r) => /^(its|his|her|their) /i.test(r) || /\S['’]s? \p{Ll}/u.test(r));
}

/**
 * The phrase names an office (OFFICES) and the person was given another one ("leader" for "the minister") or a
 * role that is none ("Ostrander's lawyer, Ann Brooks" is not "the judge").
 */
function holdsAnotherOffice(e: Entity, key: string): boolean {
  if (!OFFICES.has(key)) return false;
  const other = (n: string) => n !== key && (OFFICES.has(n) || NON_OFFICE_ROLES.has(n));
  // "The prime minister said … The chancellor added": one taken for the prime minister is not the chancellor.
  return [...e.roleNouns].some(other) || [...(e.guessedRoles?.keys() ?? [])].some(other);
}

/** An unnamed source named as someone's agents ("Dale Ostrander's lawyers"). */
function isAgentsOf(e: Entity): boolean {
  const last = e.name.split(' ').pop() ?? '';
  return /['’]s /.test(e.name) && AGENT_PLURALS.has(last);
}

/**
 * "the lawyer for the defendant", "a friend of one victim": a role held for or of a person (a role noun that
 * is no office after "for" or "of"). "a candidate for president" holds an office.
 */
function actsForAnotherPerson(text: string): boolean {
  const m = /\b(?:for|of) (?:the|a|an|one|his|her|their) ([\p{Ll}-]+)$/u.exec(text);
  return m !== null && isAnotherPersonsNoun(m[1]!);
}

/** The party a role phrase names ("the Tory leader" → conservative), if any. */
function partyOf(text: string): string | undefined {
  for (const word of text.split(/\s+/)) {
    const party = partyOfWord(word);
    if (party) return party;
  }
  return undefined;
}
