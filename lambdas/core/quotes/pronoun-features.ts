import type { Antecedents } from './antecedents';
import type { Entity } from './entities';
import type { Mention } from './mention';
import { lastWordOfSentence } from './reporter-text';
import type { Token } from './tokens';

/**
 * General evidence that an entity already mentioned is the one "he" or "she" refers to, one number
 * per feature, never a name: how recently and how the article mentioned it (as a subject, as the
 * one who spoke last), how often, whether its gender is known to agree, what kind of speaker it is.
 * The ranker (pronoun-ranker.ts) weighs them with weights fitted by `npm run train:pronouns`.
 * An unnamed source ("a spokesman") counts as a person known to be one, and nothing else tells it
 * from a named person: the silver names the weights are fitted to never name an unnamed source, so
 * a feature that told them apart would only learn that bias.
 */
export const PRONOUN_FEATURE_NAMES = [
  'picked by the ordered rules (resolve-pronoun.ts)',
  'mentioned earlier in the same sentence',
  'subject earlier in the same sentence',
  'mentioned in the previous sentence',
  'subject of the previous sentence',
  'first subject of the previous sentence',
  'cue subject of the previous sentence',
  'subject after a turning "but" in the previous sentence',
  'latest cue subject before the pronoun',
  'latest compatible subject',
  'latest compatible mention',
  'log1p(sentences since last mention)',
  'last mentioned in an earlier paragraph',
  'log1p(mentions in reach)',
  'log1p(subject mentions in reach)',
  'latest mention speaks for no one (possessive, aside)',
  'latest mention is a pronoun',
  'gender known to agree',
  'known to be a person (confirmed, or an unnamed source named by a role)',
  'lone word taken for an organisation',
] as const;

/** One candidate antecedent and its evidence, in PRONOUN_FEATURE_NAMES order. */
export interface PronounCandidate {
  entity: Entity;
  x: number[];
}

/** What one entity's mentions in reach say, gathered in one pass over them, latest first. */
interface Trace {
  latest: Mention;
  count: number;
  subjects: number;
  inSentence: boolean;
  subjectInSentence: boolean;
  inPrevious: boolean;
  subjectOfPrevious: boolean;
  firstSubjectOfPrevious: boolean;
  cueSubjectOfPrevious: boolean;
  subjectAfterBut: boolean;
}

const log1pCapped = (n: number) => Math.log1p(Math.min(n, 30));

/**
 * Every entity within reach of the pronoun that `ok` allows (the pronoun's gender and kind), latest
 * first, with its features.
 */
export function pronounCandidates(
  m: Mention,
  antecedents: Antecedents,
  tokens: readonly Token[],
  ok: (e: Entity) => boolean,
  rulesPick: Entity | undefined,
): PronounCandidate[] {
  const previous = m.sentence - 1;
  const but = lastWordOfSentence(tokens, m.first, previous, 'but');
  // "Adler claimed the title, but Marsh is unworried. He said…": a subject after the "but" turned the
  // sentence to someone else; whoever came before it is no longer its subject nor its last speaker.
  const reach = antecedents.inReach();
  const turnedAt = reach.some(
    (s) => s.sentence === previous && s.subject && s.extentEnd >= 0 && s.first > but && but >= 0,
  )
    ? but
    : -1;
  const traces = new Map<Entity, Trace>();
  let latestSubject: Entity | undefined;
  let latestMention: Entity | undefined;
  let latestCue: Entity | undefined;
  let firstSubjectOfPrevious: Mention | undefined;
  for (const s of reach) {
    const e = s.entity!;
    // A possessive or a name in an aside ("Greaves' daughter Ottilie said") is the subject of nothing.
    const beforeTurn = s.sentence === previous && s.first < turnedAt;
    const subject = s.subject && s.extentEnd >= 0 && !beforeTurn;
    const cueSubject = s.cueSubject && !beforeTurn;
    if (cueSubject && latestCue === undefined) latestCue = e;
    if (subject && s.sentence === previous) firstSubjectOfPrevious = s;
    if (!ok(e)) continue;
    if (latestMention === undefined) latestMention = e;
    if (subject && latestSubject === undefined) latestSubject = e;
    let t = traces.get(e);
    if (!t) {
      t = {
        latest: s,
        count: 0,
        subjects: 0,
        inSentence: false,
        subjectInSentence: false,
        inPrevious: false,
        subjectOfPrevious: false,
        firstSubjectOfPrevious: false,
        cueSubjectOfPrevious: false,
        subjectAfterBut: false,
      };
      traces.set(e, t);
    }
    t.count++;
    if (subject) t.subjects++;
    if (s.sentence === m.sentence) {
      t.inSentence = true;
      if (subject) t.subjectInSentence = true;
    }
    if (s.sentence === previous) {
      t.inPrevious = true;
      if (subject) t.subjectOfPrevious = true;
      if (cueSubject) t.cueSubjectOfPrevious = true;
      if (subject && turnedAt >= 0) t.subjectAfterBut = true;
    }
  }
  if (firstSubjectOfPrevious) {
    const t = traces.get(firstSubjectOfPrevious.entity!);
    if (t) t.firstSubjectOfPrevious = true;
  }
  const here = tokens[m.first]!;
  return [...traces].map(([entity, t]) => {
    const latest = tokens[t.latest.first]!;
    return {
      entity,
      x: [
        +(rulesPick === entity),
        +t.inSentence,
        +t.subjectInSentence,
        +t.inPrevious,
        +t.subjectOfPrevious,
        +t.firstSubjectOfPrevious,
        +t.cueSubjectOfPrevious,
        +t.subjectAfterBut,
        +(latestCue === entity),
        +(latestSubject === entity),
        +(latestMention === entity),
        log1pCapped(here.sentence - latest.sentence),
        +(latest.paragraph < here.paragraph),
        log1pCapped(t.count),
        log1pCapped(t.subjects),
        +(t.latest.extentEnd < 0),
        +(t.latest.type === 'pronoun'),
        +(entity.gender !== undefined),
        +(entity.confirmed || entity.kind === 'unnamed'),
        +(entity.kind === 'organisation'),
      ],
    };
  });
}
