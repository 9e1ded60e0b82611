import type { Entity } from './entities';
import { DOCUMENT_NOUNS } from './lexicon/roles';
import type { PronounCandidate } from './pronoun-features';
import type { RolePhrase } from './role-phrase';

/**
 * Mentions of speakers in the reporter's text and the entities they refer
 * to, and the speech cues whose subjects they are: what analyzeMentions
 * (mentions.ts) hands to candidates, features and quote contexts.
 */
export type MentionType = 'name' | 'pronoun' | 'role' | 'organisation';

export interface Mention {
  /** First and last token of the mention (determiner and titles included). */
  first: number;
  last: number;
  /** Last token including an appositive or relative clause ("Jay Carney, the White House spokesman"); -1 when the mention speaks for no one. */
  extentEnd: number;
  type: MentionType;
  entity: Entity | null;
  sentence: number;
  /** Subject of its clause: the likely referent of a later "he" or "she". */
  subject: boolean;
  /** Subject of a cue verb: someone said something here. */
  cueSubject: boolean;
  /** A name that took in the role phrase before it ("the festival's director, Craig Prater"). */
  joinedRole?: boolean;
  /** The noun phrase of a role or group mention ("the spokesman", "police"), resolved by coreference. */
  phrase?: RolePhrase;
  /** A "he"/"she": the entities it could refer to, each with its evidence and probability (pronoun-ranker.ts). */
  antecedents?: (PronounCandidate & { p: number })[];
}

/** A speech cue in the reporter's text and whom it attributes to. */
export interface Cue {
  token: number;
  sentence: number;
  subject: Mention | null;
}

export interface MentionAnalysis {
  mentions: Mention[];
  cues: Cue[];
  entities: Entity[];
}

/**
 * A mention of a written document ("the report", "In a statement"): it speaks for its author, the next clause's
 * subject follows it, and "it" may stand for it as for a body.
 */
export function isDocumentMention(m: Mention): boolean {
  return m.phrase !== undefined && DOCUMENT_NOUNS.has(m.phrase.head);
}
