import { Antecedents } from './antecedents';
import type { Entity, EntityRegistry } from './entities';
import type { Mention } from './mention';
import { PRONOUN_MODEL, type PronounModel } from './pronoun-ranker';
import { resolvePronoun } from './resolve-pronoun';
import { COPULAS } from './lexicon/function-words';
import { FAMILY_NOUNS, RELATIONAL_ROLE_NOUNS } from './lexicon/roles';
import { nationalityHolder } from './nationality-ties';
import { resolveRolePhrase } from './resolve-role';
import { creditDocumentsToAuthorsNamedAfter } from './role-document';
import { bestRoleHolder } from './role-fit';
import type { RoleSlot } from './role-phrase';
import type { Token } from './tokens';

/**
 * Stage 6: coreference in reading order. Each pronoun and role phrase
 * ("he", "the minister", "a spokesman for MTV") is resolved to the most
 * recent compatible entity already mentioned, or becomes an unnamed source;
 * unnamed sources later named with the same role are merged into the person.
 */

/** Resolves every mention without an entity, in reading order, then merges unnamed sources into named people. */
export function resolveMentions(
  mentions: readonly Mention[],
  registry: EntityRegistry,
  tokens: readonly Token[],
  pronounModel: PronounModel = PRONOUN_MODEL,
): void {
  const antecedents = new Antecedents();
  creditDocumentsToAuthorsNamedAfter(mentions, tokens);
  for (const m of mentions) {
    if (m.entity === null) m.entity = resolve(m, antecedents, registry, tokens, pronounModel);
    if (m.entity && m.cueSubject && m.entity.kind === 'person') m.entity.confirmed = true;
    // Possessives and names inside asides speak for no one but still bring a person to mind ("Conti's turn … he says").
    if (m.entity) antecedents.seen.push(m);
  }
  mergeUnnamedIntoNamed(mentions, registry);
  mergeOfficeIntoLaterHolder(mentions, registry);
}

function resolve(
  m: Mention,
  antecedents: Antecedents,
  registry: EntityRegistry,
  tokens: readonly Token[],
  pronounModel: PronounModel,
): Entity | null {
  if (m.type === 'pronoun') return resolvePronoun(m, antecedents, tokens, pronounModel);
  if (!m.phrase) return null;
  // "the Serb said": the person the article ties to Serbia, before the person in focus.
  const tied = nationalityHolder(m, antecedents, tokens);
  if (tied) return tied;
  return resolveRolePhrase(m, m.phrase, antecedents, registry, roleSlot(tokens, m.first));
}

/**
 * "a spokeswoman for MTV said…" and later "MTV spokeswoman Jeannie Kedas
 * said…": the unnamed source was that person all along, when exactly one
 * person has the same role for the same organisation.
 */
function mergeUnnamedIntoNamed(mentions: readonly Mention[], registry: EntityRegistry): void {
  for (const unnamed of registry.all) {
    if (unnamed.kind !== 'unnamed') continue;
    const complement = / (?:for|of|at) (?:the )?(.+)$/.exec(unnamed.name)?.[1]?.toLowerCase();
    if (!complement) continue;
    const named = registry.all.filter(
      (p) =>
        p.kind === 'person' &&
        [...unnamed.roleNouns].some((r) => p.roleNouns.has(r)) &&
        p.roles.some((role) => roleOfBody(role.toLowerCase(), complement)),
    );
    if (named.length !== 1) continue;
    const person = named[0]!;
    for (const m of mentions) if (m.entity === unnamed) m.entity = person;
    registry.alias(person, unnamed.name);
  }
}

/**
 * The role names the body `body` as the one it speaks for ("MTV spokeswoman", "spokesman for the Treasury"); not
 * another's portfolio that bears its name ("their Treasury spokesman", "Labour's Treasury spokesman": a party's).
 */
function roleOfBody(role: string, body: string): boolean {
  if (!role.includes(body)) return false;
  const owner = /^(?:(their|his|her|its|our)|(.+?)['’]s?) /.exec(role);
  return !owner || (owner[2] !== undefined && owner[2].replace(/^the /, '') === body);
}

/**
 * "“We will not be rushed,” the minister said. Transport minister Callum Reid was speaking after…": an
 * office no one held when it was read is the one person the article gives that office later, when
 * exactly one person holds a role with that noun and it fits the phrase (role-fit.ts).
 */
function mergeOfficeIntoLaterHolder(mentions: readonly Mention[], registry: EntityRegistry): void {
  for (const unnamed of registry.all) {
    if (unnamed.kind !== 'unnamed' || !unnamed.name.startsWith('the ') || unnamed.roleNouns.size !== 1) continue;
    const key = [...unnamed.roleNouns][0]!;
    if (RELATIONAL_ROLE_NOUNS.has(key) || FAMILY_NOUNS.has(key)) continue;
    const holders = registry.all.filter((p) => p.kind === 'person' && p.roleNouns.has(key));
    if (holders.length !== 1) continue;
    const person = bestRoleHolder(unnamed.name, key, holders);
    if (!person) continue;
    for (const m of mentions) if (m.entity === unnamed) m.entity = person;
    registry.alias(person, unnamed.name);
  }
}

/**
 * "to become the first Australian man", "is the minister": a copula, or "be"/"become", right before `first`;
 * "by the sentencing judge": the agent of a passive.
 */
function roleSlot(tokens: readonly Token[], first: number): RoleSlot {
  const before = tokens[first - 1]?.lower ?? '';
  if (COPULAS.has(before) || before === 'be' || before === 'become') return 'after copula';
  return before === 'by' ? 'passive agent' : 'other';
}
