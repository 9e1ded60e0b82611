import type { AttributedQuote } from './attribution';

/**
 * "Q: …" or "Question: …" before a quotation: in an interview's transcript the question is the
 * interviewer's, who is rarely named and is not one of the people the article quotes. The scorer
 * would credit the nearest name (the one interviewed), so the question is credited to nobody
 * (credited-to-nobody.ts).
 */
const QUESTION_LABEL = /(?:^|[\s"“'])(?:Q|Question|QUESTION)\s*:\s*(?:["“]|'')?\s*$/;

/** How far back the label may stand: the label, its colon and an opening mark. */
const LABEL_REACH = 16;

export function isInterviewQuestion(body: string, quote: AttributedQuote): boolean {
  const from = Math.max(0, quote.span.start - LABEL_REACH);
  return QUESTION_LABEL.test(body.slice(from, quote.span.start));
}
