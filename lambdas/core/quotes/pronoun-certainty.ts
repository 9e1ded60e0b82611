import type { Entity } from './entities';
import type { Mention } from './mention';
import type { Token } from './tokens';

/**
 * How sure coreference is that the cue's pronoun is `entity`, when the quote is credited to it:
 * - a resolved "he" or "she": the ranker's probability of `entity` (pronoun-ranker.ts);
 * - a "they" that coreference could not tie to any group or body: 0 for one person. "Laval and Koss
 *   said they regretted it. “We came in good faith,” they said" was both of them, not the one named last;
 * - anything else: 1.
 * The scorer weighs who the cue names, not whether the pronoun was resolved right (its fit sees
 * quotes with a gold name only), so a quote credited through "he said" is as sure as both together.
 */
export function resolutionCertainty(
  cueSubject: Mention | null | undefined,
  entity: Entity | null,
  tokens: readonly Token[],
): number {
  if (cueSubject?.type !== 'pronoun' || entity === null) return 1;
  if (cueSubject.entity === null) return unresolvedTheyForOnePerson(cueSubject, entity, tokens) ? 0 : 1;
  if (!cueSubject.antecedents || cueSubject.entity !== entity) return 1;
  return cueSubject.antecedents.find((c) => c.entity === entity)?.p ?? 1;
}

function unresolvedTheyForOnePerson(cueSubject: Mention, entity: Entity, tokens: readonly Token[]): boolean {
  const onePerson = (entity.kind === 'person' || entity.kind === 'unnamed') && !entity.plural;
  return onePerson && tokens[cueSubject.first]?.lower === 'they';
}
