import { DETERMINERS } from './lexicon/function-words';
import { FIRST_SECOND_PERSON } from './lexicon/pronouns';
import {
  NAMING_VERBS,
  SPAN_AUXILIARIES,
  SPAN_PREPOSITIONS,
  TERM_MARKER_PAIRS,
  TERM_MARKERS,
} from './lexicon/term-markers';

/**
 * What the text says about one pair of quote marks, before deciding whether
 * they quote someone or only set off a term, a title, a nickname or a scare
 * word. Read in quote-context.ts from the reporter's tokens around the
 * marks; turned into the span model's features here (span-model.ts weighs
 * them with weights fitted on PolNeAR train by `npm run train:spans`).
 */
export interface SpanEvidence {
  /** The quoted words, marks excluded. */
  text: string;
  /** Single marks ('…' or ‘…’): also apostrophes, and British copy's quotation marks. */
  single: boolean;
  /** The reporter's own words run on around the quote (beyond its attribution). */
  partial: boolean;
  /** Where the quote's own speech cue stands: none, before it (He said: "…") or after it ("…," he said). */
  cue: 'none' | 'before' | 'after';
  /** Some speech cue stands anywhere in the quote's sentence. */
  sentenceHasCue: boolean;
  /** Some speech cue stands in the quote's paragraph (the quote may belong to the reported speech of another sentence). */
  paragraphHasCue: boolean;
  /** A speech cue among the three reporter's tokens right before the opening mark ("said", "called it", "told him that"). */
  cueRightBefore: boolean;
  /** Lower-case reporter's words just before the opening mark, in its clause, nearest last (at most three). */
  wordsBefore: readonly string[];
  /** The body's text just before the opening mark (about 40 characters) and just after the closing one (about 20). */
  textBefore: string;
  textAfter: string;
  /** How many times the same words are quoted in the article. */
  timesQuoted: number;
  /** The quote opens its paragraph. */
  paragraphInitial: boolean;
  /** Joined by "and", "or" or a comma to a span just read as a term ("such as "affect" and "effect""). */
  listedAfterTerm: boolean;
  /** The next full sentence of a single-marked quotation just kept (British style). */
  continuesQuotation: boolean;
  /** The same words (six at most) stand in the reporter's text without marks elsewhere in the article. */
  usedWithoutMarks: boolean;
  /** The quote's own cue stands before it in the same clause: no comma, dash or bracket between. */
  inCueClause: boolean;
  /**
   * The clause before the mark reports speech without a cue verb of its own: a speech noun and "that"
   * ("his comment that "…""), or a describing verb and "as" ("characterizes herself as a "…"").
   */
  speechFrame: boolean;
  /** The same words (six at most) stand inside a longer quotation of the article. */
  withinLongerQuote: boolean;
}

/** Letters-and-digits words, with inner apostrophes and hyphens. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A word as the closed classes spell it: lower case, straight apostrophe. */
const plain = (word: string) => word.toLowerCase().replace(/’/g, "'");

/** Every word of four letters or more capitalised (punctuation at the end aside): a title or a name. */
function isTitleCased(words: readonly string[]): boolean {
  const long = words.filter((w) => w.length > 3 && /^\p{L}/u.test(w));
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

const lastOf = (xs: readonly string[]) => xs[xs.length - 1] ?? '';

/** A word of the closed classes of term markers right before the mark ("so-called", "the term", "known as"). */
function termMarkerBefore(before: readonly string[]): boolean {
  if (TERM_MARKERS.has(lastOf(before))) return true;
  return TERM_MARKER_PAIRS.some((pair) => pair.every((w, k) => before[before.length - pair.length + k] === w));
}

/**
 * The span model's features, in the order of SPAN_FEATURE_NAMES. Word counts are bucketed (a
 * one-word span and a twelve-word one are different things, not twelve times the same thing).
 */
const FEATURES: readonly [string, (e: SpanEvidence, words: readonly string[]) => boolean][] = [
  ['bias', () => true],
  ['one word', (_, w) => w.length === 1],
  ['two words', (_, w) => w.length === 2],
  ['three words', (_, w) => w.length === 3],
  ['four to six words', (_, w) => w.length >= 4 && w.length <= 6],
  ['seven to twelve words', (_, w) => w.length >= 7 && w.length <= 12],
  ['partial', (e) => e.partial],
  ['single marks', (e) => e.single],
  ['single marks without a cue of its own', (e) => e.single && e.cue === 'none'],
  ['own cue before the quote', (e) => e.cue === 'before'],
  ['own cue after the quote', (e) => e.cue === 'after'],
  ['a cue in the sentence', (e) => e.sentenceHasCue],
  ['a cue in the paragraph', (e) => e.paragraphHasCue],
  ['a cue right before the mark', (e) => e.cueRightBefore],
  ['in the clause of its cue', (e) => e.inCueClause],
  ['a comma inside', (e) => /,\s/.test(e.text)],
  ['a determiner right before', (e) => DETERMINERS.has(lastOf(e.wordsBefore))],
  ['a term marker right before', (e) => termMarkerBefore(e.wordsBefore)],
  ['a preposition right before', (e) => SPAN_PREPOSITIONS.has(lastOf(e.wordsBefore))],
  ['"that" right before', (e) => lastOf(e.wordsBefore) === 'that'],
  // "on ABC's "This Week"", "her "clawback" plan": a name or a thing of someone's, not their words.
  ['a possessive right before', (e) => /\p{L}['’]s?\s*$/u.test(e.textBefore)],
  [
    'the sentence ends at the closing mark',
    (e) => /[.!?…]\P{L}*$/u.test(e.text.trimEnd()) || /^[.!?…]/u.test(e.textAfter),
  ],
  ['title case', (_, w) => isTitleCased(w)],
  ['title case, two words or more', (_, w) => w.length >= 2 && isTitleCased(w)],
  ['a naming verb right before ("called", "dubbed")', (e) => NAMING_VERBS.has(lastOf(e.wordsBefore))],
  ['first word capitalised', (e) => /^\P{L}*\p{Lu}/u.test(e.text)],
  ['all capitals', (e) => /\p{Lu}{2}/u.test(e.text) && !/\p{Ll}/u.test(e.text)],
  ['ends with . ! or ? inside the marks', (e) => /[.!?…]\P{L}*$/u.test(e.text.trimEnd())],
  ['ends with a comma inside the marks', (e) => /,$/.test(e.text.trimEnd())],
  ['an auxiliary or modal verb inside', (_, w) => w.some((x) => SPAN_AUXILIARIES.has(plain(x)))],
  ['first or second person inside', (_, w) => w.some((x) => FIRST_SECOND_PERSON.has(plain(x)))],
  ['quoted more than once in the article', (e) => e.timesQuoted > 1],
  // A short phrase the reporter keeps putting in marks is the article's term for something.
  ['three words or fewer, quoted more than once', (e, w) => w.length <= 3 && e.timesQuoted > 1],
  ['opens its paragraph', (e) => e.paragraphInitial],
  ['inside brackets', (e) => /\(\s*$/.test(e.textBefore)],
  ['a lower-case word right after the mark', (e) => /^\s?\p{Ll}/u.test(e.textAfter)],
  [
    'between two capitalised words',
    (e, w) => w.length <= 2 && /\p{Lu}\p{L}*\s$/u.test(e.textBefore) && /^\s\p{Lu}/u.test(e.textAfter),
  ],
  ['listed after a term', (e) => e.listedAfterTerm],
  ['the same words used without marks elsewhere', (e) => e.usedWithoutMarks],
  ['the same words inside a longer quotation', (e) => e.withinLongerQuote],
  // A phrase of three words or fewer is a term unless a cue claims it: the cue counts for more there.
  ['three words or fewer, own cue before', (e, w) => w.length <= 3 && e.cue === 'before'],
  ['three words or fewer, a cue in the sentence', (e, w) => w.length <= 3 && e.sentenceHasCue],
  ['three words or fewer, capitalised', (e, w) => w.length <= 3 && /^\P{L}*\p{Lu}/u.test(e.text)],
  ['three words or fewer, a lower-case word after', (e, w) => w.length <= 3 && /^\s?\p{Ll}/u.test(e.textAfter)],
];

export const SPAN_FEATURE_NAMES: readonly string[] = FEATURES.map(([name]) => name);

export function spanFeatures(e: SpanEvidence): number[] {
  const words = wordsOf(e.text);
  return FEATURES.map(([, has]) => (has(e, words) ? 1 : 0));
}
