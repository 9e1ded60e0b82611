/**
 * Which sentences lie inside a quotation that runs across sentences.
 * The splitter cuts a multi-sentence quote into pieces: the first opens a
 * quote it doesn't close, the middle ones have no marks at all, the last
 * closes one it didn't open. The middle and last pieces don't read as story
 * sentences alone, so they are flagged; so is the first, unless the
 * reporter's words introduce it ('Mr Lane said: "They did everything
 * right.'), since then the reader knows who speaks.
 *
 * Marks are told apart by their neighbours. Double marks: one after a space
 * (or at the start) and before a non-space opens. Single marks, which the
 * British press quotes with, double as apostrophes: one opens only after a
 * space and before a letter, and closes only a quote that is open, so
 * "Jones' car" and "don't" never count. A quote still open after a few
 * sentences is taken as a misread mark and forgotten, so one stray mark
 * can't swallow the rest of a paragraph.
 */

import type { Sentence } from '../article';

/** Sentences a quotation may run on before an unclosed mark is taken as a misread. */
const LONGEST_QUOTE = 4;

type Mark = 'open' | 'close' | 'none';

function doubleMark(text: string, i: number): Mark {
  const ch = text[i];
  if (ch === '“') return 'open';
  if (ch === '”') return 'close';
  if (ch !== '"') return 'none';
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s([—–-]/.test(before) && !/\s/.test(after) ? 'open' : 'close';
}

function singleMark(text: string, i: number, open: boolean): Mark {
  const ch = text[i];
  if (ch === '‘') return 'open';
  if (ch !== "'" && ch !== '’') return 'none';
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  if (/[\s([—–:-]/.test(before) && /\p{L}/u.test(after) && ch === "'") return 'open';
  // Closing: after the quoted words, before a space or punctuation; never inside a word.
  if (open && !/\s/.test(before) && !/[\p{L}\p{N}]/u.test(after)) return 'close';
  return 'none';
}

/** Quote state across a text: which kind of mark is open. */
interface QuoteState {
  double: boolean;
  single: boolean;
}

interface Walk {
  /** A closing mark with no quote open. */
  closedUnopened: boolean;
  /** Where the last quote left open at the end was opened (-1 if none). */
  lastOpening: number;
}

/** Walk one sentence, updating the quote state. */
function walk(text: string, state: QuoteState, onChar?: (inside: boolean) => void): Walk {
  let closedUnopened = false;
  let lastOpening = -1;
  for (let i = 0; i < text.length; i++) {
    const d = doubleMark(text, i);
    if (d !== 'none') {
      if (d === 'open') {
        if (!state.double && !state.single) lastOpening = i;
        state.double = true;
      } else if (state.double) state.double = false;
      else closedUnopened = true;
      continue;
    }
    const s = singleMark(text, i, state.single);
    if (s === 'open') {
      if (!state.double && !state.single) lastOpening = i;
      state.single = true;
      continue;
    }
    if (s === 'close') {
      state.single = false;
      continue;
    }
    onChar?.(state.double || state.single);
  }
  return { closedUnopened, lastOpening };
}

/** Reporter's words before a quote that runs on: 'Mr Lane said: "They did everything right.' reads whole. */
const ATTRIBUTION_WORDS = 3;

/** For each sentence, whether it is a piece of a quotation that does not fit in it. */
export function quoteFragments(sentences: readonly Sentence[]): boolean[] {
  const out: boolean[] = [];
  const state: QuoteState = { double: false, single: false };
  let paragraph = -1;
  let openFor = 0;
  for (const s of sentences) {
    // A paragraph break ends any quote still open (a new mark reopens it).
    if (s.paragraph !== paragraph || openFor >= LONGEST_QUOTE) {
      state.double = false;
      state.single = false;
      paragraph = s.paragraph;
      openFor = 0;
    }
    const startedOpen = state.double || state.single;
    const { closedUnopened, lastOpening } = walk(s.text, state);
    const endsOpen = state.double || state.single;
    openFor = endsOpen ? openFor + 1 : 0;
    const introduced =
      endsOpen && !startedOpen && countWords(s.text.slice(0, Math.max(0, lastOpening))) >= ATTRIBUTION_WORDS;
    out.push(startedOpen || closedUnopened || (endsOpen && !introduced));
  }
  return out;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Share of the sentence's characters inside quotation marks (0 to 1). */
export function quotedShare(text: string): number {
  let inside = 0;
  let counted = 0;
  walk(text, { double: false, single: false }, (isInside) => {
    counted++;
    if (isInside) inside++;
  });
  return counted > 0 ? inside / counted : 0;
}
