import type { Paragraph, Sentence } from './article';

/**
 * Sentence splitting tuned for news prose.
 *
 * A candidate boundary is a run of terminators (`.`, `!`, `?`, `…`), then
 * any closing quotes or brackets, then whitespace, then something that can
 * open a sentence (a capital, a digit, an opening quote or bracket). A
 * candidate made of a single period is then checked against the word before
 * it: titles ("Mr.", "Gen."), initials ("John F. Kennedy"), dotted acronyms
 * ("U.S."), company suffixes ("Inc."), months before a day ("Jan. 5") and
 * list markers ("1.") only end a sentence when the next word is one that
 * commonly opens a sentence. Numbers, URLs and e-mail addresses never contain
 * "terminator + space", so they need no rule at all.
 *
 * Quotations are split like any other text ("We won. We are happy," he said →
 * two sentences), as in the usual news corpora; a quote that ends in "?" or
 * "!" and is followed by a lower-case attribution ('"Is it?" she asked.')
 * stays one sentence because a lower-case word never opens one.
 *
 * Language knowledge lives in the data below so it can grow without touching
 * the algorithm.
 */

/** Titles that stand before a name: never the end of a sentence when capitalised ("Gen. Smith"). */
const TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cmdr',
  'Cdr',
  'Sgt',
  'Adm',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
  'Hon',
  'Pres',
  'Supt',
  'Insp',
  'Det',
  'Cpl',
  'Pvt',
  'Messrs',
  'Mme',
  'Mlle',
  'Fr',
  'Sec',
  'Atty',
  'Brig',
  'Cmdt',
  'Amb',
  'Gens',
  'Sens',
  'Reps',
  'Drs',
  'Profs',
  'Lieut',
  'Sgts',
]);

/** Months: not a boundary before a day or year ("Jan. 5", "Sept. 2001"); otherwise decided by the next word. */
const MONTHS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** Abbreviations before a number: "No. 10", "Nos. 3 and 4", "Vol. 2", "Fig. 1", "Art. 5". */
const NUMBER_PREFIXES = new Set([
  'No',
  'Nos',
  'no',
  'nos',
  'Vol',
  'vol',
  'Fig',
  'fig',
  'Art',
  'art',
  'Ch',
  'ch',
  'Op',
  'op',
  'pp',
  'p',
  'Pt',
  'pt',
]);

/**
 * Abbreviations that can also end a sentence ("... of Apple Inc. The company
 * said"). Matched as written, so capitalised forms that are also English
 * words ("Miss.", "Wash.", "Sun.") are only abbreviations when capitalised.
 */
const ABBREVIATIONS = new Set([
  // Companies and organisations.
  'Inc',
  'Corp',
  'Co',
  'Cos',
  'Ltd',
  'Plc',
  'PLC',
  'LLC',
  'Bros',
  'Assn',
  'Dept',
  'Univ',
  'Govt',
  'Intl',
  'Natl',
  // Places and addresses.
  'St',
  'Ste',
  'Mt',
  'Ft',
  'Ave',
  'Rd',
  'Blvd',
  'Hwy',
  'Sq',
  'Pl',
  'Ct',
  'Pk',
  // Name suffixes.
  'Jr',
  'Sr',
  // Days of the week.
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thur',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
  // US states as news agencies abbreviate them.
  'Ala',
  'Ariz',
  'Ark',
  'Calif',
  'Colo',
  'Conn',
  'Del',
  'Fla',
  'Ga',
  'Ill',
  'Ind',
  'Kan',
  'Kans',
  'Ky',
  'La',
  'Md',
  'Mass',
  'Mich',
  'Minn',
  'Miss',
  'Mo',
  'Mont',
  'Neb',
  'Nev',
  'Okla',
  'Ore',
  'Pa',
  'Penn',
  'Tenn',
  'Tex',
  'Va',
  'Vt',
  'Wash',
  'Wis',
  'Wyo',
  // Lower-case Latin and general shorthand.
  'etc',
  'vs',
  'v',
  'al',
  'cf',
  'ca',
  'approx',
  'est',
  'incl',
  'misc',
  'min',
  'max',
  'hr',
  'hrs',
  'sec',
  'secs',
  'mins',
  'yr',
  'yrs',
  'ft',
  'in',
  'lb',
  'lbs',
  'oz',
  'km',
  'kg',
  'cm',
  'mm',
  'mi',
  'gal',
  'pct',
]);

/** Dotted abbreviations that introduce more of the same sentence: "e.g. France", "i.e. the". */
const NEVER_FINAL_DOTTED = new Set(['e.g', 'i.e', 'E.g', 'I.e', 'viz', 'cf']);

/**
 * Words that very often open a sentence. After an ambiguous abbreviation
 * ("U.S.", "Inc.", "St.") a capital alone is no evidence, since names follow
 * abbreviations all the time; one of these words is.
 */
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'Nor',
  'In',
  'On',
  'At',
  'As',
  'If',
  'When',
  'While',
  'Where',
  'Why',
  'How',
  'What',
  'Who',
  'Which',
  'Whether',
  'However',
  'Meanwhile',
  'Moreover',
  'Still',
  'Then',
  'Now',
  'Today',
  'Yesterday',
  'Tomorrow',
  'Later',
  'Earlier',
  'Also',
  'Although',
  'Though',
  'Because',
  'Despite',
  'During',
  'Under',
  'Over',
  'Its',
  'His',
  'Her',
  'Their',
  'Our',
  'My',
  'Your',
  'There',
  'Here',
  'Some',
  'Many',
  'Most',
  'Few',
  'All',
  'Both',
  'Each',
  'Every',
  'No',
  'Not',
  'None',
  'One',
  'Two',
  'Three',
  'After',
  'Before',
  'Since',
  'For',
  'With',
  'Without',
  'By',
  'From',
  'To',
  'Of',
  'About',
  'Officials',
  'Police',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Shares',
  'Analysts',
  'Critics',
  'According',
  'Asked',
  'Speaking',
  'Last',
  'Next',
  'Such',
  'Other',
  'Another',
  'Even',
  'Only',
  'Just',
  'More',
  'Much',
  'Instead',
  'Indeed',
  'Thus',
  'Hence',
  'Neither',
  'Either',
  'Several',
  'Among',
  'Nobody',
  'Nothing',
  'Everyone',
  'Everything',
  'Someone',
  'Something',
  'Yes',
  'Well',
  'Once',
  'Until',
  'Unless',
]);

/** Characters that can close a quotation or parenthesis right after a terminator. */
const CLOSERS = `"'”’»)]`;
/** Characters that can open a sentence in front of its first word. */
const OPENERS = `"'“‘«([`;
const TERMINATORS = '.!?…';

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A capital, or a letter of a script without case (so CJK or Arabic text can still split). */
function isCapitalOrUncased(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{Lu}\p{Lt}\p{Lo}]/u.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Whether the text at `i` can be the first character of a sentence. */
function canOpenSentence(text: string, i: number): boolean {
  const ch = text[i];
  return isCapitalOrUncased(ch) || isDigit(ch) || (ch !== undefined && OPENERS.includes(ch));
}

/** The whitespace-delimited token that ends just before index `dot`, without leading quotes/brackets. */
function tokenBefore(text: string, dot: number): { token: string; start: number } {
  let i = dot;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  while (i < dot && OPENERS.includes(text[i]!)) i++;
  return { token: text.slice(i, dot), start: i };
}

/** The word (letters only) that starts at `i`, after any opening quotes or brackets. */
function wordAt(text: string, i: number): string {
  while (i < text.length && OPENERS.includes(text[i]!)) i++;
  return /^\p{L}+/u.exec(text.slice(i, i + 40))?.[0] ?? '';
}

/** After an ambiguous abbreviation: a boundary only if what follows clearly opens a sentence. */
function nextOpensSentence(text: string, next: number): boolean {
  if (OPENERS.includes(text[next]!) && /["“‘«]/.test(text[next]!)) return true; // a new quotation starts
  return SENTENCE_OPENERS.has(wordAt(text, next));
}

/**
 * Whether a single period at `dot` ends the sentence that began at
 * `sentenceStart`, given that a possible sentence opener starts at `next`.
 */
function periodEndsSentence(text: string, dot: number, next: number, sentenceStart: number): boolean {
  const { token, start } = tokenBefore(text, dot);
  if (token === '') return true;
  const followingDigit = isDigit(text[next]);

  // A list marker at the start of a sentence: "1. Buy milk." or "12. The end".
  if (/^\d{1,3}$/.test(token) && start === sentenceStart) return false;
  if (/^[a-zA-Z]$/.test(token) && start === sentenceStart && token !== 'I') return false; // "a. First option"

  // Matched as written: "MS" (the disease) or "SEC" (the regulator) are not titles.
  if (TITLES.has(token)) return false;
  if (NUMBER_PREFIXES.has(token) && followingDigit) return false;
  if (MONTHS.has(token)) {
    return followingDigit ? false : nextOpensSentence(text, next);
  }
  if (NEVER_FINAL_DOTTED.has(token)) return false;
  // A single capital is an initial ("John F. Kennedy"); "I." is a pronoun. One-letter next words
  // ("A. A. Milne") are more initials, not the article "A".
  if (/^\p{Lu}$/u.test(token) && token !== 'I') {
    const word = wordAt(text, next);
    return word.length > 1 && SENTENCE_OPENERS.has(word);
  }
  // Dotted initials or acronyms: "J.K", "U.S", "U.K", "a.m", "Ph.D".
  if (/^(\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token)) return nextOpensSentence(text, next);
  if (ABBREVIATIONS.has(token) || NUMBER_PREFIXES.has(token)) return nextOpensSentence(text, next);
  return true;
}

/** Speech verbs that, after a closing quote ending in "?" or "!", make the following words an attribution. */
const ATTRIBUTION_VERBS =
  /^(?:said|says|asked|asks|added|adds|told|tells|replied|replies|insisted|insists|wrote|writes|shouted|shouts|cried|explained|explains|declared|declares|warned|warns|stated|states|recalled|recalls|wondered|wonders|demanded|demands|exclaimed|joked|jokes|continued|continues|laughed|noted|notes|argued|argues|tweeted|posted|answered)\b/;

/**
 * '"Why not?" Smith asked.' is one sentence: a quotation ended by ? or !,
 * then up to four capitalised words (a name or title) and a speech verb.
 */
function isAttributionAfterQuote(text: string, next: number): boolean {
  const rest = text.slice(next, next + 120);
  const match = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4})(\p{Ll}+)/u.exec(rest);
  if (!match) return false;
  return ATTRIBUTION_VERBS.test(match[2]!);
}

/**
 * Split `text` (one paragraph) into sentences. Offsets are relative to `text`
 * plus `base`. Whitespace between sentences belongs to no sentence, and each
 * sentence's `text` is exactly `text.slice(start - base, end - base)`.
 */
export function splitSentences(text: string, base = 0, paragraph = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (!TERMINATORS.includes(ch)) {
      i++;
      continue;
    }
    // A run of terminators ("?!", "...") and the quotes or brackets that close around it.
    let runEnd = i + 1;
    while (runEnd < text.length && TERMINATORS.includes(text[runEnd]!)) runEnd++;
    let end = runEnd;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (next > end && canOpenSentence(text, next) && isBoundary(text, i, runEnd, end, next, start)) {
      pushSentence(out, text, start, end, base, paragraph);
      start = next;
      i = next;
      continue;
    }
    i = end > i ? end : i + 1;
  }
  if (start < text.length) pushSentence(out, text, start, text.length, base, paragraph);
  return out;
}

/**
 * Decide a candidate: terminators at [i, runEnd), closers up to `end`,
 * whitespace, and a possible opener at `next`.
 */
function isBoundary(
  text: string,
  i: number,
  runEnd: number,
  end: number,
  next: number,
  sentenceStart: number,
): boolean {
  const run = text.slice(i, runEnd);
  const closedQuote = end > runEnd;
  if (/[!?]/.test(run)) return !(closedQuote && isAttributionAfterQuote(text, next));
  // An ellipsis ("...", "…") usually marks words left out of a quotation, often before a
  // name ("such as... Maldives"); it ends a sentence only before a clear opener.
  if (run.length > 1 || run === '…') return nextOpensSentence(text, next);
  // A period inside a closed quotation or bracket ends the sentence ('... over." Then').
  if (closedQuote) return true;
  return periodEndsSentence(text, i, next, sentenceStart);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, base: number, paragraph: number) {
  while (end > start && isSpace(text[end - 1])) end--;
  if (end <= start) return;
  out.push({ text: text.slice(start, end), start: base + start, end: base + end, paragraph });
}

/** Join paragraph texts into a body and compute paragraph and sentence offsets. */
export function layoutBody(paragraphTexts: readonly string[]): {
  body: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
} {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let body = '';
  for (const raw of paragraphTexts) {
    const text = raw.trim();
    if (!text) continue;
    if (body) body += '\n\n';
    const start = body.length;
    body += text;
    paragraphs.push({ text, start, end: body.length });
    sentences.push(...splitSentences(text, start, paragraphs.length - 1));
  }
  return { body, paragraphs, sentences };
}
