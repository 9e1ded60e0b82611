/**
 * The finite and participle forms of an English verb from its base form:
 * "argue" gives argues, argued, arguing. Cue verbs are listed once, as
 * lemmas, so no form of a speech verb is missing by accident ("remarked"
 * without "remarking"). Irregular pasts and doubled consonants are given
 * with the lemma.
 */
export interface VerbLemma {
  base: string;
  /** Irregular past ("said"); else the regular -ed form. */
  past?: string;
  /** Doubles its last consonant before -ed and -ing (admit → admitted, admitting). */
  doubles?: boolean;
}

const SIBILANT_END = /(?:s|sh|ch|x|z|o)$/;
const CONSONANT_Y_END = /[^aeiou]y$/;

export function thirdPerson({ base }: VerbLemma): string {
  if (CONSONANT_Y_END.test(base)) return `${base.slice(0, -1)}ies`;
  return SIBILANT_END.test(base) ? `${base}es` : `${base}s`;
}

export function pastForm({ base, past, doubles }: VerbLemma): string {
  if (past) return past;
  if (doubles) return `${base}${base.at(-1)}ed`;
  if (base.endsWith('e')) return `${base}d`;
  if (CONSONANT_Y_END.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

export function presentParticiple({ base, doubles }: VerbLemma): string {
  if (doubles) return `${base}${base.at(-1)}ing`;
  if (base.endsWith('e') && !base.endsWith('ee')) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

/** -s, past and -ing forms; the bare base is left out (it is often a noun: "a claim", "the state"). */
export function inflectedForms(lemma: VerbLemma): string[] {
  return [thirdPerson(lemma), pastForm(lemma), presentParticiple(lemma)];
}
