import { type Entity, setGender } from './entities';
import { type Antecedents, compatible } from './antecedents';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import type { Mention } from './mention';
import { lastWordOfSentence } from './reporter-text';
import type { Token } from './tokens';

/**
 * A subject pronoun's referent: "he"/"she" a person of that gender in focus,
 * "it" an organisation, "they" a group or an organisation.
 */
export function resolvePronoun(m: Mention, antecedents: Antecedents, tokens: readonly Token[]): Entity | null {
  const recent = antecedents.recent.bind(antecedents);
  const info = SUBJECT_PRONOUNS.get(tokens[m.first]!.lower)!;
  if (info.refersTo === 'person') {
    const ok = (e: Entity) => (e.kind === 'person' || e.kind === 'unnamed') && !e.place && compatible(e, info.gender);
    const entity = personInFocus(m, antecedents, tokens, ok);
    // Only a pronoun that opens its clause tells the referent's gender: in "Halvorsen accused him of
    // promises he could not keep" the "he" is the man accused, not the subject in focus.
    if (entity && m.subject) setGender(entity, info.gender);
    return entity ?? null;
  }
  if (info.refersTo === 'organisation') {
    const ok = (e: Entity) => e.kind === 'organisation';
    return (
      recent((e) => ok(e) && !e.place, true) ?? recent((e) => ok(e) && !e.place, false) ?? recent(ok, false) ?? null
    );
  }
  return recent((e) => e.plural, false) ?? recent((e) => e.kind === 'organisation' && !e.place, true) ?? null;
}

/**
 * A subject earlier in this sentence first; else whoever spoke in the last sentence (the subject
 * of its first cue verb: "Hayward revealed that Hoddle was approached. "He was not available,"
 * he explained" is Hayward, not Hoddle, the subject of the clause inside), unless the sentence
 * turned to someone else ("Bogdanov claimed the race was his, but McIlroy is unfazed. He
 * admitted…"); else its latest subject; further back, only known people.
 */
function personInFocus(
  m: Mention,
  antecedents: Antecedents,
  tokens: readonly Token[],
  ok: (e: Entity) => boolean,
): Entity | undefined {
  const recent = antecedents.recent.bind(antecedents);
  const seen = antecedents.seen;
  const sameSentence = recent((e, s) => ok(e) && s.sentence === m.sentence, true);
  const but = lastWordOfSentence(tokens, m.first, m.sentence - 1, 'but');
  const turned = but >= 0 && seen.some((s) => s.subject && s.sentence === m.sentence - 1 && s.first > but);
  const lastSpeaker = turned
    ? undefined
    : seen.find((s) => s.cueSubject && s.sentence === m.sentence - 1 && s.entity !== null && ok(s.entity))?.entity;
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
