import { CUE_GAP_WORDS } from './lexicon/cue-verbs';
import { CLAUSE_LEAD_WORDS } from './lexicon/function-words';
import type { Mention } from './mention';
import { isReporter } from './reporter-text';
import type { Token } from './tokens';

/** How far back an aside's opening comma is looked for. */
const MAX_ASIDE_TOKENS = 30;

/**
 * "But Parry, speaking to the radio, also admits Gerrard, who has been linked with Chelsea, will have the
 * final say": the verb's subject opens the clause and an aside set off by commas stands between it and the
 * verb. The name after the verb then opens the reported clause; it is no inverted subject ("said Gerrard,
 * who …"), which only follows a verb with no subject of its own before it.
 * `verb` is the cue's first token (gap words such as "also" before it are skipped), `start` its clause's start.
 */
export function subjectBeforeAside(
  tokens: readonly Token[],
  verb: number,
  start: number,
  mentionEndingAt: (i: number) => Mention | undefined,
): boolean {
  let j = verb - 1;
  while (j > start && CUE_GAP_WORDS.has(tokens[j]!.lower)) j--;
  if (tokens[j]?.text !== ',') return false;
  let k = j - 1;
  while (k > start && isReporter(tokens, k) && tokens[k]!.text !== ',' && j - k < MAX_ASIDE_TOKENS) k--;
  if (tokens[k]?.text !== ',' || k === j - 1) return false;
  const subject = mentionEndingAt(k - 1);
  return subject !== undefined && opensClause(tokens, subject.first, start);
}

/** Only connectives ("But", "Meanwhile"), if anything, stand before token `first` in its clause. */
function opensClause(tokens: readonly Token[], first: number, start: number): boolean {
  for (let i = start; i < first; i++) if (!CLAUSE_LEAD_WORDS.has(tokens[i]!.lower)) return false;
  return true;
}

/**
 * "Ruiz, whose hometown, Miramar, was flooded, argues": the name at `first` is set off inside a "whose" clause,
 * an apposition to that clause's noun; returns the index of "whose" (the subject stands before it), or -1.
 */
export function whoseClauseBefore(tokens: readonly Token[], first: number, start: number): number {
  if (tokens[first - 1]?.text !== ',') return -1;
  for (let k = first - 2; k >= start && k >= first - 5; k--) {
    if (tokens[k]!.lower === 'whose') return k;
    if (!tokens[k]!.word) return -1;
  }
  return -1;
}
