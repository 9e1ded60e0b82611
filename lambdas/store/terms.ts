import { codePointPrefix } from '../core/text-prefix';

/**
 * Text folding for the two text lookups: search terms (title and summary
 * words, stemmed) and quote phrases (a folded copy of the quote text).
 */

/** A term is cut at 40 UTF-16 units, never inside a character. */
const termPrefix = (term: string) => codePointPrefix(term, 40);

/** Lower-case, no diacritics, straight apostrophes, one space between words. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words too common to be worth an index item. */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could ' +
    'did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own said same says she ' +
    'should so some such than that the their theirs them then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours new news one two year years says say told'
  ).split(' '),
);

/**
 * A light suffix stripper: enough for "elections"/"election", "voting"/"vote",
 * "talks"/"talk" to meet, not a full Porter stemmer. The same function folds
 * the query, so both sides agree whatever it does.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  // "movie" meets "movies" (→ "movy" above): -ie words take the -y stem.
  if (w.length > 4 && w.endsWith('ie')) return `${w.slice(0, -2)}y`;
  // The plural first, so "meetings" and "speeds" go on to lose -ing and -ed as "meeting" and "speed" do.
  if (w.length > 4 && w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Significant terms of a text, in order of first appearance, without repeats. */
export function searchTerms(text: string): string[] {
  return searchTermsUpTo(text, Infinity);
}

/**
 * The first `max` significant terms of a text, reading it word by word and
 * stopping there: a 2 MB transcript is not folded whole to index its first
 * few hundred terms. Same terms, in the same order, as searchTerms.
 */
export function searchTermsUpTo(text: string, max: number, into = new Set<string>(), runTogether = true): string[] {
  for (const match of text.matchAll(TOKEN)) {
    if (into.size >= max) break;
    if (match.groups?.figure !== undefined) addFigureTerms(match[0], into);
    else if (!JOINER.test(match[0])) addTokenTerms(match[0].replace(/[.,]/g, ''), into, max);
    else addCompoundTerms(match[0], into, max, runTogether);
  }
  return [...into];
}

/**
 * A figure written with a point or between numbers is one term as written,
 * as users type it: "3.5", "£3.5bn" as "3.5bn", "10.30am", a score "6-3",
 * "9/11", "24/7", a season "2023/24" (a slash is read as a hyphen, so
 * "2023/24" meets "2023-24"). Its point would otherwise make "3" and "5"
 * of "3.5", and a score's lone digits nothing at all. The numbers of two
 * digits or more in a run are also terms on their own ("2023", "11").
 */
function addFigureTerms(figure: string, into: Set<string>): void {
  into.add(figureTerm(figure));
  if (!DECIMAL_FIGURE.test(figure)) addWordTerms(figure, into);
}

function figureTerm(figure: string): string {
  return termPrefix(foldText(figure).replace(/[/‐‑–—]/g, '-'));
}

function addTokenTerms(word: string, into: Set<string>, max: number): void {
  if (ACRONYM.test(word)) into.add(foldText(word));
  else if (!MAYBE_UNSPACED.test(word) || !HAS_UNSPACED.test(word)) addWordTerms(word, into);
  else
    for (const piece of word.match(UNSPACED_OR_NOT) ?? []) {
      if (HAS_UNSPACED.test(piece)) addPairs(piece, into, max);
      else addWordTerms(piece, into);
    }
}

/** A hyphen or apostrophe inside a word: "e-mail", "O'Neill", "Covid-19", "Trump's". */
const JOINER = /['’‐‑-]/;
/** What follows the apostrophe of a contraction or a possessive: "didn't", "we've", "Trump's". */
const CONTRACTION_TAIL = /['’](?:s|t|re|ve|ll|d|m)$/iu;

/**
 * A hyphenated or apostrophed word is found by each of its pieces, as when
 * they were written apart, and by the pieces run together, as users also
 * type it: "e-mail" by "email", "O'Neill" by "oneill", "Covid-19" by
 * "covid19", "line-up" by "lineup". Not contractions or possessives
 * ("didn't", "Trump's": their tail is dropped), ages ("31-year-old"), nor
 * runs of four words or more. Scores ("6-3") are figures, found whole.
 */
function addCompoundTerms(word: string, into: Set<string>, max: number, runTogether: boolean): void {
  const pieces = compoundPieces(word);
  for (const piece of pieces) if (into.size < max) addTokenTerms(piece, into, max);
  if (!runTogether || into.size >= max) return;
  const whole = runTogetherTerm(pieces);
  if (whole !== undefined) into.add(whole);
}

/** The pieces of a hyphenated or apostrophed word, without a contraction's or a possessive's tail. */
function compoundPieces(word: string): string[] {
  return word.replace(CONTRACTION_TAIL, '').split(JOINER).filter(Boolean);
}

/** The term of a compound's pieces run together ("e-mail" → "email"), if it has one. */
function runTogetherTerm(pieces: string[]): string | undefined {
  if (pieces.length < 2 || pieces.length > 3 || /^\p{N}+$/u.test(pieces[0]!)) return undefined;
  const terms = new Set<string>();
  addWordTerms(pieces.join(''), terms);
  return [...terms][0];
}

/**
 * Chinese and Japanese write words without spaces between them, so a run of
 * their characters is one "word" thousands of characters long. Such runs are
 * indexed as overlapping pairs of characters, and a search for 北京大学 asks
 * for 北京, 京大 and 大学: the usual way to search these scripts without a
 * dictionary of their words.
 */
const UNSPACED_CHARACTER = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々';
const HAS_UNSPACED = new RegExp(`[${UNSPACED_CHARACTER}]`, 'u');
/** A cheap first test for the above: the code blocks of kana and CJK ideographs (surrogates for the supplementary ones). */
const MAYBE_UNSPACED = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F\uD840-\uD87F]/;
/** A word split into its runs of unspaced characters and the parts between them ("iPhone新機種" → "iPhone", "新機種"). */
const UNSPACED_OR_NOT = new RegExp(`[${UNSPACED_CHARACTER}]+|[^${UNSPACED_CHARACTER}]+`, 'gu');

function addPairs(run: string, into: Set<string>, max: number): void {
  let previous: string | undefined;
  for (const character of run) {
    if (into.size >= max) return;
    if (previous !== undefined) into.add(foldText(previous + character));
    previous = character;
  }
  if (previous === run) into.add(foldText(run));
}

/**
 * Numbers of two digits or more are terms, as written: years (1912, 2024),
 * models (737), figures ("3,000" is read as 3000), "Covid-19"'s 19. A lone
 * digit is too short, like a word under three letters.
 */
function addWordTerms(word: string, into: Set<string>): void {
  for (const raw of foldText(word).split(/[^\p{L}\p{N}]+/u)) {
    if (/^\p{N}+$/u.test(raw)) {
      if (raw.length >= 2) into.add(termPrefix(raw));
      continue;
    }
    // "£5m", "4k": a number with its unit is a term however short ("5m" is typed as read).
    if (raw.length === 2 && /^\p{N}\p{L}$/u.test(raw)) {
      into.add(raw);
      continue;
    }
    if (raw.length < 3 || STOPWORDS.has(raw)) continue;
    const term = termPrefix(stem(raw));
    if (term.length >= 2) into.add(term);
  }
}

/**
 * Two-character words are too short to index, except acronyms written in
 * capitals: "EU", "UN", "UK", "AI", "G7", and "US" even though "us" is a
 * stop word. News is searched by them, and capitals tell them from "of" or "it".
 */
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}]|\p{N}\p{Lu})$/u;

/**
 * A word (with its inner hyphens and apostrophes), a number with thousands
 * separators ("3,000" is read as 3000), or a dotted acronym: "U.S." and
 * "U.K." are read as "US" and "UK", so they meet the undotted spelling.
 */
const WORD_OR_DOTTED_ACRONYM =
  /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}|(?<![\p{L}\p{N}])\p{N}{1,3}(?:,\p{N}{3})+(?!\p{N})|[\p{L}\p{N}\p{M}]+(?:['’‐‑-][\p{L}\p{N}\p{M}]+)*/u;

/** A number with a decimal point and what is written straight after it: "3.5", "3.5bn", "10.30am". */
const DECIMAL_FIGURE = /^\p{N}+(?:\.\p{N}+)+\p{L}*$/u;
/** Two or three numbers joined by a hyphen, a dash or a slash, nothing else attached: "6-3", "9/11", "2023/24". */
const NUMBER_RUN = '\\p{N}+(?:[-‐‑–/]\\p{N}+){1,2}(?![\\p{L}\\p{N}]|[-‐‑–/.,]\\p{N})';
const DECIMAL = '\\p{N}+(?:\\.\\p{N}+)+\\p{L}*';

/** A figure (a decimal or a run of numbers, in the group `figure`), else a word, number or dotted acronym as above. */
const TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<figure>${DECIMAL}|${NUMBER_RUN})|${WORD_OR_DOTTED_ACRONYM.source}`,
  'gu',
);

/**
 * What a user searched for, as requirements an article must all meet, each
 * met by any one of its terms. A typed word asks for each of its terms. A
 * hyphenated or apostrophed word is found however the article writes it:
 * "e-mail" asks for "email" or "mail" (an article that writes "email", one
 * that writes "e-mail", and one indexed before compounds were also indexed
 * run together), and "covid-19" for "covid19" or both "covid" and "19" (as
 * requirements: "covid19" or "covid", and "covid19" or "19"). So "email"
 * and "e-mail" typed find the same articles. A two-character word is the
 * acronym whatever its case ("eu", "ai": nobody searches for those letters
 * otherwise), unless it is a stop word typed in lower case ("of", "us").
 */
export function queryRequirements(words: string): string[][] {
  const requirements = new Map<string, string[]>();
  const require = (anyOf: string[]) => requirements.set(anyOf.join(' '), anyOf);
  for (const match of acronymsInCapitals(words).matchAll(TOKEN)) {
    // A figure asks for itself, not also for its numbers: "9/11" is not every article with an 11.
    if (match.groups?.figure !== undefined) {
      require([figureTerm(match[0])]);
      continue;
    }
    const whole = JOINER.test(match[0]) ? runTogetherTerm(compoundPieces(match[0])) : undefined;
    const terms = searchTermsUpTo(match[0], Infinity, new Set(), false);
    for (const term of terms) require(whole === undefined || term === whole ? [term] : [whole, term]);
    if (whole !== undefined && terms.length === 0) require([whole]);
  }
  return [...requirements.values()];
}

/** Two-character words in capitals, but not a piece of a compound: "hi-tech" and "wi-fi" are not "HI" and "WI". */
function acronymsInCapitals(words: string): string {
  return words.replace(/(?<![\p{L}\p{N}'’‐‑-])[\p{L}\p{N}]{2}(?![\p{L}\p{N}'’‐‑-])/gu, (word) =>
    STOPWORDS.has(word) || /^\d+$/.test(word) ? word : word.toUpperCase(),
  );
}
