import type { Antecedents } from './antecedents';
import type { Entity } from './entities';
import { PLACES } from './lexicon/not-names';
import { NATIONALITY_NOUNS } from './lexicon/roles';
import { NATIONALITY_ADJECTIVES } from './lexicon/titles';
import type { Mention } from './mention';
import { bare } from './name-shape';
import type { Token } from './tokens';

/** How many words before a name a country's possessive may stand ("Serbia's world number one Novak Djokovic"). */
const POSSESSIVE_REACH = 5;

/**
 * "The Serb said", "the Spaniard added": a nationality noun names the person in view whom the article ties to that
 * country ("Serbia's Novak Djokovic", "Spanish star Rafael Nadal", "Rafael Nadal of Spain", "Nadal (Spain)"), the
 * latest such; undefined when it ties no one in view to it, and coreference takes the person in focus as before.
 * (Making "the Serb" nobody when the person in focus is tied to another country was tried: on BBC sport "the Kiwi
 * said…" became an unnamed source and the "he" after it went to the Scottish referee named before.)
 */
export function nationalityHolder(m: Mention, antecedents: Antecedents, tokens: readonly Token[]): Entity | undefined {
  const noun = m.phrase?.head;
  if (!noun || !NATIONALITY_NOUNS.has(noun) || m.phrase?.determiner !== 'the') return undefined;
  // inReach is latest first: the latest person tied to the country.
  for (const s of antecedents.inReach()) {
    if (s.entity?.kind === 'person' && s.type === 'name' && tiesOf(tokens, s).some((w) => sameCountry(noun, w)))
      return s.entity;
  }
  return undefined;
}

const isCountryWord = (w: string) => PLACES.has(w) || NATIONALITY_ADJECTIVES.has(w) || NATIONALITY_NOUNS.has(w);

/** Words of country or nationality around one mention of a name: its titles, a possessive before, "of X" after. */
function tiesOf(tokens: readonly Token[], s: Mention): string[] {
  const words: string[] = [];
  // "Serbian Novak Djokovic", "Spaniard Rafael Nadal": a nationality among the mention's titles.
  for (let k = s.first; k <= s.last; k++)
    if (tokens[k]!.cap && isCountryWord(tokens[k]!.lower)) words.push(tokens[k]!.lower);
  // "Spanish star Rafael Nadal", "Serbia's world number one Novak Djokovic": before the name, in its sentence; a
  // country's bare name there is a clause's subject ("Spain beat Tomas Berdych"), no tie.
  for (
    let k = s.first - 1;
    k >= 0 && k >= s.first - POSSESSIVE_REACH && tokens[k]!.sentence === tokens[s.first]!.sentence;
    k--
  ) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0) break;
    if (!t.cap) continue;
    const word = bare(t.lower.replace(/['’]s$/, ''));
    if (/['’]s$/.test(t.text) || NATIONALITY_ADJECTIVES.has(word) || NATIONALITY_NOUNS.has(word)) words.push(word);
    break;
  }
  // "Rafael Nadal of Spain", "Nadal (Spain)".
  const after = tokens[s.last + 1]?.lower;
  const place = tokens[s.last + 2];
  if ((after === 'of' || after === 'from' || after === '(') && place?.cap && isCountryWord(place.lower))
    words.push(place.lower);
  return words;
}

/**
 * "serb" and "serbia", "spaniard" and "spanish", "swede" and "sweden": one country's noun, adjective or name share
 * their opening letters. Three are enough for a word the lexicons know as a country's; else the whole noun or four.
 */
function sameCountry(noun: string, word: string): boolean {
  let common = 0;
  while (common < noun.length && common < word.length && noun[common] === word[common]) common++;
  return common >= 3 && (isCountryWord(word) || common >= 4 || common === noun.length);
}
