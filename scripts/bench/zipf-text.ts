/**
 * Synthetic text for the search benchmark: a ranked vocabulary of made-up
 * words whose draws follow Zipf's law (the chance of the word of rank r is
 * proportional to 1 / r^s, s ≈ 1.07, as word frequencies in news text are), so
 * a team's posting lists have the shape real ones have: a few words in most
 * articles, a long tail in a handful each.
 *
 * The words are syllables ending in a, i, o or u (never e or s), so the
 * search stemmer leaves them whole and each rank is one distinct term.
 */

const CONSONANTS = 'bdfgklmnprtvz';
const VOWELS = 'aiou';
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));

/** The word of a rank (1 = the most frequent): two syllables or more, unique per rank. */
export function wordOfRank(rank: number): string {
  let n = rank + SYLLABLES.length; // at least two syllables
  let word = '';
  while (n > 0) {
    word = SYLLABLES[n % SYLLABLES.length]! + word;
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
}

export interface ZipfVocabulary {
  size: number;
  /** A rank drawn with probability ∝ 1 / rank^exponent. */
  drawRank(): number;
  /** `count` tokens of text. */
  text(count: number): string;
}

export function zipfVocabulary(size: number, exponent: number, random: () => number): ZipfVocabulary {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 1; r <= size; r++) {
    total += 1 / r ** exponent;
    cumulative[r - 1] = total;
  }
  function drawRank(): number {
    const target = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
  return { size, drawRank, text: (count) => Array.from({ length: count }, () => wordOfRank(drawRank())).join(' ') };
}
