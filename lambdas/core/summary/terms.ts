import { lightStem } from './stem';
import { STOPWORDS } from './stopwords';

/**
 * What a sentence is about, as the scorer sees it: its distinct content
 * stems (function words dropped), its length in words and how many names
 * and numbers it carries. Computed once per sentence; everything else in
 * the summarizer works on these sets.
 */
export interface SentenceTerms {
  /** Distinct content stems, in first-seen order. */
  terms: string[];
  /** Length in words as a reader counts them: space-separated ("U.S.-Russia" is one), or Han/kana characters. */
  words: number;
  /** Capitalised words past the first, and numbers: names, places, figures. */
  specifics: number;
}

/**
 * A word: a run of letters and digits (with a trailing "'s" or "'t"), or a
 * single Han or kana character, since those scripts put no spaces between
 * words and one character is the nearest unit to count.
 */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+(?:['’]\p{L}+)?/gu;

export function sentenceTerms(text: string): SentenceTerms {
  const seen = new Set<string>();
  const terms: string[] = [];
  let tokens = 0;
  let spaceless = 0;
  let specifics = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    tokens++;
    if (raw.length === 1 && SPACELESS.test(raw)) spaceless++;
    const first = raw.charCodeAt(0);
    const isNumber = first >= 48 && first <= 57;
    if (isNumber || (tokens > 1 && raw[0] !== raw[0]!.toLowerCase())) specifics++;
    // Possessive and contracted endings belong to the word: "Kerry's" → "kerry".
    const lower = raw.toLowerCase().replace(/['’].*$/, '');
    if (lower.length < 2 || STOPWORDS.has(lower)) continue;
    const stem = lightStem(lower);
    if (!seen.has(stem)) {
      seen.add(stem);
      terms.push(stem);
    }
  }
  let chunks = 0;
  for (const chunk of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(chunk)) chunks++;
  return { terms, words: Math.max(chunks, spaceless), specifics };
}

/** Distinct content stems of a title or any other short text. */
export function termSet(text: string): Set<string> {
  return new Set(sentenceTerms(text).terms);
}

/** How many members two term lists share (the second as a set). */
export function overlap(a: readonly string[], b: ReadonlySet<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}
