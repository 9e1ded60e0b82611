import type { Antecedents } from './antecedents';
import type { Entity, EntityRegistry } from './entities';
import { namedAsOtherKind } from './kind-in-name';
import { ONE_PER_COUNTRY_BODY_NOUNS, PUBLIC_BODY_NOUNS } from './lexicon/organisations';
import { DOCUMENT_NOUNS, TASK_BODY_NOUNS } from './lexicon/roles';
import { lowerFirst } from './lower-first';
import { ownedBody } from './owned-body';
import type { RolePhrase } from './role-phrase';

/** "the regulator", "a council statement": the organisation in view with that noun, else the latest one. */
export function organisationOf(phrase: RolePhrase, antecedents: Antecedents, registry: EntityRegistry): Entity | null {
  const head = phrase.head;
  const owned = DOCUMENT_NOUNS.has(head) ? undefined : ownedBody(phrase, antecedents, registry);
  if (owned) return owned;
  // "the GMB union", "the Norland board", "the board of Ashby Motors": the organisation named in the phrase.
  const named = phrase.modifier ?? (phrase.complement?.kind === 'organisation' ? phrase.complement : undefined);
  if (named && !named.place && !DOCUMENT_NOUNS.has(head)) {
    named.roleNouns.add(head);
    return named;
  }
  const noun = DOCUMENT_NOUNS.has(head) ? (phrase.owner?.noun ?? '') : head;
  const matching = antecedents.recent(
    (e) => e.kind === 'organisation' && !e.place && (namedWith(e, noun) || e.roleNouns.has(noun)),
    false,
  );
  if (!matching && TASK_BODY_NOUNS.has(noun))
    return (
      registry.byName('organisation', noun) ?? registry.create('organisation', noun, { roleNouns: new Set([noun]) })
    );
  const entity = matching ?? organisationInView(noun, antecedents, phrase.determiner === 'the' && !phrase.owner);
  if (entity) {
    entity.roleNouns.add(noun);
    return entity;
  }
  if (!noun) return null;
  // "a coalition of charities said": named as the reporter wrote it, not by its bare noun ("coalition"); so is
  // "the search giant" with no body in view, whose bare noun ("giant") would name nothing.
  const indefinite = phrase.determiner === 'a' || phrase.determiner === 'an';
  const described = phrase.determiner === 'the' && !phrase.owner && phrase.text.split(' ').length > 2;
  const name = indefinite || described ? lowerFirst(phrase.text) : noun;
  return registry.create('organisation', name, { roleNouns: new Set([noun]) });
}

/**
 * The organisation in view that a noun no organisation is called by can mean: the latest one of the noun's
 * kind, a subject first, else the latest of any kind (after "the", a subject first); none for a body a country
 * has one of.
 */
function organisationInView(noun: string, antecedents: Antecedents, definite: boolean): Entity | undefined {
  const recent = (test: (e: Entity) => boolean, subjectsOnly: boolean) =>
    antecedents.recent((e) => test(e) && !namedAsOtherKind(e, noun), subjectsOnly);
  // "The charity said the government must act": a body a country has one of is never another body in view,
  // however public (ONE_PER_COUNTRY_BODY_NOUNS); only one named or called by the noun, found before this.
  if (ONE_PER_COUNTRY_BODY_NOUNS.has(noun)) return undefined;
  // "the company said" after "Fenwade … the Office of Fair Trading": a firm, not the public body named since;
  // "the regulator said" after "the FCA … the firm": the public body, not the firm. "The group" is either.
  const kindFits = (e: Entity) => EITHER_KIND_NOUNS.has(noun) || PUBLIC_BODY_NOUNS.has(noun) === isPublicBody(e);
  // With none of its kind in view, a public body's noun may still mean a body of unknown kind ("Ofwatt"), but a
  // firm's noun never means a known public body: "Unite, the largest union, … The company said" is the employer.
  const mayBeFirm = (e: Entity) => EITHER_KIND_NOUNS.has(noun) || PUBLIC_BODY_NOUNS.has(noun) || !isPublicBody(e);
  return (
    recent((e) => e.kind === 'organisation' && !e.place && !e.plural && !e.weak && kindFits(e), false) ??
    recent((e) => e.kind === 'organisation' && !e.place && !e.plural && kindFits(e), true) ??
    recent((e) => e.kind === 'organisation' && !e.place && !e.plural && kindFits(e), false) ??
    // None of its kind: "the union" is the body a clause was about, not one named in passing ("Unite has balloted
    // its members at Gatwick Airport … the union said" is Unite, though a lone word is a weaker name). "His
    // campaign" is someone's own, no body in view.
    (definite ? recent((e) => e.kind === 'organisation' && !e.place && !e.plural && mayBeFirm(e), true) : undefined) ??
    recent((e) => e.kind === 'organisation' && !e.place && !e.plural && !e.weak && mayBeFirm(e), false) ??
    recent((e) => e.kind === 'organisation' && !e.place && !e.plural && mayBeFirm(e), false)
  );
}

/**
 * The organisation's name holds the noun; a group's only as a word of it: "the council" is no group of
 * "opposition councillors".
 */
function namedWith(e: Entity, noun: string): boolean {
  const name = e.name.toLowerCase();
  return name.includes(noun) && (!e.plural || name.split(' ').includes(noun));
}

/** Nouns for a firm or a public body alike ("the group", "the organisation"). */
const EITHER_KIND_NOUNS: ReadonlySet<string> = new Set(['group', 'organisation', 'organization', 'body', 'network']);

/** An organisation named or called as a kind of body that is no firm ("Office of Fair Trading", "the GMB union"). */
function isPublicBody(e: Entity): boolean {
  const words = e.name.toLowerCase().split(' ');
  return words.some((w) => PUBLIC_BODY_NOUNS.has(w)) || [...e.roleNouns].some((n) => PUBLIC_BODY_NOUNS.has(n));
}
