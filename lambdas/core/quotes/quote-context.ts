import type { QuoteSpan } from './marks';
import type { Cue, Mention, MentionAnalysis } from './mentions';
import { officeHolderStart } from './office-prefix';
import { type SpanEvidence, wordsOf } from './span-features';
import { isQuotation, SPAN_MODEL, type SpanModel } from './span-model';
import { speechNounContent } from './speech-noun-content';
import type { Token } from './tokens';
import { CUE_GAP_WORDS, CUE_VERBS, PASSIVE_MARKERS, SPEECH_NOUNS } from './lexicon/cue-verbs';
import { DASHES, DETERMINERS, SUBORDINATORS } from './lexicon/function-words';
import { SUBJECT_WORDS } from './lexicon/pronouns';
import { DESCRIBING_VERBS } from './lexicon/term-markers';

/**
 * What the reporter's text says around one quotation, before anyone is
 * credited with it: the speech cue of its own sentence (and whether it comes
 * after the quote, "…," she said, or before it), a name that introduces it
 * ("Blair: …"), whether the quote is partial (the reporter's words run on
 * around it). Quotes that quote nobody (scare quotes, titles, apostrophes
 * taken for marks) are left out here. The scorer (scorer.ts) then weighs
 * the candidate speakers with these facts as evidence.
 */
export interface QuoteContext {
  span: QuoteSpan;
  /** The placeholder token of the quote in the reporter's token stream. */
  token: number;
  sentence: number;
  paragraph: number;
  partial: boolean;
  /** The cue that attributes this quote in its own sentence, if any. */
  cue?: Cue;
  /** The cue comes after the quote ("…," he said) rather than before it (He said: "…"). */
  cueAfter: boolean;
  /** With the cue after the quote, the cue before it too, if any ("Monfils said: “…,” he said"). */
  cueBefore?: Cue;
  /** A name or role that opens the sentence and introduces the quote ("Blair: "We will win.""). */
  introducer?: Mention;
  /** Some speech cue stands anywhere in the quote's sentence. */
  sentenceHasCue: boolean;
  /** The quote opens its paragraph. */
  paragraphInitial: boolean;
  /** The quote is what this owner's claim or remark says ("Park's claim that the city “…”", speech-noun-content.ts). */
  speechNounOwner?: Mention;
}

/** Small words that join the parts of a source's description ("a statement on her website"). */
const LINKING_WORDS = new Set(['on', 'of', 'from', 'at', 'for', 'in', 'the', 'a', 'an', 'and']);

/** Conjunctions that join a new clause, with its own subject and verb, to the one before. */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);

/** Token bounds around a quote placeholder: back to the previous kept quote of the sentence, on to the next quote. */
interface Bounds {
  from: number;
  to: number;
  sentenceFrom: number;
  sentenceTo: number;
}

function boundsOf(tokens: readonly Token[], p: number, passable: ReadonlySet<number>): Bounds {
  const sentence = tokens[p]!.sentence;
  const same = (i: number) => i >= 0 && i < tokens.length && tokens[i]!.sentence === sentence;
  let from = p;
  // Back to the previous quote of the sentence (one dropped as a term, or one inside a speech noun's content,
  // "called Park's claim of a “duty” “absurd”", counts as reporter's text).
  while (same(from - 1) && (tokens[from - 1]!.quote < 0 || passable.has(tokens[from - 1]!.quote))) from--;
  let to = p;
  while (same(to + 1) && tokens[to + 1]!.quote < 0) to++;
  let sentenceFrom = p;
  while (same(sentenceFrom - 1)) sentenceFrom--;
  let sentenceTo = p;
  while (same(sentenceTo + 1)) sentenceTo++;
  return { from, to, sentenceFrom, sentenceTo };
}

interface Spot {
  body: string;
  span: QuoteSpan;
  tokens: readonly Token[];
  p: number;
  bounds: Bounds;
  cueAt: ReadonlyMap<number, Cue>;
  inMention: Uint8Array;
}

/** A quote's cue, whether it comes after the quote, and with a cue after it, the one before it too. */
interface FoundCue {
  cue?: Cue;
  after: boolean;
  before?: Cue;
}

/**
 * The cue of a quote: after it first ("…," he said), else before it. A quote that ends on its own
 * punctuation ("…UK,") is attributed right after it; a cue further on, past other reporter's
 * words, belongs to a new clause ("…UK," Digital prints cost less, said X).
 */
function findCue(s: Spot): FoundCue {
  const { tokens, p, bounds, cueAt, inMention } = s;
  let before: Cue | undefined;
  for (let i = p - 1; i >= bounds.from && !before; i--) if (cueAt.get(i)?.subject) before = cueAt.get(i);
  const endsOwnClause = /[,.!?…]$/.test(s.body.slice(s.span.start, s.span.end).trimEnd());
  for (let i = p + 1; i <= bounds.to; i++) {
    const c = cueAt.get(i);
    if (!c?.subject) continue;
    const attributionStart = Math.min(officeHolderStart(tokens, c.subject), c.token);
    // "Clinton accuses Sanders of an “artful smear” regarding her links while Sanders suggests …": with a cue
    // of its own before it, a quote is not attributed by a cue after other words, unless that one closes the
    // sentence after a comma ("… in its dealings with the region, said Nargis Kassenova").
    const ownCueFirst = before !== undefined && tokens[attributionStart - 1]?.text !== ',';
    // "attacked “desperate” magazines, questioning their honesty after they reported she was pregnant": a cue in a
    // clause that a subordinating word opens tells of another act of speech, not of the quote's.
    if (SUBORDINATORS.has(tokens[attributionStart - 1]?.lower ?? '')) break;
    let detached = false;
    // "“France will always be France,” an angry Hollande retaliated": an article and its adjectives open the subject.
    const subjectOpener = ['a', 'an', 'the'].includes(tokens[p + 1]?.lower ?? '') && attributionStart - p <= 4;
    for (
      let k = subjectOpener ? attributionStart : p + 1;
      k < attributionStart && (endsOwnClause || ownCueFirst);
      k++
    ) {
      const t = tokens[k]!;
      if (t.word && inMention[k] !== 1 && !LINKING_WORDS.has(t.lower) && !CUE_GAP_WORDS.has(t.lower)) detached = true;
      // "Cruz accuses Obama of “leading from behind” and Trump says…": a conjunction opens another clause.
      if (ownCueFirst && CLAUSE_CONJUNCTIONS.has(t.lower)) detached = true;
    }
    if (detached) break;
    return { cue: c, after: true, before };
  }
  return { cue: before, after: false };
}

/** The cue of a quote inside a speech noun's content ("Reyes's claim that the council “…”"): its owner speaks. */
function ownerOfContent(
  tokens: readonly Token[],
  p: number,
  mentionByEnd: ReadonlyMap<number, Mention>,
): FoundCue | undefined {
  const content = speechNounContent(tokens, p, (end) => mentionByEnd.get(end));
  if (!content) return undefined;
  return {
    cue: { token: content.noun, sentence: tokens[content.noun]!.sentence, subject: content.owner },
    after: content.noun > p,
  };
}

/** Tokens that belong to the attribution itself ("Microsoft's Mike Coleman told reporters"). */
function attributionTokens(s: Spot, cue: Cue | undefined): Set<number> {
  const { tokens, bounds } = s;
  const out = new Set<number>();
  if (!cue?.subject) return out;
  const m = cue.subject;
  let lo = Math.min(officeHolderStart(tokens, m), cue.token);
  // "Microsoft's Mike Coleman told": the employer's possessive belongs to the attribution.
  while (lo - 1 >= bounds.from && tokens[lo - 1]!.cap && /['’]s$/.test(tokens[lo - 1]!.text)) lo--;
  const hi = Math.max(m.extentEnd, cue.token);
  for (let i = lo; i <= hi; i++) out.add(i);
  for (let i = lo - 1; i >= bounds.from && CUE_GAP_WORDS.has(tokens[i]!.lower); i--) out.add(i);
  if (cue.token + 1 <= bounds.to && ['to', 'reporters', 'as', 'saying'].includes(tokens[cue.token + 1]!.lower))
    out.add(cue.token + 1);
  return out;
}

/** Partial: the reporter's own words run on around the quote (beyond the attribution). */
function isPartial(s: Spot, cue: Cue | undefined, cueAfter: boolean): boolean {
  const { tokens, p, bounds, inMention } = s;
  const own = attributionTokens(s, cue);
  const beforeEndsWithColon = tokens[p - 1]?.text === ':' && p - 1 >= bounds.from;
  if (!beforeEndsWithColon) {
    for (let i = bounds.from; i < p; i++) {
      const t = tokens[i]!;
      if (t.word && !own.has(i) && !['but', 'and', 'so'].includes(t.lower)) return true;
    }
  }
  // "“…” — Ana Lenz, mayor of Eastport": after a dash, the words name and describe the source.
  if (DASHES.has(tokens[p + 1]?.text ?? '') && p + 1 <= bounds.to) return false;
  // After the quote, the words before its cue may only name the source (", a statement on her website said").
  const attributionStart = cue && cueAfter ? Math.min(...own) : Infinity;
  for (let i = p + 1; i <= bounds.to && i < attributionStart; i++) {
    const namesSource = cue !== undefined && cueAfter && (inMention[i] === 1 || LINKING_WORDS.has(tokens[i]!.lower));
    if (tokens[i]!.word && !own.has(i) && !namesSource) return true;
  }
  return false;
}

/** A mention that opens the sentence and ends right before the quote (or its colon). */
function introducerOf(s: Spot, mentionByEnd: ReadonlyMap<number, Mention>): Mention | undefined {
  const { tokens, p, bounds } = s;
  let end = p - 1;
  if (tokens[end]?.text === ':') end--;
  let start = bounds.from;
  while (start <= end && !tokens[start]!.word) start++;
  const speaker = mentionByEnd.get(end);
  return speaker && speaker.first === start && speaker.type !== 'pronoun' && start <= end && speaker.entity
    ? speaker
    : undefined;
}

/** Sees each span's evidence and whether it was kept as a quotation (`npm run train:spans` reads them). */
export type SpanObserver = (quote: number, evidence: SpanEvidence, kept: boolean) => void;

/** Each quotation that quotes someone, with what its sentence says about who. */
export function quoteContexts(
  body: string,
  spans: readonly QuoteSpan[],
  tokens: readonly Token[],
  analysis: MentionAnalysis,
  spanModel: SpanModel = SPAN_MODEL,
  observe?: SpanObserver,
): QuoteContext[] {
  const cueAt = new Map<number, Cue>(analysis.cues.map((c) => [c.token, c]));
  const placeholders: number[] = [];
  tokens.forEach((t, i) => {
    if (t.quote >= 0) placeholders[t.quote] = i;
  });
  const norm = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim();
  const timesQuoted = new Map<string, number>();
  for (const sp of spans) {
    const key = norm(body.slice(sp.start, sp.end));
    timesQuoted.set(key, (timesQuoted.get(key) ?? 0) + 1);
  }
  // The reporter's own words, to tell whether a quoted phrase is also used without marks.
  const reporterWords = ` ${tokens
    .filter((t) => t.word)
    .map((t) => t.lower)
    .join(' ')
    .replace(/’/g, "'")} `;
  const cueParagraphs = new Set(analysis.cues.map((c) => tokens[c.token]!.paragraph));
  const quotedTexts = spans.map((sp) => norm(body.slice(sp.start, sp.end)));
  const inMention = new Uint8Array(tokens.length);
  for (const m of analysis.mentions) inMention.fill(1, m.first, m.extentEnd + 1);
  const mentionByEnd = new Map<number, Mention>();
  for (const m of analysis.mentions) if (m.entity) mentionByEnd.set(m.last, m);

  const out: QuoteContext[] = [];
  let lastTermEnd = -1;
  // Quotes a later quote's clause reads past as reporter's text: those dropped as terms, and those inside a
  // speech noun's content.
  const passable = new Set<number>();
  for (let q = 0; q < spans.length; q++) {
    const span = spans[q]!;
    const p = placeholders[q];
    if (p === undefined) continue;
    const spot: Spot = {
      body,
      span,
      tokens,
      p,
      bounds: boundsOf(tokens, p, passable),
      cueAt,
      inMention,
    };
    const owned = ownerOfContent(tokens, p, mentionByEnd);
    if (owned) passable.add(q);
    const { cue, after, before } = owned ?? findCue(spot);
    let partial = isPartial(spot, cue, after);
    const text = body.slice(span.start, span.end);
    let sentenceHasCue = false;
    for (let k = spot.bounds.sentenceFrom; k <= spot.bounds.sentenceTo && !sentenceHasCue; k++)
      sentenceHasCue = cueAt.has(k);
    const evidence = spanEvidence(spot, {
      text,
      partial,
      cue: cue?.subject ? (after ? 'after' : 'before') : 'none',
      sentenceHasCue,
      timesQuoted: timesQuoted.get(norm(text)) ?? 0,
      listedAfterTerm:
        lastTermEnd >= 0 && /^\s*(,|and|or|, and|, or)(\s+even)?\s*$/.test(body.slice(lastTermEnd, span.outerStart)),
      lastKept: out[out.length - 1],
      reporterWords,
      cueBefore: cue?.subject && !after ? cue.token : undefined,
      quotedTexts,
      paragraphHasCue: cueParagraphs.has(tokens[p]!.paragraph),
    });
    // A whole passage in double marks is someone's words; partial and single-marked ones may be terms.
    const kept = !(partial || span.single) || isQuotation(evidence, spanModel);
    observe?.(q, evidence, kept);
    if (!kept) {
      lastTermEnd = span.outerEnd;
      passable.add(q);
      continue;
    }
    const introducer = cue ? undefined : introducerOf(spot, mentionByEnd);
    if (introducer) partial = false;
    const t = tokens[p]!;
    out.push({
      span,
      token: p,
      sentence: t.sentence,
      paragraph: t.paragraph,
      partial,
      cue,
      cueAfter: after,
      ...(before ? { cueBefore: before } : {}),
      introducer,
      sentenceHasCue,
      paragraphInitial: evidence.paragraphInitial,
      ...(owned?.cue?.subject ? { speechNounOwner: owned.cue.subject } : {}),
    });
  }
  return out;
}

/** What the marks' surroundings say (span-features.ts), for the span model to weigh. */
function spanEvidence(
  s: Spot,
  q: Pick<
    SpanEvidence,
    'text' | 'partial' | 'cue' | 'sentenceHasCue' | 'paragraphHasCue' | 'timesQuoted' | 'listedAfterTerm'
  > & {
    lastKept: QuoteContext | undefined;
    reporterWords: string;
    cueBefore: number | undefined;
    quotedTexts: readonly string[];
  },
): SpanEvidence {
  const { tokens, p, bounds, span, body, cueAt } = s;
  const wordsBefore: string[] = [];
  for (let i = p - 1; i >= bounds.from && wordsBefore.length < 3; i--)
    if (tokens[i]!.word) wordsBefore.unshift(tokens[i]!.lower);
  let cueRightBefore = false;
  for (let i = p - 1; i >= Math.max(bounds.sentenceFrom, p - 3); i--) cueRightBefore ||= cueAt.has(i);
  // "said the deal was "a disaster"": the cue's clause runs on to the mark, no comma or dash between.
  let inCueClause = q.cueBefore !== undefined;
  for (let i = (q.cueBefore ?? p) + 1; i < p && inCueClause; i++) inCueClause = !/^[,;—–―(]$/.test(tokens[i]!.text);
  const speechFrame = speechFrameBefore(tokens, p, bounds.from);
  const last = q.lastKept;
  const continuesQuotation =
    !!last?.span.single &&
    !last.partial &&
    !q.partial &&
    q.text.split(/\s+/).length >= 3 &&
    span.paragraph - last.span.paragraph <= 1;
  return {
    text: q.text,
    single: span.single,
    partial: q.partial,
    cue: q.cue,
    sentenceHasCue: q.sentenceHasCue,
    paragraphHasCue: q.paragraphHasCue,
    cueRightBefore,
    wordsBefore,
    textBefore: body.slice(Math.max(0, span.outerStart - 40), span.outerStart),
    textAfter: body.slice(span.outerEnd, span.outerEnd + 20),
    timesQuoted: q.timesQuoted,
    paragraphInitial: p === 0 || tokens[p - 1]!.paragraph !== tokens[p]!.paragraph,
    listedAfterTerm: q.listedAfterTerm,
    continuesQuotation,
    usedWithoutMarks: usedWithoutMarks(q.text, q.reporterWords),
    inCueClause,
    speechFrame,
    withinLongerQuote: withinLongerQuote(q.text, q.quotedTexts),
  };
}

/** How far back from the mark a speech frame is looked for, in words of its clause. */
const FRAME_WORDS = 8;

/**
 * The clause right before the mark reports someone's words without a cue verb: a speech noun, then
 * "that" within four words ("his comment Monday that "…"", "one assertion that he is not "…""), or a
 * describing or speech verb, then "as" within four words ("characterizes herself as a "…""). Not the
 * passive "has been described as", nor a participle after a noun, "a show described as "…"": they
 * name no one who said it.
 */
function speechFrameBefore(tokens: readonly Token[], p: number, from: number): boolean {
  const clause: Token[] = [];
  for (let i = p - 1; i >= from && clause.length < FRAME_WORDS; i--) {
    const t = tokens[i]!;
    if (/^[,;:—–―()]$/.test(t.text)) break;
    if (t.word) clause.unshift(t);
  }
  const words = clause.map((t) => t.lower);
  const that = words.lastIndexOf('that');
  if (that > 0 && words.slice(Math.max(0, that - 4), that).some((w) => SPEECH_NOUNS.has(w))) return true;
  let as = words.length - 1;
  if (DETERMINERS.has(words[as] ?? '')) as--;
  if (words[as] !== 'as') return false;
  for (let k = as - 1; k >= Math.max(0, as - 4); k--) {
    const w = words[k]!;
    if (!DESCRIBING_VERBS.has(w) && !CUE_VERBS.has(w)) continue;
    if (PASSIVE_MARKERS.has(words[k - 1] ?? '')) return false;
    // With an object between verb and "as" ("casting Johnson as") the verb is active; without one, its subject shows it.
    const before = clause[k - 1];
    return (
      k < as - 1 ||
      (before !== undefined && (before.cap || SUBJECT_WORDS.has(before.lower) || /ly$/.test(before.lower)))
    );
  }
  return false;
}

/** A short quoted phrase that the reporter also writes without marks elsewhere: the article's term for something. */
function usedWithoutMarks(text: string, reporterWords: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 6) return false;
  return reporterWords.includes(` ${words.join(' ').toLowerCase().replace(/’/g, "'")} `);
}

/** The quoted words stand inside a longer quotation of the article: the reporter repeats a speaker's phrase. */
function withinLongerQuote(text: string, quotedTexts: readonly string[]): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 6) return false;
  const phrase = ` ${words.join(' ').toLowerCase()} `;
  return quotedTexts.some((t) => t.length > phrase.length && ` ${t.replace(/\s+/g, ' ')} `.includes(phrase));
}
