import type { Antecedents } from './antecedents';
import { type Entity, type EntityRegistry, roleKey } from './entities';
import { ORGANISATION_ROLE_NOUNS, PERSON_ROLE_NOUNS, ROLE_QUALIFIERS } from './lexicon/roles';
import { lowerFirst } from './lower-first';
import { bestRoleHolder } from './role-fit';
import type { RolePhrase } from './role-phrase';
import { newUnnamedSource } from './unnamed-source';

/**
 * Someone who speaks for an owner ("Mr Sigarchi's lawyer", "its chief executive"): the person the article gave
 * that role there, else an unnamed source named after the owner.
 */

/** "Mr Sigarchi's lawyer", "the rapper's spokesman": an unnamed source speaking for the owner. */
export function ownersAgent(phrase: RolePhrase, antecedents: Antecedents, registry: EntityRegistry): Entity {
  const head = phrase.head;
  const key = roleKey(head);
  const ownerEntity = phrase.owner!.entity ?? ownerCalled(phrase.owner!, antecedents);
  const ownerName = ownerEntity?.name;
  // "Kestrel Engineering's chief executive, Oskar Lund" … "the company's chief executive said": the person the
  // article gave that role at that organisation.
  const named = ownerEntity ? namedAgent(ownerEntity, key, antecedents) : undefined;
  if (named) return named;
  // "the woman's sister": an owner the article never named is written as the reporter wrote it, not "a woman's".
  // "Labour's shadow chancellor" is not Labour's chancellor; "the rapper's official spokesman" is his spokesman.
  const role = [
    ...phrase.text
      .toLowerCase()
      .split(' ')
      .filter((w) => ROLE_QUALIFIERS.has(w)),
    head,
  ].join(' ');
  const name = ownerName && ownerEntity?.kind !== 'unnamed' ? `${ownerName}'s ${role}` : lowerFirst(phrase.text);
  const existing = registry.all.find(
    (e) =>
      e.kind === 'unnamed' && ownerName !== undefined && e.name.startsWith(`${ownerName}'s`) && e.roleNouns.has(key),
  );
  if (existing) return existing;
  return newUnnamedSource(registry, phrase, name);
}

/** Whom an owner written as a common noun means ("the prime minister's", "the company's"), if anyone in view. */
function ownerCalled(owner: NonNullable<RolePhrase['owner']>, antecedents: Antecedents): Entity | undefined {
  const noun = owner.noun;
  if (!noun) return undefined;
  const recent = antecedents.recent.bind(antecedents);
  // "the prime minister's official spokesman": the person introduced as prime minister, not any minister.
  const byRole = bestRoleHolder(
    [...(owner.modifiers ?? []), noun].join(' '),
    roleKey(noun),
    antecedents.allRecent((e) => e.roleNouns.has(roleKey(noun))),
  );
  return (
    (byRole === null ? undefined : byRole) ??
    recent((e) => e.kind === 'organisation' && e.name.toLowerCase().includes(noun), false) ??
    // "the company's chief executive": the organisation in view, as "the company said" would be.
    (ORGANISATION_ROLE_NOUNS.has(noun) && owner.nounDeterminer === 'the'
      ? recent((e) => e.kind === 'organisation' && !e.place && !e.plural && !e.weak, false)
      : undefined)
  );
}

/**
 * "said its chief executive": the agent of the body in view (the latest body that was a subject), the person
 * the article named in that role there, else an unnamed source named after the body.
 */
/** Whose "its" is ("its chief executive", "its quarterly survey"): the single body that was the latest subject, else the latest named. */
export function bodyCalledIts(antecedents: Antecedents): Entity | undefined {
  return antecedents.subjectElseLatest((e) => e.kind === 'organisation' && !e.place && !e.plural);
}

export function organisationsAgent(
  phrase: RolePhrase,
  antecedents: Antecedents,
  registry: EntityRegistry,
): Entity | undefined {
  const owner = bodyCalledIts(antecedents);
  if (!owner) return undefined;
  const key = roleKey(phrase.head);
  const named = namedAgent(owner, key, antecedents);
  if (named) return named;
  const name = `${owner.name}'s ${phrase.text.split(' ').slice(1).join(' ')}`;
  return (
    registry.byName('unnamed', name) ??
    registry.create('unnamed', name, {
      roleNouns: new Set([key]),
      gender: PERSON_ROLE_NOUNS.get(phrase.head),
      roles: [name],
    })
  );
}

/** The one person the article gave a role with this noun at `owner` ("Kestrel Engineering's chief executive"). */
function namedAgent(owner: Entity, key: string, antecedents: Antecedents): Entity | undefined {
  const names = [owner.name, ...owner.aliases].map((n) => n.toLowerCase()).filter((n) => n.length >= 2);
  const holders = antecedents.allRecent(
    (e) =>
      e.kind === 'person' &&
      e.roleNouns.has(key) &&
      e.roles.some((r) => {
        const role = r.toLowerCase();
        return names.some((n) => role.includes(n));
      }),
  );
  return holders.length === 1 ? holders[0] : undefined;
}
