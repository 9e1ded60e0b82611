/**
 * What `eval:search` measures, on one article: the distinct words of its
 * title and text as a user would type them (lower case; any word, number or
 * acronym), and for each, whether a search for it would return the article.
 * Runs the store's own pure functions (indexedTerms for the article,
 * queryRequirements for the search), so the figures are what searchArticles does
 * for a one-word search, without DynamoDB.
 *
 * A word is tried as written ("covid-19", "o'neill", "3,000") and as users
 * also type it: run together ("covid19", "oneill", "3000"), without a
 * possessive ("trump's" → "trump"), and in its other number ("match" ↔
 * "matches"), when that form is a word of the corpus with the same Porter
 * stem. Each failed try is put down to one cause.
 */
import { indexedTerms } from '../../lambdas/store/search-index';
import { foldText, queryRequirements, searchTerms } from '../../lambdas/store/terms';
import { porterStem } from './porter-stemmer';

export interface SearchArticle {
  title: string;
  body: string;
}

export const CAUSES = ['cap', 'number', 'short', 'stop word', 'folding/stemming'] as const;
export type Cause = (typeof CAUSES)[number];
export const TYPINGS = ['as written', 'run together', 'no possessive', 'other number'] as const;
export type Typing = (typeof TYPINGS)[number];

/** One article's count: distinct typed words, and for each lost word, how it was typed and why it missed. */
export interface ArticleCount {
  words: number;
  lost: { typing: Typing; cause: Cause }[];
  /** Distinct terms the article would have uncapped, and the bytes of its word-list item's terms. */
  distinctTerms: number;
}

/** The words of a text as typed: runs of non-space, edge punctuation off, lower case. */
export function typedWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const token of text.match(/\S+/g) ?? []) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
    if (word) words.add(word);
  }
  return words;
}

/** The other ways a user types `word`, by kind; `vocabulary` is every typed word of the corpus. */
export function typings(word: string, vocabulary: Set<string>): [Typing, string][] {
  const out: [Typing, string][] = [['as written', word]];
  const joined = runTogether(word);
  if (joined) out.push(['run together', joined]);
  const bare = word.replace(/['’](?:s)?$/u, '');
  if (bare !== word && /['’]s?$/u.test(word) && bare) out.push(['no possessive', bare]);
  for (const other of otherNumber(word)) if (vocabulary.has(other)) out.push(['other number', other]);
  return out;
}

/**
 * A word with inner punctuation as users also type it run together: "e-mail"
 * → "email", "o'neill" → "oneill", "covid-19" → "covid19", "3,000" → "3000".
 * Not contractions and possessives ("didn't", "uk's": nobody types "didnt"),
 * ages and scores ("31-year-old", "6-3"), runs of four words or more
 * ("up-to-the-minute"), nor words joined by other marks ("9/11",
 * "amazon.com", "1.5").
 */
function runTogether(word: string): string | undefined {
  const pieces = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (pieces.length < 2) return undefined;
  if (/^\p{N}{1,3}(?:,\p{N}{3})+$/u.test(word)) return pieces.join('');
  if (/[^\p{L}\p{N}'’-]/u.test(word)) return undefined; // "9/11", "amazon.com", "1.5": not typed run together
  if (pieces.length > 3 || /['’](?:s|t|re|ve|ll|d|m)$/u.test(word)) return undefined;
  if (/^\p{N}+-/u.test(word)) return undefined;
  return pieces.join('');
}

/** The plural of a singular and the singular of a plural, by the regular rules, kept when Porter agrees they are one word. */
function otherNumber(word: string): string[] {
  if (!/^\p{Ll}{3,}$/u.test(word)) return [];
  const forms = [`${word}s`, `${word}es`];
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`);
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  const stem = porterStem(word);
  return forms.filter((f) => f.length >= 3 && porterStem(f) === stem);
}

/** Why a typed word finds nothing to look up: every piece of it a number, short, or a stop word. */
function emptyCause(typed: string): Cause {
  const pieces = foldText(typed)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (pieces.length > 0 && pieces.every((p) => /^\p{N}+$/u.test(p))) return 'number';
  if (pieces.some((p) => /^\p{N}+$/u.test(p) && p.length >= 3)) return 'number';
  return pieces.some((p) => p.length >= 3) ? 'stop word' : 'short';
}

/** Whether searching `typed` returns the article, else why not. */
export function missCause(typed: string, capped: Set<string>, uncapped: Set<string>): Cause | undefined {
  const requirements = queryRequirements(typed);
  if (requirements.length === 0) return emptyCause(typed);
  const meets = (terms: Set<string>) => requirements.every((anyOf) => anyOf.some((t) => terms.has(t)));
  if (meets(capped)) return undefined;
  if (meets(uncapped)) return 'cap';
  // "go", "mr" typed alone are read as acronyms, which an article writing them in lower case does not have.
  const missing = requirements.filter((anyOf) => !anyOf.some((t) => uncapped.has(t))).flat();
  return /^[\p{L}\p{N}]+$/u.test(typed) && missing.every((t) => t.length <= 2) ? 'short' : 'folding/stemming';
}

/** The article as the index reads it: its title stands for the summary's headline too (the headline is the title when there is one). */
const asRecord = (a: SearchArticle) => ({
  title: a.title,
  summary: { headline: a.title, sentences: [], tldr: '' },
  body: a.body,
});

/** The article's terms with no cap, in the order indexedTerms takes them. */
export function uncappedTerms(article: SearchArticle): string[] {
  return indexedTerms(asRecord(article), Infinity).terms;
}

/** Count one article: every distinct typed word, lost when any way of typing it misses (the first miss names the cause). */
export function countArticle(article: SearchArticle, vocabulary: Set<string>): ArticleCount {
  const all = uncappedTerms(article);
  const capped = new Set(indexedTerms(asRecord(article)).terms);
  const uncapped = new Set(all);
  const words = typedWords(`${article.title}\n${article.body}`);
  const lost: ArticleCount['lost'] = [];
  for (const word of words) {
    for (const [typing, typed] of typings(word, vocabulary)) {
      const cause = missCause(typed, capped, uncapped);
      if (cause === undefined) continue;
      lost.push({ typing, cause });
      break;
    }
  }
  return { words: words.size, lost, distinctTerms: new Set(searchTerms(`${article.title} ${article.body}`)).size };
}
