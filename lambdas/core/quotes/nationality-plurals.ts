import { NATIONALITY_NOUNS } from './lexicon/roles';

/**
 * "Americans Andy Roddick and Andre Agassi", "Frenchmen Yannick Noah and Guy Forget": a nationality noun in the
 * plural before names describes the people named, as "American Andy Roddick" describes one. Read by the
 * noun's own morphology ("-s", "-men" for "-man"), so every nationality noun the lexicon knows has its plural.
 */
export function isNationalityPlural(lower: string): boolean {
  if (lower.endsWith('men')) return NATIONALITY_NOUNS.has(`${lower.slice(0, -3)}man`);
  return /[^s]s$/.test(lower) && NATIONALITY_NOUNS.has(lower.slice(0, -1));
}
