import type { CleanArticle, Paragraph } from '../article';
import type { QuoteSpan } from './marks';

/**
 * A transcript quoted over several paragraphs, each turn opening on its speaker's label:
 *
 *   "HOST: Do you think the governor should resign?
 *   "HOLLOWAY: I think the voters deserve better."
 *
 * The marks read it as one quotation; it is one per turn, each said by the speaker its label names.
 * Each turn becomes a span of its own that starts after the label, so the label ("HOLLOWAY:") is
 * reporter text right before the quote, read as "Holloway: “…”" is. A transcript has at least two
 * speakers: a quotation whose labelled paragraphs all carry one label (a "Note:", an "Update:") is
 * left whole.
 */
export function splitTranscriptTurns(article: CleanArticle, spans: readonly QuoteSpan[]): QuoteSpan[] {
  return spans.flatMap((span) => (span.multiParagraph ? turnsOf(article, span) : [span]));
}

/**
 * A label opening a paragraph: one to four capitalised words, a colon, a space, and a turn that opens
 * as a sentence does ("Q: Do you…", "SEN. HOLLOWAY: I think…"); "Background: the plant…" is a heading.
 */
const TURN_LABEL = /^(?:["“]|'')?\s*(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}):\s+(?=[\p{Lu}\p{N}"“'‘])/u;

interface Turn {
  /** The paragraph the turn opens. */
  paragraph: number;
  label: string;
  /** Where the turn's words start, after its label. */
  start: number;
}

/** The span cut at its labelled paragraphs, or the span itself when it is no transcript. */
function turnsOf(article: CleanArticle, span: QuoteSpan): QuoteSpan[] {
  const turns = labelledParagraphs(article.paragraphs, span, article.body);
  if (new Set(turns.map((t) => t.label.toLowerCase())).size < 2) return [span];
  const pieces: QuoteSpan[] = [];
  const firstTurnParagraph = article.paragraphs[turns[0]!.paragraph]!;
  // Words before the first label (an introduction inside the marks) stay a quotation of their own.
  if (firstTurnParagraph.start > span.start)
    pieces.push(piece(article, span, span.start, lastWordEnd(article.body, span.start, firstTurnParagraph.start)));
  turns.forEach((turn, k) => {
    const next = turns[k + 1];
    const end = next ? lastWordEnd(article.body, turn.start, article.paragraphs[next.paragraph]!.start) : span.end;
    pieces.push(piece(article, span, turn.start, end, turn.paragraph));
  });
  return pieces.filter((p) => p.end > p.start);
}

/** The paragraphs inside the span that open on a turn label. */
function labelledParagraphs(paragraphs: readonly Paragraph[], span: QuoteSpan, body: string): Turn[] {
  const turns: Turn[] = [];
  for (let p = span.paragraph; p < paragraphs.length && paragraphs[p]!.start < span.end; p++) {
    const { text, start } = paragraphs[p]!;
    // The first paragraph counts from the span's opening mark; later ones open on a repeated mark.
    const from = p === span.paragraph ? span.outerStart - start : 0;
    const label = TURN_LABEL.exec(text.slice(from));
    if (label && namesSpeaker(label[1]!, body, span))
      turns.push({ paragraph: p, label: label[1]!, start: start + from + label[0].length });
  }
  return turns;
}

/**
 * A label names a speaker as transcripts write them: in capitals ("TIBBS", "Q"), or by a name the reporter
 * uses outside the quotation ("Tibbs:" after "radio host Mark Tibbs"). "Response:" names no one.
 */
function namesSpeaker(label: string, body: string, span: QuoteSpan): boolean {
  if (!/\p{Ll}/u.test(label)) return true;
  const last = label
    .split(/\s+/)
    .pop()!
    .replace(/[.'’]+$/, '')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Asked only of a label found, so a quotation with none costs no search; the body is not copied.
  for (const word of body.matchAll(new RegExp(`(?<![\\p{L}])${last}(?![\\p{L}])`, 'gu')))
    if (word.index < span.outerStart || word.index >= span.outerEnd) return true;
  return false;
}

/** Just after the last word before `to`: a turn ends before the next turn's break and opening mark. */
function lastWordEnd(body: string, from: number, to: number): number {
  let end = to;
  while (end > from && /[\s"“'’]/.test(body[end - 1]!)) end--;
  return end;
}

/** One turn (or the introduction) as a span; it runs on over paragraphs if a break lies inside it. */
function piece(
  article: CleanArticle,
  whole: QuoteSpan,
  start: number,
  end: number,
  paragraph = whole.paragraph,
): QuoteSpan {
  const text = article.body.slice(start, end);
  return {
    start,
    end,
    outerStart: start,
    outerEnd: end === whole.end ? whole.outerEnd : end,
    paragraph,
    multiParagraph: /\n\s*\n/.test(text),
    single: whole.single,
  };
}
