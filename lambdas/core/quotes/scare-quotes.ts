import type { SpanEvidence } from './span-features';
import { wordsOf } from './span-features';
import { TERM_MARKER_PAIRS, TERM_MARKERS } from './lexicon/term-markers';

/**
 * The hand rules for marks that do not quote anyone: titles of works and
 * events ("Free Mojtaba and Arash Day"), nicknames (Earvin "Magic" Johnson),
 * terms and words cited as words (the term "blog", so-called "reforms"), and
 * single marks that are apostrophes. They hold on BBC copy; on PolNeAR train
 * they drop a quarter of the partial quotes they see, so the span model
 * (span-model.ts) may overrule a drop when it is sure (span-decision.ts).
 */

/** Every word of four letters or more capitalised, and no sentence punctuation: a title or a name. */
function isTitleCased(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  // A title capitalises its pronouns and short verbs ("All You Need Is Love"); "Thank you Georgia" is a sentence.
  if (words.some((w) => SENTENCE_CASE_WORDS.has(w))) return false;
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?,]$/.test(text.trim());
}

/** Short words a title writes with a capital, lower-case only in a sentence. */
const SENTENCE_CASE_WORDS: ReadonlySet<string> = new Set([
  'you',
  'we',
  'me',
  'us',
  'it',
  'is',
  'are',
  'my',
  'our',
  'your',
]);

/** Which hand rule reads the marks as a term, a title or a nickname, or undefined. */
export function scareRule(e: SpanEvidence): string | undefined {
  const words = wordsOf(e.text).length;
  if (words === 0) return 'no words';
  const before = e.wordsBefore;
  const last = before[before.length - 1] ?? '';
  if (TERM_MARKERS.has(last) && words <= 6) return 'a term marker before';
  if (TERM_MARKER_PAIRS.some((pair) => pair.every((w, k) => before[before.length - pair.length + k] === w)))
    return 'a term marker before';
  if (words <= 5 && isTitleCased(e.text)) return 'title case';
  // Earvin "Magic" Johnson: a capitalised word quoted between two names.
  if (
    words <= 2 &&
    /^\p{Lu}/u.test(e.text) &&
    /\p{Lu}[\p{L}]*\s$/u.test(e.textBefore) &&
    /^\s\p{Lu}/u.test(e.textAfter)
  )
    return 'a nickname';
  // "his comment that "Islam hates us"", "characterizes herself as a "change warrior"": a speech frame is a cue.
  if (words <= 3 && e.timesQuoted > 1 && !e.speechFrame) return 'a short phrase quoted again';
  if (words <= 3 && !e.sentenceHasCue && !e.speechFrame) return 'a short phrase, no cue in its sentence';
  // "such as "affect" and "effect"": a short phrase listed right after a term is a term too.
  if (words <= 3 && e.listedAfterTerm) return 'a short phrase listed after a term';
  return undefined;
}

/** A term, a title or a nickname in marks. */
export function isScareQuote(e: SpanEvidence): boolean {
  return scareRule(e) !== undefined;
}

/** Why the hand rules drop a partial or single-marked span, or undefined when they keep it. */
export function handRulesDrop(e: SpanEvidence): string | undefined {
  const rule = scareRule(e);
  if (rule) return rule;
  const shortPartial = e.partial && e.text.split(/\s+/).length < 3;
  // "said the opposition was ‘rattled’": a short partial in single marks is a quotation when its cue opens its
  // clause; after a possessive it names a thing ("an article about India's 'angadias'").
  const cueClause = e.inCueClause && !/['’]s?\s*$/.test(e.textBefore);
  if (!e.single || e.continuesQuotation || (e.cue !== 'none' && (!shortPartial || cueClause))) return undefined;
  return 'single marks without a cue of their own';
}

/**
 * Whether the hand rules keep a partial or single-marked span: not a term, and single marks
 * (apostrophes too often) only with a speech cue of their own, or as the next full sentence of a
 * single-marked quotation just kept (British style).
 */
export function handRulesKeep(e: SpanEvidence): boolean {
  return handRulesDrop(e) === undefined;
}
