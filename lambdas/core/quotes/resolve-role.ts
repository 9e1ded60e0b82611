import type { Antecedents } from './antecedents';
import type { Entity, EntityRegistry } from './entities';
import { DOCUMENT_NOUNS, ORGANISATION_ROLE_NOUNS, PERSON_ROLE_NOUNS } from './lexicon/roles';
import type { Mention } from './mention';
import { ownersAgent } from './role-agents';
import { documentsAuthor } from './role-document';
import { groupReferent } from './role-groups';
import { organisationOf } from './role-organisation';
import { personByRole } from './role-person';
import type { RolePhrase, RoleSlot } from './role-phrase';

/**
 * A role phrase's referent. Groups ("police") are plural organisations;
 * documents ("a BBC statement") speak for their author; organisation roles
 * ("the regulator") for the organisation in view; person roles for the
 * person introduced with that role ("the minister" → the minister named
 * earlier), an owner's unnamed agent ("her lawyers"), the person in focus
 * ("the 47-year-old"), or a new unnamed source ("a spokesman").
 */
export function resolveRolePhrase(
  m: Mention,
  phrase: RolePhrase,
  antecedents: Antecedents,
  registry: EntityRegistry,
  slot: RoleSlot = 'other',
): Entity | null {
  const head = phrase.head;
  const group = groupReferent(m, phrase, antecedents, registry);
  if (group) return group;
  if (DOCUMENT_NOUNS.has(head)) return documentsAuthor(phrase, antecedents, registry);
  if (ORGANISATION_ROLE_NOUNS.has(head) && !PERSON_ROLE_NOUNS.has(head))
    return organisationOf(phrase, antecedents, registry);
  if (phrase.owner) return ownersAgent(phrase, antecedents, registry);
  return personByRole(m, phrase, antecedents, registry, slot);
}
