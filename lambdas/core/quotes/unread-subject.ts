import { CUE_VERBS } from './lexicon/cue-verbs';
import { MODALS } from './lexicon/function-words';
import { INDEFINITE_SUBJECTS } from './lexicon/pronouns';
import type { Mention } from './mention';
import type { QuoteContext } from './quote-context';
import type { Token } from './tokens';

/**
 * Words that open a noun phrase introducing someone or something new: "a sign", "one banner". Such a phrase never
 * means a person named before. A definite phrase may ("the prop said", "the tournament debutant added": the
 * player in focus, described by a noun the reader does not know), so it counts only before a verb of writing.
 */
const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
const DEFINITE_OPENERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/** What written things do with their words: "the sign read:", "the banner reads". */
const VERBS_OF_WRITING: ReadonlySet<string> = new Set(['read', 'reads']);

/** How many words an unread subject may hold ("the note, left on the door on Monday,"). */
const MAX_SUBJECT_WORDS = 10;

const isCue = (t: Token) => CUE_VERBS.has(t.lower) || VERBS_OF_WRITING.has(t.lower);

/**
 * "A sign outside the shop said: “…”", "“…,” a note on the door read": the quote's own sentence gives its
 * words a subject, a noun phrase in which the reader found no one (no name, role, pronoun or group). With no
 * cue of its own, the scorer would carry the speaker of the quote before on to it; but the sentence says who
 * or what spoke, and it is not someone the article names, so the quote is credited to nobody
 * (credited-to-nobody.ts). So are words that people in general would say ("people would say “…”"). A subject
 * read as someone ("a woman in the queue said") is left to the scorer.
 */
export function hasUnreadSubject(
  context: QuoteContext | undefined,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): boolean {
  if (!context || context.cue?.subject || context.introducer) return false;
  const inMention = (from: number, to: number) => mentions.some((m) => m.first <= to && m.extentEnd >= from);
  const subject = subjectBefore(tokens, context.token) ?? subjectAfter(tokens, context.token);
  return subject !== undefined && !inMention(subject.first, subject.last);
}

/** "A sign outside the shop said: “…”": the phrase that opens the sentence and ends on a cue right before the quote. */
function subjectBefore(tokens: readonly Token[], p: number): { first: number; last: number } | undefined {
  let verb = p - 1;
  if (tokens[verb]?.text === ':' || tokens[verb]?.text === ',') verb--;
  const v = tokens[verb];
  if (!v || v.sentence !== tokens[p]!.sentence || !isCue(v)) return undefined;
  const indefinite = indefiniteSubjectBefore(tokens, verb);
  if (indefinite >= 0) return { first: indefinite, last: indefinite };
  let first = verb - 1;
  while (first > 0 && tokens[first - 1]!.sentence === v.sentence && tokens[first - 1]!.quote < 0) first--;
  return phraseOf(tokens, first, verb - 1, v);
}

/** "“…,” a note on the door read.": the phrase after the quote, then a cue that ends the sentence. */
function subjectAfter(tokens: readonly Token[], p: number): { first: number; last: number } | undefined {
  let first = p + 1;
  if (tokens[first]?.text === ',') first++;
  let verb = first;
  while (tokens[verb]?.sentence === tokens[p]!.sentence && tokens[verb]!.quote < 0 && !isCue(tokens[verb]!)) verb++;
  const v = tokens[verb];
  if (!v || v.sentence !== tokens[p]!.sentence || v.quote >= 0 || verb === first) return undefined;
  const next = tokens[verb + 1];
  if (next && next.sentence === v.sentence && next.text !== '.') return undefined;
  return phraseOf(tokens, first, verb - 1, v);
}

/**
 * Tokens `first`..`last` as the subject of `verb`: a noun phrase that introduces something new, or any determiner's
 * before a verb of writing ("the banner read"), with no verb of speech inside; else undefined.
 */
function phraseOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  verb: Token,
): { first: number; last: number } | undefined {
  if (first < 0 || last < first) return undefined;
  const opener = tokens[first]!.lower;
  const written = VERBS_OF_WRITING.has(verb.lower) && DEFINITE_OPENERS.has(opener);
  if (!INDEFINITE_OPENERS.has(opener) && !written) return undefined;
  const words = tokens.slice(first, last + 1).filter((t) => t.word);
  if (words.length < 2 || words.length > MAX_SUBJECT_WORDS || words.some(isCue)) return undefined;
  return { first, last };
}

/**
 * "people would say", "some say", "nobody said": the index of a word for people in general right before the verb
 * at `verb` (a modal between), in its sentence; else -1.
 */
export function indefiniteSubjectBefore(tokens: readonly Token[], verb: number): number {
  let k = verb - 1;
  if (k >= 0 && MODALS.has(tokens[k]!.lower)) k--;
  const t = tokens[k];
  return t && t.sentence === tokens[verb]!.sentence && INDEFINITE_SUBJECTS.has(t.lower) ? k : -1;
}
