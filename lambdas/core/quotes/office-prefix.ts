import { describingWordsStart } from './describing-words';
import { OFFICE_TITLES } from './lexicon/titles';
import type { Mention } from './mention';
import type { Token } from './tokens';

/** The most words that may name whose office it is before a capitalised title ("Clinton campaign Chairman"). */
const PREFIX_WORDS = 3;

/**
 * "“…,” Clinton campaign Chairman John Podesta told…": American news capitalises an office before a name and leaves
 * the words before it, which say whose office it is, in lower case or as a name ("campaign", "Clinton campaign",
 * "state party"). The first token of the attribution: before those words when the mention opens with such an office,
 * else the mention's own first token. Function words, cue verbs and quotes end the prefix.
 */
export function officeHolderStart(tokens: readonly Token[], m: Mention): number {
  const head = tokens[m.first];
  if (!head?.cap || !OFFICE_TITLES.has(head.lower)) return m.first;
  return describingWordsStart(tokens, m.first, PREFIX_WORDS);
}
