/**
 * Quote marks that do not quote anyone: titles of works and events ("Free
 * Mojtaba and Arash Day"), nicknames (Earvin "Magic" Johnson), terms and
 * words cited as words (the term "blog", so-called "reforms"). Only short
 * phrases inside the reporter's sentence are candidates; a full quoted
 * sentence is always a quotation.
 */

/** Words right before the mark that announce a term, a name or a title. */
const TERM_MARKERS = new Set([
  'so-called',
  'term',
  'terms',
  'word',
  'words',
  'phrase',
  'phrases',
  'slogan',
  'nicknamed',
  'titled',
  'entitled',
  'headlined',
  'hashtag',
  'motto',
  'codenamed',
  'called',
  'named',
  'film',
  'album',
  'song',
  'book',
  'novel',
  'single',
  'show',
  'programme',
  'program',
  'series',
  'play',
  'musical',
  'track',
  'operation',
]);
/** Two-word markers: "such as", "known as". */
const TERM_MARKER_PAIRS = [
  ['such', 'as'],
  ['known', 'as'],
  ['referred', 'to', 'as'],
];

export interface ScareQuoteContext {
  /** The quoted words. */
  text: string;
  /** Lower-case words of the reporter's text just before the opening mark, nearest last. */
  wordsBefore: string[];
  /** The reporter's text right around the marks. */
  charBefore: string;
  textAfter: string;
  /** The sentence has a speech cue somewhere ("said", "told", "according to"). */
  sentenceHasCue: boolean;
  /** How many times the same words are quoted in the article. */
  timesQuoted: number;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** Every word of three letters or more capitalised, and no sentence punctuation: a title or a name. */
function isTitleCased(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?,]$/.test(text.trim());
}

export function isScareQuote(ctx: ScareQuoteContext): boolean {
  const words = wordCount(ctx.text);
  if (words === 0) return true;
  const before = ctx.wordsBefore;
  const last = before[before.length - 1] ?? '';
  if (TERM_MARKERS.has(last) && words <= 6) return true;
  if (TERM_MARKER_PAIRS.some((pair) => pair.every((w, k) => before[before.length - pair.length + k] === w)))
    return true;
  if (words <= 5 && isTitleCased(ctx.text)) return true;
  // Earvin "Magic" Johnson: a capitalised word quoted between two names.
  if (
    words <= 2 &&
    /^\p{Lu}/u.test(ctx.text) &&
    /\p{Lu}[\p{L}]*\s$/u.test(ctx.charBefore) &&
    /^\s\p{Lu}/u.test(ctx.textAfter)
  )
    return true;
  if (words <= 3 && ctx.timesQuoted > 1) return true;
  if (words <= 3 && !ctx.sentenceHasCue) return true;
  return false;
}
