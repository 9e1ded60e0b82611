import type { Antecedents } from './antecedents';
import type { Entity } from './entities';
import { PARTY_WORDS } from './lexicon/organisations';

/**
 * A body the article named, found by a noun it may be called by ("the union", "a force spokesman",
 * "a party spokesman").
 */

/** Words any firm or club is called by, whatever its name: "a spokeswoman for the company" is for the one in view. */
const ANY_ORGANISATION_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'club', 'team', 'band']);

/** Nouns that call a body by another word than its name ends with: a police force is "the force". */
export const BODY_SYNONYMS: ReadonlyMap<string, string> = new Map([['force', 'police']]);

/**
 * The noun is the head of a body's name: its last word before any "of"/"for" ("Kent Police", "Department of
 * Health", "Royal College of Midwives").
 */
function calledBy(name: string, noun: string): boolean {
  const words = name.split(' ');
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  return (of < 0 ? words[words.length - 1] : words[of - 1]) === noun;
}

/**
 * The body the article named whose name ends with this noun (or its synonym: "force" for "Kent Police") or
 * that it called by the noun, or for a word any firm is called by, the organisation in view.
 */
export function bodyCalled(noun: string, antecedents: Antecedents): Entity | undefined {
  const ends = [noun, BODY_SYNONYMS.get(noun)].filter((n) => n !== undefined);
  const organisation = (e: Entity) => e.kind === 'organisation' && !e.place;
  const endsWithNoun = antecedents.recent(
    (e) => organisation(e) && e.name.includes(' ') && ends.some((n) => calledBy(e.name.toLowerCase(), n)),
    false,
  );
  // "a party spokesman" after "Labour said": a party is often named by its party words alone.
  const party = (e: Entity) => e.name.split(' ').every((w) => PARTY_WORDS.has(w.toLowerCase()));
  return (
    endsWithNoun ??
    antecedents.recent((e) => organisation(e) && e.roleNouns.has(noun), false) ??
    // "But Labour said the Conservatives' sums did not add up. A party spokesman said" is Labour's: the subject.
    (noun === 'party' ? antecedents.subjectElseLatest((e) => organisation(e) && party(e)) : undefined) ??
    (ANY_ORGANISATION_NOUNS.has(noun)
      ? (antecedents.recent((e) => organisation(e) && !e.plural && !e.weak, false) ??
        // "Fenwade has apologised": a lone word that opened its clause, as "the company said" would find it.
        antecedents.recent((e) => organisation(e) && !e.plural, true))
      : undefined)
  );
}
