import { CUE_VERBS } from './lexicon/cue-verbs';
import { CLAUSE_OPENERS, DETERMINERS, STOP_LEFT } from './lexicon/function-words';
import type { Token } from './tokens';

/**
 * The first of up to `maxWords` words right before token `start` that may describe a person or an office
 * ("keyboard player", "Clinton campaign"): words of the reporter's sentence that are no determiner,
 * function word, clause opener or cue verb. `start` itself when there are none.
 */
export function describingWordsStart(tokens: readonly Token[], start: number, maxWords: number): number {
  const sentence = tokens[start]!.sentence;
  let k = start;
  while (k - 1 >= 0 && start - (k - 1) <= maxWords && describes(tokens[k - 1]!, sentence)) k--;
  return k;
}

function describes(t: Token, sentence: number): boolean {
  return (
    t.word &&
    t.quote < 0 &&
    t.sentence === sentence &&
    !DETERMINERS.has(t.lower) &&
    !STOP_LEFT.has(t.lower) &&
    !CLAUSE_OPENERS.has(t.lower) &&
    !CUE_VERBS.has(t.lower)
  );
}
