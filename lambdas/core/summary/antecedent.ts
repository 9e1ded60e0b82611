/**
 * Sentences that lean on the one before: they open with a pronoun ("He",
 * "They"), a demonstrative ("This", "Those") or a connective ("But",
 * "However"). Out of context the reader can't tell who "he" is or what
 * "this" refers to, so the summary takes such a sentence only together with
 * its predecessor.
 */

const LEANING_OPENERS: ReadonlySet<string> = new Set([
  // Pronouns and possessives.
  'he',
  'she',
  'it',
  'they',
  'him',
  'her',
  'them',
  'his',
  'its',
  'their',
  'theirs',
  'hers',
  // Demonstratives.
  'this',
  'that',
  'these',
  'those',
  'such',
  // Connectives that continue an argument.
  'but',
  'and',
  'or',
  'so',
  'yet',
  'however',
  'also',
  'still',
  'instead',
  'nevertheless',
  'nonetheless',
  'moreover',
  'furthermore',
  'besides',
  'otherwise',
  'therefore',
  'thus',
  'hence',
  'indeed',
  'then',
  'meanwhile',
  'likewise',
  'similarly',
  'consequently',
  'accordingly',
  'though',
  'although',
  'again',
]);

/** A contrast set in after the first words: "Israeli courts, however, have ...". */
const INSET_CONNECTIVE =
  /^(?:\S+\s+){0,3}?\S+,\s+(?:however|though|too|meanwhile|instead|in turn|in contrast|by contrast|as a result|nevertheless),/i;

/** Whether the sentence needs the previous sentence to be understood. */
export function leansOnPrevious(text: string): boolean {
  const m = /^["'“‘(]?([\p{L}]+)/u.exec(text);
  if (!m) return false;
  return LEANING_OPENERS.has(m[1]!.toLowerCase()) || INSET_CONNECTIVE.test(text);
}
