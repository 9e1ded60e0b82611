import { type Entity, roleKey } from './entities';
import { DETERMINERS } from './lexicon/function-words';
import { PARTY_WORDS } from './lexicon/organisations';
import { PORTFOLIO_WORDS, RANK_MODIFIERS } from './lexicon/roles';

/**
 * How well a role phrase ("the home secretary") fits a person the article
 * gave a role with the same noun ("Home Secretary Rafael Moreno", "Shadow
 * home secretary Goran Petrovic"): read from the words before the role noun
 * on both sides. A role holding every word of the phrase fits, the fewer
 * extra words the closer; a rank on one side only ("shadow", "deputy"), or a
 * portfolio the role does not name ("prime", "home", "foreign"), makes it
 * another office.
 */

/** Lower-case words before the role noun, without determiners and owners ("Marlow Bank's"). */
function modifiersBefore(text: string, key: string): string[] | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  let head = -1;
  for (let i = words.length - 1; i >= 0 && head < 0; i--) if (roleKey(words[i]!) === key) head = i;
  if (head < 0) return undefined;
  return words.slice(0, head).filter((w) => !DETERMINERS.has(w) && !/['’]s?$/.test(w));
}

/** A word of a phrase matches a word of a role as itself or as its abbreviation ("Lib Dem", "Liberal Democrat"). */
const sameWord = (phraseWord: string, roleWord: string) =>
  phraseWord === roleWord || (phraseWord.length >= 3 && roleWord.startsWith(phraseWord));

const rankOf = (mods: readonly string[]) => mods.filter((w) => RANK_MODIFIERS.has(w)).join(' ');

interface Fit {
  /** The role holds every word of the phrase; `extra` counts its other words. */
  contains: boolean;
  extra: number;
}

/**
 * The closest of the entity's roles with the noun; null when each has another rank ("shadow",
 * "deputy") than the phrase; undefined when none of its role texts has the noun.
 */
function fitTo(phraseMods: readonly string[], entity: Entity, key: string): Fit | null | undefined {
  let best: Fit | null | undefined;
  for (const role of entity.roles) {
    const roleMods = modifiersBefore(role, key);
    if (!roleMods) continue;
    best ??= null;
    if (rankOf(roleMods) !== rankOf(phraseMods)) continue;
    // "the prime minister" is not "Former prime minister Sir John Major": news keeps "former" on a past holder.
    if (roleMods.includes('former') && !phraseMods.includes('former')) continue;
    // "the prime minister" is not the "Home Office minister": a portfolio the role does not name.
    if (phraseMods.some((w) => PORTFOLIO_WORDS.has(w) && !roleMods.some((r) => sameWord(w, r)))) continue;
    const contains = phraseMods.every((w) => roleMods.some((r) => sameWord(w, r)));
    const fit = { contains, extra: roleMods.length - phraseMods.length };
    if (!best || (fit.contains && !best.contains) || (fit.contains === best.contains && fit.extra < best.extra))
      best = fit;
  }
  return best;
}

/**
 * Of the people holding a role with the phrase's noun (latest first), the one whose role holds
 * every word of the phrase with the fewest others ("the home secretary": Home Secretary, not
 * Shadow home secretary nor Foreign Secretary), else the latest one of the same rank ("the Tory
 * leader" for the "Conservative leader": synonyms are not known); null when every holder has
 * another rank (then the phrase is someone the article does not name); undefined with no holder.
 */
export function bestRoleHolder(phraseText: string, key: string, holders: readonly Entity[]): Entity | null | undefined {
  if (holders.length === 0) return undefined;
  const allMods = modifiersBefore(phraseText, key);
  if (!allMods) return holders[0];
  // "the Vermont senator": only the holders the article tied to Vermont; with none, no holder at all.
  const proper = properModifiers(phraseText, key);
  const tied = holders.filter((holder) => holdsEvery(holder, proper));
  if (tied.length === 0) return undefined;
  // Those words are then settled: "the BPI spokesman" is no "industry" portfolio of "British Phonographic Industry".
  const phraseMods = allMods.filter((w) => !proper.includes(w));
  let closest: { holder: Entity; extra: number } | undefined;
  let sameRank: Entity | undefined;
  for (const holder of tied) {
    // A holder known only by the noun ("the singer" resolved to the person in focus) has no role text to compare.
    const fit = fitTo(phraseMods, holder, key);
    if (fit === null) continue;
    sameRank ??= holder;
    if (fit?.contains && phraseMods.length > 0 && (!closest || fit.extra < closest.extra))
      closest = { holder, extra: fit.extra };
  }
  return closest?.holder ?? sameRank ?? null;
}

/**
 * Capitalised words before the role noun ("the Vermont senator"): a place or body the role is tied to.
 * Party words are left out, since news calls a party by more than one name ("Tory", "Conservative").
 */
function properModifiers(phraseText: string, key: string): string[] {
  const words = phraseText.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  const head = words.findLastIndex((w) => roleKey(w.toLowerCase()) === key);
  return words
    .slice(1, Math.max(head, 1))
    .filter((w) => /^\p{Lu}/u.test(w) && !/['’]s?$/.test(w) && !PARTY_WORDS.has(w.toLowerCase()))
    .map((w) => w.toLowerCase());
}

/** The holder's names and roles hold each of these words ("Vermont" in "Sen. Ana Ruiz of Vermont"). */
function holdsEvery(holder: Entity, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const known = [holder.name, ...holder.aliases, ...holder.roles].join(' ').toLowerCase();
  return words.every((w) => known.includes(w));
}
