import type { Paragraph, Sentence } from './article';

/**
 * Sentence splitting tuned for news prose.
 *
 * A candidate boundary is `.`, `!` or `?` (optionally followed by closing
 * quotes/brackets) followed by whitespace and an opening that can start a
 * sentence. Candidates after known abbreviations, initials, and inside
 * numbers are rejected. Language knowledge lives in the data below so it can
 * grow without touching the algorithm.
 */

/** Abbreviations after which a period does not end a sentence (lower-case, no period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr',
  'sgt', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'e.g', 'i.e', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'co', 'corp', 'inc', 'ltd',
  'plc', 'llc', 'fig', 'vol', 'ch', 'op', 'ave', 'blvd', 'rd', 'hwy', 'ste', 'al', 'cf', 'ca', 'mass', 'calif', 'fla',
  'ariz', 'colo', 'conn', 'del', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb',
  'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Abbreviations that usually sit before a name or number, so even a capital
 * after them is no new sentence ("Gen. Smith", "No. 10").
 */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev',
  'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'vol', 'ch', 'op',
]);

const CLOSERS = `"'”’»)]`;
const OPENERS = `"'“‘«([`;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** The word (letters and inner periods) that ends just before index `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

/** Whether the period at `dot` ends a sentence, given what follows at `next`. */
function periodEndsSentence(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/^\.+/, '');
  const lower = bare.toLowerCase();
  const following = text[next];
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  // A single capital letter is an initial ("John F. Kennedy"), unless it is "I".
  if (/^\p{Lu}$/u.test(bare) && bare !== 'I') return false;
  // Dotted acronyms such as "U.S." end a sentence only when a plausible
  // sentence opener follows; "the U.S. Senate" continues.
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) {
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next))?.[0] ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  if (ABBREVIATIONS.has(lower)) {
    // "etc." or "Inc." can end a sentence; trust a following capital only if
    // it starts a common opener word.
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next))?.[0] ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return isUpper(following) || isDigit(following) || OPENERS.includes(following ?? '');
}

/** Words that very often open a sentence; used to decide after an acronym or abbreviation. */
const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'But', 'And', 'In',
  'On', 'At', 'As', 'If', 'When', 'While', 'However', 'Meanwhile', 'His', 'Her', 'Their', 'Its', 'Our', 'There',
  'Some', 'Many', 'Most', 'After', 'Before', 'Since', 'For', 'With', 'Officials', 'Mr', 'Mrs', 'Ms', 'Dr',
]);

/**
 * Split `text` (one paragraph) into sentences. Offsets are relative to `text`
 * plus `base`. Whitespace between sentences belongs to no sentence.
 */
export function splitSentences(text: string, base = 0, paragraph = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      // Runs of terminators ("?!", "...") belong together.
      let end = i + 1;
      while (end < text.length && '.!?…'.includes(text[end]!)) end++;
      while (end < text.length && CLOSERS.includes(text[end]!)) end++;
      const next = skipSpace(text, end);
      const hasSpace = next > end;
      if (next >= text.length) break;
      const decimal = ch === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1]);
      const following = text[next]!;
      const canOpen = isUpper(following) || isDigit(following) || OPENERS.includes(following);
      let boundary = hasSpace && canOpen && !decimal;
      if (boundary && ch === '.' && end === i + 1) boundary = periodEndsSentence(text, i, next);
      if (boundary) {
        pushSentence(out, text, start, end, base, paragraph);
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  if (start < text.length) pushSentence(out, text, start, text.length, base, paragraph);
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, base: number, paragraph: number) {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
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
