import type { CleanArticle } from '../article';
import type { QuoteSpan } from './marks';

/** Fewer words than this are a phrase two speakers may both use ("no comment"), not a repeated quotation. */
const MIN_PULL_QUOTE_WORDS = 4;

/**
 * Pull quotes: a paragraph that is nothing but a quotation repeating words quoted elsewhere in the
 * article, where the speaker is named ("“We have never seen anything like this”" set apart in large
 * type, then "“We have never seen anything like this,” said farmer Bill Cray"). The page shows the
 * words twice; they were said once, so the copy set apart is no quotation of its own.
 */
export function withoutPullQuotes(article: CleanArticle, spans: readonly QuoteSpan[]): QuoteSpan[] {
  const alone = spans.map((s) => standsAlone(article, s));
  // The copy that counts is the one in the reporter's text, with its speaker: a quotation that shares its
  // paragraph. (Comparing only against those keeps a page of a thousand quote-only paragraphs linear.)
  const inText = spans.filter((_s, i) => !alone[i]).map((s) => wordsOf(article.body.slice(s.start, s.end)));
  if (inText.length === 0) return [...spans];
  return spans.filter((s, i) => {
    if (!alone[i]) return true;
    const words = wordsOf(article.body.slice(s.start, s.end));
    return words.split(' ').length < MIN_PULL_QUOTE_WORDS || !inText.some((t) => t.includes(words));
  });
}

/** The quotation is its whole paragraph: marks, words and at most a closing full stop. */
function standsAlone(article: CleanArticle, s: QuoteSpan): boolean {
  const paragraph = article.paragraphs[s.paragraph];
  if (!paragraph || s.multiParagraph) return false;
  const before = article.body.slice(paragraph.start, s.outerStart);
  const after = article.body.slice(s.outerEnd, paragraph.end);
  return before.trim() === '' && /^[\s.]*$/.test(after);
}

/** Lower-case words joined by single spaces, punctuation and marks dropped. */
function wordsOf(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
