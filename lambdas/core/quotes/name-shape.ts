/**
 * The shape of a word as a name: capitalised, hyphenated with a particle
 * ("al-Rashid"), initials ("U.N."), possessive ("Okafor's").
 */

const PARTICLES_BEFORE_HYPHEN = /^(al|el|ad|ash|as|an|bin|ibn|abu)-\p{Lu}/u;

/** A lower-case word without its possessive "'s" and its periods ("mr." → "mr", "okafor's" → "okafor"). */
export function bare(lower: string): string {
  return lower.replace(/['’]s$/, '').replace(/\./g, '');
}

/** Capitalised like a name or a part of one. */
export function isNameShaped(text: string): boolean {
  if (PARTICLES_BEFORE_HYPHEN.test(text)) return true;
  if (/^(?:\p{Lu}\.){2,}$/u.test(text)) return true;
  return /^\p{Lu}[\p{L}'’]*(?:[-.]\p{Lu}[\p{L}'’]*)*(?:['’]s)?$/u.test(text);
}

/** Two or more letters, all capitals ("BBC", "NATO's"): an acronym, not a personal name. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/['’]s$/, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}
