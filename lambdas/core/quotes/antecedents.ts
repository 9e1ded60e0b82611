import type { Entity } from './entities';
import type { Gender } from './lexicon/pronouns';
import type { Mention } from './mention';

/** How many of the latest mentions coreference looks back over. */
const REACH = 60;

/**
 * Where coreference looks for a pronoun's or a role phrase's referent: the
 * mentions already read (each with its entity), latest last, within a window of 60.
 */
export class Antecedents {
  readonly seen: Mention[] = [];

  /** The latest mentions (within 60), latest first. */
  inReach(): Mention[] {
    return this.seen.slice(Math.max(0, this.seen.length - REACH + 1)).reverse();
  }

  /** The entity of the latest mention (within 60) passing `test`; only subjects when `subjectsOnly`. */
  recent(test: (e: Entity, s: Mention) => boolean, subjectsOnly: boolean): Entity | undefined {
    const seen = this.seen;
    for (let i = seen.length - 1; i >= 0 && seen.length - i < REACH; i--) {
      const s = seen[i]!;
      if (subjectsOnly && !s.subject) continue;
      if (s.entity && test(s.entity, s)) return s.entity;
    }
    return undefined;
  }

  /**
   * The entity of the latest subject passing `test`, else of the latest mention passing it: who "its" or "it",
   * "a party spokesman" mean when the clause that named a body can say more than the words after it.
   */
  subjectElseLatest(test: (e: Entity, s: Mention) => boolean): Entity | undefined {
    return this.recent(test, true) ?? this.recent(test, false);
  }

  /** Every entity among the latest mentions (within 60) passing `test`, each once, latest first. */
  allRecent(test: (e: Entity) => boolean): Entity[] {
    const found: Entity[] = [];
    const seen = this.seen;
    for (let i = seen.length - 1; i >= 0 && seen.length - i < REACH; i--) {
      const e = seen[i]!.entity;
      if (e && !found.includes(e) && test(e)) found.push(e);
    }
    return found;
  }
}

/** An entity of unknown gender, or of `gender`. */
export function compatible(entity: Entity, gender: Gender | undefined): boolean {
  return !gender || !entity.gender || entity.gender === gender;
}
