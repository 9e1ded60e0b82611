import { questionerBeforeReply } from './addressee';
import { type Antecedents, compatible } from './antecedents';
import { type Entity, setGender } from './entities';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import { isPluralOfPeople } from './lexicon/roles';
import { isDocumentMention, type Mention } from './mention';
import { pronounCandidates } from './pronoun-features';
import { speakerReportingOwnWords } from './reported-speaker';
import { PRONOUN_MODEL, type PronounModel, rankAntecedents, topAntecedent } from './pronoun-ranker';
import { lastWordOfSentence, sentenceInitial } from './reporter-text';
import type { Token } from './tokens';

/**
 * A subject pronoun's referent: "he"/"she" the person of that gender the ranker finds most probable
 * among those in reach (pronoun-ranker.ts), "it" an organisation, "they" a group or an organisation.
 */
export function resolvePronoun(
  m: Mention,
  antecedents: Antecedents,
  tokens: readonly Token[],
  model: PronounModel = PRONOUN_MODEL,
): Entity | null {
  const recent = antecedents.recent.bind(antecedents);
  const info = SUBJECT_PRONOUNS.get(tokens[m.first]!.lower)!;
  if (info.refersTo === 'person') return personReferent(m, antecedents, tokens, info.gender, model);
  if (info.refersTo === 'organisation') return organisationReferent(antecedents, tokens);
  return (
    recent((e, s) => e.plural || (e.kind === 'organisation' && namesPeopleInPlural(tokens, s)), false) ??
    recent((e) => e.kind === 'organisation' && !e.place, true) ??
    null
  );
}

/**
 * "Analysts at Brightline Capital said", "Brightline Capital analysts said": people of a body, in the plural,
 * are a "they" though the mention's entity is the one body; without this a plural named further back
 * ("a memo sent to staff") took the "they".
 */
function namesPeopleInPlural(tokens: readonly Token[], s: Mention): boolean {
  const plural = (t: Token | undefined) => t?.word === true && isPluralOfPeople(t.lower);
  return s.type === 'organisation' && s.last > s.first && (plural(tokens[s.first]) || plural(tokens[s.last]));
}

/**
 * "it": one body, not a place nor a plural group ("Analysts at Hargreaves Bank had expected a rise.
 * “…,” it said" is not the analysts), nor one of two joined by "and" ("while Tesco and Asda held theirs"
 * are "they"): the latest such body that was a subject, else the latest mentioned.
 */
function organisationReferent(antecedents: Antecedents, tokens: readonly Token[]): Entity | null {
  const body = (e: Entity, s: Mention) =>
    isDocumentMention(s) || (e.kind === 'organisation' && !e.place && !e.plural && !joinedByAnd(tokens, s));
  return (
    antecedents.subjectElseLatest(body) ??
    antecedents.recent((e) => e.kind === 'organisation' && !e.place, false) ??
    null
  );
}

/**
 * "he"/"she": a person or unnamed source of no other gender, or a lone capitalised word read as an
 * organisation for want of evidence ("Cruz openly admitted… he said"), which the pronoun then shows
 * to be a person.
 */
function personReferent(
  m: Mention,
  antecedents: Antecedents,
  tokens: readonly Token[],
  gender: Entity['gender'],
  model: PronounModel,
): Entity | null {
  const questioner = questionerBeforeReply(m, antecedents, tokens, gender);
  const ok = (e: Entity) =>
    e !== questioner && !e.place && !e.plural && (e.kind === 'organisation' ? e.weak : compatible(e, gender));
  const person = (e: Entity) =>
    (e.kind === 'person' || e.kind === 'unnamed') && !e.place && !e.plural && compatible(e, gender);
  const reporting = speakerReportingOwnWords(m, antecedents, tokens, ok);
  if (reporting) {
    // The pronoun opens the reported clause, so it tells the speaker's gender, and that the speaker is a person.
    reporting.confirmed = true;
    setGender(reporting, gender);
    return asPerson(m, reporting, gender);
  }
  const candidates = pronounCandidates(m, antecedents, tokens, ok, personInFocus(m, antecedents, tokens, person, ok));
  if (candidates.length === 0) return null;
  const ranked = rankAntecedents(candidates, model);
  m.antecedents = candidates.map((c, i) => ({ ...c, p: ranked[i]!.p }));
  return asPerson(m, topAntecedent(ranked)!.entity, gender);
}

/** The referent of "he" or "she" is a person, of that gender when the pronoun opens its clause. */
function asPerson(m: Mention, entity: Entity, gender: Entity['gender']): Entity {
  if (entity.kind === 'organisation') entity.kind = 'person';
  // Only a pronoun that opens its clause tells the referent's gender: in "Halvorsen accused him of
  // promises he could not keep" the "he" is the man accused, not the subject in focus.
  if (m.subject) setGender(entity, gender);
  return entity;
}

/**
 * The ordered rules the ranker weighs as one piece of evidence: a subject earlier in this sentence
 * first; else whoever spoke in the last sentence (the subject of its first cue verb: "Hayward
 * revealed that Hoddle was approached. "He was not available," he explained" is Hayward, not Hoddle,
 * the subject of the clause inside), unless the sentence turned to someone else ("Bogdanov claimed
 * the race was his, but McIlroy is unfazed. He admitted…"); else its latest subject; further back,
 * only known people (`ok`; `anyCandidate` also admits a lone word read as an organisation, as the speaker of
 * the last sentence only).
 */
function personInFocus(
  m: Mention,
  antecedents: Antecedents,
  tokens: readonly Token[],
  ok: (e: Entity) => boolean,
  anyCandidate: (e: Entity) => boolean,
): Entity | undefined {
  const recent = antecedents.recent.bind(antecedents);
  const seen = antecedents.seen;
  const sameSentence = recent((e, s) => ok(e) && s.sentence === m.sentence, true);
  const but = lastWordOfSentence(tokens, m.first, m.sentence - 1, 'but');
  // "But Parry, …, admits": a "but" that opens the sentence turns from the sentence before, not within it.
  const turned =
    but >= 0 &&
    !sentenceInitial(tokens, but) &&
    seen.some((s) => s.subject && s.sentence === m.sentence - 1 && s.first > but);
  const spokeLast = (fits: (e: Entity) => boolean) =>
    seen.find((s) => s.cueSubject && s.sentence === m.sentence - 1 && s.entity !== null && fits(s.entity))?.entity;
  // A lone word taken for a body for want of evidence ("But Parry, …, admits") may be the "he" who spoke
  // last, when no known person did.
  const lastSpeaker = turned ? undefined : (spokeLast(ok) ?? spokeLast(anyCandidate));
  const near = (e: Entity, s: Mention) => ok(e) && s.sentence >= m.sentence - 1;
  return (
    sameSentence ??
    lastSpeaker ??
    recent(near, true) ??
    recent((e) => ok(e) && e.confirmed, true) ??
    recent(ok, true) ??
    recent(ok, false)
  );
}

/** "Tesco and Asda": the mention is one of two names joined by "and", a plural subject together. */
function joinedByAnd(tokens: readonly Token[], s: Mention): boolean {
  const named = (t: Token | undefined) => t?.word === true && t.cap && t.quote < 0;
  const after = tokens[s.last + 1];
  const before = tokens[s.first - 1];
  return (
    (after?.lower === 'and' && after.sentence === s.sentence && named(tokens[s.last + 2])) ||
    (before?.lower === 'and' && before.sentence === s.sentence && named(tokens[s.first - 2]))
  );
}
