import { addRole, type Entity, type EntityRegistry, setGender } from './entities';
import { CUE_VERBS } from './lexicon/cue-verbs';
import { HOLDING_WORDS, LOCATIVES, BEFORE_PLACE_NAMES } from './lexicon/function-words';
import { FIRM_NAME_ENDINGS, ORGANISATION_NOUNS } from './lexicon/organisations';
import type { Gender } from './lexicon/pronouns';
import { FAMILY_NOUNS, ORGANISATION_ROLE_NOUNS, PERSON_ROLE_NOUNS } from './lexicon/roles';
import { FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, SURNAME_PARTICLES } from './lexicon/titles';
import { namesShownBodiesByIts } from './its-owner';
import { bare, isAllCaps } from './name-shape';
import { pluralBodies } from './plural-subject';
import { sentenceInitial } from './reporter-text';
import type { NameRun } from './run-kind';
import type { Token } from './tokens';

/**
 * Stage 2: one entity per person or organisation named in the article. A
 * surname, "Mr" and surname, or a full name with titles are one person
 * ("Kerry", "John Kerry", "Secretary of State John Kerry"); a lone word is a
 * person when the article names someone so or it speaks like one, else an
 * organisation; "Royal Academy of Dance (RAD)" makes the acronym an alias.
 */
export interface NamedEntities {
  runEntity: Map<NameRun, Entity>;
  /** Organisations by the lower-case acronym the article defined for them. */
  orgAcronyms: Map<string, Entity>;
}

export function entitiesForNames(
  tokens: readonly Token[],
  runs: readonly NameRun[],
  registry: EntityRegistry,
): NamedEntities {
  const names = new NameEntities(tokens, runs, registry);
  names.organisationsEverywhere();
  names.people();
  names.others();
  names.recordForms();
  return { runEntity: names.runEntity, orgAcronyms: names.orgAcronyms };
}

/** Kinds of run that may still turn out to be a body: a name read as a person's, a lone capitalised word. */
const PERSON_LIKE: ReadonlySet<NameRun['kind']> = new Set(['person', 'single']);

class NameEntities {
  readonly runEntity = new Map<NameRun, Entity>();
  readonly orgAcronyms = new Map<string, Entity>();
  /** People in the order first named. */
  private readonly persons: Entity[] = [];
  /** Where each person is first named with more than one word (token index). */
  private readonly namedInFullAt = new Map<Entity, number>();
  /** Lone words already taken as someone's given name. */
  private readonly givenNamesInUse = new Set<string>();
  /** People whose longest name was read inside a sentence or after a title (see findPerson). */
  private readonly fullNameInSentence = new Set<Entity>();

  constructor(
    private readonly tokens: readonly Token[],
    private readonly runs: readonly NameRun[],
    private readonly registry: EntityRegistry,
  ) {}

  /** A name the article once shows to be an organisation is one everywhere ("firm Retail Banking Research"). */
  organisationsEverywhere(): void {
    const runText = (run: NameRun) =>
      run.name
        .join(' ')
        .replace(/['’]s$/, '')
        .replace(/^The /, '')
        .toLowerCase();
    const organisationNames = new Set(this.runs.filter((r) => r.kind === 'organisation').map(runText));
    // "Tata is running its hardware": a name "its" refers back to is a body, and so is the longer name it opens.
    const bodies = namesShownBodiesByIts(this.tokens, this.runs, runText);
    for (const run of this.runs)
      if (
        (run.kind === 'person' && organisationNames.has(runText(run))) ||
        (PERSON_LIKE.has(run.kind) && bodies.has(runText(run)))
      )
        run.kind = 'organisation';
    this.bodiesTakingPluralVerbs();
  }

  /** "Aston Villa … but Villa were not interested": the name is a team, and the lone word that body named in full. */
  private bodiesTakingPluralVerbs(): void {
    const pluralNamed = pluralBodies(this.tokens, this.runs);
    for (const run of this.runs) {
      const word = bare(run.name[run.name.length - 1]!.toLowerCase());
      const fullName = pluralNamed.get(word);
      if (!fullName || (run.kind !== 'person' && run.kind !== 'single')) continue;
      if (run.kind === 'person' && run.name.join(' ') !== fullName.join(' ')) continue;
      // The lone word is the body named in full, not a body of its own.
      if (run.kind === 'single') run.name = [...fullName];
      run.kind = 'organisation';
    }
  }

  /** An entity for each personal name, shared by the forms of one person's name. */
  people(): void {
    for (const run of this.runs) {
      if (run.kind !== 'person') continue;
      const honorific = run.titles.map((t) => bare(t.toLowerCase()));
      const runGender: Gender | undefined = honorific.some((h) => MALE_HONORIFICS.has(h))
        ? 'male'
        : honorific.some((h) => FEMALE_HONORIFICS.has(h))
          ? 'female'
          : genderedNounBefore(this.tokens, run.first);
      let entity =
        this.knightByGivenName(run.name, honorific) ??
        this.findPerson(run.name, run.name.length > 1 || honorific.length > 0 ? runGender : undefined);
      const words = run.name.map((w) => bare(w.toLowerCase()));
      const display = run.name.map((w) => inCapitalsAsName(w.replace(/['’]s$/, ''))).join(' ');
      const peer = run.titles.some((t) => ['lord', 'lady', 'baroness', 'baron'].includes(bare(t.toLowerCase())));
      const canonical = peer && run.name.length === 1 ? `${run.titles[run.titles.length - 1]} ${display}` : display;
      if (!entity) {
        entity = this.registry.create('person', canonical, { nameWords: words });
        this.persons.push(entity);
        setGender(entity, runGender);
      } else if (words.length > entity.nameWords.length) {
        entity.name = canonical;
        entity.nameWords = words;
      }
      if (words.length > 1 && !this.namedInFullAt.has(entity)) this.namedInFullAt.set(entity, run.first);
      // A name opening a sentence may carry the sentence's first word ("Fault Ted Cruz"): only one inside a
      // sentence, or after a title, is whole enough for a shorter name ending it to be a compound surname.
      if (
        entity.nameWords.length === words.length &&
        (run.titles.length > 0 || !sentenceInitial(this.tokens, run.first))
      )
        this.fullNameInSentence.add(entity);
      this.runEntity.set(run, entity);
    }
  }

  /**
   * "Sir Aled" after "Sir Aled Price": a knight or dame is called by the given name, so a lone word
   * after "Sir"/"Dame" is the person named in full with that first name, the latest one.
   */
  private knightByGivenName(name: readonly string[], honorifics: readonly string[]): Entity | undefined {
    if (name.length !== 1 || !honorifics.some((h) => h === 'sir' || h === 'dame')) return undefined;
    const given = bare(name[0]!.toLowerCase());
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i]!;
      if (p.nameWords.length > 1 && p.nameWords[0] === given) return p;
    }
    return undefined;
  }

  /** The person already named with this surname and a compatible given name, latest first. */
  private findPerson(name: string[], gender?: Gender): Entity | undefined {
    const words = name.map((w) => bare(w.toLowerCase()));
    const surname = words[words.length - 1]!;
    // Given names: the words before the surname and its particles ("Jan" of "Jan van der Berg").
    const given = (ws: readonly string[]) => ws.slice(0, -1).filter((w) => !SURNAME_PARTICLES.has(w));
    // Latest first: "Mr Blair" after "Tony Blair" and "Cherie Blair" is the man most recently named.
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i]!;
      if (p.nameWords[p.nameWords.length - 1] !== surname || (gender && p.gender && p.gender !== gender)) continue;
      if (this.fullNameInSentence.has(p) && namesTheTail(words, p.nameWords)) return p;
      const a = given(p.nameWords)[0];
      const b = given(words)[0];
      if (a === undefined || b === undefined || a === b || a[0] === b || b[0] === a) return p;
    }
    return undefined;
  }

  /** Titles alone, lone words, organisations and places. */
  others(): void {
    for (const run of this.runs) {
      if (run.kind === 'person') continue;
      // The run's own possessive goes ("Fenwade's shares"); one inside the name stays ("the King's Fund").
      const display = run.name
        .join(' ')
        .replace(/['’]s$/, '')
        .replace(/^The /, '');
      if (run.kind === 'title') {
        const person = this.namedInFull(run);
        if (person) this.runEntity.set(run, person);
        continue;
      }
      let entity = run.kind === 'single' ? this.singleWord(run, display) : this.surnameInCapitals(run);
      if (!entity) {
        entity =
          this.registry.byName('organisation', display) ??
          this.orgAcronyms.get(display.toLowerCase()) ??
          this.spelledOutAs(display) ??
          (run.kind === 'organisation' ? this.shortFormOf(display) : this.firmCalledShort(run, display));
        if (!entity)
          entity = this.registry.create('organisation', display, {
            place: run.kind === 'place' || (run.kind === 'single' && afterLocative(this.tokens, run.first)),
            weak: run.kind === 'single',
            definite: run.name[0] === 'The' || this.tokens[run.first - 1]?.lower === 'the',
          });
      }
      this.runEntity.set(run, entity);
      // "Royal Academy of Dance (RAD)": the acronym names the same organisation.
      const tokens = this.tokens;
      if (entity.kind === 'organisation' && tokens[run.last + 1]?.text === '(' && tokens[run.last + 3]?.text === ')') {
        const acronym = tokens[run.last + 2]!;
        this.orgAcronyms.set(acronym.lower, entity);
        this.registry.alias(entity, acronym.text);
      }
    }
  }

  /** "TRUMP: “…”" in a transcript: a surname in capitals is the person named with it, not an acronym. */
  private surnameInCapitals(run: NameRun): Entity | undefined {
    const text = run.name[0]!;
    return run.name.length === 1 && isAllCaps(text) && text.length >= 4 ? this.namedInFull(run) : undefined;
  }

  /** The person named in full whose surname is the run's first word, nearest before it ("White said", "TRUMP:"). */
  private namedInFull(run: NameRun): Entity | undefined {
    const word = bare(run.name[0]!.toLowerCase());
    const matches = this.persons.filter((p) => p.nameWords.length > 1 && p.nameWords[p.nameWords.length - 1] === word);
    return matches.length > 0 ? this.pickNearest(matches, run) : undefined;
  }

  /**
   * "the FCA" after "the Financial Conduct Authority": an acronym is the organisation named before whose
   * capitalised words begin with its letters, as if the article had written "(FCA)" after it.
   */
  private spelledOutAs(display: string): Entity | undefined {
    if (!/^\p{Lu}{2,6}$/u.test(display)) return undefined;
    const named = this.registry.all.findLast(
      (e) => e.kind === 'organisation' && !e.place && initials(e.name) === display,
    );
    if (named) {
      this.orgAcronyms.set(display.toLowerCase(), named);
      this.registry.alias(named, display);
    }
    return named;
  }

  /**
   * "Northgate's chief executive" after "Northgate Airways": a firm is called by the first word of its name;
   * "the Commission said" after "the European Commission": a body by the kind of body that ends its name.
   */
  private shortFormOf(display: string): Entity | undefined {
    if (display.includes(' ')) return undefined;
    const word = display.toLowerCase();
    const organisation = (e: Entity) => e.kind === 'organisation' && !e.place;
    const byFirstWord = this.registry.all.find((e) => organisation(e) && e.name.toLowerCase().startsWith(`${word} `));
    if (byFirstWord || !ORGANISATION_ROLE_NOUNS.has(word)) return byFirstWord;
    return this.registry.all.findLast((e) => organisation(e) && e.name.toLowerCase().endsWith(` ${word}`));
  }

  /**
   * "Hartwell said" after "Hartwell Stores": a lone word that opens the name of a firm named before, the rest
   * of which only says it is a business, is that firm (not where it follows "in" or "at": "in Halden" is a place).
   */
  private firmCalledShort(run: NameRun, display: string): Entity | undefined {
    if (run.kind !== 'single' || display.includes(' ') || afterLocative(this.tokens, run.first)) return undefined;
    const word = display.toLowerCase();
    return this.registry.all.find((e) => {
      if (e.kind !== 'organisation' || e.place || e.weak) return false;
      const [first, ...rest] = e.name.toLowerCase().split(' ');
      return first === word && rest.length > 0 && rest.every((w) => FIRM_NAME_ENDINGS.has(w));
    });
  }

  /** A lone capitalised word: someone already named, a defined acronym, or a person by its context; else nothing. */
  private singleWord(run: NameRun, display: string): Entity | undefined {
    const { tokens, registry, persons } = this;
    const word = bare(run.name[0]!.toLowerCase());
    // A surname of someone named in full elsewhere, else a given name ("Trump" is Donald Trump's
    // surname before it is the first word of "Trump Tower"). A person is called by a given name only
    // after being named in full: "Yahoo" long before a "Yahoo Messenger" is not that person.
    const bySurname = persons.filter((p) => p.nameWords[p.nameWords.length - 1] === word);
    const matches = bySurname.length > 0 ? bySurname : this.byGivenName(run, word);
    if (matches.length > 0) return matches.length === 1 ? matches[0] : this.pickNearest(matches, run);
    if (this.orgAcronyms.has(word)) return this.orgAcronyms.get(word);
    if (
      tokens[run.last + 1]?.text === ',' &&
      tokens[run.last + 2]?.lower === 'who' &&
      !namesPlaceOrSide(tokens, word)
    ) {
      const entity = registry.create('person', display, { nameWords: [word], confirmed: true });
      persons.push(entity);
      return entity;
    }
    if (
      !isAllCaps(run.name[0]!) &&
      !ORGANISATION_NOUNS.has(word) &&
      afterRoleNoun(tokens, run.first, closesOrSpeaks(tokens, run.last))
    ) {
      // "Mr Nogar's son Stephen", "said his wife, Sheila", "keeper Jonas": a name right after a family noun,
      // or a known given name after a job noun.
      const entity = registry.create('person', display, { nameWords: [word] });
      persons.push(entity);
      return entity;
    }
    if (
      !ORGANISATION_NOUNS.has(word) &&
      !isAllCaps(run.name[0]!) &&
      !run.name[0]!.includes('-') &&
      tokens[run.first - 1]?.lower !== 'the' &&
      personLikeCueFollows(tokens, run.last)
    ) {
      // "Parry explained", "admitted Kiely": a lone surname that speaks like a person.
      const entity =
        persons.find((p) => p.nameWords.length === 1 && p.nameWords[0] === word) ??
        registry.create('person', display, { nameWords: [word] });
      if (!persons.includes(entity)) persons.push(entity);
      return entity;
    }
    return undefined;
  }

  /**
   * People whose given name is this lone word. A person is called by a given name after being named in
   * full, or where the word itself reads as a person ("his brother Freddy", "Freddy confided"); "Yahoo"
   * thirteen times before a "Yahoo Messenger" is not that person.
   */
  private byGivenName(run: NameRun, word: string): Entity[] {
    const { tokens } = this;
    const named = this.persons.filter((p) => p.nameWords.length > 1 && p.nameWords[0] === word);
    const readsAsPerson =
      this.givenNamesInUse.has(word) ||
      afterRoleNoun(tokens, run.first, closesOrSpeaks(tokens, run.last)) ||
      personLikeCueFollows(tokens, run.last);
    const matches = readsAsPerson ? named : named.filter((p) => (this.namedInFullAt.get(p) ?? run.first) < run.first);
    if (matches.length > 0) this.givenNamesInUse.add(word);
    return matches;
  }

  /** The candidate introduced most recently before this run, else the first one. */
  private pickNearest(candidates: Entity[], run: NameRun): Entity {
    let best: Entity | undefined;
    for (const r of this.runs) {
      if (r.first >= run.first) break;
      const e = this.runEntity.get(r);
      if (e && candidates.includes(e)) best = e;
    }
    return best ?? candidates[0]!;
  }

  /** Each run's surface form as an alias; a person's titles, role prefix and gender from honorifics. */
  recordForms(): void {
    const { tokens, registry } = this;
    for (const run of this.runs) {
      const entity = this.runEntity.get(run);
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
  }
}

/** The first letters of a name's capitalised words ("Confederation of British Industry" → "CBI"); "" for one word. */
/**
 * "López Obrador" after "Andrés Manuel López Obrador", "García Márquez": two or more words that end a
 * longer name are its compound surname, not a given name and a surname of someone else.
 */
function namesTheTail(words: readonly string[], nameWords: readonly string[]): boolean {
  const from = nameWords.length - words.length;
  return words.length > 1 && from > 0 && words.every((w, k) => nameWords[from + k] === w);
}

function initials(name: string): string {
  const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  return words.length < 2 ? '' : words.map((w) => w[0]).join('');
}

/**
 * A lower-case person noun just before token `first`, or before the comma there ("wife Sharon",
 * "wife, Sheila"): a family noun always, a job noun only when `closes` (the word ends its clause
 * or a speech verb follows it: "said keeper Jonas.", "keeper Jonas said").
 */
function afterRoleNoun(tokens: readonly Token[], first: number, closes: boolean): boolean {
  const before = tokens[first - 1]?.text === ',' ? tokens[first - 2] : tokens[first - 1];
  if (before === undefined || !before.word || before.cap || before.sentence !== tokens[first]!.sentence) return false;
  // "the regulator Ofgem", "the broadcaster ITV": a noun for a body as much as a person names no one.
  const personOnly = PERSON_ROLE_NOUNS.has(before.lower) && !ORGANISATION_ROLE_NOUNS.has(before.lower);
  return FAMILY_NOUNS.has(before.lower) || (closes && personOnly);
}

/**
 * "at Leicester", "The Leicester tight-head": a word the article also writes after a preposition of place or
 * between "the" and a lower-case noun names a place or a side, so "Leicester, who signed White," is no person
 * (British news writes "who" after a club as after a person).
 */
function namesPlaceOrSide(tokens: readonly Token[], word: string): boolean {
  return tokens.some((t, k) => {
    if (t.lower !== word || !t.cap) return false;
    const before = tokens[k - 1]?.lower ?? '';
    const after = tokens[k + 1];
    return BEFORE_PLACE_NAMES.has(before) || (before === 'the' && after?.word === true && !after.cap);
  });
}

/** A lone name right after a preposition of place ("in Derby"), not one of holding ("shares in Fenwade"). */
function afterLocative(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower ?? '';
  return LOCATIVES.has(before) && !(before === 'in' && HOLDING_WORDS.has(tokens[first - 2]?.lower ?? ''));
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

/** Auxiliaries and copulas that follow a clause's subject ("manager O'Neill is no respecter of reputations"). */
const SUBJECT_FOLLOWERS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could']);

/** The word at `last` ends its clause (punctuation follows), or a speech verb or an auxiliary follows it. */
function closesOrSpeaks(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return (
    next === undefined ||
    (!next.word && next.quote < 0) ||
    CUE_VERBS.has(next.lower) ||
    SUBJECT_FOLLOWERS.has(next.lower)
  );
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

/**
 * "REYES" in a transcript's label "MAYOR REYES:" is shown as a name is written, "Reyes"; initials and
 * two-letter words stay as they are ("G.K.", "JR").
 */
function inCapitalsAsName(word: string): string {
  if (word.length < 3 || !isAllCaps(word) || word.includes('.')) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}
