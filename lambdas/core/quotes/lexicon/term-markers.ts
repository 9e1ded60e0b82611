/**
 * Closed classes read around a pair of quote marks to tell a quotation from
 * a term, a title or a nickname in marks (span-features.ts). None of them is
 * drawn from an evaluation set: they are the words English uses to announce
 * a term or a work, and its prepositions and auxiliary verbs.
 */

/** Words right before the mark that announce a term, a name or a title ("the so-called", "the word", "the film"). */
export const TERM_MARKERS: ReadonlySet<string> = new Set([
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

/**
 * Verbs that name something right before the name ("a show called", "a plan dubbed"), or report
 * what someone called it ("what she called "a reckless gamble""): the span model weighs which.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called',
  'named',
  'dubbed',
  'titled',
  'entitled',
  'nicknamed',
  'billed',
  'labelled',
  'labeled',
  'branded',
  'termed',
  'styled',
  'headlined',
]);

/** Two- and three-word markers: "such as", "known as", "referred to as". */
export const TERM_MARKER_PAIRS: readonly (readonly string[])[] = [
  ['such', 'as'],
  ['known', 'as'],
  ['referred', 'to', 'as'],
];

/** Prepositions: a quoted phrase right after one is often a noun phrase of the reporter's sentence ("of "free trade""). */
export const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'about',
  'on',
  'in',
  'with',
  'to',
  'from',
  'at',
  'by',
  'as',
  'against',
  'into',
  'over',
  'under',
  'without',
  'between',
]);

/** Auxiliary and modal verbs (with their contracted forms): a quoted passage holding one is a clause, someone's words. */
export const SPAN_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
  "shouldn't",
  "it's",
  "that's",
  "there's",
  "he's",
  "she's",
  "they're",
  "we're",
  "i'm",
  "you're",
  "i've",
  "we've",
  "they've",
  "i'll",
  "we'll",
  "it'll",
]);

/**
 * Verbs that report how someone describes a person or a thing, before "as" ("characterizes herself as",
 * "cast him as"): what follows "as" in marks is their description, in their words. Speech verbs
 * ("described", "referred to") count too (cue-verbs.ts).
 */
export const DESCRIBING_VERBS: ReadonlySet<string> = new Set([
  'characterize',
  'characterizes',
  'characterized',
  'characterizing',
  'characterise',
  'characterises',
  'characterised',
  'characterising',
  'portray',
  'portrays',
  'portrayed',
  'portraying',
  'depict',
  'depicts',
  'depicted',
  'depicting',
  'cast',
  'casts',
  'casting',
  'paint',
  'paints',
  'painted',
  'painting',
]);
