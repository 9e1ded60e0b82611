import type { Speaker } from '../article';
import { ORGANISATION_NOUNS } from './lexicon/organisations';
import {
  HONORIFICS,
  HYPHENATED_PARTICLES,
  NAME_SUFFIXES,
  OFFICE_TITLES,
  SURNAME_PARTICLES,
  TITLE_CONNECTORS,
} from './lexicon/titles';

/**
 * Normalized lookup keys for speakers, shared by the quote finder (which
 * stores them), the store (which indexes them) and `/news quote <who>`.
 *
 * A person is keyed on the surname alone, so every form an article or a user
 * may use ("kerry", "John Kerry", "Secretary Kerry", "U.S. Secretary of State
 * John Kerry", "Mr Kerry's") lands on the same key. Surnames collide across
 * people; `speakerMatches` tells them apart by first name when both sides
 * have one. Organisations and unnamed sources get prefixed keys
 * ("org:…", "unnamed:…") so they can never collide with a surname.
 */

export const ORGANISATION_KEY_PREFIX = 'org:';
export const UNNAMED_KEY_PREFIX = 'unnamed:';

/** Lower-case, strip diacritics, unify apostrophes and dashes. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

/** Words of a name or query: possessives and punctuation gone, periods of abbreviations dropped. */
function words(text: string): string[] {
  return fold(text)
    .replace(/'s\b/g, '')
    .replace(/s'(?=\s|$)/g, 's')
    .split(/[^\p{L}\p{N}'.&-]+/u)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter(Boolean);
}

/** The first comma-separated part that holds a name ("Jay Carney, the White House spokesman" → "Jay Carney"). */
function namePart(text: string): string {
  const parts = text.split(/[,;(]/);
  for (const part of parts) {
    if (personalNameWords(part).length > 0) return part;
  }
  return parts[0] ?? text;
}

function isTitleWord(word: string): boolean {
  return HONORIFICS.has(word) || OFFICE_TITLES.has(word) || TITLE_CONNECTORS.has(word) || word === 'a' || word === 'an';
}

/**
 * The words of a personal name with titles, roles, articles and suffixes
 * removed: "U.S. Secretary of State John Kerry" → ["john", "kerry"].
 * Title words are only stripped from the front (and suffixes from the back),
 * so a surname that happens to be a title word ("Justice", "King") survives
 * when it follows a first name.
 */
export function personalNameWords(text: string): string[] {
  const ws = words(text);
  let i = 0;
  while (i < ws.length - 1 && isTitleWord(ws[i]!.replace(/\./g, ''))) i++;
  // A lone trailing title word after an article or another title ("the
  // chancellor", "Prime Minister") is a role, not a name; after an honorific
  // ("Mr Major") or on its own ("King") it is a surname.
  const lastIsTitle = i === ws.length - 1 && isTitleWord(ws[i]!.replace(/\./g, ''));
  if (lastIsTitle && i > 0 && !ws.slice(0, i).some((w) => HONORIFICS.has(w.replace(/\./g, '')))) return [];
  let end = ws.length;
  while (end - 1 > i && NAME_SUFFIXES.has(ws[end - 1]!.replace(/\./g, ''))) end--;
  return ws.slice(i, end).map((w) => w.replace(/\./g, ''));
}

/** The surname: the last name word, without surname particles ("al-Assad" → "assad", "van Gogh" → "gogh"). */
function surname(nameWords: readonly string[]): string | undefined {
  let last = nameWords[nameWords.length - 1];
  if (last === undefined) return undefined;
  const hyphen = last.indexOf('-');
  if (hyphen > 0 && HYPHENATED_PARTICLES.has(last.slice(0, hyphen))) last = last.slice(hyphen + 1);
  return last;
}

/** Given names: the name words before the surname and its particles. */
function givenNames(nameWords: readonly string[]): string[] {
  const out = nameWords.slice(0, -1);
  while (out.length > 0 && SURNAME_PARTICLES.has(out[out.length - 1]!)) out.pop();
  return out;
}

/** Whether the phrase names an organisation ("the company", "Ugandan Media Council"). */
function looksLikeOrganisation(ws: readonly string[]): boolean {
  const head = ws[ws.length - 1];
  return head !== undefined && ORGANISATION_NOUNS.has(head);
}

function phraseKey(ws: readonly string[]): string {
  const out = [...ws];
  while (out.length > 0 && (out[0] === 'the' || out[0] === 'a' || out[0] === 'an')) out.shift();
  return out.join(' ');
}

/**
 * The lookup key of a speaker's name or of a user's query.
 * `kind`, when the caller knows it (the quote finder does), decides between a
 * person's surname key and the prefixed keys of organisations and unnamed
 * sources; without it the phrase itself decides.
 */
export function speakerKey(nameOrQuery: string, kind?: Speaker['kind']): string {
  const ws = words(nameOrQuery);
  if (kind === 'organisation') return ORGANISATION_KEY_PREFIX + phraseKey(ws);
  if (kind === 'unnamed') return UNNAMED_KEY_PREFIX + phraseKey(ws);
  if (kind === undefined && ws.length > 1 && looksLikeOrganisation(ws)) return ORGANISATION_KEY_PREFIX + phraseKey(ws);
  const name = personalNameWords(namePart(nameOrQuery));
  const key = surname(name);
  if (key !== undefined) return key;
  if (kind === 'person') return phraseKey(ws);
  return (looksLikeOrganisation(ws) ? ORGANISATION_KEY_PREFIX : UNNAMED_KEY_PREFIX) + phraseKey(ws);
}

/**
 * Every key a user's query may be stored under: the person key and the
 * organisation key ("microsoft" may be a surname or a company). The store
 * looks up each.
 */
export function speakerKeyCandidates(query: string): string[] {
  const keys = [speakerKey(query), speakerKey(query, 'organisation')];
  return [...new Set(keys.filter((k) => k !== ORGANISATION_KEY_PREFIX))];
}

/** Two given names agree when equal, or when one is the other's initial ("J" and "John"). */
function givenNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/**
 * Whether a user's query names this speaker. Surnames must agree; a first
 * name in the query must agree with the speaker's first name when both have
 * one ("Jane Smith" is not "John Smith", "Smith" is both). Organisations
 * match when the query's words are all in their name ("council" finds
 * "Ugandan Media Council"); unnamed sources on their whole phrase.
 */
export function speakerMatches(query: string, speakerName: string): boolean {
  const qWords = words(query);
  const sWords = words(speakerName);
  if (qWords.length === 0 || sWords.length === 0) return false;
  if (phraseKey(qWords) === phraseKey(sWords)) return true;
  if (looksLikeOrganisation(sWords)) {
    // An organisation matches when every word of the query is in its name ("council", "Media Council").
    const named = new Set(sWords);
    return phraseKey(qWords)
      .split(' ')
      .every((w) => named.has(w));
  }
  const q = personalNameWords(namePart(query));
  const s = personalNameWords(namePart(speakerName));
  const qSurname = surname(q);
  const sSurname = surname(s);
  if (qSurname === undefined || sSurname === undefined || qSurname !== sSurname) return false;
  const qGiven = givenNames(q);
  const sGiven = givenNames(s);
  if (qGiven.length > 0 && sGiven.length > 0) return givenNamesAgree(qGiven[0]!, sGiven[0]!);
  return true;
}
