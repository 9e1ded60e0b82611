import type { Antecedents } from './antecedents';
import type { Entity, EntityRegistry } from './entities';
import { lowerFirst } from './lower-first';
import type { RolePhrase } from './role-phrase';

/** Nouns a reporter calls a place by, as the owner of its bodies ("the country's finance ministry"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'country',
  'nation',
  'state',
  'city',
  'town',
  'region',
  'province',
  'county',
  'island',
  'capital',
]);

/**
 * "Valdoria's central bank said": a body that a named place, firm or person owns is a body of its own,
 * not its owner (a country's bank is no country), named as the reporter wrote it, so that "the bank" later
 * finds it by its noun. An owner already called by that noun ("Corvane's company") is the body itself.
 */
export function ownedBody(phrase: RolePhrase, antecedents: Antecedents, registry: EntityRegistry): Entity | undefined {
  if (phrase.owner?.noun && PLACE_NOUNS.has(phrase.owner.noun)) return placesBody(phrase, antecedents, registry);
  const owner = phrase.owner?.entity;
  if (!owner || owner.kind === 'unnamed') return undefined;
  if (
    owner.kind === 'organisation' &&
    (owner.roleNouns.has(phrase.head) || owner.name.toLowerCase().includes(phrase.head))
  )
    return owner;
  return bodyNamed(`${owner.name}'s ${afterOwner(phrase.text.split(' '))}`, phrase.head, registry);
}

/** The words after the owner's possessive ("Valdoria's central bank" → "central bank"). */
function afterOwner(words: readonly string[]): string {
  return words.slice(words.findIndex((w) => /['’]s?$/.test(w)) + 1).join(' ');
}

/** The organisation of this name, made once, known by its head noun. */
function bodyNamed(name: string, head: string, registry: EntityRegistry): Entity {
  return registry.byName('organisation', name) ?? registry.create('organisation', name, { roleNouns: new Set([head]) });
}

/**
 * "The country's finance ministry said": a body of the place in view, never the place itself nor the
 * latest firm; named after the place the article called a place, else as the reporter wrote it.
 */
function placesBody(phrase: RolePhrase, antecedents: Antecedents, registry: EntityRegistry): Entity {
  const place = antecedents.recent((e) => e.place, false);
  const written = lowerFirst(phrase.text);
  const name = place ? `${place.name}'s ${afterOwner(written.split(' '))}` : written;
  return bodyNamed(name, phrase.head, registry);
}
