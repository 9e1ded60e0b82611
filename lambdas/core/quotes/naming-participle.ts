import type { Token } from './tokens';

/** The most lower-case words between the indefinite article and "called" ("a small consulting firm called"). */
const NOUN_WORDS = 3;

/**
 * "at a consulting firm called Northgate Advisory", "an app called Tally": "called" after an indefinite noun
 * phrase names the thing, it reports no words, and its "subject" (the firm, read as the body last named) is
 * no speaker. "Trump called Clinton “a liar”", "he called it", "the senator called" stay cues.
 */
export function isNamingParticiple(tokens: readonly Token[], c: number): boolean {
  if (tokens[c]!.lower !== 'called' || !tokens[c + 1]?.cap) return false;
  for (let k = c - 1; k >= 0 && c - k <= NOUN_WORDS + 1; k--) {
    const t = tokens[k]!;
    if (t.lower === 'a' || t.lower === 'an') return k < c - 1;
    if (!t.word || t.cap) return false;
  }
  return false;
}
