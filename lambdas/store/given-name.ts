import { personalNameWords } from '../core/quotes/speaker-key';

/**
 * The given name a person's directory entry is also filed under, so that
 * `/news quote sergei` can answer "did you mean Sergei Lavrov?": quotes are
 * keyed by surname alone, and without this a first name finds nothing to
 * suggest. Undefined for a single word or an initial ("J. Smith").
 */
export function givenNameKey(name: string): string | undefined {
  const words = personalNameWords(name);
  const given = words[0];
  if (words.length < 2 || given === undefined || given.length < 2) return undefined;
  return given;
}
