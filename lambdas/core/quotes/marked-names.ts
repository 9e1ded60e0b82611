import { sameSentence } from './reporter-text';
import type { NameRun } from './run-kind';
import type { Token } from './tokens';

/**
 * Names that end in a question or exclamation mark: "Consumer group Which? said", "Yahoo! has bought",
 * "Kerrang! magazine". The mark is written against the last word, and the sentence goes on in lower case
 * after it, which a question or an exclamation never does in the reporter's text. The mark is part of the
 * name, and such names are those of bodies, bands, magazines and shows, never of a person.
 */

/** Verbs of asking after a question the reporter put ("Remember Kosovo? asked one delegate"). */
const ASKING = new Set(['asked', 'asks', 'wondered', 'wonders']);

/** The token of the mark that closes a name ending at `last`, else -1. */
export function nameMarkAfter(tokens: readonly Token[], last: number): number {
  const word = tokens[last];
  const mark = tokens[last + 1];
  const next = tokens[last + 2];
  if (!word?.cap || !mark || !next || (mark.text !== '?' && mark.text !== '!')) return -1;
  if (mark.start !== word.end || mark.quote >= 0 || next.quote >= 0) return -1;
  const goesOn = next.word && !next.cap && !ASKING.has(next.lower) && sameSentence(tokens, last, last + 2);
  return goesOn ? last + 1 : -1;
}

/** The run of `first`..`last` and its closing mark at `mark`: an organisation named with the mark ("Which?"). */
export function markedNameRun(tokens: readonly Token[], first: number, last: number, mark: number): NameRun {
  const words = tokens.slice(first, last + 1).filter((t) => t.word || t.text === '&');
  const name = words.map((t) => t.text);
  name[name.length - 1] += tokens[mark]!.text;
  return { first, last: mark, name, titles: [], kind: 'organisation', possessive: false };
}
