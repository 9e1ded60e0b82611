/**
 * Scripts written without spaces between words: splitting on whitespace
 * counts a whole Chinese or Japanese paragraph as one "word".
 */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * The number of words in a text, for the "is this an article" checks. Text
 * in an unspaced script is counted with Intl.Segmenter (ICU's dictionary
 * word breaks); other text by whitespace, which is as right and far faster.
 */
export function countWords(text: string): number {
  if (!UNSPACED.test(text)) return text.split(/\s+/).filter(Boolean).length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}
