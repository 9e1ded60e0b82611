import { joinRolesToNames, widenToAppositives } from './appositives';
import { markSubjects } from './clause-subjects';
import { resolveMentions } from './coreference';
import { findCues, speechNounAfter } from './cues';
import { EntityRegistry } from './entities';
import { impersonalFrameEnd } from './impersonal-it';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import type { Mention, MentionAnalysis } from './mention';
import { entitiesForNames, type NamedEntities } from './name-entities';
import { findNameRuns, type NameRuns } from './name-runs';
import { modifiesNounAfter } from './modifier-name';
import type { NameRun } from './run-kind';
import { isReporter } from './reporter-text';
import { oneOfManyMentions } from './one-of-many';
import type { PronounModel } from './pronoun-ranker';
import { roleMentions } from './role-mentions';
import type { Token } from './tokens';

export type { Cue, Mention, MentionAnalysis, MentionType } from './mention';

/**
 * Mentions of speakers in the reporter's text and the entities they refer
 * to. Names are found without a model: runs of capitalised words, read with
 * titles, roles, the place of the run in its sentence and the names seen
 * elsewhere in the article. Pronouns and role phrases ("the singer") are
 * resolved in reading order to the most recent compatible subject.
 *
 * Stages, each in its own file:
 * 1. name-runs.ts (with run-kind.ts): runs of capitalised words and what they name;
 * 2. name-entities.ts: one entity per person or organisation, with aliases and titles;
 * 3. mentions: names here, role phrases in role-mentions.ts (role-phrase.ts), "said one" in one-of-many.ts, pronouns here;
 * 4. appositives.ts: "Jay Carney, the White House spokesman," and "the director, Craig Prater,";
 * 5. clause-subjects.ts and cues.ts: subjects of clauses and of speech cues;
 * 6. coreference.ts (resolve-pronoun.ts, resolve-role.ts): pronouns and roles to entities.
 */
export function analyzeMentions(tokens: readonly Token[], pronounModel?: PronounModel): MentionAnalysis {
  const registry = new EntityRegistry();
  const names = findNameRuns(tokens);
  const named = entitiesForNames(tokens, names.runs, registry);
  // Tokens already part of a mention: a role noun or pronoun there starts no mention of its own.
  const consumed = new Uint8Array(tokens.length);
  const mentions = [
    ...nameMentions(tokens, names, named, consumed),
    ...roleMentions(tokens, names, named, consumed),
    ...oneOfManyMentions(tokens, registry, consumed),
    ...pronounMentions(tokens, consumed),
  ];
  mentions.sort((a, b) => a.first - b.first);
  widenToAppositives(tokens, mentions, names);
  joinRolesToNames(tokens, mentions);
  const speakerMentions = mentions.filter((m) => m.extentEnd >= 0);
  markSubjects(tokens, speakerMentions);
  const cues = findCues(tokens, speakerMentions);
  resolveMentions(mentions, registry, tokens, pronounModel);
  return { mentions: speakerMentions, cues, entities: registry.all };
}

/**
 * A mention for each run with an entity. A possessive owner ("Mr Sigarchi's lawyer") speaks for no
 * one, nor does a name inside the role words before a person's name ("Fox Business moderator Gerard
 * Baker", "Democratic presidential candidate Bernie Sanders"): it describes the person; nor does a name
 * modifying a noun ("the Velvet Moon tour was cited", modifier-name.ts).
 */
function nameMentions(
  tokens: readonly Token[],
  { runs }: NameRuns,
  { runEntity }: NamedEntities,
  consumed: Uint8Array,
): Mention[] {
  const describing = new Uint8Array(tokens.length);
  for (const run of runs) {
    if (run.rolePrefix && runEntity.get(run)?.kind === 'person')
      for (let k = run.rolePrefix.first; k < run.first; k++) describing[k] = 1;
  }
  const mentions: Mention[] = [];
  for (const run of runs) {
    const entity = runEntity.get(run);
    if (!entity) continue;
    const first = run.rolePrefix?.first ?? run.first;
    for (let k = first; k <= run.last; k++) consumed[k] = 1;
    mentions.push({
      first,
      last: run.last,
      extentEnd: speaksForNoOne(tokens, run, describing) ? -1 : run.last,
      type: entity.kind === 'person' ? 'name' : 'organisation',
      entity,
      sentence: tokens[run.first]!.sentence,
      subject: false,
      cueSubject: false,
    });
  }
  return mentions;
}

/** A possessive owner, a place after "in", a name inside a role prefix or one modifying the noun after it. */
function speaksForNoOne(tokens: readonly Token[], run: NameRun, describing: Uint8Array): boolean {
  if ((run.possessive && !ownsSpeechNoun(tokens, run.last)) || run.locative || describing[run.last]) return true;
  return !run.possessive && !run.rolePrefix && modifiesNounAfter(tokens, run.first, run.last);
}

const ownsSpeechNoun = (tokens: readonly Token[], owner: number) => speechNounAfter(tokens, owner) !== undefined;

/** Subject pronouns of the reporter's text not already inside a mention. */
function pronounMentions(tokens: readonly Token[], consumed: Uint8Array): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isReporter(tokens, i) || !SUBJECT_PRONOUNS.has(t.lower) || consumed[i]) continue;
    // "it appears Pearce is keen": an "it" that frames a clause stands for no one.
    if (impersonalFrameEnd(tokens, i) >= 0) continue;
    mentions.push({
      first: i,
      last: i,
      extentEnd: i,
      type: 'pronoun',
      entity: null,
      sentence: t.sentence,
      subject: false,
      cueSubject: false,
    });
  }
  return mentions;
}
