import type { CleanArticle } from '../article';
import { FIRST_SECOND_PERSON } from './lexicon/pronouns';
import { withoutPullQuotes } from './pull-quotes';
import { splitTranscriptTurns } from './transcript-turns';

/**
 * Where the quotations are: pairs of quote marks, read with the typography
 * of news copy. A straight `"` is an opening mark when it follows a space or
 * the start of a paragraph and a closing mark when a space or punctuation
 * follows it. A quote that runs on over several paragraphs repeats its
 * opening mark at each one and closes only at the end; it is kept as one
 * span (the repeated marks and the paragraph breaks stay inside the text).
 */
export interface QuoteSpan {
  /** Offsets of the quoted words into the body, marks excluded. */
  start: number;
  end: number;
  /** Offset of the opening mark and just after the closing mark (or `end` if unclosed). */
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  /** Runs over a paragraph break (real or collapsed into one line). */
  multiParagraph: boolean;
  /** Delimited by single marks (‘…’ or '…'). */
  single: boolean;
}

const DOUBLE_OPENERS = new Set(['“', '«', '„']);
const DOUBLE_CLOSERS = new Set(['”', '»']);
const STRAIGHT_DOUBLE = '"';
/**
 * NYT copy writes the double mark as two apostrophes (`''…''`); it is read
 * as a straight `"`, opening or closing by its neighbours like one.
 */
const TWO_APOSTROPHES = "''";
/** A paragraph that opens on a double opening mark: curly, guillemet, low, straight or two apostrophes. */
function opensWithDoubleMark(text: string): boolean {
  return DOUBLE_OPENERS.has(text.charAt(0)) || text.startsWith(STRAIGHT_DOUBLE) || text.startsWith(TWO_APOSTROPHES);
}

/** Any double quote mark. */
const DOUBLE_MARK = /["“”«»„]|''/g;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** A mark after nothing, a space, a bracket or a dash can open a quote. */
function opensAfter(prev: string | undefined): boolean {
  return prev === undefined || /[\s([{\-–—―/]/.test(prev);
}

/** A mark before nothing, a space or punctuation can close a quote. */
function closesBefore(next: string | undefined): boolean {
  return next === undefined || /[\s.,;:!?)\]}\-–—―…'’"”]/.test(next);
}

/** `5' 10"`: a straight double mark after feet and a number of inches is the inch sign. */
function isInchMark(body: string, i: number): boolean {
  return /\d['’]\s?\d{1,2}$/.test(body.slice(Math.max(0, i - 6), i));
}

/**
 * Headlines and standfirsts left in the body ("Key officials in 'candid'
 * talks"): short, without final punctuation (a source in brackets after it,
 * "… [Reuters.]", keeps the full stop it closes on). Their quote marks are
 * claim marks of the headline writer, not quotations.
 */
export function isHeadlineLike(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length < 140 &&
    !/[.!?:;"”“»’'…)]\]?$/.test(trimmed) &&
    !DASH_ATTRIBUTED.test(trimmed) &&
    !POST_ATTRIBUTED.test(trimmed)
  );
}

/**
 * "“Vote early https://t.co/x” — Dana Whitcomb (@dwhitcomb) March 6, 2016": an embedded post, its text
 * quoted whole (often ending on a link or a tag, not a full stop), then a dash, the author and their
 * handle. A headline names no handle.
 */
const POST_ATTRIBUTED = /^(?:["“]|'')[^"“”]*(?:["”]|'')\s*(?:[—–―]|\s--?\s)\s*\p{Lu}[^()"“”]*\(@\w+\)/u;

/**
 * "“We will win.” — Ana Lenz, at a rally": a whole quoted sentence, then a dash and who said it, as
 * quote round-ups and epigraphs print it (with an em dash, an en dash or the quotation dash ―; copy that
 * lost its dashes writes " - " or " -- "). No headline
 * closes a quoted sentence before a dash.
 */
const DASH_ATTRIBUTED = /^(?:["“]|'')[^"“”]*[.!?,](?:["”]|'')\s*(?:[—–―]|\s--?\s)\s*\p{Lu}/u;

const REPORTING_VERBS = /\b(said|says|added|adds|told|warned|explained|insisted|argued|claimed|wrote)\b/i;

/**
 * Inside a quote that seems to run on, the start of the first sentence that
 * reads as the reporter's own (a third-person speech verb and no first or
 * second person), or -1. Catches quotes the source never closed.
 */
function reporterSentenceStart(body: string, from: number, to: number): number {
  const text = body.slice(from, to);
  const boundary = /[.!?…]\s+(?=(?:["“]|'')?\p{Lu})/gu;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text))) {
    const start = match.index + match[0].length;
    const next = text.slice(start).search(/[.!?…](\s|$)/u);
    const sentence = text.slice(start, next < 0 ? undefined : start + next + 1);
    if (/^(["“]|'')/.test(sentence)) continue;
    if (!REPORTING_VERBS.test(sentence)) continue;
    const words = sentence.toLowerCase().match(/[\p{L}']+/gu) ?? [];
    if (words.some((w) => FIRST_SECOND_PERSON.has(w))) continue;
    return from + match.index + 1;
  }
  return -1;
}

function trimEnd(body: string, start: number, end: number): number {
  while (end > start && isSpace(body[end - 1])) end--;
  return end;
}

/**
 * Whether a curly opening mark at marks[k - 1], inside an open quote, quotes inside it: reading on in
 * the paragraph, the closing marks close it and then the open quote too.
 */
function closesInnerThenOuter(body: string, marks: readonly number[], k: number, paraEnd: number): boolean {
  let open = 2;
  for (; k < marks.length && marks[k]! < paraEnd; k++) {
    const ch = body[marks[k]!]!;
    if (DOUBLE_OPENERS.has(ch)) open++;
    else if (DOUBLE_CLOSERS.has(ch) && --open === 0) return true;
  }
  return false;
}

/** Double-quoted spans of the body, in order. */
function doubleQuoted(article: CleanArticle): QuoteSpan[] {
  const { body, paragraphs } = article;
  const spans: QuoteSpan[] = [];
  let open: { start: number; outerStart: number; paragraph: number; multi: boolean } | null = null;
  /** Curly quotes opened inside the open quote and not closed yet. */
  let nested = 0;

  const close = (end: number, outerEnd: number) => {
    nested = 0;
    if (!open) return;
    // « Nous ne céderons pas » : French copy sets the words off from guillemets with spaces, which are no part of them.
    let start = open.start;
    while (start < end && isSpace(body[start])) start++;
    spans.push({
      start,
      end: trimEnd(body, start, end),
      outerStart: open.outerStart,
      outerEnd,
      paragraph: open.paragraph,
      multiParagraph: open.multi,
      single: false,
    });
    open = null;
  };

  // Every double mark's offset, found once: the scan jumps from one to the next.
  const marks: number[] = [];
  DOUBLE_MARK.lastIndex = 0;
  for (let found = DOUBLE_MARK.exec(body); found; found = DOUBLE_MARK.exec(body)) marks.push(found.index);
  let nextMark = 0;

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    while (nextMark < marks.length && marks[nextMark]! < para.start) nextMark++;
    if (isHeadlineLike(para.text)) {
      open = null;
      continue;
    }
    for (; nextMark < marks.length && marks[nextMark]! < para.end; nextMark++) {
      const i = marks[nextMark]!;
      const twoApostrophes = body.startsWith(TWO_APOSTROPHES, i);
      const width = twoApostrophes ? 2 : 1;
      const ch = twoApostrophes ? STRAIGHT_DOUBLE : body[i]!;
      let opens: boolean;
      let closes: boolean;
      const prev = i > para.start ? body[i - 1] : undefined;
      const next = i + width < para.end ? body[i + width] : undefined;
      if (ch === STRAIGHT_DOUBLE) {
        if (!twoApostrophes && isInchMark(body, i)) continue;
        opens = opensAfter(prev) && !isSpace(next);
        closes = closesBefore(next) && !(prev !== undefined && isSpace(prev) && !isSpace(next));
        // ""…ad raises new questions,"Katie Packer said": the space after a closing mark lost.
        if (!closes && open !== null && /[,.!?]/.test(prev ?? '') && /\p{Lu}/u.test(next ?? '')) closes = true;
        if (!opens && !closes) opens = open === null;
      } else if (ch === '“' && open !== null && body[open.outerStart] === '„') {
        // „So“: German and central European copy opens low and closes with the mark English opens with.
        closes = true;
        opens = false;
      } else if (DOUBLE_OPENERS.has(ch)) {
        // "“It's unusual,“ said Noble": an opening mark typed for the closing one, against the quote's last
        // punctuation and before a space.
        closes = open !== null && /[,.!?…]/.test(prev ?? '') && isSpace(next);
        opens = !closes;
      } else if (DOUBLE_CLOSERS.has(ch)) {
        // ”get close to…”: a closing mark typed for an opening one, after a space and before a word.
        opens = open === null && opensAfter(prev) && /[\p{L}\p{N}]/u.test(next ?? '');
        closes = !opens;
      } else continue;

      if (!open) {
        if (opens) open = { start: i + width, outerStart: i, paragraph: p, multi: false };
        continue;
      }
      if (closes) {
        if (nested > 0) nested--;
        else close(i, i + width);
        continue;
      }
      // “…the claim that “it is over” makes clear…”: a curly opening mark mid-sentence whose closing mark
      // comes before the open quote's own, in the paragraph, quotes inside the quote.
      if (
        DOUBLE_OPENERS.has(ch) &&
        !/[.!?…]$/.test(body.slice(open.start, i).trimEnd()) &&
        closesInnerThenOuter(body, marks, nextMark + 1, para.end)
      ) {
        nested++;
        continue;
      }
      // An opening mark inside an open quote: a paragraph of the same quote
      // whose break was collapsed, unless the quote was never closed and the
      // reporter has taken over.
      const before = body.slice(open.start, i).trimEnd();
      if (/[.!?…]$/.test(before)) {
        const cut = reporterSentenceStart(body, open.start, i);
        if (cut >= 0) {
          close(cut, cut);
          open = { start: i + width, outerStart: i, paragraph: p, multi: false };
        } else open.multi = true;
      } else {
        close(trimEnd(body, open.start, i), i);
        open = { start: i + width, outerStart: i, paragraph: p, multi: false };
      }
    }
    if (open) {
      const current: { start: number; outerStart: number; paragraph: number; multi: boolean } = open;
      const next = paragraphs[p + 1];
      const nextOpens = next !== undefined && opensWithDoubleMark(next.text) && !isHeadlineLike(next.text);
      const cut = reporterSentenceStart(body, current.start, para.end);
      if (cut >= 0) close(cut, cut);
      else if (nextOpens) current.multi = true;
      else close(trimEnd(body, current.start, para.end), para.end);
    }
  }
  if (open) close(trimEnd(body, (open as { start: number }).start, body.length), body.length);
  return spans.filter((s) => s.end > s.start && /[\p{L}\p{N}]/u.test(body.slice(s.start, s.end)));
}

/**
 * Single-quoted spans outside double quotes. British copy and headlines
 * quote with single marks; the apostrophe is the same character, so a
 * closing mark must be followed by a space or punctuation and the span must
 * stay inside one paragraph.
 */
function singleQuoted(article: CleanArticle, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const { body, paragraphs } = article;
  const spans: QuoteSpan[] = [];
  const covered = new Uint8Array(body.length + 1);
  for (const d of doubles) covered.fill(1, d.outerStart, d.outerEnd);
  const insideDouble = (i: number) => covered[i] === 1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    if (isHeadlineLike(para.text)) continue;
    for (let i = para.start; i < para.end; i++) {
      const ch = body[i]!;
      if (ch !== "'" && ch !== '‘') continue;
      // Half of a two-apostrophe double mark that did not pair up: not a single mark either.
      if (body[i + 1] === "'" || body[i - 1] === "'") continue;
      const prev = i > para.start ? body[i - 1] : undefined;
      if (!opensAfter(prev) || !/[\p{L}\p{N}]/u.test(body[i + 1] ?? '') || insideDouble(i)) continue;
      const limit = Math.min(para.end, i + 600);
      for (let j = i + 2; j < limit; j++) {
        const c = body[j]!;
        if (c !== "'" && c !== '’') continue;
        if (body[j + 1] === "'" || body[j - 1] === "'") continue;
        const before = body[j - 1];
        const after = j + 1 < para.end ? body[j + 1] : undefined;
        if (isSpace(before) || !closesBefore(after)) continue;
        // "Bloggers' site": a plural possessive, not a closing mark.
        if (before === 's' && after === ' ' && /^\s\p{Ll}/u.test(body.slice(j + 1, j + 3)) && !/[,.!?]/.test(before))
          continue;
        if (insideDouble(j)) break;
        spans.push({
          start: i + 1,
          end: j,
          outerStart: i,
          outerEnd: j + 1,
          paragraph: p,
          multiParagraph: false,
          single: true,
        });
        i = j;
        break;
      }
    }
  }
  return spans;
}

/** Every candidate quotation span, double and single, in body order. */
export function findQuoteSpans(article: CleanArticle): QuoteSpan[] {
  const doubles = splitTranscriptTurns(article, doubleQuoted(article));
  const singles = singleQuoted(article, doubles);
  return withoutPullQuotes(
    article,
    [...doubles, ...singles].sort((a, b) => a.start - b.start),
  );
}
