import { sentenceInitial } from './reporter-text';
import type { RolePhrase } from './role-phrase';
import type { Token } from './tokens';

/** Subject pronouns a fronted description can describe. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we']);

/** How many words may follow the role noun before the comma ("last year", "in 2004"). */
const MAX_WORDS_AFTER = 4;

/**
 * "A junior Wimbledon finalist last year, she added:", "A keen cyclist, he said": a phrase with "a" or "an"
 * that opens the sentence and is closed by a comma before a subject pronoun describes that pronoun's
 * referent. It introduces no one: read as a new unnamed source, it became the antecedent of "she" and
 * took her quote.
 */
export function describesPronounAfter(tokens: readonly Token[], phrase: RolePhrase): boolean {
  if ((phrase.determiner !== 'a' && phrase.determiner !== 'an') || !sentenceInitial(tokens, phrase.first)) return false;
  const sentence = tokens[phrase.first]!.sentence;
  for (let k = phrase.last + 1, words = 0; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? '');
    if (!t.word || t.quote >= 0 || ++words > MAX_WORDS_AFTER) return false;
  }
  return false;
}
