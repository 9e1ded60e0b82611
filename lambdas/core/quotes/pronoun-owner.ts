import { compatible } from './antecedents';
import type { Entity } from './entities';
import type { Mention } from './mention';
import type { Token } from './tokens';

/** Possessive determiners that stand for one person or body named before them, with whom they may stand for. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, (e: Entity) => boolean> = new Map([
  ['his', (e: Entity) => e.kind === 'person' && compatible(e, 'male')],
  ['her', (e: Entity) => e.kind === 'person' && compatible(e, 'female')],
  ['its', (e: Entity) => e.kind === 'organisation' && !e.plural],
]);

/** How far back, in tokens of its sentence, the one a possessive pronoun stands for is looked for. */
const OWNER_REACH = 12;

/**
 * "Trump stood by his comment Monday that “Islam hates us”", "Lenz attacked Olsen over his remark that …": the one
 * "his", "her" or "its" at token `k` stands for, read as the nearest mention before it in its sentence that the
 * pronoun fits (a person for "his"/"her", a body for "its"); undefined when `k` is no such pronoun or none fits.
 * `mentionEndingAt` gives the mentions by their last token.
 */
export function ownerOfPossessivePronoun(
  tokens: readonly Token[],
  k: number,
  mentionEndingAt: (token: number) => Mention | undefined,
): Mention | undefined {
  const fits = POSSESSIVE_PRONOUNS.get(tokens[k]?.lower ?? '');
  if (!fits) return undefined;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && k - j <= OWNER_REACH && tokens[j]!.sentence === sentence; j--) {
    if (tokens[j]!.quote >= 0 || tokens[j]!.text === ';') return undefined;
    const m = mentionEndingAt(j);
    if (m?.entity && fits(m.entity)) return m;
  }
  return undefined;
}
