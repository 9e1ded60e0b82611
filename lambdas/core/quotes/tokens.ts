import type { CleanArticle } from '../article';
import { CUE_PHRASES, CUE_VERBS } from './lexicon/cue-verbs';
import { attachedParagraphs } from './attribution-lines';
import { attributionPastAside } from './attribution-past-aside';
import type { QuoteSpan } from './marks';

/**
 * The reporter's text as tokens: every word and punctuation mark outside the
 * quotations, with one placeholder token standing for each quotation. Names,
 * pronouns and cue verbs are all looked for in this stream, so nothing
 * inside a quote is ever taken for an attribution.
 */
export interface Token {
  text: string;
  /** Lower-case text without a final period. */
  lower: string;
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Index of the reporter sentence (sentences are not split inside quotes). */
  sentence: number;
  paragraph: number;
  /** Index of the quote this placeholder stands for, or -1 for reporter text. */
  quote: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s]/gu;

/** Sentence starts that are not inside a quotation, plus paragraph starts. */
function sentenceStarts(article: CleanArticle, spans: readonly QuoteSpan[]): number[] {
  const attached = attachedParagraphs(article);
  const paragraphStarts = new Set<number>(article.paragraphs.filter((_p, i) => !attached[i]).map((p) => p.start));
  const starts = new Set<number>(paragraphStarts);
  const attachedStarts = new Set<number>(article.paragraphs.filter((_p, i) => attached[i]).map((p) => p.start));
  // Spans and sentences are both in body order: one sweep tells which sentence starts fall inside a quote.
  const ordered = [...spans].sort((a, b) => a.outerStart - b.outerStart);
  let q = 0;
  let reach = -1;
  for (const s of article.sentences) {
    while (q < ordered.length && ordered[q]!.outerStart < s.start) reach = Math.max(reach, ordered[q++]!.outerEnd);
    if (!(s.start < reach) && !attachedStarts.has(s.start)) starts.add(s.start);
  }
  for (const start of dashedItemStarts(article.body)) if (!insideQuote(ordered, start)) starts.add(start);
  for (const start of quoteLineStarts(article.body)) if (!insideQuote(ordered, start)) starts.add(start);
  // A quote that closes on a full stop ends its sentence even if the splitter kept going.
  for (const q of spans) {
    if (
      /[.!?]$/.test(article.body.slice(q.start, q.end)) &&
      /^\s+["“\p{Lu}]/u.test(article.body.slice(q.outerEnd, q.outerEnd + 3))
    ) {
      const next = q.outerEnd + (/^\s+/.exec(article.body.slice(q.outerEnd))?.[0].length ?? 0);
      starts.add(next);
    }
  }
  // "“Can we win?” Ms Ode asked.": a short clause with a speech verb right after a quote that closes on
  // a question mark or full stop is the quote's attribution, in its sentence, however it is capitalised.
  // Not after a quote a colon already leads into ("Another added: “…” Club chairman Dev Patel said …"):
  // that quote has its attribution, and the clause after it starts a sentence of its own.
  // Nor after a quote its own sentence has already attributed ("Halden said Okafor “caused death.” Lupo called…").
  const body = article.body;
  const sorted = [...starts].sort((a, b) => a - b);
  for (const q of spans) {
    const next = q.outerEnd + (/^[ \t]+/.exec(body.slice(q.outerEnd))?.[0].length ?? 0);
    const ledIn =
      /:\s*$/.test(body.slice(Math.max(0, q.outerStart - 3), q.outerStart)) ||
      hasCueVerb(body.slice(sentenceStartBefore(sorted, q.outerStart), q.outerStart));
    const closesOnFullStop = /\.$/.test(body.slice(q.start, q.end));
    if (
      next > q.outerEnd &&
      !ledIn &&
      starts.has(next) &&
      !paragraphStarts.has(next) &&
      (attributionFollows(body, next, closesOnFullStop) || attributionPastAside(body, next, closesOnFullStop))
    )
      starts.delete(next);
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * "Turnout beat the models - Corbel Research: “…”": round-ups run an item's source, after a dash, and
 * its quote into the line before; the source and its colon start a sentence of their own, so the words
 * before the dash are not read as the quote's clause. The source is a few capitalised words (with "and",
 * "of", "&" between them).
 */
const DASHED_ITEM =
  /\s(?:-|--|–|—|―)\s+(?=\p{Lu}[\p{L}.'’&-]*(?:\s+(?:and|of|&|\p{Lu}[\p{L}.'’&-]*)){0,6}:\s*(?:["“]|''))/gu;

function dashedItemStarts(body: string): number[] {
  return [...body.matchAll(DASHED_ITEM)].map((m) => m.index + m[0].length);
}

/**
 * "“…” ― Laura Benning⏎“…” ― Tom Fairweather": round-ups and embedded posts set each quote on a line
 * of its own, its source after it, with no full stop between one item's source and the next quote. A
 * line that opens with a quote mark starts a sentence, so the source of one is not read as the
 * introducer of the next; not after a line ending in a colon ("Ines Lupo, union leader:"), which leads
 * into the quote, nor at a paragraph break, which starts a sentence already.
 */
const QUOTE_OPENS_LINE = /(?<![:\n][ \t]*)\n[ \t]*(?=["“«]|'')/g;

function quoteLineStarts(body: string): number[] {
  return [...body.matchAll(QUOTE_OPENS_LINE)].map((m) => m.index + m[0].length);
}

function insideQuote(spans: readonly QuoteSpan[], at: number): boolean {
  return spans.some((q) => q.outerStart < at && at < q.outerEnd);
}

/** The latest sentence start at or before `at` (starts ascending). */
function sentenceStartBefore(starts: readonly number[], at: number): number {
  let found = 0;
  for (const s of starts) {
    if (s > at) break;
    found = s;
  }
  return found;
}

/** Some word of `text` is a speech verb. */
function hasCueVerb(text: string): boolean {
  return (text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).some((w) => CUE_VERBS.has(w.toLowerCase()));
}

/**
 * A speech verb among the first five words after `from`, before the sentence ends (a full stop after
 * a word of four letters or more, "!", "?", ";", a quotation mark or a line break; "Mr." ends nothing).
 * After a quote that closed on a full stop, only a clause that ends soon after its verb ("Mr Trump
 * said.") is the attribution; "Gov. John Kasich said he would have fired him" is news of its own.
 */
function attributionFollows(body: string, from: number, afterFullStop: boolean): boolean {
  const text = body.slice(from, from + 80);
  const end = /\p{L}{4,}\.|[!?;"“”\n]|''/u.exec(text);
  // "The Prime Minister added: “…”": a clause that leads into the next quote is that quote's attribution.
  if (end && /["“”']/.test(end[0]) && /:\s*$/.test(text.slice(0, end.index))) return false;
  const words = (end ? text.slice(0, end.index + end[0].length) : text).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const lower = words.map((w) => w.toLowerCase());
  // A cue phrase counts as its verb ("“…?” Trump went on.", "“…!” she shot back.").
  const phraseAt = (i: number) => CUE_PHRASES.some((p) => p.every((w, k) => lower[i + k] === w));
  const verb = lower.slice(0, 5).findIndex((w, i) => CUE_VERBS.has(w) || phraseAt(i));
  if (verb < 0) return false;
  // "“…missed.” Andy Lowe said he would “keep working on it”": a clause that runs on after its verb into a
  // quotation of its own reports that one, and is news of its own, not the attribution of the quote before.
  if (afterFullStop && end && /["“]/.test(end[0]) && verb < words.length - 1) return false;
  return !afterFullStop || verb === 0 || words.length - verb - 1 <= 3;
}

export function tokenize(article: CleanArticle, spans: readonly QuoteSpan[]): Token[] {
  const { body, paragraphs } = article;
  const starts = sentenceStarts(article, spans);
  const attached = attachedParagraphs(article);
  const tokens: Token[] = [];
  let sentence = -1;
  let nextStart = 0;
  // Paragraph numbers as the reader counts them: a source line joins the quote's paragraph (attribution-lines.ts).
  let paragraph = 0;
  let layoutParagraph = 0;
  const place = (start: number) => {
    while (nextStart < starts.length && starts[nextStart]! <= start) {
      sentence++;
      nextStart++;
    }
    while (layoutParagraph + 1 < paragraphs.length && paragraphs[layoutParagraph + 1]!.start <= start) {
      layoutParagraph++;
      if (!attached[layoutParagraph]) paragraph++;
    }
  };
  let q = 0;
  let pos = 0;
  const scan = (from: number, to: number) => {
    TOKEN.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(body)) && m.index < to) {
      const text = m[0].slice(0, Math.max(1, Math.min(m[0].length, to - m.index)));
      place(m.index);
      const word = /[\p{L}\p{N}]/u.test(text);
      tokens.push({
        text,
        lower: text.toLowerCase().replace(/\.$/, ''),
        start: m.index,
        end: m.index + text.length,
        word,
        cap: /^\p{Lu}/u.test(text),
        sentence,
        paragraph,
        quote: -1,
      });
    }
  };
  while (q < spans.length) {
    const span = spans[q]!;
    if (span.outerStart < pos) {
      q++;
      continue;
    }
    scan(pos, span.outerStart);
    place(span.outerStart);
    tokens.push({
      text: '"',
      lower: '"',
      start: span.outerStart,
      end: span.outerEnd,
      word: false,
      cap: false,
      sentence,
      paragraph,
      quote: q,
    });
    pos = span.outerEnd;
    q++;
  }
  scan(pos, body.length);
  return tokens;
}
