import {
  BODY_OR_POST_NOUNS,
  INSTITUTION_WORDS,
  BUSINESS_DESCRIPTORS,
  BUSINESS_POSSESSIONS,
  GROUP_SUBJECTS,
  ORGANISATION_NOUNS,
  PARTY_MEMBERS,
  PARTY_WORDS,
} from './lexicon/organisations';
import { MODALS } from './lexicon/function-words';
import { MONTHS_AND_DAYS, PLACES } from './lexicon/not-names';
import {
  isGroupPlural,
  NATIONALITY_NOUNS,
  ORGANISATION_ROLE_NOUNS,
  isPluralOfPeople,
  PERSON_ROLE_NOUNS,
  PORTFOLIO_WORDS,
  personRoleOfPlural,
  singularsOf,
} from './lexicon/roles';
import { isNationalityPlural } from './nationality-plurals';
import { HONORIFICS, NAME_SUFFIXES, NATIONALITY_ADJECTIVES, OFFICE_TITLES } from './lexicon/titles';
import { bodyAfterDescriptor } from './descriptor-before-body';
import { isAbbreviatedOffice } from './entities';
import { namesAMedium } from './medium-after-cue';
import { bare, isAllCaps } from './name-shape';
import { closesOpeningPhrase, sameSentence } from './reporter-text';
import type { Token } from './tokens';

/**
 * What a run of capitalised words names, read from its words and the word
 * before it: a titled or full personal name ("Harbour Minister Lena Okafor"),
 * an organisation ("Bradford & Bingley", "the English National Ballet",
 * "Premier League"), a place, a lone word to be decided by the rest of the
 * article ("Okafor"), or a title standing alone ("the Minister").
 */
export interface NameRun {
  first: number;
  last: number;
  /** Tokens of the name proper, titles stripped. */
  name: string[];
  titles: string[];
  kind: 'person' | 'organisation' | 'place' | 'single' | 'title';
  possessive: boolean;
  /** Lower-case role words just before the run ("keyboard player"). */
  rolePrefix?: { first: number; text: string; head: string };
  /** A place named inside a prepositional phrase ("in Ames, Iowa,"): it speaks for no one. */
  locative?: boolean;
}

const TITLE_CONNECTORS_IN_RUN = new Set(['of', 'for', 'the', 'and']);
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
  'stores',
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
  // Utilities, builders and makers, as firms are named ("Harbridge Water", "Kestrel Engineering").
  'water',
  'rail',
  'trains',
  'homes',
  'housing',
  'properties',
  'brands',
  'pharma',
  'engineering',
  'construction',
  'technology',
  'interactive',
  'semiconductor',
  // Sports clubs, as they are named ("Harlow City", "Kelso Rovers", "Brent Athletic"): words no personal name holds.
  'city',
  'town',
  'county',
  'rovers',
  'athletic',
  'wanderers',
  'albion',
  'rangers',
]);

/** A run's words, and what its classification builds on. */
export interface RunWords {
  tokens: readonly Token[];
  first: number;
  /** Words of the run ("&" kept), name suffixes ("QC", "Jr") dropped. */
  texts: string[];
  /** The same, lower-case and bare. */
  lowers: string[];
  /** The token before the run. */
  prev: Token | undefined;
  base: { first: number; last: number; possessive: boolean };
}

const isTitle = (w: string) => HONORIFICS.has(w) || OFFICE_TITLES.has(w);

export function classifyRun(tokens: readonly Token[], first: number, last: number): NameRun | null {
  // "&" stays in the name ("Harrow & Pike" is a firm, never "Harrow Pike").
  // "Farmers' Union": an apostrophe against a word inside the run stays on it.
  const all: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.word || t.text === '&') all.push(t.text);
    else if (/^['’]$/.test(t.text) && k > first && t.start === tokens[k - 1]!.end && all.length > 0)
      all[all.length - 1] += t.text;
  }
  // A suffix honorific stays out of the name ("Amadou Keita QC", "Ruben Alves Jr"), though the run keeps it.
  let suffixes = 0;
  while (all.length - suffixes > 2 && NAME_SUFFIXES.has(bare(all[all.length - 1 - suffixes]!.toLowerCase())))
    suffixes++;
  const texts = all.slice(0, all.length - suffixes);
  const lowers = texts.map((t) => bare(t.toLowerCase()));
  const possessive = (/['’]s$/.test(tokens[last]!.text) && !speaksNext(tokens, last)) || pluralPossessive(tokens, last);
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
  // "wrote on Truth Social": a platform or programme, named where the words went out.
  if (texts.length <= 3 && namesAMedium(tokens, first))
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  // "Channel 4": name-runs.ts ends a run with a number only after an organisation noun; a number alone is no name.
  if (/^\d+$/.test(texts[texts.length - 1]!))
    return texts.length > 1 ? { ...base, name: texts, titles: [], kind: 'organisation' } : null;
  const words: RunWords = { tokens, first, texts, lowers, prev, base };
  // "said Tobias Klein of Hartmann Securities": the organisation's words make the whole run look like one.
  const personOf = personOfOrganisation(words);
  if (personOf) return personOf;
  // "Lawyers for Ostrander said": people acting for someone named, capitalised only as the sentence opens; the
  // name after "for" is read on its own, and the people are a role phrase of theirs (role-phrase.ts).
  if (
    lowers[1] === 'for' &&
    texts.length > 2 &&
    tokens[first + 1]?.lower === 'for' &&
    personRoleOfPlural(lowers[0]!) !== undefined &&
    opensSentence(tokens, first)
  )
    return classifyRun(tokens, first + 2, last);
  // "Carmaker Stellan Motors said": the word that opens the sentence describes the firm named after it.
  if (
    texts.length > 1 &&
    BUSINESS_DESCRIPTORS.has(lowers[0]!) &&
    !(isTitle(lowers[0]!) || PERSON_ROLE_NOUNS.has(lowers[0]!)) &&
    !TITLE_CONNECTORS_IN_RUN.has(lowers[1]!) &&
    opensSentence(tokens, first)
  )
    return { ...base, first: first + 1, name: texts.slice(1), titles: [], kind: 'organisation' };
  const afterDescriptor = bodyAfterDescriptor(words, opensSentence(tokens, first), namesOrganisation);
  if (afterDescriptor) return afterDescriptor;
  // "Retailer Harrow Stores said", the opening word trimmed as the article also writes "the retailer".
  if (prev?.cap && BUSINESS_DESCRIPTORS.has(prev.lower) && opensSentence(tokens, first - 1))
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  // "the Ohio Republican said", "the Oregon Democrat": one party member, named by place and party, is a person
  // described, not a body; no run, so the words are read as a role phrase (role-mentions.ts).
  if (prev?.lower === 'the' && PARTY_MEMBERS.has(lowers[lowers.length - 1]!) && texts.length <= 3 && !base.possessive)
    return null;
  if (namesOrganisation(words) || (texts.length > 1 && lowers.every((w) => PARTY_WORDS.has(w))))
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  if (pluralOfPeopleOpensBody(words)) return { ...base, name: texts, titles: [], kind: 'organisation' };
  const described = describedOrganisation(words);
  if (described) return described;
  // "Senator Ana Cole, Republican of North Dakota,": a party member for a state describes the person before;
  // the run names only the place.
  if (PARTY_WORDS.has(lowers[0]!) && lowers[1] === 'of' && texts.length > 2)
    return { ...base, name: texts.slice(2), titles: [], kind: 'place' };
  const run = classifyAfterTitles(words, titleCount(texts, lowers));
  // "Caldwell Steel, which employs 3,000 people,": "which" is said of a thing; of a person, "who".
  if (run?.kind === 'person' && run.titles.length === 0 && relativeWhichFollows(tokens, run.last))
    return { ...run, kind: 'organisation' };
  return run;
}

function relativeWhichFollows(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.text === ',' && tokens[last + 2]?.lower === 'which' && sameSentence(tokens, last, last + 2);
}

/**
 * "Watchdog Consumer Voice said", "Regulator Ofwatt said": a noun for a kind of organisation,
 * capitalised only because it opens the sentence, describes the organisation named after it. A noun
 * that is also a person's office ("Regulator") does so only before a single word, not a full name.
 */
function describedOrganisation({ tokens, first, texts, lowers, base }: RunWords): NameRun | null {
  const noun = lowers[0]!;
  // "Residents of Harbour Road were evacuated": people of a place, capitalised only as the sentence opens.
  if (lowers[1] === 'of' && texts.length > 2 && opensSentence(tokens, first) && isPluralOfPeople(noun))
    return { ...base, name: texts.slice(2), titles: [], kind: 'place' };
  if (texts.length < 2 || !ORGANISATION_ROLE_NOUNS.has(noun) || !opensSentence(tokens, first)) return null;
  const alsoAnOffice = PERSON_ROLE_NOUNS.has(noun) || OFFICE_TITLES.has(noun);
  if (alsoAnOffice && texts.length > 2) return null;
  return { ...base, name: texts.slice(1), titles: [], kind: 'organisation' };
}

/**
 * "Citizens Advice", "Parents Voice": two words whose first is a plural of people never make a personal name;
 * they name the body that speaks for those people.
 */
function pluralOfPeopleOpensBody({ texts, lowers }: RunWords): boolean {
  return texts.length === 2 && isPluralOfPeople(lowers[0]!) && !/['’]/.test(texts[0]!) && !isTitle(lowers[1]!);
}

/**
 * "Sainsbury's said", "McDonald's has told": a name ending in 's right before "said", "told" or "wrote" is the
 * speaker, not an owner. Those three only: after a possessive, "claims" or "remarks" are what the name owns, and
 * "proposed", "repeated" or "added" describe it ("Rubio's proposed credit", "Trump's repeated calls").
 */
function speaksNext(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next?.word || next.cap || !sameSentence(tokens, last, last + 1)) return false;
  const verb = next.lower === 'has' ? tokens[last + 2] : next;
  return verb !== undefined && SPEECH_VERBS_NEVER_ADJECTIVES.has(verb.lower);
}

const SPEECH_VERBS_NEVER_ADJECTIVES: ReadonlySet<string> = new Set(['said', 'told', 'wrote']);

function opensSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || !sameSentence(tokens, i - 1, i);
}

/**
 * Where "of"/"for" follows two or more words that can be a personal name (no title, place or
 * organisation word, no "the" before: "the Democratic Republic of Congo"); else -1.
 */
function personalNameBeforeOf({ lowers, prev }: RunWords): number {
  if (prev?.lower === 'the') return -1;
  const of = lowers.findIndex((w) => w === 'of' || w === 'for');
  const nameLike = (w: string) =>
    !ORGANISATION_NOUNS.has(w) && !isTitle(w) && !PLACES.has(w) && !ORGANISATION_INNER_WORDS.has(w);
  return of >= 2 && lowers.slice(0, of).every(nameLike) ? of : -1;
}

/** A kind of body in the plural: "chambers" ("British Chambers of Commerce"), "industries". */
function isPluralKindOfBody(word: string): boolean {
  return singularsOf(word).some((singular) => ORGANISATION_NOUNS.has(singular));
}

/** The person of "Zara Hyde Peters of UK Athletics": the run cut before "of". */
function personBefore({ tokens, first, texts, lowers, base }: RunWords, of: number): NameRun | null {
  const lastIndex = tokens.findIndex(
    (t, i) => i >= first && t.text === texts[of - 1] && tokens[i + 1]?.lower === lowers[of],
  );
  if (lastIndex < 0) return null;
  return { ...base, last: lastIndex, name: texts.slice(0, of), titles: [], kind: 'person', possessive: false };
}

/**
 * A personal name, then "of" and a run that itself names an organisation ("Howard Archer of Global
 * Insight", "Tobias Klein of Hartmann Securities"): the person, not a firm named after them.
 */
function personOfOrganisation(words: RunWords): NameRun | null {
  const of = personalNameBeforeOf(words);
  if (of < 0 || of + 1 >= words.texts.length) return null;
  const body = { ...words, texts: words.texts.slice(of + 1), lowers: words.lowers.slice(of + 1), prev: undefined };
  return namesOrganisation(body) ? personBefore(words, of) : null;
}

/** The words after a possessive at `last` are a business's: "chief executive", "shareholders", "chairman". */
function ownsBusinessThing(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next?.word || next.cap || next.sentence !== tokens[last]!.sentence) return false;
  if (next.lower === 'chief' && tokens[last + 2]?.lower === 'executive') return true;
  return BUSINESS_POSSESSIONS.has(next.lower);
}

/**
 * "a spokesman for the campaign, Brian Fallon,": the phrase before the comma is headed by a person's role
 * "for", "of" or "at" an organisation, so the name after it is that person, not the organisation.
 */
function personRoleOfOrganisation(tokens: readonly Token[], noun: number): boolean {
  const sentence = tokens[noun]!.sentence;
  for (let k = noun - 1; k > 0 && k >= noun - 6 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (['for', 'of', 'at'].includes(t.lower))
      return PERSON_ROLE_NOUNS.has(tokens[k - 1]!.lower) && !describesName(tokens, k - 1);
  }
  return false;
}

/** "Gia Vian, the editor in chief of the paper,": the role phrase already describes the name before its comma. */
function describesName(tokens: readonly Token[], role: number): boolean {
  let k = role - 1;
  while (k > 0 && tokens[k]!.word && !tokens[k]!.cap) k--;
  if (tokens[k]?.word) k--;
  return tokens[k]?.text === ',';
}

/**
 * "Energy UK", "Health Canada", "Home Depot": a portfolio word is a title only before the office it
 * qualifies ("Energy Secretary Ana Ruiz"); opening a run with no office in it, it opens a body's name.
 * "Justice" is an office of its own ("Justice Ana Ruiz"), and "Prime" only ever qualifies one.
 */
function portfolioOpensBody(lowers: readonly string[]): boolean {
  if (lowers.length < 2 || !PORTFOLIO_WORDS.has(lowers[0]!) || lowers[0] === 'justice' || lowers[0] === 'prime')
    return false;
  // A place after it is the body's country ("Energy UK"), not an office of that country's.
  return lowers.slice(1).every((w) => PLACES.has(w) || (!isTitle(w) && !PERSON_ROLE_NOUNS.has(w)));
}

/** Evidence in the run's own shape that it names an organisation: its last noun, an acronym, the noun before it. */
function namesOrganisation({ tokens, first, texts, lowers, prev, base }: RunWords): boolean {
  const lastLower = lowers[lowers.length - 1]!;
  // "Kestrel Engineering's chief executive", "Marlow's shareholders": what only a business owns.
  if (base.possessive && !isTitle(lowers[0]!) && ownsBusinessThing(tokens, base.last)) return true;
  // "Premier League", "Foreign Office": an organisation noun last; but "Detective Inspector Paul Miller
  // of Thames Valley Police" is a titled person of an organisation.
  const titledPersonOf = isTitle(lowers[0]!) && (lowers.includes('of') || lowers.includes('for'));
  if (
    ORGANISATION_NOUNS.has(lastLower) &&
    !HONORIFICS.has(lastLower) &&
    !titledPersonOf &&
    !(texts.length === 1 && isTitle(lastLower))
  )
    return true;
  if (portfolioOpensBody(lowers)) return true;
  // "the Scottish Executive", "Health and Safety Executive"; not "Chief Executive" (a post).
  if (BODY_OR_POST_NOUNS.has(lastLower) && lowers.length > 1 && !OFFICE_TITLES.has(lowers[lowers.length - 2]!))
    return true;
  // "Imperial College London": an organisation noun, then the place it stands in.
  let beforePlace = lowers.length - 1;
  while (beforePlace > 0 && PLACES.has(lowers[beforePlace]!)) beforePlace--;
  if (beforePlace < lowers.length - 1 && ORGANISATION_NOUNS.has(lowers[beforePlace]!) && !titledPersonOf) return true;
  // "MGM Vice Chairman Chris McGurk": an employer's acronym, then titles, then the person.
  const titleAt = lowers.findIndex((w, i) => i > 0 && i <= 2 && i < lowers.length - 1 && isTitle(w));
  const employerThenTitle =
    titleAt > 0 &&
    lowers.slice(0, titleAt).every((_w, i) => isAllCaps(texts[i]!)) &&
    !isTitle(lowers[lowers.length - 1]!);
  // "MAYOR REYES:", "SEN. ANA COLE:": a title, then a name, all in capitals, as transcripts label a speaker.
  const office = isTitle(lowers[0]!) && !NATIONALITY_ADJECTIVES.has(lowers[0]!) && !PLACES.has(lowers[0]!);
  const titledInCapitals = office && texts.length > 1 && texts.every((t) => isAllCaps(t));
  // "Dr Ines Marr of UCL": a titled person of a body named by its acronym.
  if (
    !employerThenTitle &&
    !titledPersonOf &&
    !titledInCapitals &&
    texts.some(
      (t, k) =>
        isAllCaps(t) &&
        !isTitle(lowers[k]!) &&
        !PERSON_ROLE_NOUNS.has(lowers[k]!) &&
        !PLACES.has(lowers[k]!) &&
        t.length > 1,
    )
  ) {
    return true;
  }
  // "analysis firm Retail Banking Research", "the watchdog, Reporters Without Borders": a company noun
  // right before the run names an organisation; so do inner words no personal name has. Not before an office
  // and a full name: "campaign Chairman John Podesta" holds the campaign's post.
  const nounBefore = prev?.text === ',' ? tokens[first - 2] : prev;
  const officeThenName = isTitle(lowers[0]!) && texts.length >= 3;
  if (
    nounBefore &&
    !officeThenName &&
    !nounBefore.cap &&
    ORGANISATION_ROLE_NOUNS.has(nounBefore.lower) &&
    !readAsVerb(tokens, first - (prev?.text === ',' ? 2 : 1)) &&
    (!PERSON_ROLE_NOUNS.has(nounBefore.lower) || bodyInApposition(tokens, first, texts)) &&
    !(prev?.text === ',' && (personRoleOfOrganisation(tokens, first - 2) || closesOpeningPhrase(tokens, first - 1)))
  )
    return true;
  // "Energy Secretary Jo Hart": words before a title and a name after it are the post's, not a firm's.
  // A post has a few words before its title; a title-case headline ("Says We Should Look To History In The
  // Middle East Gov Jeb Bush") is no post.
  const lastTitle = Math.max(
    portfolioAfterOfThe(lowers),
    lowers.findLastIndex((w, i) => i < lowers.length - 1 && i <= 6 && isTitle(w)),
  );
  return (
    lowers.some((w, i) => ORGANISATION_INNER_WORDS.has(w) && i > lastTitle) && !personDescribedAfter(tokens, base.last)
  );
}

/**
 * "Rachel Power, chief executive of the Patients Association,", "Tom Waters, 52,": an age, or a person's
 * role of a body, set after the run in commas describes a person, whatever words the name holds.
 */
function personDescribedAfter(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  if (/^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ',') return true;
  for (let k = last + 2; k <= last + 5 && tokens[k]?.word && !tokens[k]!.cap; k++) {
    const of = tokens[k + 1]?.lower ?? '';
    if (PERSON_ROLE_NOUNS.has(tokens[k]!.lower) && (of === 'of' || of === 'at' || of === 'for')) return true;
  }
  return false;
}

/**
 * "the Californian tech giant", "the Seattle software company": a lone capitalised word, then lower-case words
 * before a noun for a body, says where the body is from, not which body it is; the phrase is the body in view.
 * Right before the noun it names the body ("the GMB union"), as an acronym does anywhere ("the NHS hospital trust").
 */
function describesBodyNounAfter(tokens: readonly Token[], last: number): boolean {
  if (isAllCaps(tokens[last]!.text)) return false;
  const between = (t: Token | undefined) => t?.word === true && !t.cap && t.sentence === tokens[last]!.sentence;
  for (let k = last + 2; k <= last + 3; k++) {
    if (!between(tokens[k - 1]) || PERSON_ROLE_NOUNS.has(tokens[k - 1]!.lower)) return false;
    const head = tokens[k];
    if (between(head) && ORGANISATION_ROLE_NOUNS.has(head!.lower) && !PERSON_ROLE_NOUNS.has(head!.lower)) return true;
  }
  return false;
}

/**
 * "The regulator, Ofwatt, said": a lone word set after "the" and a noun for a body or a person ("regulator",
 * "developer") is the body; a person so described would be named in full.
 */
function bodyInApposition(tokens: readonly Token[], first: number, texts: readonly string[]): boolean {
  return texts.length === 1 && tokens[first - 1]?.text === ',' && tokens[first - 3]?.lower === 'the';
}

/**
 * How many words open the run as titles. Titles end at the last title word before the name:
 * "U.S. Secretary of State John Kerry", "Harbour Minister Lena Okafor", "Engineer Paulo Reis"
 * (a role noun only before a full name).
 */
function titleCount(texts: readonly string[], lowers: readonly string[]): number {
  let k = 0;
  const titleLike = (i: number) =>
    isTitle(lowers[i]!) ||
    // "Goalscorer Jimmy Floyd Hasselbaink"; opening the run, before a lone surname too ("Matchwinner Keane").
    (PERSON_ROLE_NOUNS.has(lowers[i]!) && texts.length - i - 1 >= (i === 0 ? 1 : 2)) ||
    ((NATIONALITY_NOUNS.has(lowers[i]!) || isNationalityPlural(lowers[i]!)) && texts.length - i - 1 >= 1) ||
    // "Republican Marco Rubio", "Liberal Democrat Vince Cable": a party before a full name describes the person
    // ("Democratic Republic of Sarnia", with a small word inside, is no personal name).
    (PARTY_WORDS.has(lowers[i]!) && texts.length - i - 1 >= 2 && texts.slice(i + 1).every((w) => /^\p{Lu}/u.test(w)));
  const firstTitle = lowers.findIndex((_, i) => i < texts.length - 1 && titleLike(i));
  if (firstTitle >= 0 && firstTitle <= 2) {
    k = firstTitle + 1;
    // "U.S. District Judge Harriet Colborne": one word that qualifies the next title ("District", "Circuit") is the post's.
    while (
      k < texts.length - 1 &&
      (titleLike(k) ||
        (k + 1 < texts.length - 1 && (TITLE_CONNECTORS_IN_RUN.has(lowers[k]!) || k > 0) && isTitle(lowers[k + 1]!)) ||
        (TITLE_CONNECTORS_IN_RUN.has(lowers[k]!) && k + 1 < texts.length - 1 && titleLike(k + 1)))
    )
      k++;
  }
  if (k === 0) while (k < texts.length - 1 && (isTitle(lowers[k]!) || (lowers[k] === 'of' && k > 0))) k++;
  const portfolioEnd = portfolioAfterOfThe(lowers);
  if (portfolioEnd > 0) k = Math.max(k, portfolioEnd + 1);
  // "Republican National Committee Chairman Reince Priebus": an employer's name of any length, then the title.
  for (let j = k; j < texts.length - 1; j++) {
    if (!isTitle(lowers[j]!) || !ORGANISATION_NOUNS.has(lowers[j - 1] ?? '')) continue;
    k = j + 1;
    while (k < texts.length - 1 && titleLike(k)) k++;
  }
  return k;
}

/**
 * "Chancellor of the Exchequer George Osborne", "Secretary of the Treasury Steven Mnuchin": an office, "of the"
 * and its portfolio, then the holder's name, taken as its last two words. The index of the portfolio's last
 * word, or -1 when the run has no such shape.
 */
function portfolioAfterOfThe(lowers: readonly string[]): number {
  const officeThenOfThe = isTitle(lowers[0]!) && lowers[1] === 'of' && lowers[2] === 'the';
  return officeThenOfThe && lowers.length >= 6 ? lowers.length - 3 : -1;
}

/** The run once its `k` leading titles are known: a titled person, a person of a body, an organisation, a place. */
function classifyAfterTitles(words: RunWords, k: number): NameRun | null {
  const { tokens, first, texts, lowers, prev, base } = words;
  const last = base.last;
  const lastLower = lowers[lowers.length - 1]!;
  const titles = texts.slice(0, k);
  const name = texts.slice(k);
  if (name.length === 1 && isTitle(lowers[k]!)) {
    // "the Treasury said": an institution; "the Prime Minister said" is a role, read as a role phrase.
    if (INSTITUTION_WORDS.has(lowers[k]!)) return { ...base, name: texts, titles: [], kind: 'organisation' };
    // A lone title word may still be someone's surname ("White said"): kept only if someone has it.
    if (titles.length === 0) return { ...base, name, titles: [], kind: 'title' };
    // "Mr. Prince said": after Mr or Dr, a title word is the surname.
    const honorificsOnly = titles.every((t) => HONORIFICS.has(bare(t.toLowerCase())));
    return honorificsOnly ? { ...base, name, titles, kind: 'person' } : null;
  }
  // "the English National Ballet": after "the", only a full personal name is a person.
  if (prev?.lower === 'the' && name.length < 2) {
    if (texts.length === 1 && describesBodyNounAfter(tokens, last)) return null;
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  }
  // "Paul Miller of Thames Valley Police": the person is the part before "of".
  const cut = name.findIndex((w) => w === 'of' || w === 'for');
  // "U.S. Chamber of Commerce": a kind of body right before "of" is the body's name, the title its country's.
  // "British Chambers of Commerce" too, but "Senator Tom Chambers of Ohio" is a surname after an office.
  const beforeOf = cut > 0 ? bare(name[cut - 1]!.toLowerCase()) : '';
  const officeBefore = titles.some((t) => isTitle(t.toLowerCase()) && !NATIONALITY_ADJECTIVES.has(t.toLowerCase()));
  if (cut > 0 && (ORGANISATION_NOUNS.has(beforeOf) || (isPluralKindOfBody(beforeOf) && !officeBefore)))
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  // "The Bishop of Durham", "Chief of Staff Denis McDonough": no name opens with "of". A post held in a place or
  // body, then a first name and a surname, is a titled person; with less after it, the run is the post, and the
  // person is named elsewhere ("The Bishop of Durham, the Rt Rev Tom Wright, said").
  if (cut === 0 && titles.length > 0) {
    if (name.length < 4) return { ...base, name: texts, titles: [], kind: 'title' };
    return { ...base, name: texts.slice(-2), titles: texts.slice(0, -2), kind: 'person' };
  }
  if (cut > 0 && titles.length > 0) {
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
  // "British Skyways said": a nationality, then one word with no office between, opens a firm's name; a
  // person's nationality comes with an office ("British Prime Minister Ana Ruiz") or as a noun ("Briton").
  if (titles.length === 1 && name.length === 1 && NATIONALITY_ADJECTIVES.has(lowers[0]!))
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  // "the British Retail Consortium": after "the", a nationality alone before the name opens a body's name; a
  // person's nationality comes with an office ("the British Prime Minister Ana Ruiz").
  if (prev?.lower === 'the' && titles.length > 0 && lowers.slice(0, k).every((w) => NATIONALITY_ADJECTIVES.has(w)))
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  if (titles.length > 0) return { ...base, name, titles, kind: 'person' };
  // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": a title written short
  // that ends the run has no name after it; the words are his post, not a person called "Pennsylvania Gov".
  if (name.length > 1 && isAbbreviatedOffice(lastLower) && tokens[last + 1]?.text === '.')
    return { ...base, name: texts, titles: [], kind: 'title' };
  // "Bosses at Kestrel Interactive said", "an analyst at Corbel": people work at a body, never at a person.
  if (worksAt(tokens, first) && !name.every((w) => PLACES.has(bare(w.toLowerCase()))))
    return { ...base, name: texts, titles: [], kind: 'organisation' };
  // "Zara Hyde Peters of UK Athletics": a personal name, then the body the person belongs to.
  const of = personalNameBeforeOf(words);
  if (of > 0) {
    const person = personBefore(words, of);
    if (person) return person;
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
  // No personal name starts with "New": "New York", "New Zealand" are places, longer runs bodies ("New Labour Trust").
  if (lowers[0] === 'new') return { ...base, name, titles: [], kind: name.length === 2 ? 'place' : 'organisation' };
  if (takesPluralVerb(tokens, first, last) || expertsOfBodyAfter(tokens, last))
    return { ...base, name, titles: [], kind: 'organisation' };
  return { ...base, name, titles: [], kind: 'person' };
}

/** "at" before the run, after a person's role or a plural of people ("analyst at", "Bosses at", "staff at"). */
function worksAt(tokens: readonly Token[], first: number): boolean {
  const noun = tokens[first - 2];
  if (tokens[first - 1]?.lower !== 'at' || !noun?.word || noun.sentence !== tokens[first]!.sentence) return false;
  return PERSON_ROLE_NOUNS.has(noun.lower) || isGroupPlural(noun.lower) || GROUP_SUBJECTS.has(noun.lower);
}

/** "Greaves' daughter", "PBS' Jacoba Atlas": a name ending in s, an apostrophe against it, then a word. */
function pluralPossessive(tokens: readonly Token[], last: number): boolean {
  const name = tokens[last]!;
  const mark = tokens[last + 1];
  const next = tokens[last + 2];
  return (
    /s$/i.test(name.text) &&
    mark !== undefined &&
    /^['’]$/.test(mark.text) &&
    mark.start === name.end &&
    next?.word === true &&
    next.sentence === name.sentence
  );
}

/** Verbs that agree with a plural subject: after a name that opens its sentence, the name is a team or firm. */
const PLURAL_VERBS = new Set(['have', 'are', 'were']);

/**
 * "Westbury Rovers have sacked their manager": one person never takes "have", "are" or "were", a club
 * or firm does (British English). Only a name that opens its sentence is surely the verb's subject
 * ("candidates like Ana Ruiz have", "polls behind front-runner Tom Hale are" are not).
 */
function takesPluralVerb(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !PLURAL_VERBS.has(next.lower) || !sameSentence(tokens, last, last + 1)) return false;
  const opens = tokens[first - 1]?.lower === 'the' ? first - 1 : first;
  return opensSentence(tokens, opens);
}

/**
 * Experts who work for a body, in the plural: "Goldman Sachs analysts", "Morgan Stanley economists". A
 * person's own people are aides, lawyers or supporters ("Trump aides"); these only a firm or institute has.
 */
const EXPERTS_OF_A_BODY: ReadonlySet<string> = new Set(['analysts', 'economists', 'strategists', 'researchers']);

/** The run is followed by a plural of experts that only a body employs: it names that body. */
function expertsOfBodyAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next !== undefined && !next.cap && EXPERTS_OF_A_BODY.has(next.lower) && sameSentence(tokens, last, last + 1);
}

/** Words after which the next word is a verb: the infinitive's "to", modals, subject pronouns. */
const BEFORE_A_VERB: ReadonlySet<string> = new Set(['to', ...MODALS, 'he', 'she', 'they', 'we', 'i', 'you', 'it']);

/**
 * "is trying to show Bernie Sanders is wrong": a word that names a kind of body ("show", "force", "paper")
 * is a verb after "to", an auxiliary or a subject pronoun, and says nothing of the name after it.
 */
function readAsVerb(tokens: readonly Token[], noun: number): boolean {
  const before = tokens[noun - 1];
  return before !== undefined && before.sentence === tokens[noun]!.sentence && BEFORE_A_VERB.has(before.lower);
}
