import { addRole, type Entity, EntityRegistry, roleKey, setGender } from './entities';
import { CUE_GAP_WORDS, CUE_PHRASES, CUE_VERBS, INVERTIBLE_CUES, PASSIVE_MARKERS } from './lexicon/cue-verbs';
import { COMMON_CAPITALISED, MONTHS_AND_DAYS, PLACES } from './lexicon/not-names';
import { GROUP_SUBJECTS, ORGANISATION_NOUNS } from './lexicon/organisations';
import { SUBJECT_PRONOUNS, type Gender } from './lexicon/pronouns';
import {
  DOCUMENT_NOUNS,
  FAMILY_NOUNS,
  NATIONALITY_NOUNS,
  ORGANISATION_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
} from './lexicon/roles';
import {
  FEMALE_HONORIFICS,
  HONORIFICS,
  MALE_HONORIFICS,
  NAME_SUFFIXES,
  OFFICE_TITLES,
  SURNAME_PARTICLES,
} from './lexicon/titles';
import type { Token } from './tokens';

/**
 * Mentions of speakers in the reporter's text and the entities they refer
 * to. Names are found without a model: runs of capitalised words, read with
 * titles, roles, the place of the run in its sentence and the names seen
 * elsewhere in the article. Pronouns and role phrases ("the singer") are
 * resolved in reading order to the most recent compatible subject.
 */
export type MentionType = 'name' | 'pronoun' | 'role' | 'organisation';

export interface Mention {
  /** First and last token of the mention (determiner and titles included). */
  first: number;
  last: number;
  /** Last token including an appositive or relative clause ("Jay Carney, the White House spokesman"). */
  extentEnd: number;
  type: MentionType;
  entity: Entity | null;
  sentence: number;
  /** Subject of its clause: the likely referent of a later "he" or "she". */
  subject: boolean;
  /** Subject of a cue verb: someone said something here. */
  cueSubject: boolean;
}

/** A speech cue in the reporter's text and whom it attributes to. */
export interface Cue {
  token: number;
  sentence: number;
  subject: Mention | null;
}

export interface MentionAnalysis {
  mentions: Mention[];
  cues: Cue[];
  entities: Entity[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);
const LEAD_WORDS = new Set([
  'but',
  'and',
  'so',
  'yet',
  'then',
  'also',
  'however',
  'meanwhile',
  'now',
  'currently',
  'still',
  'instead',
  'later',
  'earlier',
  'separately',
]);
const STOP_LEFT = new Set([
  'for',
  'of',
  'in',
  'at',
  'by',
  'with',
  'to',
  'from',
  'on',
  'that',
  'who',
  'which',
  'and',
  'or',
  'but',
  'as',
  'said',
  'says',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'not',
  'than',
  'when',
  'while',
  'if',
]);
const INVERSION_FOLLOWERS = new Set([
  'of',
  'from',
  'at',
  'in',
  'on',
  'for',
  'who',
  'which',
  'and',
  'when',
  'after',
  'before',
  'adding',
  'during',
  'to',
  'as',
  'today',
  'yesterday',
  'recently',
  'last',
  'on',
]);
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'of', 'at']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);
/** Words before a month that make it a date ("Last June Grewcock was banned"). */
const DATE_LEADS = new Set([
  'last',
  'next',
  'this',
  'in',
  'since',
  'until',
  'by',
  'early',
  'late',
  'mid',
  'on',
  'during',
  'from',
  'through',
  'of',
  'each',
  'every',
]);
const NOT_APPOSITIVE_OPENERS = new Set([
  'including',
  'such',
  'like',
  'especially',
  'notably',
  'and',
  'or',
  'but',
  'with',
  'while',
  'as',
  'after',
  'before',
  'despite',
  'although',
  'though',
  'because',
  'when',
  'where',
  'if',
  'unlike',
  'plus',
]);
const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'when', 'after', 'before']);
const TITLE_CONNECTORS_IN_RUN = new Set(['of', 'for', 'the', 'and']);
const CUE_PHRASE_STARTS = new Set(CUE_PHRASES.map((p) => p[0]!));
/** Title words that, alone after "the", name an institution rather than a person. */
const INSTITUTIONS = new Set([
  'treasury',
  'pentagon',
  'kremlin',
  'interior',
  'state',
  'home',
  'house',
  'senate',
  'congress',
  'justice',
  'defence',
  'defense',
  'cabinet',
  'un',
  'eu',
  'nato',
]);
/** Capitalised words found inside organisation names but not inside personal names ("Reporters Without Borders"). */
const ORGANISATION_INNER_WORDS = new Set([
  'without',
  'against',
  'and',
  'the',
  'for',
  'over',
  'under',
  'on',
  'in',
  'to',
  'news',
  'online',
  'media',
  'research',
  'systems',
  'technologies',
  'software',
  'records',
  'pictures',
  'entertainment',
  'international',
  'global',
  'united',
  'national',
  'energy',
  'motors',
  'airlines',
  'airways',
  'foods',
  'pharmaceuticals',
  'capital',
  'partners',
  'industries',
  'telecom',
  'communications',
  'networks',
  'solutions',
  'power',
  'oil',
  'gas',
  'petroleum',
  'mining',
  'resources',
  'insurance',
  'financial',
  'securities',
  'investments',
  'ventures',
  'games',
  'electronics',
  'healthcare',
  'logistics',
  'airport',
  'railways',
]);
const QUALIFYING_PREPOSITIONS = new Set(['from', 'of', 'at', 'for', 'with']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PARTICLES_BEFORE_HYPHEN = /^(al|el|ad|ash|as|an|bin|ibn|abu)-\p{Lu}/u;

function bare(lower: string): string {
  return lower.replace(/['’]s$/, '').replace(/\./g, '');
}

function isNameShaped(text: string): boolean {
  if (PARTICLES_BEFORE_HYPHEN.test(text)) return true;
  if (/^(?:\p{Lu}\.){2,}$/u.test(text)) return true;
  return /^\p{Lu}[\p{L}'’]*(?:[-.]\p{Lu}[\p{L}'’]*)*(?:['’]s)?$/u.test(text);
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/['’]s$/, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

interface NameRun {
  first: number;
  last: number;
  /** Tokens of the name proper, titles stripped. */
  name: string[];
  titles: string[];
  kind: 'person' | 'organisation' | 'place' | 'single' | 'title';
  possessive: boolean;
  /** Lower-case role words just before the run ("keyboard player"). */
  rolePrefix?: { first: number; text: string; head: string };
}

export function analyzeMentions(tokens: readonly Token[]): MentionAnalysis {
  const registry = new EntityRegistry();
  const lowerWords = new Set(tokens.filter((t) => t.word && !t.cap && t.quote < 0).map((t) => t.lower));
  const reporter = (i: number) => i >= 0 && i < tokens.length && tokens[i]!.quote < 0;
  const sameSentence = (i: number, j: number) =>
    reporter(i) && reporter(j) && tokens[i]!.sentence === tokens[j]!.sentence;
  /** First word of its sentence (a leading ": " or dash does not count). */
  const sentenceInitial = (i: number) => {
    for (let k = i - 1; k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence; k--)
      if (tokens[k]!.word || tokens[k]!.quote >= 0) return false;
    return true;
  };

  // ---- 1. Runs of capitalised words --------------------------------------
  const runs: NameRun[] = [];
  const inRun = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!reporter(i) || !t.word || !isNameShaped(t.text)) continue;
    let j = i;
    let hasOf = false;
    while (true) {
      const n = tokens[j + 1];
      if (!n || !sameSentence(j, j + 1)) break;
      if (n.word && isNameShaped(n.text) && !/['’]s$/.test(tokens[j]!.text)) {
        j++;
        continue;
      }
      // "Mr." or "J." inside a name.
      const abbreviation =
        HONORIFICS.has(tokens[j]!.lower) ||
        (OFFICE_TITLES.has(tokens[j]!.lower) && tokens[j]!.text.length <= 4) ||
        /^\p{Lu}$/u.test(tokens[j]!.text);
      if (
        n.text === '.' &&
        n.start === tokens[j]!.end &&
        abbreviation &&
        tokens[j + 2] &&
        isNameShaped(tokens[j + 2]!.text)
      ) {
        j++;
        continue;
      }
      // "van der Berg": particles, then the name they belong to.
      let particles = 0;
      while (
        SURNAME_PARTICLES.has(tokens[j + 1 + particles]?.lower ?? '') &&
        !tokens[j + 1 + particles]!.cap &&
        particles < 3
      )
        particles++;
      const named = tokens[j + 1 + particles];
      if (particles > 0 && named && sameSentence(j, j + 1 + particles) && named.word && isNameShaped(named.text)) {
        j += particles;
        continue;
      }
      const after = tokens[j + 2];
      const joins = after && sameSentence(j, j + 2) && after.word && isNameShaped(after.text);
      if (joins && (n.lower === 'of' || n.lower === 'for' || n.text === '&' || (n.lower === 'and' && hasOf))) {
        if (n.lower === 'of' || n.lower === 'for') hasOf = true;
        j++;
        continue;
      }
      break;
    }
    let first = i;
    // A capital that only opens the sentence ("Speaking", "Dance teacher").
    const head = tokens[first]!;
    const roleWord =
      GROUP_SUBJECTS.has(head.lower) ||
      ((PERSON_ROLE_NOUNS.has(head.lower) || ORGANISATION_ROLE_NOUNS.has(head.lower)) &&
        !OFFICE_TITLES.has(head.lower));
    if (COMMON_CAPITALISED.has(head.lower) || /^I['’]/.test(head.text)) first++;
    // "Analysts said", "Police said", "Shivering in the cold, …": a word capitalised only because it opens the sentence.
    else if (roleWord && first === j && sentenceInitial(first)) first++;
    else if (
      /(ing|ed|ly)$/.test(head.lower) &&
      sentenceInitial(first) &&
      tokens[first + 1]?.word &&
      !tokens[first + 1]!.cap &&
      !CUE_VERBS.has(tokens[first + 1]!.lower)
    )
      first++;
    else if (
      sentenceInitial(first) &&
      !HONORIFICS.has(head.lower) &&
      !OFFICE_TITLES.has(head.lower) &&
      lowerWords.has(head.lower)
    )
      first++;
    // A month or day next to a number is a date ("Jan 5", "May 2005"), not part of a name ("Theresa May").
    const isDate = (k: number) =>
      MONTHS_AND_DAYS.has(tokens[k]!.lower) &&
      (/^\d/.test(tokens[k + 1]?.text ?? '') ||
        /^\d/.test(tokens[k - 1]?.text ?? '') ||
        DATE_LEADS.has(tokens[k - 1]?.lower ?? ''));
    while (
      first <= j &&
      (isDate(first) || !tokens[first]!.word || ['of', 'for', 'and', '&'].includes(tokens[first]!.lower))
    )
      first++;
    let last = j;
    // A weekday never ends a name: "asked Clinton Friday", "Trump Wednesday said".
    const weekday = (k: number) => WEEKDAYS.has(tokens[k]!.lower);
    while (last >= first && (isDate(last) || weekday(last) || !tokens[last]!.word)) last--;
    i = j;
    if (first > last) continue;
    const run = classifyRun(tokens, first, last);
    if (!run) continue;
    run.rolePrefix = rolePrefixBefore(tokens, first);
    for (let k = run.first; k <= run.last; k++) inRun[k] = runs.length;
    runs.push(run);
  }

  // ---- 2. Entities for names ---------------------------------------------
  const runEntity = new Map<NameRun, Entity>();
  const persons: Entity[] = [];
  const findPerson = (name: string[], gender?: Gender): Entity | undefined => {
    const words = name.map((w) => bare(w.toLowerCase()));
    const surname = words[words.length - 1]!;
    // Given names: the words before the surname and its particles ("Jan" of "Jan van der Berg").
    const given = (ws: readonly string[]) => ws.slice(0, -1).filter((w) => !SURNAME_PARTICLES.has(w));
    // Latest first: "Mr Blair" after "Tony Blair" and "Cherie Blair" is the man most recently named.
    for (let i = persons.length - 1; i >= 0; i--) {
      const p = persons[i]!;
      if (p.nameWords[p.nameWords.length - 1] !== surname || (gender && p.gender && p.gender !== gender)) continue;
      const a = given(p.nameWords)[0];
      const b = given(words)[0];
      if (a === undefined || b === undefined || a === b || a[0] === b || b[0] === a) return p;
    }
    return undefined;
  };
  // A name the article once shows to be an organisation is one everywhere ("firm Retail Banking Research").
  const runText = (run: NameRun) =>
    run.name
      .join(' ')
      .replace(/['’]s$/, '')
      .replace(/^The /, '')
      .toLowerCase();
  const organisationNames = new Set(runs.filter((r) => r.kind === 'organisation').map(runText));
  for (const run of runs) if (run.kind === 'person' && organisationNames.has(runText(run))) run.kind = 'organisation';
  for (const run of runs) {
    if (run.kind !== 'person') continue;
    const honorific = run.titles.map((t) => bare(t.toLowerCase()));
    const runGender: Gender | undefined = honorific.some((h) => MALE_HONORIFICS.has(h))
      ? 'male'
      : honorific.some((h) => FEMALE_HONORIFICS.has(h))
        ? 'female'
        : genderedNounBefore(tokens, run.first);
    let entity = findPerson(run.name, run.name.length > 1 || honorific.length > 0 ? runGender : undefined);
    const words = run.name.map((w) => bare(w.toLowerCase()));
    const display = run.name.map((w) => w.replace(/['’]s$/, '')).join(' ');
    const peer = run.titles.some((t) => ['lord', 'lady', 'baroness', 'baron'].includes(bare(t.toLowerCase())));
    const canonical = peer && run.name.length === 1 ? `${run.titles[run.titles.length - 1]} ${display}` : display;
    if (!entity) {
      entity = registry.create('person', canonical, { nameWords: words });
      persons.push(entity);
      setGender(entity, runGender);
    } else if (words.length > entity.nameWords.length) {
      entity.name = canonical;
      entity.nameWords = words;
    }
    runEntity.set(run, entity);
  }
  const orgAcronyms = new Map<string, Entity>();
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.kind === 'person') continue;
    const display = run.name
      .map((w) => w.replace(/['’]s$/, ''))
      .join(' ')
      .replace(/^The /, '');
    let entity: Entity | undefined;
    if (run.kind === 'title') {
      const word = bare(run.name[0]!.toLowerCase());
      const matches = persons.filter((p) => p.nameWords.length > 1 && p.nameWords[p.nameWords.length - 1] === word);
      if (matches.length > 0) runEntity.set(run, pickNearest(matches, runs, runEntity, run));
      continue;
    }
    if (run.kind === 'single') {
      const word = bare(run.name[0]!.toLowerCase());
      // A surname or given name of someone named in full elsewhere.
      const matches = persons.filter(
        (p) => p.nameWords[p.nameWords.length - 1] === word || (p.nameWords.length > 1 && p.nameWords[0] === word),
      );
      if (matches.length > 0) {
        entity = matches.length === 1 ? matches[0] : pickNearest(matches, runs, runEntity, run);
      } else if (orgAcronyms.has(word)) {
        entity = orgAcronyms.get(word);
      } else if (tokens[run.last + 1]?.text === ',' && tokens[run.last + 2]?.lower === 'who') {
        entity = registry.create('person', display, { nameWords: [word], confirmed: true });
        persons.push(entity);
      } else if (
        !isAllCaps(run.name[0]!) &&
        !ORGANISATION_NOUNS.has(word) &&
        afterRoleNoun(tokens, run.first, closesOrSpeaks(tokens, run.last))
      ) {
        // "Mr Nogar's son Stephen", "said his wife, Sheila", "keeper Jonas": a name right after a family noun,
        // or a known given name after a job noun.
        entity = registry.create('person', display, { nameWords: [word] });
        persons.push(entity);
      } else if (
        !ORGANISATION_NOUNS.has(word) &&
        !isAllCaps(run.name[0]!) &&
        !run.name[0]!.includes('-') &&
        tokens[run.first - 1]?.lower !== 'the' &&
        personLikeCueFollows(tokens, run.last)
      ) {
        // "Parry explained", "admitted Kiely": a lone surname that speaks like a person.
        entity =
          persons.find((p) => p.nameWords.length === 1 && p.nameWords[0] === word) ??
          registry.create('person', display, { nameWords: [word] });
        if (!persons.includes(entity)) persons.push(entity);
      }
    }
    if (!entity) {
      entity = registry.byName('organisation', display) ?? orgAcronyms.get(display.toLowerCase());
      if (!entity)
        entity = registry.create('organisation', display, { place: run.kind === 'place', weak: run.kind === 'single' });
    }
    runEntity.set(run, entity);
    // "Royal Academy of Dance (RAD)": the acronym names the same organisation.
    if (entity.kind === 'organisation' && tokens[run.last + 1]?.text === '(' && tokens[run.last + 3]?.text === ')') {
      const acronym = tokens[run.last + 2]!;
      orgAcronyms.set(acronym.lower, entity);
      registry.alias(entity, acronym.text);
    }
  }
  for (const run of runs) {
    const entity = runEntity.get(run);
    if (!entity) continue;
    const surface = tokens
      .slice(run.first, run.last + 1)
      .map((t) => t.text)
      .join(' ')
      .replace(/ \./g, '.')
      .replace(/['’]s$/, '');
    registry.alias(entity, surface.replace(/^The /, ''));
    if (entity.kind !== 'person') continue;
    const honorifics = run.titles.map((t) => bare(t.toLowerCase()));
    for (const h of honorifics) {
      if (MALE_HONORIFICS.has(h)) setGender(entity, 'male');
      if (FEMALE_HONORIFICS.has(h)) setGender(entity, 'female');
    }
    const office = run.titles.filter((t) => !HONORIFICS.has(bare(t.toLowerCase())));
    if (office.length > 0)
      addRole(entity, office.join(' ').replace(/ \./g, '.'), bare(office[office.length - 1]!.toLowerCase()));
    if (run.titles.length > 0) entity.confirmed = true;
    // A run of two or more capitalised words that is no organisation or place is a personal name.
    if (entity.nameWords.length > 1) entity.confirmed = true;
    if (run.rolePrefix) {
      registry.alias(entity, `${run.rolePrefix.text} ${surface}`);
      addRole(entity, run.rolePrefix.text, run.rolePrefix.head);
      setGender(entity, PERSON_ROLE_NOUNS.get(run.rolePrefix.head));
      entity.confirmed = true;
    }
  }

  // ---- 3. Mentions: names, role phrases, pronouns -------------------------
  const mentions: Mention[] = [];
  const consumed = new Uint8Array(tokens.length);
  for (const run of runs) {
    const entity = runEntity.get(run);
    if (!entity) continue;
    const first = run.rolePrefix?.first ?? run.first;
    for (let k = first; k <= run.last; k++) consumed[k] = 1;
    const mention: Mention = {
      first,
      last: run.last,
      extentEnd: run.last,
      type: entity.kind === 'person' ? 'name' : 'organisation',
      entity,
      sentence: tokens[run.first]!.sentence,
      subject: false,
      cueSubject: false,
    };
    if (run.possessive) mention.extentEnd = -1; // "Mr Sigarchi's lawyer": the owner does not speak.
    mentions.push(mention);
  }
  // Role phrases and group nouns.
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h]!;
    // Capitalised only at a sentence start or as a title ("Police said", "the President said").
    const named = inRun[h]! >= 0 && runEntity.has(runs[inRun[h]!]!);
    if (!reporter(h) || !t.word || consumed[h] || named || (t.cap && !/^\p{Lu}\p{Ll}+$/u.test(t.text))) continue;
    const noun = t.lower;
    // "the 30-year-old": an age stands for the person.
    const isPersonRole =
      PERSON_ROLE_NOUNS.has(noun) ||
      (noun.startsWith('spokes') && /^spokes(men|women|people)$/.test(noun)) ||
      (noun.endsWith('-old') && /^\d+-year-old$/.test(noun)) ||
      (NATIONALITY_NOUNS.has(noun) && standsAlone(tokens, h));
    const isOrgRole = ORGANISATION_ROLE_NOUNS.has(noun);
    const isDocument = DOCUMENT_NOUNS.has(noun);
    const isGroup = GROUP_SUBJECTS.has(noun);
    if (!isPersonRole && !isOrgRole && !isDocument && !isGroup) continue;
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
      continue;
    // A role right before a name is that name's title ("spokesman Warren Lush").
    if (inRun[h + 1]! >= 0 && runs[inRun[h + 1]!]!.kind === 'person') continue;
    // "media watchdog Reporters Without Borders": the noun describes the organisation named next.
    if (isOrgRole && inRun[h + 1]! >= 0 && runs[inRun[h + 1]!]!.first === h + 1) {
      const named = runEntity.get(runs[inRun[h + 1]!]!);
      if (named && named.kind === 'organisation') named.roleNouns.add(noun);
      continue;
    }
    const phrase = rolePhrase(tokens, h, inRun, runs);
    if (!phrase) continue;
    if (phrase.owner?.run !== undefined) phrase.owner.entity = runEntity.get(runs[phrase.owner.run]!);
    phrase.text = expandAcronyms(phrase.text, orgAcronyms);
    // "a BBC statement": an organisation named inside the phrase owns it.
    for (let k = phrase.first; k < h; k++) {
      const run = inRun[k]!;
      const e = run >= 0 ? runEntity.get(runs[run]!) : undefined;
      if (e && e.kind === 'organisation') phrase.modifier = e;
    }
    if (isDocument && phrase.owner === undefined && phrase.modifier === undefined && phrase.determiner === undefined)
      continue;
    if (!isGroup && phrase.determiner === undefined && phrase.owner === undefined) continue;
    for (let k = phrase.first; k <= phrase.last; k++) consumed[k] = 1;
    mentions.push({
      first: phrase.first,
      last: phrase.last,
      extentEnd: phrase.last,
      type: isOrgRole || isDocument || isGroup ? 'organisation' : 'role',
      entity: null,
      sentence: t.sentence,
      subject: false,
      cueSubject: false,
      ...{ phrase },
    } as Mention);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!reporter(i) || !SUBJECT_PRONOUNS.has(t.lower) || consumed[i]) continue;
    mentions.push({
      first: i,
      last: i,
      extentEnd: i,
      type: 'pronoun',
      entity: null,
      sentence: t.sentence,
      subject: false,
      cueSubject: false,
    });
  }
  mentions.sort((a, b) => a.first - b.first);

  // Appositives and relative clauses widen a mention to the verb that follows.
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m]!;
    if (mention.extentEnd < 0 || mention.type === 'pronoun') continue;
    let end = mention.last;
    for (let guard = 0; guard < 3; guard++) {
      const delim = tokens[end + 1];
      if (
        !delim ||
        !sameSentence(end, end + 1) ||
        (delim.text !== ',' && delim.text !== '-' && delim.text !== '–' && delim.text !== '(')
      )
        break;
      const closer = delim.text === '(' ? ')' : delim.text;
      let k = end + 2;
      let roleHead: string | undefined;
      let words = 0;
      while (
        k < tokens.length &&
        sameSentence(end, k) &&
        tokens[k]!.text !== closer &&
        tokens[k]!.text !== ',' &&
        !CUE_VERBS.has(tokens[k]!.lower) &&
        k - end < 22
      ) {
        if (tokens[k]!.word) words++;
        if (!roleHead && words <= 6 && PERSON_ROLE_NOUNS.has(tokens[k]!.lower)) roleHead = tokens[k]!.lower;
        k++;
      }
      const segment = tokens.slice(end + 2, k);
      const startsRelative = ['who', 'which', 'whose'].includes(segment[0]?.lower ?? '');
      const isAge = segment.length === 1 && /^\d+$/.test(segment[0]!.text);
      const nextIsName =
        segment[0] &&
        inRun[end + 2]! >= 0 &&
        runs[inRun[end + 2]!]!.first === end + 2 &&
        runs[inRun[end + 2]!]!.kind === 'person';
      // ", including actor George C Scott": a list or an aside, not a description of the name.
      const aside = NOT_APPOSITIVE_OPENERS.has(segment[0]?.lower ?? '');
      if (segment.length === 0 || nextIsName || aside || (!startsRelative && !isAge && !roleHead)) break;
      // A person role phrase before a name is its appositive ("the festival's director, Craig Prater").
      if (roleHead && mention.entity && mention.entity.kind === 'person') {
        const text = segment
          .map((s) => s.text)
          .join(' ')
          .replace(/ ([,.'’])/g, '$1')
          .replace(/ 's/g, "'s");
        addRole(mention.entity, text, roleHead);
        setGender(mention.entity, PERSON_ROLE_NOUNS.get(roleHead));
        mention.entity.confirmed = true;
      }
      // Mentions inside the appositive belong to it.
      for (let n = m + 1; n < mentions.length && mentions[n]!.first < k; n++) {
        const inner = mentions[n]!;
        if (inner.first > end && inner.last < k) inner.extentEnd = -1;
      }
      end = tokens[k]?.text === closer || tokens[k]?.text === ',' ? k : k - 1;
      if (tokens[k] && CUE_VERBS.has(tokens[k]!.lower)) {
        end = k - 1;
        break;
      }
    }
    mention.extentEnd = Math.max(mention.last, end);
  }
  // "the play's organiser in Uganda, Sarah Mukasa, told": a role phrase followed by a name is that name.
  for (let m = 0; m + 1 < mentions.length; m++) {
    const role = mentions[m]!;
    const name = mentions[m + 1]!;
    // "the media watchdog, Reporters Without Borders": the noun describes the organisation named next.
    if (
      role.type === 'organisation' &&
      name.type === 'organisation' &&
      name.entity &&
      tokens[role.last + 1]?.text === ',' &&
      name.first === role.last + 2
    ) {
      const phrase = (role as Mention & { phrase?: RolePhrase }).phrase;
      if (phrase && ORGANISATION_ROLE_NOUNS.has(phrase.head)) {
        name.entity.roleNouns.add(phrase.head);
        role.entity = name.entity;
        role.extentEnd = -1;
        name.first = role.first;
      }
      continue;
    }
    if (role.type !== 'role' || name.type !== 'name' || !name.entity) continue;
    if (tokens[role.last + 1]?.text !== ',' || name.first !== role.last + 2) continue;
    const phrase = (role as Mention & { phrase?: RolePhrase }).phrase;
    if (phrase) {
      addRole(name.entity, phrase.text, phrase.head);
      setGender(name.entity, PERSON_ROLE_NOUNS.get(phrase.head));
      name.entity.confirmed = true;
    }
    name.first = role.first;
    role.extentEnd = -1;
    role.entity = name.entity;
    role.type = 'name';
  }

  // ---- 4. Subjects and cues ------------------------------------------------
  const speakerMentions = mentions.filter((m) => m.extentEnd >= 0);
  const mentionEndingAt = new Map<number, Mention>();
  const mentionStartingAt = new Map<number, Mention>();
  // Where mentions nest ("a spokesman for the RAD" holds "RAD"), the outer one speaks.
  for (const m of speakerMentions) {
    for (const end of [m.extentEnd, m.last]) {
      const other = mentionEndingAt.get(end);
      if (!other || other.first > m.first) mentionEndingAt.set(end, m);
    }
    const other = mentionStartingAt.get(m.first);
    if (!other || other.extentEnd < m.extentEnd) mentionStartingAt.set(m.first, m);
  }
  const clauseStart = (i: number) => {
    let k = i;
    while (k > 0 && sameSentence(k - 1, i) && tokens[k - 1]!.text !== ';') k--;
    return k;
  };
  const clauseEnd = (i: number) => {
    let k = i;
    while (k + 1 < tokens.length && sameSentence(k + 1, i) && tokens[k + 1]!.text !== ';') k++;
    return k;
  };
  let lastSubject: Mention | undefined;
  for (const m of speakerMentions) {
    // A new clause starts after "but", "while"…: "Reina won but McIlroy is unfazed" has two subjects.
    let start = clauseStart(m.first);
    for (let k = m.first - 1; k > start; k--) {
      if (CLAUSE_BREAKS.has(tokens[k]!.lower)) {
        start = k + 1;
        break;
      }
    }
    const lead = tokens.slice(start, m.first);
    const leadOk =
      lead.every((t) => !t.word || LEAD_WORDS.has(t.lower)) ||
      (lead.length > 0 && lead[lead.length - 1]!.text === ',' && !lead.some((t) => CUE_VERBS.has(t.lower)));
    // Mentions come in reading order, so the last subject found tells whether this clause already has one.
    const earlier =
      lastSubject !== undefined &&
      lastSubject.sentence === m.sentence &&
      lastSubject.first >= start &&
      lastSubject.first < m.first;
    if (leadOk && !earlier) {
      m.subject = true;
      lastSubject = m;
    }
  }

  const cues: Cue[] = [];
  for (let c = 0; c < tokens.length; c++) {
    const t = tokens[c]!;
    if (!reporter(c) || !t.word) continue;
    const phrase = CUE_PHRASE_STARTS.has(t.lower)
      ? CUE_PHRASES.find((p) => p.every((w, k) => tokens[c + k]?.lower === w))
      : undefined;
    if (!CUE_VERBS.has(t.lower) && !phrase) continue;
    // "calling on the blogsphere to…", "called for a retrial": a request, not speech being quoted.
    if (!phrase && /^call/.test(t.lower) && ['on', 'for'].includes(tokens[c + 1]?.lower ?? '')) continue;
    let subject: Mention | null = null;
    if (phrase && phrase[0] === 'according') {
      subject = mentionStartingAt.get(c + 2) ?? null;
    } else {
      const verb = phrase ? c + phrase.length - 1 : c;
      subject = subjectOfCue(c, verb);
    }
    if (subject) {
      subject.cueSubject = true;
      subject.subject = true;
    }
    cues.push({ token: c, sentence: t.sentence, subject });
    if (phrase) c += phrase.length - 1;
  }

  function subjectOfCue(c: number, verb: number): Mention | null {
    const start = clauseStart(c);
    const end = clauseEnd(verb);
    // Passive: "praised by police" ("is reported as saying" is not one).
    if (c === verb && /ed$/.test(tokens[c]!.lower) && PASSIVE_MARKERS.has(tokens[c - 1]?.lower ?? '')) {
      for (let k = verb + 1; k <= Math.min(end, verb + 6); k++) {
        if (tokens[k]!.lower === 'by') return mentionStartingAt.get(k + 1) ?? null;
      }
      return null;
    }
    // Inverted: "said Mr Hopkins", "said the group in a statement". Not after "and": in "… called the rise
    // "a tax" and asked the board to act" the verb shares its subject with the one before it, and what
    // follows is its object.
    if (INVERTIBLE_CUES.has(tokens[verb]!.lower) && tokens[c - 1]?.lower !== 'and') {
      const m = mentionStartingAt.get(verb + 1);
      // "said it "meant a lot"": a pronoun after the verb is usually the reported clause's subject,
      // an inverted subject only when the sentence ends there (", said he.").
      const pronounOpensClause = m?.type === 'pronoun' && !['.', ',', ';'].includes(tokens[m.last + 1]?.text ?? '.');
      let inverted: Mention | undefined;
      if (m && !pronounOpensClause) {
        const after = tokens[m.extentEnd + 1];
        const afterCore = tokens[m.last + 1];
        if (
          !after ||
          !sameSentence(m.extentEnd, m.extentEnd + 1) ||
          !after.word ||
          INVERSION_FOLLOWERS.has(after.lower) ||
          MONTHS_AND_DAYS.has(after.lower)
        )
          inverted = m;
        // "said Scott, who won in 6.46secs, his best time": a name closed by punctuation.
        else if (m.type !== 'pronoun' && afterCore && !afterCore.word && afterCore.quote < 0) inverted = m;
      }
      // "said his wife, Sheila.": a role, then the name in apposition, who is the speaker.
      if (inverted && inverted.type === 'role' && tokens[inverted.extentEnd + 1]?.text === ',') {
        const named = mentionStartingAt.get(inverted.extentEnd + 2);
        if (named && named.type === 'name' && named.entity?.kind === 'person') return named;
      }
      if (inverted) return inverted;
      // "said one of their lawyers, Michalis Dimitrakopoulos": the name in apposition;
      // "said Iron Maiden's Bruce Dickinson": the name after its band or employer.
      if (m?.type !== 'name') {
        for (let k = verb + 2; k <= Math.min(end, verb + 8); k++) {
          const named = mentionStartingAt.get(k);
          const between = tokens.slice(verb + 1, k);
          const afterOwner = tokens[k - 1]!.cap && /['’]s$/.test(tokens[k - 1]!.text) && between.every((t) => t.cap);
          // "said team-mate Chris Paterson.", "said Spanish teenager Nadal.": a lower-case description
          // (a nationality may lead it), then the name, then the end.
          const described =
            between.length <= 3 &&
            between.every(
              (t) =>
                t.word &&
                (!t.cap || OFFICE_TITLES.has(t.lower)) &&
                (!DETERMINERS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower)) &&
                !STOP_LEFT.has(t.lower),
            ) &&
            !tokens[named?.last !== undefined ? named.last + 1 : k]?.word;
          if (named && named.type === 'name' && (tokens[k - 1]!.text === ',' || afterOwner || described)) return named;
          if (tokens[k]!.quote >= 0) break;
        }
      }
    }
    // Before: "he said", "Mr Kapor is reported as saying", "Blanchett, who …, said".
    let j = c - 1;
    for (
      let skipped = 0;
      skipped < 4 && j >= start && CUE_GAP_WORDS.has(tokens[j]!.lower) && !mentionEndingAt.has(j);
      skipped++
    )
      j--;
    for (let round = 0; round < 4 && j >= start; round++) {
      // "actor George C Scott who said": the relative pronoun stands for the name before it.
      if (RELATIVE_PRONOUNS.has(tokens[j]!.lower)) {
        j--;
        if (tokens[j]?.text === ',') j--;
        continue;
      }
      const m = mentionEndingAt.get(j);
      if (m) {
        // "Mr Hirsch from Retail Banking Research said": the organisation qualifies the person before it.
        const prep = tokens[m.first - 1];
        const owner = prep && QUALIFYING_PREPOSITIONS.has(prep.lower) ? mentionEndingAt.get(m.first - 2) : undefined;
        if (owner && owner.type !== 'pronoun' && owner.first >= start) return owner;
        return m;
      }
      const delim = tokens[j]!.text;
      // "the play's organiser in Uganda, Sarah Mukasa, told": a name set off by commas is the subject.
      if (delim === ',') {
        const named = mentionEndingAt.get(j - 1);
        if (named && named.type === 'name' && tokens[named.first - 1]?.text === ',' && named.first - 1 >= start)
          return named;
      }
      if (delim !== ',' && delim !== '-' && delim !== '–' && delim !== ')') break;
      const opener = delim === ')' ? '(' : delim;
      let k = j - 1;
      while (k >= start && tokens[k]!.text !== opener && j - k < 30) k--;
      if (k < start || tokens[k]!.text !== opener) break;
      j = k - 1;
    }
    // Otherwise the subject of the clause.
    return speakerMentions.find((m) => m.first >= start && m.last < c && m.subject) ?? null;
  }

  // ---- 5. Resolve pronouns and role phrases in reading order ---------------
  const seen: Mention[] = [];
  for (const m of mentions) {
    if (m.entity === null) m.entity = resolve(m, seen, registry, tokens);
    if (m.entity && m.cueSubject && m.entity.kind === 'person') m.entity.confirmed = true;
    // Possessives and names inside asides speak for no one but still bring a person to mind ("Conti's turn … he says").
    if (m.entity) seen.push(m);
  }
  mergeUnnamedIntoNamed(mentions, registry);
  return { mentions: speakerMentions, cues, entities: registry.all };
}

/**
 * "a spokeswoman for MTV said…" and later "MTV spokeswoman Jeannie Kedas
 * said…": the unnamed source was that person all along, when exactly one
 * person has the same role for the same organisation.
 */
function mergeUnnamedIntoNamed(mentions: readonly Mention[], registry: EntityRegistry): void {
  for (const unnamed of registry.all) {
    if (unnamed.kind !== 'unnamed') continue;
    const complement = / (?:for|of|at) (?:the )?(.+)$/.exec(unnamed.name)?.[1]?.toLowerCase();
    if (!complement) continue;
    const named = registry.all.filter(
      (p) =>
        p.kind === 'person' &&
        [...unnamed.roleNouns].some((r) => p.roleNouns.has(r)) &&
        p.roles.some((role) => role.toLowerCase().includes(complement)),
    );
    if (named.length !== 1) continue;
    const person = named[0]!;
    for (const m of mentions) if (m.entity === unnamed) m.entity = person;
    registry.alias(person, unnamed.name);
  }
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
 * A lower-case person noun just before token `first`, or before the comma there ("wife Sharon",
 * "wife, Sheila"): a family noun always, a job noun only when `closes` (the word ends its clause
 * or a speech verb follows it: "said keeper Jonas.", "keeper Jonas said").
 */
function afterRoleNoun(tokens: readonly Token[], first: number, closes: boolean): boolean {
  const before = tokens[first - 1]?.text === ',' ? tokens[first - 2] : tokens[first - 1];
  if (before === undefined || !before.word || before.cap || before.sentence !== tokens[first]!.sentence) return false;
  return FAMILY_NOUNS.has(before.lower) || (closes && PERSON_ROLE_NOUNS.has(before.lower));
}

/**
 * The gender of a person noun set right before a name ("her husband, Prime Minister Tony Hale",
 * "his daughter Amara"): read from the closed class of gendered person nouns, not from the name.
 */
function genderedNounBefore(tokens: readonly Token[], first: number): Gender | undefined {
  const before = tokens[first - 1]?.text === ',' ? tokens[first - 2] : tokens[first - 1];
  if (before === undefined || !before.word || before.cap || before.sentence !== tokens[first]!.sentence)
    return undefined;
  return PERSON_ROLE_NOUNS.get(before.lower);
}

/** The word at `last` ends its clause (punctuation follows) or a speech verb follows it. */
function closesOrSpeaks(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next === undefined || (!next.word && next.quote < 0) || CUE_VERBS.has(next.lower);
}

/** Verbs people use but organisations rarely do: a lone surname before or after one of them is a person. */
const PERSONAL_CUES = new Set([
  'admitted',
  'admits',
  'explained',
  'explains',
  'insisted',
  'insists',
  'joked',
  'recalled',
  'recalls',
  'remembers',
  'added',
  'adds',
  'replied',
  'conceded',
  'concedes',
  'told',
  'continued',
  'laughed',
  'smiled',
  'quipped',
  'wrote',
  'writes',
]);

function personLikeCueFollows(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  const before = tokens[last - 1];
  return (
    (next !== undefined && PERSONAL_CUES.has(next.lower)) || (before !== undefined && PERSONAL_CUES.has(before.lower))
  );
}

/** The candidate introduced most recently before this run, else the first one. */
function pickNearest(
  candidates: Entity[],
  runs: readonly NameRun[],
  runEntity: Map<NameRun, Entity>,
  run: NameRun,
): Entity {
  let best: Entity | undefined;
  for (const r of runs) {
    if (r.first >= run.first) break;
    const e = runEntity.get(r);
    if (e && candidates.includes(e)) best = e;
  }
  return best ?? candidates[0]!;
}

function classifyRun(tokens: readonly Token[], first: number, last: number): NameRun | null {
  // "&" stays in the name ("Harrow & Pike" is a firm, never "Harrow Pike").
  const all = tokens
    .slice(first, last + 1)
    .filter((t) => t.word || t.text === '&')
    .map((t) => t.text);
  // A suffix honorific stays out of the name ("Amadou Keita QC", "Ruben Alves Jr"), though the run keeps it.
  let suffixes = 0;
  while (all.length - suffixes > 2 && NAME_SUFFIXES.has(bare(all[all.length - 1 - suffixes]!.toLowerCase())))
    suffixes++;
  const texts = all.slice(0, all.length - suffixes);
  const lowers = texts.map((t) => bare(t.toLowerCase()));
  const possessive = /['’]s$/.test(tokens[last]!.text);
  const prev = tokens[first - 1];
  const base = { first, last, possessive };
  if (texts.length === 0) return null;
  // "the Spaniard said", "the 27-year-old Austrian": not a name but a role phrase (found below).
  if (
    texts.length === 1 &&
    NATIONALITY_NOUNS.has(lowers[0]!) &&
    (prev?.lower === 'the' || /^\d+-year-old$/.test(prev?.lower ?? ''))
  )
    return null;
  const lastLower = lowers[lowers.length - 1]!;
  const isTitle = (w: string) => HONORIFICS.has(w) || OFFICE_TITLES.has(w);
  // "Premier League", "Foreign Office": an organisation noun last; but "Detective Inspector Paul Miller
  // of Thames Valley Police" is a titled person of an organisation.
  const titledPersonOf = isTitle(lowers[0]!) && (lowers.includes('of') || lowers.includes('for'));
  if (
    ORGANISATION_NOUNS.has(lastLower) &&
    !HONORIFICS.has(lastLower) &&
    !titledPersonOf &&
    !(texts.length === 1 && isTitle(lastLower))
  )
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  // "MGM Vice Chairman Chris McGurk": an employer's acronym, then titles, then the person.
  const titleAt = lowers.findIndex((w, i) => i > 0 && i <= 2 && i < lowers.length - 1 && isTitle(w));
  const employerThenTitle =
    titleAt > 0 &&
    lowers.slice(0, titleAt).every((_w, i) => isAllCaps(texts[i]!)) &&
    !isTitle(lowers[lowers.length - 1]!);
  if (
    !employerThenTitle &&
    texts.some((t, k) => isAllCaps(t) && !isTitle(lowers[k]!) && !PLACES.has(lowers[k]!) && t.length > 1)
  ) {
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  }
  // "analysis firm Retail Banking Research", "the watchdog, Reporters Without Borders": a company noun
  // right before the run names an organisation; so do inner words no personal name has.
  const nounBefore = prev?.text === ',' ? tokens[first - 2] : prev;
  if (
    nounBefore &&
    !nounBefore.cap &&
    ORGANISATION_ROLE_NOUNS.has(nounBefore.lower) &&
    !PERSON_ROLE_NOUNS.has(nounBefore.lower)
  )
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  if (lowers.some((w) => ORGANISATION_INNER_WORDS.has(w)))
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  // Titles end at the last title word before the name: "U.S. Secretary of State John Kerry",
  // "Harbour Minister Lena Okafor", "Engineer Paulo Reis" (a role noun only before a full name).
  let k = 0;
  const titleLike = (i: number) =>
    isTitle(lowers[i]!) ||
    (PERSON_ROLE_NOUNS.has(lowers[i]!) && texts.length - i - 1 >= 2) ||
    (NATIONALITY_NOUNS.has(lowers[i]!) && texts.length - i - 1 >= 1);
  const firstTitle = lowers.findIndex((_, i) => i < texts.length - 1 && titleLike(i));
  if (firstTitle >= 0 && firstTitle <= 2) {
    k = firstTitle + 1;
    while (
      k < texts.length - 1 &&
      (titleLike(k) || (TITLE_CONNECTORS_IN_RUN.has(lowers[k]!) && k + 1 < texts.length - 1 && titleLike(k + 1)))
    )
      k++;
  }
  if (k === 0) while (k < texts.length - 1 && (isTitle(lowers[k]!) || (lowers[k] === 'of' && k > 0))) k++;
  const titles = texts.slice(0, k);
  const name = texts.slice(k);
  if (name.length === 1 && isTitle(lowers[k]!)) {
    // "the Treasury said": an institution; "the Prime Minister said" is a role, read as a role phrase.
    if (INSTITUTIONS.has(lowers[k]!)) return { ...base, name: texts, titles: [], kind: 'organisation' };
    // A lone title word may still be someone's surname ("White said"): kept only if someone has it.
    return titles.length === 0 ? { ...base, name, titles: [], kind: 'title' } : null;
  }
  // "the English National Ballet": after "the", only a full personal name is a person.
  if (prev?.lower === 'the' && name.length < 2) return { ...base, name: texts, titles: [], kind: 'organisation' };
  // "Paul Miller of Thames Valley Police": the person is the part before "of".
  const cut = name.findIndex((w) => w === 'of' || w === 'for');
  if (cut > 0 && titles.length > 0 && !ORGANISATION_NOUNS.has(bare(name[cut - 1]!.toLowerCase()))) {
    const lastIndex = tokens.findIndex(
      (t, i) => i >= first && t.text === name[cut - 1] && tokens[i + 1]?.lower === name[cut],
    );
    return {
      ...base,
      last: lastIndex >= 0 ? lastIndex : last,
      name: name.slice(0, cut),
      titles,
      kind: 'person',
      possessive: false,
    };
  }
  if (titles.length > 0) return { ...base, name, titles, kind: 'person' };
  // "Zara Hyde Peters of UK Athletics": a personal name, then the body the person belongs to.
  const of = lowers.findIndex((w) => w === 'of' || w === 'for');
  if (
    of >= 2 &&
    lowers
      .slice(0, of)
      .every((w) => !ORGANISATION_NOUNS.has(w) && !isTitle(w) && !PLACES.has(w) && !ORGANISATION_INNER_WORDS.has(w))
  ) {
    const lastIndex = tokens.findIndex(
      (t, i) => i >= first && t.text === texts[of - 1] && tokens[i + 1]?.lower === lowers[of],
    );
    if (lastIndex >= 0)
      return { ...base, last: lastIndex, name: texts.slice(0, of), titles: [], kind: 'person', possessive: false };
  }
  if (lowers.includes('of') || lowers.includes('for') || texts.includes('&'))
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  if (prev?.lower === 'the') return { ...base, name: texts, titles: [], kind: 'organisation' };
  if (name.length === 1) {
    if (PLACES.has(lastLower)) return { ...base, name, titles: [], kind: 'place' };
    if (MONTHS_AND_DAYS.has(lastLower)) return { ...base, name, titles: [], kind: 'title' };
    return { ...base, name, titles: [], kind: 'single' };
  }
  if (name.every((w) => PLACES.has(bare(w.toLowerCase())))) return { ...base, name, titles: [], kind: 'place' };
  return { ...base, name, titles: [], kind: 'person' };
}

/** Lower-case role words just before a name: "keyboard player", "White House spokesman". */
function rolePrefixBefore(tokens: readonly Token[], first: number): NameRun['rolePrefix'] {
  const head = tokens[first - 1];
  if (!head?.word || head.cap || !PERSON_ROLE_NOUNS.has(head.lower) || head.sentence !== tokens[first]!.sentence)
    return undefined;
  let k = first - 1;
  while (k - 1 >= 0 && first - k < 4) {
    const t = tokens[k - 1]!;
    if (
      !t.word ||
      t.sentence !== head.sentence ||
      t.quote >= 0 ||
      DETERMINERS.has(t.lower) ||
      STOP_LEFT.has(t.lower) ||
      CUE_VERBS.has(t.lower)
    )
      break;
    k--;
  }
  const text = tokens
    .slice(k, first)
    .map((t) => t.text)
    .join(' ');
  // "The singer Maya Flint": the article belongs to the mention, so the name can still open its clause.
  const withArticle =
    k - 1 >= 0 && ['the', 'a', 'an'].includes(tokens[k - 1]!.lower) && tokens[k - 1]!.sentence === head.sentence
      ? k - 1
      : k;
  return { first: withArticle, text, head: head.lower };
}

export interface RolePhrase {
  first: number;
  last: number;
  head: string;
  determiner?: string;
  /** Run index of a named owner ("Mr Sigarchi's lawyer") or the token of an owner noun ("the rapper's"). */
  owner?: { run?: number; entity?: Entity; noun?: string; nounDeterminer?: string };
  /** An organisation named inside the phrase ("a BBC statement"). */
  modifier?: Entity;
  text: string;
}

/** The noun phrase around a role noun: "the 47-year-old director", "a spokesman for the RAD". */
function rolePhrase(
  tokens: readonly Token[],
  h: number,
  inRun: Int32Array,
  runs: readonly NameRun[],
): RolePhrase | null {
  const sentence = tokens[h]!.sentence;
  let k = h;
  let determiner: string | undefined;
  let owner: RolePhrase['owner'];
  while (k - 1 >= 0 && h - k < 6) {
    const t = tokens[k - 1]!;
    if (t.quote >= 0 || t.sentence !== sentence) break;
    if (DETERMINERS.has(t.lower)) {
      determiner = t.lower;
      k--;
      break;
    }
    if (/['’]s$/.test(t.text) || (t.text === "'" && /s$/.test(tokens[k - 2]?.text ?? ''))) {
      const ownerIndex = t.text === "'" ? k - 2 : k - 1;
      const run = inRun[ownerIndex]!;
      if (run >= 0) {
        owner = { run };
        k = runs[run]!.first;
        if (tokens[k - 1] && DETERMINERS.has(tokens[k - 1]!.lower)) k--;
      } else {
        const d = tokens[ownerIndex - 1];
        owner = {
          noun: bare(tokens[ownerIndex]!.lower),
          nounDeterminer: d && DETERMINERS.has(d.lower) ? d.lower : undefined,
        };
        k = ownerIndex;
        if (owner.nounDeterminer) k--;
      }
      break;
    }
    if (
      !t.word ||
      STOP_LEFT.has(t.lower) ||
      CUE_VERBS.has(t.lower) ||
      (t.cap && inRun[k - 1]! >= 0 && runs[inRun[k - 1]!]!.kind === 'person')
    ) {
      if (t.lower === 'and' && PERSON_ROLE_NOUNS.has(tokens[k - 2]?.lower ?? '')) {
        k--;
        continue;
      }
      break;
    }
    k--;
  }
  let last = h;
  // "a spokesman for the English National Ballet", "a spokeswoman for MTV".
  const prep = tokens[h + 1];
  if (prep && prep.sentence === sentence && COMPLEMENT_PREPOSITIONS.has(prep.lower)) {
    let j = h + 2;
    if (tokens[j]?.lower === 'the') j++;
    const run = inRun[j] ?? -1;
    if (run >= 0 && runs[run]!.first === j && runs[run]!.kind !== 'person') last = runs[run]!.last;
    // "a spokesman for the regulator": a lower-case organisation noun.
    for (
      let n = j;
      n < j + 3 && last === h && tokens[n] && tokens[n]!.sentence === sentence && tokens[n]!.word && !tokens[n]!.cap;
      n++
    ) {
      if (ORGANISATION_ROLE_NOUNS.has(tokens[n]!.lower) || ORGANISATION_NOUNS.has(tokens[n]!.lower)) last = n;
    }
  }
  const text = tokens
    .slice(k, last + 1)
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([,.'’])/g, '$1')
    .replace(/ 's\b/g, "'s");
  return { first: k, last, head: tokens[h]!.lower, determiner, owner, text };
}

function compatible(entity: Entity, gender: Gender | undefined): boolean {
  return !gender || !entity.gender || entity.gender === gender;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Index of the last token `word` in sentence `sentence`, looking back from token `from`; -1 when it has none. */
function lastWordOfSentence(tokens: readonly Token[], from: number, sentence: number, word: string): number {
  for (let i = from; i >= 0 && tokens[i]!.sentence >= sentence; i--) {
    if (tokens[i]!.sentence === sentence && tokens[i]!.lower === word) return i;
  }
  return -1;
}

function resolve(
  m: Mention,
  seen: readonly Mention[],
  registry: EntityRegistry,
  tokens: readonly Token[],
): Entity | null {
  const recent = (test: (e: Entity, s: Mention) => boolean, subjectsOnly: boolean) => {
    for (let i = seen.length - 1; i >= 0 && seen.length - i < 60; i--) {
      const s = seen[i]!;
      if (subjectsOnly && !s.subject) continue;
      if (s.entity && test(s.entity, s)) return s.entity;
    }
    return undefined;
  };
  if (m.type === 'pronoun') {
    const info = SUBJECT_PRONOUNS.get(tokens[m.first]!.lower)!;
    if (info.refersTo === 'person') {
      const ok = (e: Entity) => (e.kind === 'person' || e.kind === 'unnamed') && !e.place && compatible(e, info.gender);
      // A subject earlier in this sentence first; else whoever spoke in the last sentence (the subject
      // of its first cue verb: "Hayward revealed that Hoddle was approached. "He was not available,"
      // he explained" is Hayward, not Hoddle, the subject of the clause inside), unless the sentence
      // turned to someone else ("Bogdanov claimed the race was his, but McIlroy is unfazed. He
      // admitted…"); else its latest subject; further back, only known people.
      const sameSentence = recent((e, s) => ok(e) && s.sentence === m.sentence, true);
      const but = lastWordOfSentence(tokens, m.first, m.sentence - 1, 'but');
      const turned = but >= 0 && seen.some((s) => s.subject && s.sentence === m.sentence - 1 && s.first > but);
      const lastSpeaker = turned
        ? undefined
        : seen.find((s) => s.cueSubject && s.sentence === m.sentence - 1 && s.entity !== null && ok(s.entity))?.entity;
      const near = (e: Entity, s: Mention) => ok(e) && s.sentence >= m.sentence - 1;
      const entity =
        sameSentence ??
        lastSpeaker ??
        recent(near, true) ??
        recent((e) => ok(e) && e.confirmed, true) ??
        recent(ok, true) ??
        recent(ok, false);
      if (entity) setGender(entity, info.gender);
      return entity ?? null;
    }
    if (info.refersTo === 'organisation') {
      const ok = (e: Entity) => e.kind === 'organisation';
      return (
        recent((e) => ok(e) && !e.place, true) ?? recent((e) => ok(e) && !e.place, false) ?? recent(ok, false) ?? null
      );
    }
    return recent((e) => e.plural, false) ?? recent((e) => e.kind === 'organisation' && !e.place, true) ?? null;
  }
  const phrase = (m as Mention & { phrase?: RolePhrase }).phrase;
  if (!phrase) return null;
  const head = phrase.head;
  if (GROUP_SUBJECTS.has(head) && !phrase.determiner && !phrase.owner) {
    return registry.byName('organisation', head) ?? registry.create('organisation', head, { plural: true });
  }
  if (DOCUMENT_NOUNS.has(head)) {
    // Written words speak for their author: "a BBC statement", "the council's ruling", "a statement on her website".
    if (phrase.owner?.entity) return phrase.owner.entity;
    if (phrase.modifier) return phrase.modifier;
    if (phrase.determiner === 'his' || phrase.determiner === 'her') {
      const gender = phrase.determiner === 'his' ? 'male' : 'female';
      return recent((e) => e.kind === 'person' && compatible(e, gender), true) ?? null;
    }
  }
  if (DOCUMENT_NOUNS.has(head) || (ORGANISATION_ROLE_NOUNS.has(head) && !PERSON_ROLE_NOUNS.has(head))) {
    const noun = DOCUMENT_NOUNS.has(head) ? (phrase.owner?.noun ?? '') : head;
    const matching = recent(
      (e) => e.kind === 'organisation' && !e.place && (e.name.toLowerCase().includes(noun) || e.roleNouns.has(noun)),
      false,
    );
    const entity =
      matching ??
      recent((e) => e.kind === 'organisation' && !e.place && !e.plural && !e.weak, false) ??
      recent((e) => e.kind === 'organisation' && !e.place && !e.plural, false);
    if (entity) {
      entity.roleNouns.add(noun);
      return entity;
    }
    return noun ? registry.create('organisation', noun, { roleNouns: new Set([noun]) }) : null;
  }
  const gender = PERSON_ROLE_NOUNS.get(head);
  const key = roleKey(head);
  if (phrase.owner) {
    let ownerName: string | undefined;
    if (phrase.owner.entity) {
      ownerName = phrase.owner.entity.name;
    } else if (phrase.owner.noun) {
      const ownerEntity =
        recent((e) => e.roleNouns.has(roleKey(phrase.owner!.noun!)), false) ??
        recent((e) => e.kind === 'organisation' && e.name.toLowerCase().includes(phrase.owner!.noun!), false);
      ownerName = ownerEntity?.name;
    }
    const name = ownerName
      ? `${ownerName}'s ${head.replace(/^spokes(woman|person)$/, 'spokes$1')}`
      : lowerFirst(phrase.text);
    const existing = registry.all.find(
      (e) =>
        e.kind === 'unnamed' && ownerName !== undefined && e.name.startsWith(`${ownerName}'s`) && e.roleNouns.has(key),
    );
    if (existing) return existing;
    return registry.create('unnamed', name, { roleNouns: new Set([key]), gender, roles: [phrase.text] });
  }
  if (
    phrase.determiner === 'a' ||
    phrase.determiner === 'an' ||
    phrase.determiner === 'one' ||
    phrase.determiner === 'another'
  ) {
    const name = lowerFirst(phrase.text);
    const existing = registry.byName('unnamed', name);
    if (existing) return existing;
    return registry.create('unnamed', name, { roleNouns: new Set([key]), gender, roles: [phrase.text] });
  }
  // "the singer", "the 47-year-old director": the person introduced with that role, else the person in focus.
  const byRole = recent(
    (e) => (e.kind === 'person' || e.kind === 'unnamed') && e.roleNouns.has(key) && compatible(e, gender),
    false,
  );
  if (byRole) return byRole;
  // "her lawyers said": someone else, who speaks for the woman in focus ("Lana Clarkson's lawyers").
  if (phrase.determiner === 'his' || phrase.determiner === 'her') {
    const ownerGender = phrase.determiner === 'his' ? 'male' : 'female';
    const person = (e: Entity) => e.kind === 'person' && !e.place;
    const owner =
      recent((e, s) => person(e) && compatible(e, ownerGender) && s.sentence >= m.sentence - 1 && e.confirmed, true) ??
      recent((e) => person(e) && e.gender === ownerGender, true) ??
      recent((e) => person(e) && e.gender === ownerGender, false) ??
      recent((e) => person(e) && compatible(e, ownerGender), true);
    if (!owner) return null;
    const name = `${owner.name}'s ${head.replace(/^spokes(woman|person)$/, 'spokes$1')}`;
    return (
      registry.byName('unnamed', name) ??
      registry.create('unnamed', name, { roleNouns: new Set([key]), gender, roles: [phrase.text] })
    );
  }
  if (phrase.determiner !== 'the') return null;
  const inFocus =
    recent((e) => e.kind === 'person' && e.confirmed && compatible(e, gender), true) ??
    recent((e) => e.kind === 'person' && !e.place && compatible(e, gender), true) ??
    recent((e) => e.kind === 'person' && e.confirmed && compatible(e, gender), false) ??
    recent((e) => e.kind === 'person' && !e.place && compatible(e, gender), false);
  if (inFocus) {
    inFocus.roleNouns.add(key);
    setGender(inFocus, gender);
    return inFocus;
  }
  return registry.create('unnamed', lowerFirst(phrase.text), {
    roleNouns: new Set([key]),
    gender,
    roles: [phrase.text],
  });
}

/** "a spokeswoman for the RAD" → "a spokeswoman for the Royal Academy of Dance" when the article defined the acronym. */
function expandAcronyms(text: string, acronyms: ReadonlyMap<string, Entity>): string {
  return text.replace(/\b[\p{Lu}][\p{L}]+\b/gu, (word) => acronyms.get(word.toLowerCase())?.name ?? word);
}
