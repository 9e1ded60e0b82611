import { CUE_VERBS } from './lexicon/cue-verbs';
import { CLAUSE_LEAD_WORDS, DETERMINERS, STOP_LEFT } from './lexicon/function-words';
import { HONORIFICS, OFFICE_TITLES } from './lexicon/titles';
import type { Mention } from './mention';
import { impersonalFrameEnd } from './impersonal-it';
import { qualifiesOfficeOf } from './office-qualifier';
import { clauseStart, sentenceInitial } from './reporter-text';
import type { Token } from './tokens';

/**
 * Stage 5a: which mentions are the subject of their clause, the likely
 * referent of a later "he" or "she". A mention is a subject when only
 * connectives ("but", "meanwhile") or a fronted phrase ending in a comma
 * come before it in its clause, and the clause has no subject yet.
 */

/** Punctuation that closes a fronted phrase or a dateline before the subject ("In Ames, Mrs. Clinton", "WASHINGTON — Mr. Obama"). */
const LEAD_CLOSERS = new Set([',', '—', '–', '―']);
/** Subordinators that also start a new clause inside a sentence ("Reina won while McIlroy…"). */
const BREAKING_SUBORDINATORS = ['while', 'although', 'though', 'because', 'when', 'after', 'before'];
/** Words that start a new clause inside a sentence ("Reina won but McIlroy is unfazed"). */
const CLAUSE_BREAKS = new Set(['but', 'whereas', ...BREAKING_SUBORDINATORS]);
/** Clause breaks that are also prepositions ("went after Bush"). */
const PREPOSITION_BREAKS = new Set(['after', 'before']);

/** Marks `subject` on the speaking mentions (in reading order). */
export function markSubjects(tokens: readonly Token[], speakerMentions: readonly Mention[]): void {
  let lastSubject: Mention | undefined;
  for (const m of speakerMentions) {
    // A new clause starts after "but", "while"…: "Reina won but McIlroy is unfazed" has two subjects.
    let start = clauseStart(tokens, m.first);
    for (let k = m.first - 1; k > start; k--) {
      if (CLAUSE_BREAKS.has(tokens[k]!.lower) && !objectOfPreposition(tokens, k, m)) {
        start = k + 1;
        break;
      }
    }
    // "Ever since she endorsed Mrs. Clinton, Ms. Warren has been…": a pronoun in a fronted subordinate clause
    // points ahead to the main clause's subject; it is not the sentence's subject itself.
    if (m.type === 'pronoun' && inFrontedSubordinate(tokens, start, m)) continue;
    // "On Monday, former Governor Ray Olsen said": the office's qualifier is part of the subject, not of the lead.
    const lead = tokens.slice(start, qualifiesOfficeOf(tokens, m.first - 1, m) ? m.first - 1 : m.first);
    // "Speaking in Salem, Trump went after Bush": a fronted participle, even a speech verb's, leads to the subject.
    const speechInLead = lead.some((t, k) => CUE_VERBS.has(t.lower) && !(k === 0 && t.lower.endsWith('ing')));
    const leadOk =
      connectivesThenDescriptors(tokens, start, m) ||
      ownerThenDescriptors(tokens, start, m) ||
      bodyOpeningSentence(tokens, start, m) ||
      viewpointHolder(tokens, start, m) ||
      afterImpersonalFrame(tokens, start, m) ||
      (lead.length > 0 && LEAD_CLOSERS.has(lead[lead.length - 1]!.text) && !speechInLead);
    // Mentions come in reading order, so the last subject found tells whether this clause already has one.
    const earlier =
      lastSubject !== undefined &&
      lastSubject.sentence === m.sentence &&
      lastSubject.first >= start &&
      lastSubject.first < m.first;
    if (leadOk && !earlier) {
      m.subject = true;
      lastSubject = m;
    }
  }
}

/**
 * "The Bank of Arland has forecast…": a body's name after the "the" that opens the sentence is its subject,
 * whatever the verb (a person's name rarely takes "the", and "The Kyrgyz President" is no body).
 */
function bodyOpeningSentence(tokens: readonly Token[], start: number, m: Mention): boolean {
  const entity = m.entity;
  return (
    m.type === 'organisation' &&
    m.first === start + 1 &&
    tokens[start]!.lower === 'the' &&
    sentenceInitial(tokens, start) &&
    entity?.kind === 'organisation' &&
    !entity.place &&
    !entity.weak &&
    entity.name.includes(' ')
  );
}

/** Words that open a subordinate clause fronted before the main one ("Since she left, …", "When he arrived, …"). */
const SUBORDINATORS = new Set([...BREAKING_SUBORDINATORS, 'since', 'if', 'once', 'until', 'as']);

/**
 * The mention sits in a subordinate clause that opens the sentence (after at most one adverb: "Ever since
 * she…") and that a comma after the mention closes before the main clause.
 */
function inFrontedSubordinate(tokens: readonly Token[], start: number, m: Mention): boolean {
  const opener = SUBORDINATORS.has(tokens[start]?.lower ?? '') ? start : start + 1;
  if (!SUBORDINATORS.has(tokens[opener]?.lower ?? '') || opener >= m.first || !sentenceInitial(tokens, start))
    return false;
  for (let k = m.last + 1; k < tokens.length && tokens[k]!.sentence === m.sentence; k++)
    if (tokens[k]!.text === ',') return true;
  return false;
}

/**
 * "But centre Ilan Brook believes…", "Scrum-half Ilan Brook was glad…": connectives, then at most two
 * lower-case words right before the name that describe the person (a position, a rank), not a verb
 * or a function word, so the name still opens its clause. Descriptors the title lexicon knows are
 * already inside the mention; this covers the open class of the rest without listing it.
 */
function connectivesThenDescriptors(tokens: readonly Token[], from: number, m: Mention): boolean {
  const to = m.first;
  let k = from;
  while (k < to && (!tokens[k]!.word || CLAUSE_LEAD_WORDS.has(tokens[k]!.lower))) k++;
  if (to - k > MAX_DESCRIPTORS) return false;
  for (; k < to; k++)
    if (!isDescriptorWord(tokens[k]!, sentenceInitial(tokens, k)) && !qualifiesOfficeOf(tokens, k, m)) return false;
  return true;
}

const MAX_DESCRIPTORS = 2;

/** How many capitalised words a named owner before a relation may have ("Singer Mark Dunn's"). */
const MAX_OWNER_WORDS = 4;

/**
 * "Reyes' sister Ana makes an appeal", "Singer Mark Dunn's ex-wife Greta Holm nominated": a named owner and
 * the words saying how the person is related to them stand before the name, which still opens its clause. The
 * owner speaks for no one; without this, a later "she said" went to the owner, the last subject before.
 */
function ownerThenDescriptors(tokens: readonly Token[], from: number, m: Mention): boolean {
  if (m.type !== 'name') return false;
  let k = from;
  while (k < m.first && (!tokens[k]!.word || CLAUSE_LEAD_WORDS.has(tokens[k]!.lower))) k++;
  const describes = (i: number) => !ownerEnds(tokens, i) && isDescriptorWord(tokens[i]!, sentenceInitial(tokens, i));
  for (let n = 0; n < MAX_DESCRIPTORS && k < m.first && describes(k); n++) k++;
  const ownerStart = k;
  while (k < m.first && k - ownerStart < MAX_OWNER_WORDS && tokens[k]!.word && tokens[k]!.cap && !ownerEnds(tokens, k))
    k++;
  if (k >= m.first || !tokens[k]!.cap || !ownerEnds(tokens, k)) return false;
  k += /['’]s$/.test(tokens[k]!.text) ? 1 : 2;
  // "Mara Quill's Night Harbour, a novel…": with no word of relation, before the name or opening it, a
  // possessive before a name is rather an author's work than a person.
  const related = k < m.first || !tokens[m.first]!.cap;
  if (!related || m.first - k > MAX_DESCRIPTORS) return false;
  for (; k < m.first; k++) if (!isDescriptorWord(tokens[k]!, false)) return false;
  return true;
}

/** The word at `k` ends a possessive: "Dunn's", or "Reyes" before a lone apostrophe. */
function ownerEnds(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const mark = tokens[k + 1];
  return (
    /['’]s$/.test(t.text) || (/s$/.test(t.text) && (mark?.text === "'" || mark?.text === '’') && mark.start === t.end)
  );
}

/**
 * "But for Allen Varga, a research director at Montrose, the future is…", "For Corvex analyst Ian Roe,":
 * a person introduced with a description after a clause-opening "for" holds the view the clause gives,
 * and is who a following "he said" is. A bare "For Trump," is who the clause is about, not whose view.
 */
function viewpointHolder(tokens: readonly Token[], from: number, m: Mention): boolean {
  // An appositive's extent takes in its closing comma.
  const comma = tokens[m.extentEnd]?.text === ',' && m.extentEnd > m.last ? m.extentEnd : m.extentEnd + 1;
  if (m.type !== 'name' || tokens[m.first - 1]?.lower !== 'for' || tokens[comma]?.text !== ',') return false;
  const described = m.extentEnd > m.last || tokens.slice(m.first, m.last + 1).some((t) => t.word && !t.cap);
  if (!described) return false;
  let k = from;
  while (k < m.first - 1 && CLAUSE_LEAD_WORDS.has(tokens[k]!.lower)) k++;
  return k === m.first - 1;
}

/** "But it now appears Pearce is keen to wait": the name opens the clause an impersonal "it appears" frames. */
function afterImpersonalFrame(tokens: readonly Token[], from: number, m: Mention): boolean {
  let k = from;
  while (k < m.first && CLAUSE_LEAD_WORDS.has(tokens[k]!.lower)) k++;
  return impersonalFrameEnd(tokens, k) === m.first;
}

/**
 * A lower-case word (hyphens allowed: "scrum-half"; capitalised only as a sentence's first word) that is not a function word and not shaped like a
 * verb (-ed, -ing, a cue verb). A title word is left out too: had it described the person, the
 * mention would have taken it in; outside the mention it belongs to a longer phrase ("former
 * George W. Bush speechwriter Noam Neusner").
 */
function isDescriptorWord(t: Token, firstOfSentence: boolean): boolean {
  return (
    t.word &&
    (firstOfSentence ? /^\p{Lu}[\p{Ll}-]*$/u : /^\p{Ll}[\p{Ll}-]*$/u).test(t.text) &&
    !STOP_LEFT.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !CUE_VERBS.has(t.lower) &&
    !OFFICE_TITLES.has(t.lower) &&
    !HONORIFICS.has(t.lower) &&
    !/(?:ed|ing)$/.test(t.lower)
  );
}

/**
 * "went after Bush, calling him…": "after" or "before" right before a mention that no word follows in
 * its clause is a preposition with its object, not a new clause ("after Bush said…").
 */
function objectOfPreposition(tokens: readonly Token[], k: number, m: Mention): boolean {
  if (!PREPOSITION_BREAKS.has(tokens[k]!.lower) || k !== m.first - 1) return false;
  const next = tokens[m.extentEnd + 1];
  return !next?.word || next.sentence !== m.sentence;
}
