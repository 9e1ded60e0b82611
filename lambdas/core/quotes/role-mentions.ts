import type { Entity } from './entities';
import { CUE_VERBS } from './lexicon/cue-verbs';
import { GROUP_SUBJECTS, PARTY_MEMBERS } from './lexicon/organisations';
import { POSSESSIVE_DETERMINERS } from './lexicon/function-words';
import {
  AGENT_PLURALS,
  CONFIDANT_PLURALS,
  DOCUMENT_NOUNS,
  isGroupPlural,
  NATIONALITY_NOUNS,
  ORGANISATION_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
} from './lexicon/roles';
import { POSTS_IN_CAPITALS } from './lexicon/titles';
import type { Mention } from './mention';
import type { NamedEntities } from './name-entities';
import type { NameRuns } from './name-runs';
import { describesPronounAfter } from './fronted-description';
import { closesOpeningPhrase, isReporter } from './reporter-text';
import { type RolePhrase, rolePhrase } from './role-phrase';
import type { NameRun } from './run-kind';
import type { Token } from './tokens';
import { unlistedSpeaker } from './unlisted-speaker';

/**
 * Stage 3b: mentions by role, document and group nouns ("the minister", "a
 * spokeswoman for MTV", "a BBC statement", "police"), left unresolved for
 * coreference. A role noun right before a name is that name's title and no
 * mention of its own.
 */

/** What a role noun stands for: a person's role, an organisation's, a written statement's, a group's. */
interface NounKind {
  personRole: boolean;
  orgRole: boolean;
  document: boolean;
  group: boolean;
  /** A plural of people or bodies that is a group only when it opens its phrase ("Union leaders said"). */
  plural: boolean;
}

export function roleMentions(
  tokens: readonly Token[],
  { runs, inRun }: NameRuns,
  { runEntity, orgAcronyms }: NamedEntities,
  consumed: Uint8Array,
): Mention[] {
  const mentions: Mention[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h]!;
    // Capitalised only at a sentence start or as a title ("Police said", "the President said").
    const named = inRun[h]! >= 0 && runEntity.has(runs[inRun[h]!]!);
    const capitalised = t.cap && !/^\p{Lu}\p{Ll}+$/u.test(t.text) && !POSTS_IN_CAPITALS.has(t.lower);
    if (!isReporter(tokens, h) || !t.word || consumed[h] || named || capitalised) continue;
    const kind = headNounKind(tokens, h, { runs, inRun }, runEntity);
    if (!kind) continue;
    const phrase = rolePhrase(tokens, h, inRun, runs);
    if (!phrase) continue;
    if (phrase.owner?.run !== undefined) phrase.owner.entity = runEntity.get(runs[phrase.owner.run]!);
    phrase.text = expandAcronyms(phrase.text, orgAcronyms);
    // "a BBC statement": an organisation named inside the phrase owns it.
    for (let k = phrase.first; k < h; k++) {
      const run = inRun[k]!;
      const e = run >= 0 ? runEntity.get(runs[run]!) : undefined;
      if (e && e.kind === 'organisation') phrase.modifier = e;
      // "a Commission spokeswoman" after "the European Commission": the body by its full name, as for an acronym.
      if (e && e.kind === 'organisation' && runs[run]!.first === k && runs[run]!.last === k)
        phrase.text = withFullName(phrase.text, tokens[k]!.text, e.name);
    }
    const after = inRun[phrase.last]!;
    if (phrase.last > h && after >= 0) phrase.complement = runEntity.get(runs[after]!);
    // "Union leaders said", "Civil rights groups said": a plural that opens its own phrase speaks as a group;
    // "the leaders", "their firms" or "Corvane's bosses" refer back to people or bodies named before.
    if (kind.plural && !opensClauseAsGroup(tokens, phrase, h) && !theGroupSpeaks(tokens, phrase, h)) continue;
    if (kind.document && phrase.owner === undefined && phrase.modifier === undefined && phrase.determiner === undefined)
      continue;
    if (!kind.group && phrase.determiner === undefined && phrase.owner === undefined) continue;
    if (describesPronounAfter(tokens, phrase)) continue;
    for (let k = phrase.first; k <= phrase.last; k++) consumed[k] = 1;
    mentions.push({
      first: phrase.first,
      last: phrase.last,
      extentEnd: phrase.last,
      type: kind.orgRole || kind.document || kind.group ? 'organisation' : 'role',
      entity: null,
      sentence: t.sentence,
      subject: false,
      cueSubject: false,
      phrase,
    });
  }
  return mentions;
}

/**
 * The kind of the role noun at `h` when it heads its own phrase; null when it is no role noun, the
 * first noun of a compound, a name's title, or describes the organisation named next.
 */
function headNounKind(
  tokens: readonly Token[],
  h: number,
  { runs, inRun }: NameRuns,
  runEntity: ReadonlyMap<NameRun, Entity>,
): NounKind | null {
  const t = tokens[h]!;
  const noun = t.lower;
  // "the 30-year-old": an age stands for the person.
  const personRole =
    PERSON_ROLE_NOUNS.has(noun) ||
    (noun.startsWith('spokes') && /^spokes(men|women|people)$/.test(noun)) ||
    (noun.endsWith('-old') && /^\d+-year-old$/.test(noun)) ||
    (NATIONALITY_NOUNS.has(noun) && standsAlone(tokens, h)) ||
    (AGENT_PLURALS.has(noun) && ownedPlural(tokens, h)) ||
    (CONFIDANT_PLURALS.has(noun) && (ownedPlural(tokens, h) || tokens[h + 1]?.lower === 'of')) ||
    (PARTY_MEMBERS.has(noun) && t.cap && describedAfterThe(tokens, h)) ||
    unlistedSpeaker(tokens, h);
  const plural = !personRole && !GROUP_SUBJECTS.has(noun) && isGroupPlural(noun);
  const kind: NounKind = {
    personRole,
    orgRole: ORGANISATION_ROLE_NOUNS.has(noun),
    document: DOCUMENT_NOUNS.has(noun),
    group: GROUP_SUBJECTS.has(noun) || plural,
    plural,
  };
  if (!kind.personRole && !kind.orgRole && !kind.document && !kind.group) return null;
  // "chief executive", "managing director": the last noun of a compound is the head.
  const nextWord = tokens[h + 1];
  if (
    nextWord?.word &&
    nextWord.sentence === t.sentence &&
    (PERSON_ROLE_NOUNS.has(nextWord.lower) ||
      ORGANISATION_ROLE_NOUNS.has(nextWord.lower) ||
      (NATIONALITY_NOUNS.has(nextWord.lower) && standsAlone(tokens, h + 1))) &&
    inRun[h + 1]! < 0
  )
    return null;
  // A role right before a name is that name's title ("spokesman Warren Lush").
  if (inRun[h + 1]! >= 0 && runs[inRun[h + 1]!]!.kind === 'person') return null;
  // "media watchdog Reporters Without Borders": the noun describes the organisation named next.
  if (kind.orgRole && inRun[h + 1]! >= 0 && runs[inRun[h + 1]!]!.first === h + 1) {
    const named = runEntity.get(runs[inRun[h + 1]!]!);
    if (named && named.kind === 'organisation') named.roleNouns.add(noun);
    return null;
  }
  return kind;
}

/** Words after a group that opens its clause: its verb ("Union leaders said", "Games firms have warned"). */
const GROUP_VERBS_AFTER = new Set(['have', 'had', 'also', 'will', 'would', 'say']);
/** Words that point back to a group already named ("Those services are…"), no group of its own. */
const POINTING = new Set(['these', 'those']);

/**
 * "Union leaders said", "Civil rights groups have warned", "said opposition councillors.": a plural with no
 * determiner or owner and at most three words before it, opening its sentence before its verb or closing
 * it after a speech verb; "the leaders", "their firms" or "allows business owners" are no group speaking.
 */
function opensClauseAsGroup(tokens: readonly Token[], phrase: RolePhrase, h: number): boolean {
  // "The victims' families said", "Parents' groups said": people named by whose they are speak as a group too.
  const ownedByNoun = phrase.owner?.noun !== undefined && phrase.owner.run === undefined;
  if (phrase.determiner !== undefined || phrase.owner?.run !== undefined) return false;
  if (phrase.owner?.nounDeterminer && !ownedByNoun) return false;
  if (h - phrase.first > 3 || POINTING.has(tokens[phrase.first]!.lower)) return false;
  const before = tokens[phrase.first - 1];
  const after = tokens[phrase.last + 1];
  // "In Washington, lawmakers said": after a phrase that sets the scene, the plural still opens its clause.
  const opens =
    before === undefined ||
    before.sentence !== tokens[h]!.sentence ||
    (before.text === ',' && closesOpeningPhrase(tokens, phrase.first - 1));
  const verbAfter = after?.word === true && (CUE_VERBS.has(after.lower) || GROUP_VERBS_AFTER.has(after.lower));
  const inverted = before?.word === true && CUE_VERBS.has(before.lower) && (after === undefined || !after.word);
  return (opens && verbAfter) || inverted;
}

/**
 * "The authors wrote", "the fans said": a plural of people after "the", right before a speech verb, is the
 * group speaking (named before or not), not nobody.
 */
function theGroupSpeaks(tokens: readonly Token[], phrase: RolePhrase, h: number): boolean {
  const after = tokens[phrase.last + 1];
  return (
    phrase.determiner === 'the' &&
    phrase.owner === undefined &&
    h - phrase.first <= 2 &&
    after?.word === true &&
    after.sentence === tokens[h]!.sentence &&
    CUE_VERBS.has(after.lower)
  );
}

/**
 * "his attorneys", "Ostrander's defence lawyers": people who speak for an owner (a possessive up to two
 * words before).
 */
function ownedPlural(tokens: readonly Token[], h: number): boolean {
  for (let k = h - 1; k >= h - 2 && k >= 0 && tokens[k]!.sentence === tokens[h]!.sentence; k--) {
    const t = tokens[k]!;
    if (POSSESSIVE_DETERMINERS.has(t.lower) || /['’]s$/.test(t.text)) return true;
    if (!t.word || t.cap) return false;
  }
  return false;
}

/** "the Ohio Republican": "the", then up to two capitalised words of place, then the party member at `h`. */
function describedAfterThe(tokens: readonly Token[], h: number): boolean {
  for (let k = h - 1; k >= h - 3 && k >= 0 && tokens[k]!.sentence === tokens[h]!.sentence; k--) {
    if (tokens[k]!.lower === 'the') return true;
    if (!tokens[k]!.word || !tokens[k]!.cap) return false;
  }
  return false;
}

/**
 * A nationality word used as a noun, not before one ("the Austrian said", not "the Austrian
 * government"): what follows is punctuation, a speech verb or a verb of the clause.
 */
function standsAlone(tokens: readonly Token[], h: number): boolean {
  const next = tokens[h + 1];
  if (!next?.word || next.sentence !== tokens[h]!.sentence) return true;
  return (
    CUE_VERBS.has(next.lower) ||
    ['who', 'has', 'had', 'was', 'is', 'will', 'would', 'added', 'also'].includes(next.lower)
  );
}

/**
 * "a Commission spokeswoman" → "a European Commission spokeswoman": a body called by the kind of body its name
 * ends with is that body, named in full ("a Google spokesperson" stays so, whatever "Google News" is).
 */
function withFullName(text: string, word: string, name: string): string {
  if (name === word || !ORGANISATION_ROLE_NOUNS.has(word.toLowerCase()) || !name.endsWith(` ${word}`)) return text;
  return agreeArticle(text, text.replace(word, name));
}

/** "a spokeswoman for the RAD" → "a spokeswoman for the Royal Academy of Dance" when the article defined the acronym. */
function expandAcronyms(text: string, acronyms: ReadonlyMap<string, Entity>): string {
  const expanded = text.replace(/\b[\p{Lu}][\p{L}]+\b/gu, (word) => acronyms.get(word.toLowerCase())?.name ?? word);
  return agreeArticle(text, expanded);
}

/** The expanded text, its "a" or "an" agreeing with the word now after it. */
function agreeArticle(text: string, expanded: string): string {
  if (expanded === text) return text;
  // "an SNP spokesman" → "a Scottish National Party spokesman": the article agrees with the word now after it.
  return expanded.replace(/^(an?) (\S+)/iu, (_all, article: string, next: string) => {
    const an = /^[aeiou]/i.test(next) && !/^(eu|uni|one)/i.test(next);
    return `${article[0]}${an ? 'n' : ''} ${next}`;
  });
}
