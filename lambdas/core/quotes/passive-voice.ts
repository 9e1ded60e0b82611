import { PASSIVE_MARKERS } from './lexicon/cue-verbs';
import { TIME_ADVERBS } from './lexicon/function-words';
import type { Mention } from './mention';
import type { Token } from './tokens';

/**
 * Reading a passive in the reporter's text: the form of "be" before its participle, the agent after "by", and the
 * list of joined quotes the passive governs. The rules that credit a passive's quote to nobody share these
 * (passive-description.ts, passive-judgement.ts, told-in-passive.ts).
 */

/** How many words after the quote a "by" may still name the agent of the passive ("… as "a gem" by critics"). */
const AGENT_REACH = 4;

/**
 * "is being billed", "has been widely described", "were later described": the form of "be" before a participle
 * (an adverb between), in its sentence; -1 when there is none, and the participle is no passive.
 */
export function auxiliaryOf(tokens: readonly Token[], participle: number): number {
  let aux = participle - 1;
  if (/ly$/.test(tokens[aux]?.lower ?? '') || TIME_ADVERBS.has(tokens[aux]?.lower ?? '')) aux--;
  const be = tokens[aux];
  return be && PASSIVE_MARKERS.has(be.lower) && be.sentence === tokens[participle]!.sentence ? aux : -1;
}

/** Words that join quotes in a list: "“joke” or “price”", "“loud”, “rude” and “late”". */
const LIST_JOINERS = new Set(['and', 'or', 'nor', ',']);
/** "either “joke” or “price”", "both “A” and “B”": the first word of a pair of joined quotes. */
export const CORRELATIVES = new Set(['either', 'both', 'neither']);

/**
 * "is labelled as either “joke” or “price”": the first quote of a list of quotes joined by "and", "or" or
 * commas, with no other word between them; each of them is what the words before the first one call it.
 */
export function firstOfCoordination(tokens: readonly Token[], p: number): number {
  let first = p;
  while (LIST_JOINERS.has(tokens[first - 1]?.lower ?? '') && (tokens[first - 2]?.quote ?? -1) >= 0) first -= 2;
  return first;
}

/** The last quote of the list of joined quotes `p` stands in ("“smart”, “quick” and “cheap” by its makers"). */
export function lastOfCoordination(tokens: readonly Token[], p: number): number {
  let last = p;
  while (LIST_JOINERS.has(tokens[last + 1]?.lower ?? '') && (tokens[last + 2]?.quote ?? -1) >= 0) last += 2;
  return last;
}

/**
 * "… as “a gem” by critics", "… by the league": a "by" soon after the quote, in its sentence, and a mention the
 * article knows right after it (a determiner between) name who chose the words; the scorer weighs them. An agent
 * it knows nothing of ("by scouts who saw them") is still no one in the article.
 */
export function namedAgentAfter(tokens: readonly Token[], p: number, mentions: readonly Mention[]): boolean {
  for (let k = p + 1; k <= p + AGENT_REACH && tokens[k]?.sentence === tokens[p]!.sentence; k++) {
    if (tokens[k]!.quote >= 0) return false;
    if (tokens[k]!.lower === 'by') return mentions.some((m) => m.entity !== null && m.first > k && m.first <= k + 2);
  }
  return false;
}
