/**
 * Which sentences lie inside a quotation that runs across sentences.
 * The splitter cuts a multi-sentence quote into pieces: the first opens a
 * quote it doesn't close, the middle ones have no marks at all, the last
 * closes one it didn't open. None of them reads as a story sentence alone,
 * so each is flagged. Straight quotes are told apart by their neighbours:
 * a mark after a space (or at the start) and before a non-space opens.
 */

import type { Sentence } from '../article';

function isOpening(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '“') return true;
  if (ch === '”') return false;
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s(\[—–-]/.test(before) && !/\s/.test(after);
}

/** For each sentence, whether it is a piece of a quotation that does not fit in it. */
export function quoteFragments(sentences: readonly Sentence[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let paragraph = -1;
  for (const s of sentences) {
    // A paragraph break ends any quote still open (a new mark reopens it).
    if (s.paragraph !== paragraph) {
      open = false;
      paragraph = s.paragraph;
    }
    const startedOpen = open;
    let closedUnopened = false;
    const text = s.text;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '"' && ch !== '“' && ch !== '”') continue;
      if (isOpening(text, i)) open = true;
      else if (open) open = false;
      else closedUnopened = true;
    }
    out.push(startedOpen || open || closedUnopened);
  }
  return out;
}

/** Share of the sentence's characters inside quotation marks (0 to 1). */
export function quotedShare(text: string): number {
  let inside = 0;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === '“' || ch === '”') {
      open = isOpening(text, i) ? true : false;
      continue;
    }
    if (open) inside++;
  }
  return text.length > 0 ? inside / text.length : 0;
}
