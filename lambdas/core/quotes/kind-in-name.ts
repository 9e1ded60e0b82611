import type { Entity } from './entities';

/**
 * Kinds of body that nearly always carry their kind in their name or stand for it alone: "Kelham Airport",
 * "Harlow Council", "Fenwick University", "the Tarnex union". Lower-case.
 */
const NAMED_KINDS: ReadonlySet<string> = new Set([
  'union',
  'club',
  'party',
  'league',
  'council',
  'court',
  'university',
  'college',
  'school',
  'hospital',
  'airport',
  'church',
  'museum',
  'police',
  'army',
]);

/**
 * The body's name ends in another kind than the one `noun` calls a body: "the union said" is never "Kelham
 * Airport", whatever else the article has it do ("Kelham Airport said it was disappointed"), nor "the council"
 * a university. A name with no kind word in it ("Tarnex") may be any body.
 */
export function namedAsOtherKind(e: Entity, noun: string): boolean {
  if (!NAMED_KINDS.has(noun)) return false;
  const words = e.name.toLowerCase().split(' ');
  if (words.length < 2 || words.includes(noun)) return false;
  return NAMED_KINDS.has(words.at(-1)!);
}
