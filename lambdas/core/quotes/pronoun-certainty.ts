import type { Entity } from './entities';
import type { Mention } from './mention';

/**
 * How sure coreference is that the cue's "he" or "she" is `entity`: the ranker's probability of it
 * (pronoun-ranker.ts) when the quote is credited to the referent of a pronoun cue subject, else 1.
 * The scorer weighs who the cue names, not whether the pronoun was resolved right (its fit sees
 * quotes with a gold name only), so a quote credited through "he said" is as sure as both together.
 */
export function resolutionCertainty(cueSubject: Mention | null | undefined, entity: Entity | null): number {
  if (cueSubject?.type !== 'pronoun' || !cueSubject.antecedents || entity === null || cueSubject.entity !== entity)
    return 1;
  return cueSubject.antecedents.find((c) => c.entity === entity)?.p ?? 1;
}
