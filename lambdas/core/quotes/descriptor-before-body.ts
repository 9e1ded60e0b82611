import { BUSINESS_DESCRIPTORS, ORGANISATION_NOUNS } from './lexicon/organisations';
import { ORGANISATION_ROLE_NOUNS, PERSON_ROLE_NOUNS } from './lexicon/roles';
import type { NameRun, RunWords } from './run-kind';

/**
 * "Developer Harbour Homes said", "Broadcaster Channel Nine said": a noun for a kind of business that is
 * also a person's role ("developer", "broadcaster", "producer", "promoter"), capitalised only as it opens
 * the sentence, before two or more capitalised words. Before a personal name it is the person's title
 * ("Promoter Frank Warren"); before words that name a body by themselves (a kind of body, a word of firms'
 * names, an acronym) it describes the body named after it and is no part of the body's name.
 */
export function bodyAfterDescriptor(
  words: RunWords,
  opensSentence: boolean,
  namesOrganisation: (words: RunWords) => boolean,
): NameRun | null {
  const { texts, lowers, first, base } = words;
  const noun = lowers[0]!;
  const personOrBusiness =
    PERSON_ROLE_NOUNS.has(noun) && (BUSINESS_DESCRIPTORS.has(noun) || ORGANISATION_ROLE_NOUNS.has(noun));
  if (texts.length < 3 || !opensSentence || !personOrBusiness) return null;
  const rest: RunWords = {
    ...words,
    first: first + 1,
    texts: texts.slice(1),
    lowers: lowers.slice(1),
    prev: undefined,
  };
  if (!namesOrganisation(rest) && !rest.lowers.some((w) => ORGANISATION_NOUNS.has(w))) return null;
  return { ...base, first: first + 1, name: rest.texts, titles: [], kind: 'organisation' };
}
