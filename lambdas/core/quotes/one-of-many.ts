import type { EntityRegistry } from './entities';
import { CUE_VERBS } from './lexicon/cue-verbs';
import { PERSON_ROLE_NOUNS, personRoleOfPlural } from './lexicon/roles';
import type { Mention } from './mention';
import { isReporter } from './reporter-text';
import type { Token } from './tokens';

/**
 * "“The water came up so fast,” said one.", "Another added:": one of the
 * people the reporter just wrote about in the plural ("Residents of Mill
 * Lane were moved out…") speaks without a name. Each such "one" is a new
 * unnamed source named after that plural ("one resident", "another
 * resident"); "another" after "a neighbour" is another neighbour. With no
 * such people in the two sentences before, "one" stays nobody's.
 */
const LONE_SUBJECTS = new Set(['one', 'another']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** How many sentences back the plural may stand. */
const SENTENCES_BACK = 2;

export function oneOfManyMentions(tokens: readonly Token[], registry: EntityRegistry, consumed: Uint8Array): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!LONE_SUBJECTS.has(t.lower) || consumed[i] || !isReporter(tokens, i) || !standsAsSubject(tokens, i)) continue;
    const people = pluralPeopleBefore(tokens, i) ?? (t.lower === 'another' ? onePersonBefore(tokens, i) : undefined);
    if (!people) continue;
    const entity = registry.create('unnamed', `${t.lower} ${people}`, { roles: [`${t.lower} ${people}`] });
    consumed[i] = 1;
    mentions.push({
      first: i,
      last: i,
      extentEnd: i,
      type: 'role',
      entity,
      sentence: t.sentence,
      subject: false,
      cueSubject: false,
    });
  }
  return mentions;
}

/** "said one." or "One said": the word is a speech verb's whole subject, not "one of them" or "one day". */
function standsAsSubject(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const closesAfterVerb = before !== undefined && CUE_VERBS.has(before.lower) && !after?.word;
  const opensBeforeVerb = after !== undefined && CUE_VERBS.has(after.lower);
  return closesAfterVerb || opensBeforeVerb;
}

/** "A neighbour said: … Another said": the role of the latest indefinite person in this or the two sentences before. */
function onePersonBefore(tokens: readonly Token[], i: number): string | undefined {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k > 0 && tokens[k]!.sentence >= sentence - SENTENCES_BACK; k--) {
    const indefinite = INDEFINITE.has(tokens[k - 1]!.lower);
    if (indefinite && isReporter(tokens, k) && PERSON_ROLE_NOUNS.has(tokens[k]!.lower)) return tokens[k]!.lower;
  }
  return undefined;
}

/** The singular of the latest plural of people in this or the two sentences before ("residents" → "resident"). */
function pluralPeopleBefore(tokens: readonly Token[], i: number): string | undefined {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence >= sentence - SENTENCES_BACK; k--) {
    const role = isReporter(tokens, k) ? personRoleOfPlural(tokens[k]!.lower) : undefined;
    if (role) return role;
  }
  return undefined;
}
