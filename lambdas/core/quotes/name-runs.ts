import { CUE_VERBS } from './lexicon/cue-verbs';
import { DASHES, DETERMINERS, BEFORE_PLACE_NAMES } from './lexicon/function-words';
import { COMMON_CAPITALISED, MONTHS_AND_DAYS, WEEKDAYS } from './lexicon/not-names';
import { BODY_OR_POST_NOUNS, GROUP_SUBJECTS, INSTITUTION_WORDS, ORGANISATION_NOUNS } from './lexicon/organisations';
import {
  BODY_AGENT_PLURALS,
  isGroupPlural,
  ORGANISATION_ROLE_NOUNS,
  PERSON_ROLE_NOUNS,
  singularsOf,
} from './lexicon/roles';
import { HONORIFICS, OFFICE_TITLES, POSTS_IN_CAPITALS, SURNAME_PARTICLES } from './lexicon/titles';
import { markedNameRun, nameMarkAfter } from './marked-names';
import { bodyOfTwoPlaces, namePairs, pairKey } from './name-pairs';
import { isAllCaps, isNameShaped } from './name-shape';
import { isReporter, opensAdverbialPhrase, sameSentence, sentenceInitial } from './reporter-text';
import { classifyRun, type NameRun } from './run-kind';
import type { Token } from './tokens';
import { describingWordsStart } from './describing-words';

/**
 * Stage 1 of reading the reporter's text: runs of capitalised words
 * ("Secretary of State John Kerry", "Bradford & Bingley", "Jan van der
 * Berg"), trimmed of the capitals that only open a sentence or write a date,
 * each classified as a person, organisation, place, lone word or title.
 */
export interface NameRuns {
  runs: NameRun[];
  /** For each token, the index of the run holding it, else -1. */
  inRun: Int32Array;
}

/** Adjectives that start many names ("New Hampshire", "Old Bailey", "Top Gear"), capitalised mid-sentence only then. */
const NAME_ADJECTIVES = new Set(['new', 'old', 'top']);

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

export function findNameRuns(tokens: readonly Token[]): NameRuns {
  // Words the reporter also writes in lower case: capitalised at a sentence start, they are no name.
  const lowerWords = new Set(tokens.filter((t) => t.word && !t.cap && t.quote < 0).map((t) => t.lower));
  // Words the reporter capitalises inside a sentence: names wherever they stand ("Zentrix engineers said").
  const namesInside = new Set(
    tokens.filter((t, i) => t.word && t.cap && t.quote < 0 && !sentenceInitial(tokens, i)).map((t) => t.lower),
  );
  const runs: NameRun[] = [];
  const inRun = new Int32Array(tokens.length).fill(-1);
  const dateline = datelines(tokens);
  const pairs = namePairs(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isReporter(tokens, i) || !t.word || !isNameShaped(t.text) || dateline[i]) continue;
    const end = extendRun(tokens, i, pairs);
    const trimmed = trimRun(tokens, i, end, lowerWords, namesInside);
    // "Which? said": the last word keeps its mark, though it would open a question ("Which?") on its own.
    const mark = nameMarkAfter(tokens, end);
    const first = mark >= 0 ? Math.min(trimmed.first, end) : trimmed.first;
    const last = mark >= 0 ? end : trimmed.last;
    i = mark >= 0 ? mark : end;
    if (first > last || isCapitalisedHeading(tokens, first, last) || isLoneLetter(tokens, first, last)) continue;
    const run = mark >= 0 ? markedNameRun(tokens, first, last, mark) : classifyRun(tokens, first, last);
    if (!run) continue;
    run.rolePrefix = rolePrefixBefore(tokens, first);
    takeInPortfolioWords(tokens, runs, inRun, run);
    for (let k = run.first; k <= run.last; k++) inRun[k] = runs.length;
    runs.push(run);
  }
  markTownAndRegion(tokens, runs, inRun);
  return { runs, inRun };
}

/**
 * "Work and Pensions Secretary David Blunkett", "Culture, Media and Sport Secretary Tessa Jowell": lone capitalised
 * words joined by commas and "and" to a run that opens with an office's portfolio are more of that portfolio, so
 * the run takes them in as titles instead of leaving a body that may speak ("Work") as the clause's subject. A word
 * the article gave someone as a surname stays a name ("Blair and Foreign Secretary Jack Straw").
 */
function takeInPortfolioWords(tokens: readonly Token[], runs: NameRun[], inRun: Int32Array, run: NameRun): void {
  if (!opensWithPortfolio(run) || tokens[run.first - 1]?.lower !== 'and') return;
  let k = run.first - 2;
  while (k >= 0) {
    const prev = runs[runs.length - 1];
    if (!prev || inRun[k] !== runs.length - 1 || prev.last !== k || !isPortfolioWord(prev, runs)) return;
    runs.pop();
    inRun.fill(-1, prev.first, prev.last + 1);
    const joined = tokens.slice(prev.first, run.first).filter((t) => t.word);
    run.titles = [...joined.map((t) => t.text), ...run.titles];
    run.first = prev.first;
    if (tokens[prev.first - 1]?.text !== ',') return;
    k = prev.first - 2;
  }
}

/** Titles that open with a portfolio before the office: "Pensions Secretary", "Sport Minister". */
function opensWithPortfolio(run: NameRun): boolean {
  const titles = run.titles.map((t) => t.toLowerCase());
  return titles.length >= 2 && OFFICE_TITLES.has(titles.at(-1)!) && !OFFICE_TITLES.has(titles[0]!);
}

/** One capitalised word with no title that no person named in full so far has as a surname. */
function isPortfolioWord(prev: NameRun, runs: readonly NameRun[]): boolean {
  if (prev.name.length !== 1 || prev.titles.length > 0) return false;
  const word = prev.name[0]!.toLowerCase();
  return !runs.some((r) => r.kind === 'person' && r.name.length > 1 && r.name.at(-1)!.toLowerCase() === word);
}

/** First words of two-word regions ("South Carolina", "New Hampshire"); any other region is one word. */
const REGION_LEADS = new Set(['north', 'south', 'east', 'west', 'new']);

/**
 * "in Ames, Iowa,", "a salesman from Sumter, South Carolina, says": a name after a preposition of
 * place, a comma, then a one-word region (or "South …", "New …") closed by punctuation is a town and
 * its region: both are places, and neither is the subject of the clause around them.
 */
function markTownAndRegion(tokens: readonly Token[], runs: NameRun[], inRun: Int32Array): void {
  for (const town of runs) {
    if (!BEFORE_PLACE_NAMES.has(tokens[town.first - 1]?.lower ?? '') || tokens[town.last + 1]?.text !== ',') continue;
    const r = inRun[town.last + 2] ?? -1;
    const region = r >= 0 ? runs[r]! : undefined;
    if (!region || region.first !== town.last + 2 || town.titles.length > 0) continue;
    // "the mayor of Rubkan, Idris Haddad": a person's full name after the comma is no region.
    const words = [...region.titles, ...region.name];
    if (words.length > 2 || (words.length === 2 && !REGION_LEADS.has(words[0]!.toLowerCase()))) continue;
    const after = tokens[region.last + 1];
    if (after && (after.word || after.quote >= 0)) continue;
    for (const run of [town, region]) {
      run.kind = 'place';
      run.locative = true;
    }
    // "South Carolina" read as a title and a name is one place name.
    region.name = words;
    region.titles = [];
  }
}

/**
 * Three or more words in capitals ("SMALL STATES MATTER - Dan Whitcombe: “…”"): a heading run into the
 * text, as round-ups and scraped pages print them, not a name; names in capitals are single acronyms.
 */
function isCapitalisedHeading(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (!isAllCaps(t.text) || t.text.includes('.')) return false;
    words++;
  }
  return words >= 3;
}

/**
 * "Q: …" and "A: …" in an interview's transcript: a capital letter standing alone labels the
 * questioner and the one who answers; it names nobody (an initial stands with the name it shortens).
 */
function isLoneLetter(tokens: readonly Token[], first: number, last: number): boolean {
  return first === last && /^\p{Lu}\.?$/u.test(tokens[first]!.text);
}

/**
 * Datelines: "WASHINGTON —", "LA CROSSE, Wisc. —", "Washington (AFP) –" open a paragraph with the
 * place the story was filed from (in capitals, or before an agency in brackets), then a dash. The
 * place is no one who speaks.
 */
function datelines(tokens: readonly Token[]): Uint8Array {
  const marked = new Uint8Array(tokens.length);
  for (let p = 0; p < tokens.length; p++) {
    const t = tokens[p]!;
    if (p > 0 && tokens[p - 1]!.paragraph === t.paragraph) continue;
    const capitals = t.word && isAllCaps(t.text);
    const agency = tokens[p + 1]?.text === '(' && isAllCaps(tokens[p + 2]?.text ?? '') && tokens[p + 3]?.text === ')';
    if (!capitals && !(t.cap && agency)) continue;
    for (let k = p + 1; k < Math.min(tokens.length, p + 12) && tokens[k]!.sentence === t.sentence; k++) {
      if (tokens[k]!.quote >= 0) break;
      if (DASHES.has(tokens[k]!.text)) {
        marked.fill(1, p, k + 1);
        break;
      }
    }
  }
  return marked;
}

/**
 * A hyphenated given name whose second syllable is lower-case ("Ban Ki-moon", "Jae-won Park"): part
 * of a name only inside a run, as at a sentence start the same shape is an ordinary word ("Long-term").
 */
function syllableName(text: string): boolean {
  return /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u.test(text);
}

/**
 * The last token of the capitalised run starting at `i`: names, initials, particles, "of"/"&" between names,
 * "and" inside a body's name or a pair of words the article writes as one name (`pairs`, name-pairs.ts).
 */
function extendRun(tokens: readonly Token[], i: number, pairs: ReadonlySet<string>): number {
  let j = i;
  let hasOf = false;
  while (true) {
    const n = tokens[j + 1];
    if (!n || !sameSentence(tokens, j, j + 1)) break;
    if (n.word && (isNameShaped(n.text) || syllableName(n.text)) && !/['’]s$/.test(tokens[j]!.text)) {
      j++;
      continue;
    }
    // "the Information Commissioner's Office", "the Prince's Trust": after "the", a possessive then a kind of body.
    if (
      /['’]s$/.test(tokens[j]!.text) &&
      n.word &&
      isNameShaped(n.text) &&
      ORGANISATION_NOUNS.has(n.lower) &&
      (tokens[i]!.lower === 'the' || (tokens[i - 1]?.lower === 'the' && sameSentence(tokens, i - 1, i)))
    ) {
      j++;
      continue;
    }
    // "Channel 4 said", "Radio 1": a number right after an organisation noun ends the body's name.
    if (/^\d{1,2}$/.test(n.text) && n.start === tokens[j]!.end + 1 && ORGANISATION_NOUNS.has(tokens[j]!.lower)) {
      j++;
      break;
    }
    if (pluralPossessiveInside(tokens, j)) {
      j += 2;
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
    if (
      particles > 0 &&
      named &&
      sameSentence(tokens, j, j + 1 + particles) &&
      named.word &&
      isNameShaped(named.text)
    ) {
      j += particles;
      continue;
    }
    // "Secretary of the Treasury", "Speaker of the House": after an office, "of the" opens its portfolio. After a
    // name it opens the person's employer ("David French of the National Retail Federation"), which stays apart.
    // "Society for the Prevention", "Bank of the West": after a kind of body, "of the" or "for the" goes on with its name.
    const afterBody = ORGANISATION_NOUNS.has(tokens[j]!.lower) && (n.lower === 'of' || n.lower === 'for');
    if ((afterBody || (n.lower === 'of' && i === j && OFFICE_TITLES.has(tokens[i]!.lower))) && ofTheJoins(tokens, j)) {
      hasOf = true;
      j += 2;
      continue;
    }
    const after = tokens[j + 2];
    const joins = after && sameSentence(tokens, j, j + 2) && after.word && isNameShaped(after.text);
    const andJoins =
      n.lower === 'and' &&
      (hasOf ||
        bodyOfTwoNouns(tokens, i, j) ||
        (i === j && (pairs.has(pairKey(tokens, j)) || bodyOfTwoPlaces(tokens, j))));
    // "Save the Children", "Stop the War": one capitalised word, "the", then one more is one name.
    const theJoins = n.text === 'the' && i === j && !COMMON_CAPITALISED.has(tokens[i]!.lower) && !tokens[j + 3]?.cap;
    if (joins && (n.lower === 'of' || n.lower === 'for' || n.text === '&' || andJoins || theJoins)) {
      if (n.lower === 'of' || n.lower === 'for') hasOf = true;
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** "of" or "for" at j + 1, "the" at j + 2, a capitalised word at j + 3, all in one sentence. */
function ofTheJoins(tokens: readonly Token[], j: number): boolean {
  const named = tokens[j + 3];
  return (
    tokens[j + 2]?.text === 'the' &&
    named !== undefined &&
    sameSentence(tokens, j, j + 3) &&
    named.word &&
    isNameShaped(named.text)
  );
}

/**
 * "the National Farmers' Union": a plural in the possessive, its apostrophe against it, then a kind of body
 * right after, is inside one name; before anything else the possessive ends the name ("Fox News’ Sean Hannity").
 */
function pluralPossessiveInside(tokens: readonly Token[], j: number): boolean {
  const plural = tokens[j]!;
  const mark = tokens[j + 1];
  const next = tokens[j + 2];
  return (
    mark !== undefined &&
    next !== undefined &&
    /^['’]$/.test(mark.text) &&
    /s$/.test(plural.text) &&
    mark.start === plural.end &&
    next.start === mark.end + 1 &&
    next.word &&
    isNameShaped(next.text) &&
    ORGANISATION_NOUNS.has(next.lower) &&
    sameSentence(tokens, j, j + 2)
  );
}

/**
 * "the Competition and Markets Authority", "the Science and Technology Committee": after "the", one
 * word, "and", then capitalised words ending in a kind of body, is one body's name (two bodies would
 * each keep their "the": "the Treasury and the Foreign Office").
 */
function bodyOfTwoNouns(tokens: readonly Token[], i: number, j: number): boolean {
  const first = tokens[i]!.lower === 'the' ? i + 1 : i;
  // "the Treasury and Foreign Office" stays two: a body or an office's word on the left names one itself.
  // A portfolio word ("Health", "Trade") names no body on its own: "the Health and Safety Executive" is one.
  const namesBody = ORGANISATION_NOUNS.has(tokens[j]!.lower) || INSTITUTION_WORDS.has(tokens[j]!.lower);
  if (first !== j || tokens[j - 1]?.lower !== 'the' || namesBody) return false;
  let k = j + 2;
  while (k < j + 5 && tokens[k]?.word && tokens[k]!.cap && sameSentence(tokens, j, k)) {
    const bodyNoun = ORGANISATION_NOUNS.has(tokens[k]!.lower) || BODY_OR_POST_NOUNS.has(tokens[k]!.lower);
    if (bodyNoun && !tokens[k + 1]?.cap) return true;
    k++;
  }
  return false;
}

/**
 * A month or day next to a number is a date ("Jan 5", "May 2005"), not part of a name ("Theresa May"); so is one
 * between a determiner and a common noun it dates ("The April survey", "its March report").
 */
function isDate(tokens: readonly Token[], k: number): boolean {
  if (!MONTHS_AND_DAYS.has(tokens[k]!.lower)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const datesNoun = DETERMINERS.has(before?.lower ?? '') && after?.word === true && !after.cap;
  return (
    /^\d/.test(after?.text ?? '') || /^\d/.test(before?.text ?? '') || DATE_LEADS.has(before?.lower ?? '') || datesNoun
  );
}

/**
 * "Sen. Maria Ortez, D-Ariz.", "Rep. Tom Hadley (R-Texas)": the party and state American news writes after a
 * legislator's name, which names no one.
 */
const PARTY_AND_STATE = /^[RDI]-\p{Lu}\p{Ll}*$/u;

/**
 * "the York Central MP said", "Another Tory MP": after a determiner, an office written in capitals that ends the run is a
 * role with what it is tied to before it (as "the Florida senator"), not part of a body's name.
 */
function postAfterDeterminer(tokens: readonly Token[], first: number, last: number): boolean {
  return last > first && DETERMINERS.has(tokens[first - 1]?.lower ?? '') && POSTS_IN_CAPITALS.has(tokens[last]!.lower);
}

/** The run `i..end` without the capitals that only open the sentence and without dates at either end. */
function trimRun(
  tokens: readonly Token[],
  i: number,
  end: number,
  lowerWords: ReadonlySet<string>,
  namesInside: ReadonlySet<string>,
): { first: number; last: number } {
  let first = headOnlyOpensSentence(tokens, i, end, lowerWords, namesInside) ? i + 1 : i;
  while (
    first <= end &&
    (isDate(tokens, first) ||
      !tokens[first]!.word ||
      ['of', 'for', 'and', '&'].includes(tokens[first]!.lower) ||
      PARTY_AND_STATE.test(tokens[first]!.text))
  )
    first++;
  let last = end;
  // A weekday never ends a name: "asked Clinton Friday", "Trump Wednesday said".
  while (
    last >= first &&
    (isDate(tokens, last) ||
      WEEKDAYS.has(tokens[last]!.lower) ||
      !tokens[last]!.word ||
      PARTY_AND_STATE.test(tokens[last]!.text) ||
      postAfterDeterminer(tokens, first, last))
  )
    last--;
  return { first, last };
}

/**
 * "“…,” Banks told the club's website" after "Chelsea physio Mike Banks": a common capitalised word ("Banks",
 * "Best") standing alone is the surname of a person the article names, when it ends a name inside a sentence
 * there and the reporter never writes it in lower case.
 */
function surnameOfNamed(
  tokens: readonly Token[],
  first: number,
  end: number,
  lowerWords: ReadonlySet<string>,
): boolean {
  const word = tokens[first]!.lower;
  if (first !== end || lowerWords.has(word)) return false;
  return tokens.some(
    (t, i) =>
      t.lower === word &&
      t.cap &&
      t.quote < 0 &&
      i > 0 &&
      tokens[i - 1]!.cap &&
      tokens[i - 1]!.word &&
      tokens[i - 1]!.sentence === t.sentence &&
      // "Mike Banks said": a name may open the sentence; "Investment Banks" opens it with a word written in lower case.
      !(sentenceInitial(tokens, i - 1) && lowerWords.has(tokens[i - 1]!.lower)),
  );
}

/** Endings of adverbs that open a sentence ("Specifically", "Finally", "Similarly", "Reportedly"). */
const SENTENCE_ADVERB = /(?:ically|ously|ively|ently|antly|fully|lessly|edly|ingly|arly|ately|\p{L}{3}ally)$/u;

/**
 * The run's first word is capitalised only because it opens the sentence ("Speaking", "Dance teacher",
 * "Analysts said"), so it is no part of the name.
 */
function headOnlyOpensSentence(
  tokens: readonly Token[],
  first: number,
  end: number,
  lowerWords: ReadonlySet<string>,
  namesInside: ReadonlySet<string>,
): boolean {
  const head = tokens[first]!;
  const opens = sentenceInitial(tokens, first);
  // "New Zealand beat Wales" after "to hit New Zealand": the reporter writes the same words inside a sentence, so
  // the head is part of the name wherever it stands.
  if (opens && end > first && sameWordsInside(tokens, first, end)) return false;
  // A lone word at the sentence start that the reporter never capitalises inside a sentence.
  const loneOpener = first === end && opens && !namesInside.has(head.lower);
  // "New" inside a sentence opens a name ("voters in New York"); only at a sentence start is it the adjective.
  const nameAdjective = NAME_ADJECTIVES.has(head.lower) && !opens;
  if (
    (COMMON_CAPITALISED.has(head.lower) && !nameAdjective && !surnameOfNamed(tokens, first, end, lowerWords)) ||
    /^I['’]/.test(head.text)
  )
    return true;
  // "Analysts said", "Police said", "Shivering in the cold, …"; "Bosses at Kestrel Interactive said": people who
  // speak for a body are no name either.
  const roleWord =
    GROUP_SUBJECTS.has(head.lower) ||
    BODY_AGENT_PLURALS.has(head.lower) ||
    ((PERSON_ROLE_NOUNS.has(head.lower) || ORGANISATION_ROLE_NOUNS.has(head.lower)) && !OFFICE_TITLES.has(head.lower));
  if (roleWord && first === end && opens) return true;
  const next = tokens[first + 1];
  if (/(ing|ed|ly)$/.test(head.lower) && opens && next?.word && !next.cap && !CUE_VERBS.has(next.lower)) return true;
  // "Specifically, “that …”", "Finally, …": a sentence adverb set off by a comma; the shape no name has ("Emily", "Sally").
  if (loneOpener && next?.text === ',' && SENTENCE_ADVERB.test(head.lower)) return true;
  // "Originally dubbed “…”", "Finally said": an adverb opens the sentence even before a cue. Only the endings
  // adverbs in -ally are made with ("-ically", "-ually", "-inally", "-tially"): "Connally said" is a name.
  if (/^\p{Lu}\p{Ll}*(ic|ion|on|u|in|ti|ci|nt|er|ur)ally$/u.test(head.text) && opens && next?.word && !next.cap)
    return true;
  // "Federal prosecutors said", "Senior officials said": one word before a plural of people describes them (a
  // firm's name would be capitalised elsewhere too).
  if (loneOpener && pluralOfPeople(next) && !isAllCaps(head.text)) return true;
  // "Back at the picket line, Obi is defiant": an adverb before an opening phrase.
  if (loneOpener && opensAdverbialPhrase(tokens, first)) return true;
  // "Teachers' unions said", "Parents' groups said": people in the plural who own the group that speaks (as "The
  // teachers' unions" would not be capitalised).
  const pluralOfPeopleOwning =
    (GROUP_SUBJECTS.has(head.lower) || isGroupPlural(head.lower)) &&
    /^['’]$/.test(next?.text ?? '') &&
    next!.start === head.end;
  if (loneOpener && pluralOfPeopleOwning) return true;
  // "Lenders said", "Insurers warned": a plural of a kind of business, capitalised only because it opens the
  // sentence, is those businesses (as "Analysts said" is analysts).
  if (loneOpener && pluralOfBodies(head.lower) && !isAllCaps(head.text)) return true;
  // "Adding, “…”": a speech verb's participle that opens a sentence on its own is no name.
  if (first === end && head.lower.endsWith('ing') && CUE_VERBS.has(head.lower) && opens) return true;
  // "Said Ben Carson: “…”": a speech verb that opens the sentence before a name is the inverted cue, not a given name.
  if (first < end && CUE_VERBS.has(head.lower) && opens) return true;
  return (
    opens &&
    !HONORIFICS.has(head.lower) &&
    !OFFICE_TITLES.has(head.lower) &&
    lowerWords.has(head.lower) &&
    // "Radio 1 said": the number needs its noun, however often the article writes "radio" in lower case.
    !/^\d+$/.test(next?.text ?? '')
  );
}

/** The words of tokens `first`..`end`, capitalised as there, stand elsewhere in the article inside a sentence. */
function sameWordsInside(tokens: readonly Token[], first: number, end: number): boolean {
  const length = end - first + 1;
  return tokens.some(
    (t, i) =>
      i !== first &&
      t.text === tokens[first]!.text &&
      !sentenceInitial(tokens, i) &&
      tokens.slice(i, i + length).every((u, k) => u.text === tokens[first + k]!.text && u.quote < 0),
  );
}

/** A plural of a kind of organisation that is no kind of person: "lenders", "insurers", "airlines" (not "producers"). */
function pluralOfBodies(word: string): boolean {
  return singularsOf(word).some((s) => ORGANISATION_ROLE_NOUNS.has(s) && !PERSON_ROLE_NOUNS.has(s));
}

/** A lower-case plural of people or bodies: "prosecutors", "officials", "lawyers", "firms". */
function pluralOfPeople(t: Token | undefined): boolean {
  return t?.word === true && !t.cap && (GROUP_SUBJECTS.has(t.lower) || isGroupPlural(t.lower));
}

/** Lower-case role words just before a name: "keyboard player", "White House spokesman". */
function rolePrefixBefore(tokens: readonly Token[], first: number): NameRun['rolePrefix'] {
  const head = tokens[first - 1];
  // "the 28-year-old Moreno": an age before a name describes the person, as a role noun does.
  const roleWord = PERSON_ROLE_NOUNS.has(head?.lower ?? '') || /^\d+-year-old$/.test(head?.lower ?? '');
  if (!head?.word || head.cap || !roleWord || head.sentence !== tokens[first]!.sentence) return undefined;
  const k = describingWordsStart(tokens, first - 1, 3);
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
