import { ROLE_QUALIFIERS } from './lexicon/roles';
import { HONORIFICS, OFFICE_TITLES } from './lexicon/titles';
import type { Mention } from './mention';
import type { Token } from './tokens';

/**
 * "Former Governor Ray Olsen clashed with…", "But former Secretary of State Lena Vogt said…": a word that makes an
 * office another post ("former", "acting") stands outside a mention that opens with the office, capitalised
 * as American news writes titles before a name (a sentence's first "Former" is no name word, and "former"
 * before a capitalised title is left out of the run). It qualifies the office, so the person still opens the
 * clause. Before a mention that opens with a name ("former George W. Bush speechwriter Noam Neusner") it
 * qualifies a longer phrase whose head comes later, and the mention is no subject.
 */
export function qualifiesOfficeOf(tokens: readonly Token[], k: number, m: Mention): boolean {
  const head = tokens[m.first];
  return (
    k === m.first - 1 &&
    ROLE_QUALIFIERS.has(tokens[k]?.lower ?? '') &&
    head?.cap === true &&
    (OFFICE_TITLES.has(head.lower) || HONORIFICS.has(head.lower))
  );
}
