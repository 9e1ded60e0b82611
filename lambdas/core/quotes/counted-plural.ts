import type { Token } from './tokens';

/**
 * Words that count a plural noun, or a quantity of it with "of" ("thousands of …"). Not the small number words: "Wales
 * number eight Michael Owen says" is a position.
 */
const COUNT_WORDS: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'several', 'many']);

/** The most capitalised words a name before the counted noun may have ("22 Hillary Clinton emails"). */
const NAME_WORDS = 3;

/**
 * "it has classified 22 Clinton emails as “top secret”", "thousands of Trump tweets": a count before a name, then a
 * word in -s, makes that word a plural noun the name qualifies, not a verb with the name for its subject. A year is
 * no count ("In 2016 Clinton argues"). `c` is the -s word.
 */
export function countedPlural(tokens: readonly Token[], c: number): boolean {
  // "says" is never a noun.
  if (tokens[c]!.lower === 'says') return false;
  let k = c - 1;
  while (
    k >= 0 &&
    c - k <= NAME_WORDS &&
    tokens[k]!.word &&
    tokens[k]!.cap &&
    tokens[k]!.sentence === tokens[c]!.sentence
  )
    k--;
  if (k === c - 1 || k < 0) return false;
  const count = tokens[k]!;
  if (/^\d[\d,]*$/.test(count.text)) return !/^(1[89]|20)\d\d$/.test(count.text);
  if (COUNT_WORDS.has(count.lower)) return true;
  return count.lower === 'of' && COUNT_WORDS.has(tokens[k - 1]?.lower ?? '');
}
