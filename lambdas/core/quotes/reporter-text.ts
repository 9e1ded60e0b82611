import type { Token } from './tokens';

/**
 * Where a token sits in the reporter's own text: outside every quotation, in
 * which sentence and clause. Names, roles, pronouns and cue verbs are only
 * read here, so nothing a speaker says is taken for an attribution.
 */

/** A token of the reporter's text (not a quotation's placeholder), inside the article. */
export function isReporter(tokens: readonly Token[], i: number): boolean {
  return i >= 0 && i < tokens.length && tokens[i]!.quote < 0;
}

/** Both tokens are the reporter's and in one sentence. */
export function sameSentence(tokens: readonly Token[], i: number, j: number): boolean {
  return isReporter(tokens, i) && isReporter(tokens, j) && tokens[i]!.sentence === tokens[j]!.sentence;
}

/** First word of its sentence (a leading ": " or dash does not count). */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence; k--)
    if (tokens[k]!.word || tokens[k]!.quote >= 0) return false;
  return true;
}

/** First token of the clause holding token `i`: a semicolon or the sentence start bounds it. */
export function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && sameSentence(tokens, k - 1, i) && tokens[k - 1]!.text !== ';') k--;
  return k;
}

/** Last token of the clause holding token `i`. */
export function clauseEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k + 1 < tokens.length && sameSentence(tokens, k + 1, i) && tokens[k + 1]!.text !== ';') k++;
  return k;
}

/** Index of the last token `word` in sentence `sentence`, looking back from token `from`; -1 when it has none. */
export function lastWordOfSentence(tokens: readonly Token[], from: number, sentence: number, word: string): number {
  for (let i = from; i >= 0 && tokens[i]!.sentence >= sentence; i--) {
    if (tokens[i]!.sentence === sentence && tokens[i]!.lower === word) return i;
  }
  return -1;
}

/** Prepositions that open a sentence's scene-setting phrase ("Early in his campaign,", "At the company,"). */
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'during', 'after', 'before', 'since', 'on', 'within', 'throughout']);

/**
 * The comma at `comma` closes a phrase that opens the sentence with a preposition ("Early in his campaign,
 * Donald Trump attacked"): the name after it is the clause's subject, not the phrase's appositive.
 */
export function closesOpeningPhrase(tokens: readonly Token[], comma: number): boolean {
  const sentence = tokens[comma]!.sentence;
  let k = comma - 1;
  while (k > 0 && tokens[k - 1]!.sentence === sentence && tokens[k - 1]!.text !== ',') k--;
  if (k > 0 && tokens[k - 1]!.sentence === sentence) return false;
  // "Speaking to the Today programme, Jo Hart said": a participle opens the phrase as a preposition does.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[k]!.text) && k + 1 < comma) return true;
  const opener = OPENING_PREPOSITIONS.has(tokens[k]!.lower) ? k : k + 1;
  return OPENING_PREPOSITIONS.has(tokens[opener]?.lower ?? '') && opener < comma;
}

/**
 * The word at `i` opens its sentence and a phrase of place or time that a comma closes ("Back at the picket
 * line, Obi…", "Early in his campaign,"): an adverb before the preposition, not a name.
 */
export function opensAdverbialPhrase(tokens: readonly Token[], i: number): boolean {
  if (!OPENING_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '')) return false;
  const sentence = tokens[i]!.sentence;
  for (let k = i + 2; k < tokens.length && tokens[k]!.sentence === sentence; k++)
    if (tokens[k]!.text === ',') return closesOpeningPhrase(tokens, k);
  return false;
}
