import type { CleanArticle } from '../article';
import { leansOnPrevious } from './antecedent';
import { rejectReason } from './chrome';
import { datelineLength } from './dateline';
import { quoteFragments, quotedShare } from './quoting';
import { sentenceTerms } from './terms';

/**
 * One body sentence as the summarizer sees it: where its story text lies
 * (after any dateline), its terms, and whether and how it may be used.
 */
export interface Candidate {
  /** Index in `article.sentences`. */
  index: number;
  /** Offsets in the body of the text a summary would show. */
  start: number;
  end: number;
  text: string;
  paragraph: number;
  terms: string[];
  words: number;
  specifics: number;
  /** May appear in a summary at all (not chrome, not a fragment). */
  usable: boolean;
  /** Carries the story's vocabulary (everything but chrome), so it counts for centrality. */
  topical: boolean;
  /** Opens with "He", "But", "This"...: usable only right after its predecessor. */
  leaning: boolean;
  /** Share of its characters inside quotation marks. */
  quoted: number;
}

function opensWithPossessive(text: string): boolean {
  return /^["'“‘]?(?:his|her|their|its)\s/i.test(text);
}

export function buildCandidates(article: CleanArticle): Candidate[] {
  const fragments = quoteFragments(article.sentences);
  // Before the first story sentence there is nothing to lean on: an opening
  // "Their dream shattered, 150 migrants returned" points forward, not back.
  // (An opening "He said" or "But" still leans: the page lost its context.)
  let storyStarted = false;
  return article.sentences.map((s, index) => {
    // Datelines open a paragraph, but a splitter may cut one ("ST." | "JOSEPH, Mich. (AP) —"),
    // and the patterns are strict enough to try on every sentence.
    const cut = datelineLength(s.text);
    const text = s.text.slice(cut);
    const { terms, words, specifics } = sentenceTerms(text);
    const reason = rejectReason(text, words);
    const quoted = quotedShare(text);
    // Words in quotation marks with nobody named beside them: the reader can't tell who speaks.
    const fragment = fragments[index]! || quoted > 0.85;
    const leaning = leansOnPrevious(text) && (storyStarted || !opensWithPossessive(text));
    if (reason === null) storyStarted = true;
    return {
      index,
      start: s.start + cut,
      end: s.end,
      text,
      paragraph: s.paragraph,
      terms,
      words,
      specifics,
      usable: reason === null && !fragment,
      topical: reason === null || reason === 'short' || reason === 'unfinished' ? terms.length > 0 : false,
      leaning,
      quoted,
    };
  });
}
