/**
 * Scoring rules of the quote evaluation, shared by `npm run eval:quotes` and
 * the regression test on the development set.
 */
import { toCleanArticle } from '../../lambdas/core/pipeline';

/** One line of bbc-quotes-dev.jsonl (see ../shared/data/quotes-dev/README.md). */
export interface GoldQuote {
  id: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  speaker_mention: string;
  partial: boolean;
  multi_paragraph: boolean;
  kind: string;
}

/** The dataset's file layout: line 1 the headline, a blank line, paragraphs separated by blank lines. */
export function buildArticle(fileText: string) {
  const [title, ...paragraphs] = fileText.split('\n\n');
  return { article: toCleanArticle({ title: title!.trim(), paragraphs }), shift: title!.length + 2 };
}

/** Gold offsets are into the file; find the same words in the body, nearest the shifted offset. */
export function locate(body: string, gold: GoldQuote, shift: number): { start: number; end: number } | null {
  const want = gold.start - shift;
  let best = -1;
  for (let i = body.indexOf(gold.text); i >= 0; i = body.indexOf(gold.text, i + 1)) {
    if (best < 0 || Math.abs(i - want) < Math.abs(best - want)) best = i;
  }
  return best < 0 ? null : { start: best, end: best + gold.text.length };
}

/** A prediction matches a gold quote when they overlap by at least half of the longer one. */
export function overlapEnough(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap >= 0.5 * Math.max(a.end - a.start, b.end - b.start);
}

/**
 * Each gold quote's prediction, in gold order: the first prediction not matched already that overlaps it
 * enough (undefined when none), so that one prediction answers one gold quote at most.
 */
export function matchGold<T extends { start: number; end: number }>(
  body: string,
  golds: readonly GoldQuote[],
  predicted: readonly T[],
  shift: number,
): (T | undefined)[] {
  const used = new Set<T>();
  return golds.map((g) => {
    const where = locate(body, g, shift);
    const match = where ? predicted.find((q) => !used.has(q) && overlapEnough(q, where)) : undefined;
    if (match) used.add(match);
    return match;
  });
}

/** Full name or surname, case-insensitive; organisations and unnamed sources by their whole phrase. */
export function speakerCorrect(predicted: string | null, gold: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const p = predicted.toLowerCase().trim();
  const g = gold.toLowerCase().trim();
  if (p === g) return true;
  const isPersonName = /^(\p{Lu}[\p{L}'’.-]*\s?)+$/u.test(gold.trim());
  if (!isPersonName) return false;
  const surname = g.split(/\s+/).pop()!;
  return p === surname || p.split(/\s+/).pop() === surname;
}
