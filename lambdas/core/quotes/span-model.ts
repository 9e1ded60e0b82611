import { PASSIVE_MARKERS } from './lexicon/cue-verbs';
import { SUBJECT_WORDS } from './lexicon/pronouns';
import { NAMING_VERBS, SPAN_PREPOSITIONS } from './lexicon/term-markers';
import { handRulesKeep } from './scare-quotes';
import { linearScore } from './scorer';
import { type SpanEvidence, spanFeatures, wordsOf } from './span-features';
import weights from './span-weights.json';

/**
 * Whether a pair of quote marks quotes someone: a logistic model over the
 * general evidence of span-features.ts (length, the speech cue of the
 * sentence, the word before the mark, capitals, verbs and first-person
 * words inside…), fitted on PolNeAR train by `npm run train:spans`
 * (scripts/train/spans.ts), deterministically, and stored in
 * span-weights.json. It overrules the hand rules' drops only (isQuotation).
 */
export interface SpanModel {
  features: readonly string[];
  weights: readonly number[];
  /** A span the hand rules drop is a quotation at or above this probability. */
  threshold: number;
}

export const SPAN_MODEL: SpanModel = weights;

/** The model's probability that the marks quote someone. */
export function quotationProbability(e: SpanEvidence, model: SpanModel = SPAN_MODEL): number {
  return 1 / (1 + Math.exp(-linearScore(model.weights, spanFeatures(e))));
}

/**
 * A quotation, or marks around a term. Marks around no word quote nobody. What the hand rules
 * keep (scare-quotes.ts) is kept; of what they drop, the model keeps what it is sure of: on
 * PolNeAR train, the spans it keeps there are at least as often quotations as those the rules keep.
 */
export function isQuotation(e: SpanEvidence, model: SpanModel = SPAN_MODEL): boolean {
  if (wordsOf(e.text).length === 0) return false;
  if (handRulesKeep(e)) return true;
  if (namedInPassive(e.wordsBefore) && !AGENT_AFTER.test(e.textAfter)) return false;
  if (namesAThing(e) || soCalled(e.wordsBefore)) return false;
  return quotationProbability(e, model) >= model.threshold;
}

/** "has been called "strategic ambiguity" by Joshua Hendrick": the passive's agent did say it. */
const AGENT_AFTER = /^[\s"”'’,]*by\b/;

/**
 * "It has been called "open source news"": a naming verb in the passive, with no "by" after it, names
 * a thing; no one is quoted, so the model does not get to keep it (in the active voice, "Ruiz called
 * it "a sham"", it may).
 */
function namedInPassive(wordsBefore: readonly string[]): boolean {
  const verb = wordsBefore[wordsBefore.length - 1];
  const be = wordsBefore[wordsBefore.length - 2];
  return verb !== undefined && be !== undefined && NAMING_VERBS.has(verb) && PASSIVE_MARKERS.has(be);
}

/** "the so-called "reforms"": the reporter keeps the word at a distance; it is nobody's quotation. */
function soCalled(wordsBefore: readonly string[]): boolean {
  const [a, b] = wordsBefore.slice(-2);
  return b === 'so-called' || (a === 'so' && b === 'called');
}

/** Words before a naming verb that make it someone's act of naming: its subject, or an auxiliary or adverb of it. */
const NAMER_BEFORE = new Set([...SUBJECT_WORDS, 'has', 'have', 'had', 'also', 'once', 'then', 'later', 'again']);

/** A comma, a preposition and at most four more words: the opening of a phrase set off by commas ("for one"). */
function opensInsertedPhrase(text: string): boolean {
  const m = /,\s*((?:[\p{L}\p{N}'’.-]+\s+){1,5})$/u.exec(text);
  return m !== null && SPAN_PREPOSITIONS.has(m[1]!.split(/\s+/)[0]!.toLowerCase());
}

/**
 * "a website called "trackers"", "the adaptor, nicknamed "energy vampires"": a naming verb right after
 * a noun or a comma gives a thing its name (a participle); nobody is quoted, so the model does not
 * get to keep it. With a subject before it ("which she called "bullying"", "Ruiz called "a sham"",
 * "he has called") someone named it in their own words, and the model may keep it.
 */
function namesAThing(e: SpanEvidence): boolean {
  const verb = e.wordsBefore[e.wordsBefore.length - 1];
  if (verb === undefined || !NAMING_VERBS.has(verb)) return false;
  // "the adaptor, nicknamed": a participle after a noun and a comma; but "Limbaugh, for one, called" closes an
  // inserted phrase between the subject and its verb, and "Ms Ruiz, called" is a subject.
  const comma = new RegExp(`([\\p{L}'’-]+),\\s*${verb}\\W*$`, 'u').exec(e.textBefore);
  if (comma && /^\p{Ll}/u.test(comma[1]!)) return !opensInsertedPhrase(e.textBefore.slice(0, comma.index));
  const before = e.wordsBefore[e.wordsBefore.length - 2];
  if (before === undefined || NAMER_BEFORE.has(before) || PASSIVE_MARKERS.has(before) || /ly$/.test(before))
    return false;
  // A capitalised word before the verb is a name: its bearer did the naming ("Ruiz called").
  return !new RegExp(`\\p{Lu}[\\p{L}.'’-]*,?\\s+${verb}\\W*$`, 'u').test(e.textBefore);
}
